import { readFileSync } from 'node:fs';
import { EXIT_CODES, OfflineVerifier, DEFAULT_MAX_STATUS_AGE_MS } from '../certificates/offline-verify';
import { describeOfflineVerification, parseDuration } from '../certificates/offline-verify-text';
import {
  AnchorError,
  anchorsFromDidDocument,
  anchorsFromTrustList,
  isThumbprint,
  mergeAnchors,
  TrustAnchors,
} from '../certificates/trust-anchors';

/**
 * `npm run verify -- bundle.json --trust issuers.json [--platform-key <thumbprint>]
 * [--trust-did did.json] [--max-status-age 7d]`: verifies a certificate bundle
 * (GET /certificates/:id/bundle) with no network, against trust anchors the buyer holds
 * (docs/trust-anchors.md). Exit codes: 0 valid and anchored, 1 invalid, 2 usage or file error
 * (including no anchor given), 3 the signature matches only the key the bundle carries, 4 valid
 * when last known but the status snapshot is older than the maximum age.
 */
const USAGE = `usage: npm run verify -- <bundle.json> --trust <issuers.json> [--platform-key <thumbprint>]
                                      [--trust-did <did.json>] [--max-status-age <7d|12h|30m|45s>]
  --trust <file>           battrace's signed trust list (GET /trust/issuers.json); repeatable
  --platform-key <tp>      the platform key's RFC 7638 thumbprint the trust list must be signed with
  --trust-did <file>       a certifier's DID document fetched from its did:web URL; repeatable
  --max-status-age <d>     oldest status snapshot that can make a certificate VALID (default 7d)
At least one anchor (--trust or --trust-did) is required: the bundle's own DID document is never trusted.
exit codes: 0 valid, 1 invalid, 2 usage error, 3 no anchor vouches for the signing key, 4 status snapshot too old`;

class UsageError extends Error {}

interface Args {
  bundle: string;
  trust: string[];
  trustDid: string[];
  platformKey: string | null;
  maxStatusAgeMs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { bundle: '', trust: [], trustDid: [], platformKey: null, maxStatusAgeMs: DEFAULT_MAX_STATUS_AGE_MS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--trust') args.trust.push(value());
    else if (a === '--trust-did') args.trustDid.push(value());
    else if (a === '--platform-key') {
      const tp = value();
      if (!isThumbprint(tp))
        throw new UsageError(`--platform-key: expected an RFC 7638 SHA-256 thumbprint (43 base64url characters), got "${tp}"`);
      args.platformKey = tp;
    } else if (a === '--max-status-age') {
      const v = value();
      const ms = parseDuration(v);
      if (ms === null) throw new UsageError(`--max-status-age: expected a positive duration such as 7d, 12h, 30m or 45s, got "${v}"`);
      args.maxStatusAgeMs = ms;
    } else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (args.bundle) throw new UsageError(`one bundle at a time (got ${args.bundle} and ${a})`);
    else args.bundle = a;
  }
  if (!args.bundle) throw new UsageError('no bundle file given');
  if (args.trust.length === 0 && args.trustDid.length === 0) {
    throw new UsageError('no trust anchor given: pass --trust issuers.json (battrace’s signed trust list) or --trust-did did.json');
  }
  if (args.platformKey && args.trust.length === 0) throw new UsageError('--platform-key checks a trust list: give one with --trust');
  return args;
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${file}: ${(err as Error).message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  let anchors: TrustAnchors;
  let bundle: unknown;
  try {
    args = parseArgs(argv);
    bundle = readJson(args.bundle, 'bundle');
    const all: TrustAnchors[] = [];
    for (const f of args.trust) all.push(await anchorsFromTrustList(readJson(f, 'trust list'), args.platformKey));
    for (const f of args.trustDid) all.push(await anchorsFromDidDocument(readJson(f, 'DID document')));
    anchors = mergeAnchors(all);
  } catch (err) {
    if (err instanceof UsageError || err instanceof AnchorError) {
      if (err.message) process.stderr.write(`${err instanceof AnchorError ? 'trust anchor refused: ' : ''}${err.message}\n`);
      process.stderr.write(`${USAGE}\n`);
      return EXIT_CODES.USAGE;
    }
    throw err;
  }
  const r = await new OfflineVerifier(anchors, args.maxStatusAgeMs).verify(bundle);
  process.stdout.write(describeOfflineVerification(r).join('\n') + '\n');
  return r.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not an answer about the bundle: one line for the person, no stack trace.
    process.stderr.write(`verification stopped: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = EXIT_CODES.USAGE;
  },
);
