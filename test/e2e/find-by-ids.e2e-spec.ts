import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { BatchEntity } from '../../src/batches/batch.entity';
import { BatteryModelEntity } from '../../src/battery-models/battery-model.entity';
import { findByIds } from '../../src/graphql/find-by-ids';
import { OrganizationEntity } from '../../src/organizations/organization.entity';
import { ParkEntity } from '../../src/parks/park.entity';
import { PlantEntity } from '../../src/parks/plant.entity';
import { newBatch, newModel, newOrganization, newWorld } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('findByIds: what the DataLoaders run gives what repository.findBy gives', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

  it('returns equal entity instances for every loader entity, nulls and numbers included, and nothing for unknown ids', async () => {
    const w = await newWorld(t);
    // A model without the optional vehicle category and warranty distance: null columns.
    const stationary = await newModel(t, w.manufacturer, { category: 'STATIONARY', vehicleCategory: null, warrantyKm: null });
    const batch = await newBatch(t, w);
    const buyer = await newOrganization(t, 'BUYER');
    const cases: [new () => { id: string }, string[]][] = [
      [OrganizationEntity, [w.manufacturer.id, buyer.id]],
      [ParkEntity, [w.park.id]],
      [PlantEntity, [w.plant.id]],
      [BatteryModelEntity, [w.model.id, stationary.id]],
      [BatchEntity, [batch.id]],
    ];
    for (const [entity, ids] of cases) {
      const wanted = [...ids, randomUUID()];
      const expected = await t.db.getRepository(entity).findBy({ id: In(wanted) });
      const got = await findByIds(t.db, entity)(wanted);
      expect(got).toHaveLength(ids.length);
      expect(byId(got)).toEqual(byId(expected));
      for (const row of got) expect(row).toBeInstanceOf(entity);
    }
    const [model] = await findByIds(t.db, BatteryModelEntity)([stationary.id]);
    expect(model.vehicleCategory).toBeNull();
    expect(model.warrantyKm).toBeNull();
    expect(typeof model.massKg).toBe('number');
    expect(model.createdAt).toBeInstanceOf(Date);
  });

  it('answers concurrent callers with one query, each with its own rows and its own instances', async () => {
    const w = await newWorld(t);
    const [a, b] = [await newBatch(t, w), await newBatch(t, w)];
    const find = findByIds(t.db, BatchEntity);
    const spy = jest.spyOn(t.db, 'query');
    try {
      const [ra, rb, rab] = await Promise.all([find([a.id]), find([b.id]), find([a.id, b.id])]);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(ra.map((r) => r.batchNumber)).toEqual([a.batchNumber]);
      expect(rb.map((r) => r.batchNumber)).toEqual([b.batchNumber]);
      expect(rab.map((r) => r.batchNumber).sort()).toEqual([a.batchNumber, b.batchNumber].sort());
      expect(rab.find((r) => r.id === a.id)).not.toBe(ra[0]);
    } finally {
      spy.mockRestore();
    }
  });

  it('fails only the caller whose id PostgreSQL refuses, not the others sharing its query', async () => {
    const w = await newWorld(t);
    const a = await newBatch(t, w);
    const find = findByIds(t.db, BatchEntity);
    const [good, bad] = await Promise.allSettled([find([a.id]), find(['not-a-uuid'])]);
    expect(good).toMatchObject({ status: 'fulfilled', value: [expect.objectContaining({ id: a.id, batchNumber: a.batchNumber })] });
    expect(bad.status).toBe('rejected');
  });

  it('gives each of many concurrent GraphQL requests its own batch', async () => {
    const w = await newWorld(t);
    const batches: { id: string; batchNumber: string }[] = [];
    for (let i = 0; i < 8; i++) batches.push(await newBatch(t, w));
    const answers = await Promise.all(
      batches.map((b) =>
        t.gql<{ batch: { id: string; batchNumber: string; plant: { park: { id: string } } } }>(
          `query($id: ID!) { batch(id: $id) { id batchNumber plant { park { id } } } }`,
          { id: b.id },
          w.manufacturer.key,
        ),
      ),
    );
    answers.forEach((r, i) => {
      expect(r.errors).toBeUndefined();
      expect(r.data?.batch).toEqual({ id: batches[i].id, batchNumber: batches[i].batchNumber, plant: { park: { id: w.park.id } } });
    });
  });
});
