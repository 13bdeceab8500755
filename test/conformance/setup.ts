import globalSetup from '../global-setup';
import { KIT_FILES, REFERENCE_FILES, kitDir, referencePath } from '../support/conformance-kit';

/**
 * Says plainly, before any test runs, what this conformance run checks and what it skips; with the
 * kit, prepares the migrated template database that the checks booting the app clone (as `npm test`
 * does; test/global-setup.ts), so those need PostgreSQL and Redis like the e2e tests.
 */
export default async function conformanceSetup(): Promise<void> {
  const dir = kitDir();
  const lines = [
    ...Object.values(KIT_FILES).map((k) => `  - ${k.what} (${k.file})`),
    ...(Object.keys(REFERENCE_FILES) as (keyof typeof REFERENCE_FILES)[]).map(
      (name) =>
        `  - ${REFERENCE_FILES[name].what} (../reference/${REFERENCE_FILES[name].file}${dir && !referencePath(name) ? ': absent, SKIPPED' : ''})`,
    ),
  ];
  if (dir) {
    process.stdout.write(`\nConformance kit: ${dir}. Checking:\n${lines.join('\n')}\n`);
    await globalSetup();
  } else {
    process.stdout.write(
      `\nCONFORMANCE_KIT_DIR is not set: the conformance suite SKIPPED every check:\n${lines.join('\n')}\n` +
        `Set CONFORMANCE_KIT_DIR to the folder of official schemas to run them. (npm test does not need it.)\n`,
    );
  }
}
