// `npm run conformance`: battrace's output against official artefacts that no package ships,
// read from CONFORMANCE_KIT_DIR (test/support/conformance-kit.ts). Most checks are pure; with the
// kit, the setup also prepares a test database for the checks that boot the app (the demo world).
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/conformance/**/*.conformance-spec.ts'],
  globalSetup: '<rootDir>/test/conformance/setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};
