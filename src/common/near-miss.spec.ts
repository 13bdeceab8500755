import { editDistance, nearMiss, unknownNameProblem } from './near-miss';

const FIELDS = ['serial', 'kind', 'parentSerial', 'producedAt'];

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, an adjacent swap as one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('batch', 'batch')).toBe(0);
    expect(editDistance('bacth', 'batch')).toBe(1);
    expect(editDistance('shipment', 'shipments')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('nearMiss', () => {
  it('matches names that differ only in case, underscores or hyphens', () => {
    expect(nearMiss('parent_serial', FIELDS)).toBe('parentSerial');
    expect(nearMiss('PARENT-SERIAL', FIELDS)).toBe('parentSerial');
    expect(nearMiss('produced-at', FIELDS)).toBe('producedAt');
    expect(nearMiss('KIND', FIELDS)).toBe('kind');
  });

  it('matches small typos, one edit per four characters, and ignores an Id suffix', () => {
    expect(nearMiss('serail', FIELDS)).toBe('serial');
    expect(nearMiss('parentSerail', FIELDS)).toBe('parentSerial');
    expect(nearMiss('kidn', FIELDS)).toBe('kind');
    expect(nearMiss('kin', FIELDS)).toBe('kind');
    expect(nearMiss('shipmnet', ['batch', 'shipment', 'since'])).toBe('shipment');
    expect(nearMiss('batchId', ['batch', 'shipment', 'since'])).toBe('batch');
  });

  it('answers null when nothing is near or nothing is accepted', () => {
    expect(nearMiss('colour', FIELDS)).toBeNull();
    expect(nearMiss('', FIELDS)).toBeNull();
    expect(nearMiss('x', [])).toBeNull();
    expect(nearMiss('ab', ['cd'])).toBeNull();
    expect(nearMiss('a', ['b'])).toBe('b');
  });
});

describe('unknownNameProblem', () => {
  it('words the problem with the suggestion, the accepted names, or that none is accepted', () => {
    expect(unknownNameProblem('field', 'parent_serial', FIELDS)).toBe('unknown field; did you mean parentSerial?');
    expect(unknownNameProblem('field', 'colour', FIELDS)).toBe('unknown field; expected one of serial, kind, parentSerial, producedAt');
    expect(unknownNameProblem('column', 'colour', ['batch', 'since'])).toBe('unknown column; expected one of batch, since');
    expect(unknownNameProblem('field', 'utm', [])).toBe('unknown field; none is accepted here');
  });
});
