import { AppError } from '../common/errors';
import { globalId, parseGlobalId, supplierNameKey } from './global-id';

describe('global ids', () => {
  it('round-trips typed ids', () => {
    const uuid = '0b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(parseGlobalId('rootId', globalId('Batch', uuid))).toEqual({ kind: 'Batch', key: uuid });
    expect(parseGlobalId('rootId', globalId('Unit', 42))).toEqual({ kind: 'Unit', key: '42' });
    expect(parseGlobalId('rootId', 'Port:NLRTM')).toEqual({ kind: 'Port', key: 'NLRTM' });
    expect(parseGlobalId('rootId', `Batch:${uuid.toUpperCase()}`).key).toBe(uuid);
    expect(parseGlobalId('rootId', `MaterialLot:${uuid.toUpperCase()}:3`)).toEqual({ kind: 'MaterialLot', key: `${uuid}:3` });
    expect(parseGlobalId('rootId', `Supplier:${uuid}`)).toEqual({ kind: 'Supplier', key: uuid });
    expect(parseGlobalId('rootId', globalId('Supplier', supplierNameKey('Ganfeng (Jiangxi) Ltd. ~ Ä')))).toEqual({
      kind: 'Supplier',
      key: 'name:Ganfeng%20%28Jiangxi%29%20Ltd.%20~%20%C3%84',
    });
  });

  it.each([
    '',
    'Batch',
    'Batch:',
    'Batch:42',
    'Unit:abc',
    'Unit:0',
    'Nope:1',
    ':1',
    'Port:nlrtm',
    'Vessel:123',
    'MaterialLot:0b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    'MaterialLot:0b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b:01',
    'Supplier:name:',
    'Supplier:name:a b',
    'Supplier:name:%e2',
  ])('refuses %p as BAD_USER_INPUT', (v) => {
    let err: unknown;
    try {
      parseGlobalId('rootId', v);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_USER_INPUT');
    expect((err as AppError).field).toBe('rootId');
  });
});
