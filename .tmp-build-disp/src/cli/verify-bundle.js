"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const offline_verify_1 = require("../certificates/offline-verify");
/**
 * `npm run verify -- bundle.json`: verifies a certificate bundle (GET /certificates/:id/bundle)
 * with no network at all, and says how old its status snapshot is. Exit code 0 when valid, 1
 * when invalid, 2 on a usage or file error.
 */
async function main(argv) {
    const file = argv[0];
    if (!file) {
        process.stderr.write('usage: npm run verify -- <bundle.json>\n');
        return 2;
    }
    let bundle;
    try {
        bundle = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        process.stderr.write(`cannot read ${file}: ${err.message}\n`);
        return 2;
    }
    const r = await (0, offline_verify_1.verifyBundle)(bundle);
    process.stdout.write((0, offline_verify_1.describeOfflineVerification)(r).join('\n') + '\n');
    return r.valid ? 0 : 1;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`${err.stack ?? String(err)}\n`);
    process.exitCode = 2;
});
//# sourceMappingURL=verify-bundle.js.map