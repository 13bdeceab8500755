import { readFileSync } from 'node:fs';
import type { CertificateBundle } from '../certificates/certificate-verification.service';
import { describeOfflineVerification, verifyBundle } from '../certificates/offline-verify';

/**
 * `npm run verify -- bundle.json`: verifies a certificate bundle (GET /certificates/:id/bundle)
 * with no network at all, and says how old its status snapshot is. Exit code 0 when valid, 1
 * when invalid, 2 on a usage or file error.
 */
async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file) {
    process.stderr.write('usage: npm run verify -- <bundle.json>\n');
    return 2;
  }
  let bundle: CertificateBundle;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8')) as CertificateBundle;
  } catch (err) {
    process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  const r = await verifyBundle(bundle);
  process.stdout.write(describeOfflineVerification(r).join('\n') + '\n');
  return r.valid ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
