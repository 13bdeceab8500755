// Jest runs the TypeScript sources through SWC. NestJS 12 and a few of its dependencies ship as
// ESM only, and Jest on Node 20 cannot require() ESM, so every package whose package.json says
// "type": "module" is transformed to CommonJS as well; all other packages load untouched.
const fs = require('fs');
const path = require('path');

function esmPackages(dir, out = new Set()) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const names = entry.startsWith('@') ? fs.readdirSync(path.join(dir, entry)).map((n) => `${entry}/${n}`) : [entry];
    for (const name of names) {
      const pkgDir = path.join(dir, name);
      try {
        if (JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).type === 'module') out.add(name);
      } catch {
        /* not a package */
      }
      esmPackages(path.join(pkgDir, 'node_modules'), out);
    }
  }
  return out;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// CommonJS packages that load ESM with a dynamic import(), which Jest only allows under a flag.
const DYNAMIC_IMPORTERS = ['mercurius'];
const esm = [...esmPackages(path.join(__dirname, 'node_modules')), ...DYNAMIC_IMPORTERS].map(escape).join('|');
const swc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/test/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/test/service/*.service-spec.ts',
  ],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swc, swcrc: false }] },
  // Ignore a file unless the innermost package it belongs to is ESM.
  transformIgnorePatterns: [`/node_modules/(?!(?:${esm})/)(?:@[^/]+/)?[^/]+/(?!.*/node_modules/)`],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
