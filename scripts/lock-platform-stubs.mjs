#!/usr/bin/env node
// The npm registry this project installs from does not serve every platform build of a few
// native packages (@swc/core-*, @unrs/resolver-binding-*, @msgpackr-extract/*): npm install then
// leaves them out of package-lock.json, and npm ci refuses the lock as "out of sync". This script
// adds each missing optional platform package to the lock as an optional entry with the os / cpu
// its name states, so npm ci skips it on this platform exactly as it would with a full lock.
// Run it after every `npm install` that changes package-lock.json: `node scripts/lock-platform-stubs.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64'];
const OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OSES.find((o) => parts.includes(o));
  let cpu = CPUS.find((c) => parts.includes(c));
  if (!cpu && parts.includes('arm')) cpu = 'arm';
  return os && cpu ? { os: [os], cpu: [cpu] } : null;
}

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
let added = 0;
for (const [where, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const base = where === '' ? '' : `${where}/`;
    const key = `${base}node_modules/${dep}`;
    const topKey = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[topKey]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    lock.packages[topKey] = { version, cpu: platform.cpu, dev: pkg.dev || undefined, optional: true, os: platform.os };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-platform-stubs: added ${added} optional platform entries`);
