"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_KEYS_FILE = void 0;
exports.readDemoKeys = readDemoKeys;
exports.resolveAdminKey = resolveAdminKey;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const api_key_secret_1 = require("../organizations/api-key-secret");
/** Git-ignored file where a development server keeps its demo keys (never used in production). */
exports.DEMO_KEYS_FILE = (0, node_path_1.join)(process.cwd(), '.demo-keys.json');
function readDemoKeys() {
    if (!(0, node_fs_1.existsSync)(exports.DEMO_KEYS_FILE))
        return null;
    try {
        return JSON.parse((0, node_fs_1.readFileSync)(exports.DEMO_KEYS_FILE, 'utf8'));
    }
    catch {
        return null;
    }
}
/**
 * The administrator key: ADMIN_API_KEY when set (required in production). Otherwise, for local
 * development only, the one kept in .demo-keys.json, or a fresh random one.
 */
function resolveAdminKey(config, logger) {
    if (config.adminApiKey)
        return config.adminApiKey;
    if (config.nodeEnv === 'production')
        throw new Error('ADMIN_API_KEY is required in production');
    const kept = readDemoKeys()?.admin;
    if (kept)
        return kept;
    const key = (0, api_key_secret_1.generateApiKey)();
    logger.warn('ADMIN_API_KEY is not set: using a generated development key (written to .demo-keys.json when the demo world loads)');
    return key;
}
//# sourceMappingURL=admin-key.js.map