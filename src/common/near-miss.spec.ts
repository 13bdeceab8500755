import { editDistance, nearMiss, unknownFieldProblem } from './near-miss';

describe('near-miss suggestions', () => {
  it('counts edits, an adjacent swap as one', () => {
    expect(editDistance('batch', 'batch')).toBe(0);
    expect(editDistance('bacth', 'batch')).toBe(1);
    expect(editDistance('shipment', 'shipments')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds the same name written another way or with a small typo', () => {
    expect(nearMiss('parent_serial', ['serial', 'kind', 'parentSerial'])).toBe('parentSerial');
    expect(nearMiss('PARENT-SERIAL', ['serial', 'kind', 'parentSerial'])).toBe('parentSerial');
    expect(nearMiss('shipmnet', ['batch', 'shipment', 'since'])).toBe('shipment');
    expect(nearMiss('batchId', ['batch', 'shipment', 'since'])).toBe('batch');
  });

  it('suggests nothing far away or when nothing is accepted', () => {
    expect(nearMiss('colour', ['batch', 'shipment', 'since'])).toBeNull();
    expect(nearMiss('x', [])).toBeNull();
    expect(nearMiss('a', ['b'])).toBe('b');
    expect(nearMiss('ab', ['cd'])).toBeNull();
  });

  it('words the problem', () => {
    expect(unknownFieldProblem('parent_serial', ['serial', 'kind', 'parentSerial'])).toBe('unknown field; did you mean parentSerial?');
    expect(unknownFieldProblem('colour', ['batch', 'since'])).toBe('unknown field; accepted: batch, since');
    expect(unknownFieldProblem('utm', [])).toBe('unknown field; none is accepted here');
  });
});
