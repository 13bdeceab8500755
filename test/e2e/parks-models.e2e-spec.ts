import { LFP_CAR_PACK, newModel, newOrganization, newPark, newPlant, OrgHandle } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';

const CREATE_PARK = `mutation($input: CreateParkInput!) { createPark(input: $input) { id code name country province gridRegion } }`;
const REGISTER_PLANT = `mutation($input: RegisterPlantInput!) { registerPlant(input: $input) { id manufacturerId parkId name latitude longitude } }`;
const REGISTER_MODEL = `mutation($input: RegisterBatteryModelInput!) { registerBatteryModel(input: $input) { id } }`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('parks, plants and battery models', () => {
  let t: TestApp;
  let maker: OrgHandle;
  let parkId: string;
  beforeAll(async () => {
    t = await startTestApp();
    maker = await newOrganization(t, 'MANUFACTURER');
    parkId = (await newPark(t)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Expects BAD_USER_INPUT naming `field`, and no row written. */
  async function expectBadInput(query: string, input: Record<string, unknown>, key: string, field: string): Promise<string> {
    const before = await t.snapshot();
    const err = expectError(await t.gql(query, { input }, key), 'BAD_USER_INPUT');
    expect(err.extensions?.field).toBe(field);
    expect(err.message).toContain(field);
    expect(await t.snapshot()).toEqual(before);
    return err.message;
  }

  describe('parks', () => {
    const park = {
      code: 'cn-nm-ordos-zc',
      name: 'Ordos net-zero industrial park',
      country: 'cn',
      province: 'Inner Mongolia',
      gridRegion: 'CN-NM',
    };

    it('are created by the administrator and read back by anyone', async () => {
      const r = await t.gql<{ createPark: { id: string } }>(CREATE_PARK, { input: park }, t.adminKey);
      expect(r.errors).toBeUndefined();
      const read = await t.gql<{ park: Record<string, unknown> }>(
        `query($id: ID!) { park(id: $id) { id code name country province gridRegion plants { id } } }`,
        { id: r.data!.createPark.id },
      );
      expect(read.data!.park).toEqual({ ...park, id: r.data!.createPark.id, code: 'CN-NM-ORDOS-ZC', country: 'CN', plants: [] });
      const all = await t.gql<{ parks: { code: string }[] }>(`{ parks { code } }`);
      expect(all.data!.parks.map((p) => p.code)).toContain('CN-NM-ORDOS-ZC');
    });

    it('may be created by an authority, not by a manufacturer', async () => {
      const authority = await newOrganization(t, 'AUTHORITY');
      const r = await t.gql(CREATE_PARK, { input: { ...park, code: 'CN-NM-BAOTOU' } }, authority.key);
      expect(r.errors).toBeUndefined();
      const before = await t.snapshot();
      expectError(await t.gql(CREATE_PARK, { input: { ...park, code: 'CN-XX-OTHER' } }, maker.key), 'FORBIDDEN');
      expectError(await t.gql(CREATE_PARK, { input: { ...park, code: 'CN-XX-OTHER' } }), 'UNAUTHENTICATED');
      expect(await t.snapshot()).toEqual(before);
    });

    it('refuse a duplicate code with CONFLICT and bad input with the field path', async () => {
      const before = await t.snapshot();
      const err = expectError(await t.gql(CREATE_PARK, { input: park }, t.adminKey), 'CONFLICT');
      expect(err.message).toContain('CN-NM-ORDOS-ZC');
      expect(await t.snapshot()).toEqual(before);
      await expectBadInput(CREATE_PARK, { ...park, code: 'has spaces' }, t.adminKey, 'input.code');
      await expectBadInput(CREATE_PARK, { ...park, code: 'CN-NEW', country: 'China' }, t.adminKey, 'input.country');
      await expectBadInput(CREATE_PARK, { ...park, code: 'CN-NEW', province: '' }, t.adminKey, 'input.province');
    });

    it('answers NOT_FOUND for an unknown park and BAD_USER_INPUT for a malformed id', async () => {
      const err = expectError(await t.gql(`query($id: ID!) { park(id: $id) { id } }`, { id: UNKNOWN_ID }), 'NOT_FOUND');
      expect(err.message).toContain(UNKNOWN_ID);
      expectError(await t.gql(`query($id: ID!) { park(id: $id) { id } }`, { id: 'not-a-uuid' }), 'BAD_USER_INPUT');
    });
  });

  describe('plants', () => {
    const plant = (overrides: Record<string, unknown> = {}) => ({
      parkId,
      name: 'Cell plant 1',
      address: 'Mengsu Economic Development Zone, Ordos',
      latitude: 39.49,
      longitude: 109.97,
      ...overrides,
    });

    it('are registered by their manufacturer and read back with park and manufacturer', async () => {
      const r = await t.gql<{ registerPlant: { id: string; manufacturerId: string; parkId: string } }>(
        REGISTER_PLANT,
        { input: plant() },
        maker.key,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.registerPlant).toMatchObject({ manufacturerId: maker.id, parkId, name: 'Cell plant 1', latitude: 39.49 });
      const read = await t.gql<{ plant: { name: string; park: { id: string }; manufacturer: { id: string; name: string } } }>(
        `query($id: ID!) { plant(id: $id) { name park { id } manufacturer { id name } } }`,
        { id: r.data!.registerPlant.id },
      );
      expect(read.data!.plant).toEqual({ name: 'Cell plant 1', park: { id: parkId }, manufacturer: { id: maker.id, name: maker.name } });
      const listed = await t.gql<{ plants: { id: string }[] }>(`query($m: ID!) { plants(manufacturerId: $m) { id } }`, { m: maker.id });
      expect(listed.data!.plants).toEqual([{ id: r.data!.registerPlant.id }]);
      const viaPark = await t.gql<{ park: { plants: { id: string }[] } }>(`query($id: ID!) { park(id: $id) { plants { id } } }`, {
        id: parkId,
      });
      expect(viaPark.data!.park.plants.map((p) => p.id)).toContain(r.data!.registerPlant.id);
    });

    it('refuse coordinates out of range, empty text and malformed ids with the field path', async () => {
      await expectBadInput(REGISTER_PLANT, plant({ name: 'P-lat', latitude: 90.5 }), maker.key, 'input.latitude');
      await expectBadInput(REGISTER_PLANT, plant({ name: 'P-lat2', latitude: -91 }), maker.key, 'input.latitude');
      await expectBadInput(REGISTER_PLANT, plant({ name: 'P-lon', longitude: 180.01 }), maker.key, 'input.longitude');
      await expectBadInput(REGISTER_PLANT, plant({ name: 'P-addr', address: '  ' }), maker.key, 'input.address');
      await expectBadInput(REGISTER_PLANT, plant({ name: 'P-id', parkId: 'park-1' }), maker.key, 'input.parkId');
    });

    it('refuse an unknown park with NOT_FOUND, a duplicate name with CONFLICT, a non-manufacturer with FORBIDDEN', async () => {
      const before = await t.snapshot();
      const nf = expectError(
        await t.gql(REGISTER_PLANT, { input: plant({ name: 'Nowhere', parkId: UNKNOWN_ID }) }, maker.key),
        'NOT_FOUND',
      );
      expect(nf.extensions?.field).toBe('input.parkId');
      const dup = expectError(await t.gql(REGISTER_PLANT, { input: plant() }, maker.key), 'CONFLICT');
      expect(dup.message).toContain('Cell plant 1');
      const buyer = await newOrganization(t, 'BUYER');
      const afterBuyer = await t.snapshot();
      expectError(await t.gql(REGISTER_PLANT, { input: plant({ name: 'Buyer plant' }) }, buyer.key), 'FORBIDDEN');
      expectError(await t.gql(REGISTER_PLANT, { input: plant({ name: 'Admin plant' }) }, t.adminKey), 'FORBIDDEN');
      expect(await t.snapshot()).toEqual(afterBuyer);
      expect(afterBuyer.plants).toBe(before.plants);
    });

    it('with the same name may belong to two manufacturers', async () => {
      const other = await newOrganization(t, 'MANUFACTURER');
      expect((await t.gql(REGISTER_PLANT, { input: plant() }, other.key)).errors).toBeUndefined();
    });
  });

  describe('battery models', () => {
    const model = (overrides: Record<string, unknown> = {}) => ({ name: 'LFP 62 kWh car pack', ...LFP_CAR_PACK, ...overrides });

    it('are registered by a manufacturer and read back with every figure', async () => {
      const r = await t.gql<{ registerBatteryModel: { id: string } }>(REGISTER_MODEL, { input: model() }, maker.key);
      expect(r.errors).toBeUndefined();
      const read = await t.gql<{ batteryModel: Record<string, unknown> }>(
        `query($id: ID!) { batteryModel(id: $id) {
          name category vehicleCategory chemistry nominalEnergyKWh usableEnergyKWh capacityAh nominalVoltageV massKg
          expectedCycleLife warrantyYears warrantyKm manufacturer { id } } }`,
        { id: r.data!.registerBatteryModel.id },
      );
      expect(read.data!.batteryModel).toEqual({ name: 'LFP 62 kWh car pack', ...LFP_CAR_PACK, manufacturer: { id: maker.id } });
      const listed = await t.gql<{ batteryModels: { id: string }[] }>(`query($m: ID!) { batteryModels(manufacturerId: $m) { id } }`, {
        m: maker.id,
      });
      expect(listed.data!.batteryModels).toEqual([{ id: r.data!.registerBatteryModel.id }]);
    });

    it('accept a non-EV model without a vehicle category', async () => {
      const r = await t.gql(
        REGISTER_MODEL,
        { input: model({ name: 'Storage rack', category: 'STATIONARY', vehicleCategory: null, warrantyKm: null }) },
        maker.key,
      );
      expect(r.errors).toBeUndefined();
    });

    it('refuse zero or negative energy, mass and other figures with the field path', async () => {
      for (const [field, value] of [
        ['massKg', 0],
        ['massKg', -395],
        ['nominalEnergyKWh', 0],
        ['usableEnergyKWh', -1],
        ['capacityAh', 0],
        ['nominalVoltageV', -3.2],
        ['expectedCycleLife', 0],
        ['warrantyYears', 0],
        ['warrantyKm', -1],
      ] as const) {
        const msg = await expectBadInput(
          REGISTER_MODEL,
          model({ name: `bad ${field} ${value}`, [field]: value }),
          maker.key,
          `input.${field}`,
        );
        expect(msg).toContain(String(value));
      }
    });

    it('refuse usable energy above nominal and an EV without vehicle category', async () => {
      const msg = await expectBadInput(
        REGISTER_MODEL,
        model({ name: 'too usable', usableEnergyKWh: 63 }),
        maker.key,
        'input.usableEnergyKWh',
      );
      expect(msg).toMatch(/63 > 62/);
      await expectBadInput(
        REGISTER_MODEL,
        model({ name: 'EV without category', vehicleCategory: null }),
        maker.key,
        'input.vehicleCategory',
      );
    });

    it('refuse a duplicate name with CONFLICT, and a non-manufacturer with FORBIDDEN', async () => {
      const before = await t.snapshot();
      const err = expectError(await t.gql(REGISTER_MODEL, { input: model() }, maker.key), 'CONFLICT');
      expect(err.message).toContain('LFP 62 kWh car pack');
      const certifier = await newOrganization(t, 'CERTIFIER');
      const mid = await t.snapshot();
      expectError(await t.gql(REGISTER_MODEL, { input: model({ name: 'certifier model' }) }, certifier.key), 'FORBIDDEN');
      expectError(await t.gql(REGISTER_MODEL, { input: model({ name: 'anon model' }) }), 'UNAUTHENTICATED');
      expect(await t.snapshot()).toEqual(mid);
      expect(mid.battery_models).toBe(before.battery_models);
    });

    it('answer NOT_FOUND for an unknown model', async () => {
      expectError(await t.gql(`query($id: ID!) { batteryModel(id: $id) { id } }`, { id: UNKNOWN_ID }), 'NOT_FOUND');
    });

    it('belong to their manufacturer: the factory model is distinct per manufacturer', async () => {
      const other = await newOrganization(t, 'MANUFACTURER');
      const m = await newModel(t, other);
      const p = await newPlant(t, other, parkId);
      const read = await t.gql<{ batteryModel: { manufacturer: { id: string } }; plant: { manufacturer: { id: string } } }>(
        `query($m: ID!, $p: ID!) { batteryModel(id: $m) { manufacturer { id } } plant(id: $p) { manufacturer { id } } }`,
        { m: m.id, p: p.id },
      );
      expect(read.data).toEqual({ batteryModel: { manufacturer: { id: other.id } }, plant: { manufacturer: { id: other.id } } });
    });
  });
});
