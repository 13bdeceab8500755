import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { BatchUnitsController } from '../units/batch-units.controller';
import { AppError } from '../common/errors';
import { EpcisController } from '../provenance/epcis/epcis.controller';
import { acceptedFields, refuseMalformedText, refuseUnknownFields } from './strict-input';

const fieldsOf = (cls: object, method: string) => acceptedFields(Reflect.getMetadata(ROUTE_ARGS_METADATA, cls, method));

function caught(f: () => void): AppError | undefined {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  return undefined;
}

describe('strict HTTP input', () => {
  it('reads the query parameters a handler declares', () => {
    const epcis = fieldsOf(EpcisController, 'events');
    expect([...epcis.query!].sort()).toEqual(['batch', 'shipment', 'since']);
    expect(epcis.body).toEqual([]);
    // The upload reads its (streamed) body from the raw request itself.
    expect(fieldsOf(BatchUnitsController, 'upload')).toEqual({ query: [], body: null });
  });

  it('takes a whole-object @Query() or @Body() as "the handler checks its fields"', () => {
    expect(acceptedFields({ '4:0': { index: 0 }, '3:1': { index: 1, data: 'name' } })).toEqual({ query: null, body: ['name'] });
    expect(acceptedFields(undefined)).toEqual({ query: [], body: [] });
    expect(acceptedFields({ '0:0': { index: 0 }, '4:1': { index: 1, data: 'q' } })).toEqual({ query: ['q'], body: null });
  });

  it('refuses the first unknown field, naming it and the near miss', () => {
    const e = caught(() => refuseUnknownFields('query', { batch: 'x', batchId: 'y' }, ['batch', 'shipment', 'since']));
    expect(e).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query.batchId',
      message: 'query.batchId: unknown field; did you mean batch?',
    });
    const body = caught(() => refuseUnknownFields('body', { parent_serial: 'P1' }, ['serial', 'kind', 'parentSerial']));
    expect(body?.message).toBe('body.parent_serial: unknown field; did you mean parentSerial?');
    // Fastify parses a query string into an object without a prototype.
    const query = Object.assign(Object.create(null) as object, { utm_source: 'qr' });
    expect(caught(() => refuseUnknownFields('query', query, []))?.message).toBe('query.utm_source: unknown field; none is accepted here');
  });

  it('lets known fields, whole-object handlers and non-JSON bodies through', () => {
    expect(() => refuseUnknownFields('query', { batch: 'x', since: 'y' }, ['batch', 'shipment', 'since'])).not.toThrow();
    expect(() => refuseUnknownFields('query', { anything: 1 }, null)).not.toThrow();
    expect(() => refuseUnknownFields('body', 'a,b,c\n', [])).not.toThrow();
    expect(() => refuseUnknownFields('body', undefined, [])).not.toThrow();
  });

  it('refuses a lone surrogate in any query or body string or field name, naming where it is', () => {
    const e = caught(() => refuseMalformedText('body', { events: [{ id: 'ok' }, { id: 'a\ud800' }] }));
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body.events[1].id' });
    expect(e?.message).toContain('lone UTF-16 surrogate (U+D800 at position 1)');
    const query = Object.assign(Object.create(null) as object, { batch: '\udfff' });
    expect(caught(() => refuseMalformedText('query', query))?.field).toBe('query.batch');
    expect(caught(() => refuseMalformedText('body', { 'x\udc00': 1 }))?.message).toMatch(/^body: a field name must not contain a lone/);
    expect(() => refuseMalformedText('body', { name: 'Zürich 😀 上海', n: 1, list: [true, null] })).not.toThrow();
    expect(() => refuseMalformedText('body', undefined)).not.toThrow();
  });
});
