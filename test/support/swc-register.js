// Lets plain `node` run the TypeScript sources: `node -r ./test/support/swc-register.js src/worker.ts`.
// Tests that spawn real worker processes use it, so they run the code under test without a build
// (a build would race with other builds of the shared dist/ folder). Each .ts file is compiled by
// SWC with the repository's .swcrc when it is first required; node_modules load untouched.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS require hook, loaded with node -r */
const { transformSync } = require('@swc/core');
const fs = require('fs');
const path = require('path');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '.swcrc'), 'utf8'));
delete swcrc.$schema;

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { ...swcrc, filename, swcrc: false, configFile: false, sourceMaps: 'inline' });
  module._compile(code, filename);
};
