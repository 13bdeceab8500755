// `npm run conformance`: battrace's output against official artefacts that no package ships,
// read from CONFORMANCE_KIT_DIR (test/support/conformance-kit.ts). Pure checks: no database.
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/conformance/**/*.conformance-spec.ts'],
  globalSetup: '<rootDir>/test/conformance/setup.ts',
  globalTeardown: undefined,
};
