import type { CertificateBundle } from '../../src/certificates/certificate-verification.service';
import { verifyBundle } from '../../src/certificates/offline-verify';
import { createLogger } from '../../src/common/logger';
import { seedDemoWorld } from '../../src/demo/demo-world';
import { startTestApp, TestApp } from '../support/test-app';
import { trustAnchors } from './certificates.fixtures';

/** The demo world's LFP batch OGC-2026-03-A carries a certificate from the demo certifier that a buyer can verify (issue 5). */
describe('demo world certificate', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoWorld(t.app, t.config, createLogger(t.config, 'api'), { keysFile: null });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('issued by Northbridge Carbon Assurance for the declared footprint; valid online and offline; on the passport', async () => {
    const [batch]: { id: string }[] = await t.db.query(`SELECT id FROM batches WHERE batch_number = 'OGC-2026-03-A'`);
    const passport = (await (await t.http(`/passports/${batch.id}`)).json()) as {
      certificates: { id: string; certifier: { name: string }; assurance: string; status: string }[];
      carbonFootprint: { footprintId: string };
    };
    expect(passport.certificates).toEqual([
      expect.objectContaining({
        certifier: expect.objectContaining({ name: 'Northbridge Carbon Assurance' }),
        assurance: 'LIMITED',
        status: 'ACTIVE',
      }),
    ]);
    const id = passport.certificates[0].id;
    const online = (await (await t.http(`/verify/${id}`, { headers: { accept: 'application/json' } })).json()) as {
      valid: boolean;
      status: string;
    };
    expect(online).toMatchObject({ valid: true, status: 'VALID' });
    const bundle = (await (await t.http(`/certificates/${id}/bundle`)).json()) as CertificateBundle;
    expect(await verifyBundle(bundle, await trustAnchors(t))).toMatchObject({ valid: true, outcome: 'VALID', certificateId: id });
    const html = await (await t.http(`/verify/${id}`)).text();
    expect(html).toContain('OGC-LFP-62 Car Pack');
    expect(html).toContain('Ordos Net-Zero Industrial Park');
  });
});
