import { editDistance, nearMiss, unknownNameProblem } from './near-miss';

const FIELDS = ['serial', 'kind', 'parentSerial', 'producedAt'];

describe('nearMiss', () => {
  it('matches names that differ only in case, underscores or hyphens', () => {
    expect(nearMiss('parent_serial', FIELDS)).toBe('parentSerial');
    expect(nearMiss('ParentSerial', FIELDS)).toBe('parentSerial');
    expect(nearMiss('produced-at', FIELDS)).toBe('producedAt');
    expect(nearMiss('KIND', FIELDS)).toBe('kind');
  });

  it('matches typos within a small edit distance', () => {
    expect(nearMiss('serail', FIELDS)).toBe('serial');
    expect(nearMiss('parentSerail', FIELDS)).toBe('parentSerial');
    expect(nearMiss('kidn', FIELDS)).toBeNull(); // two edits on a four-letter name is too far
    expect(nearMiss('kin', FIELDS)).toBe('kind');
  });

  it('answers null when nothing is near', () => {
    expect(nearMiss('colour', FIELDS)).toBeNull();
    expect(nearMiss('', FIELDS)).toBeNull();
  });

  it('words the problem with or without a suggestion', () => {
    expect(unknownNameProblem('field', 'parent_serial', FIELDS)).toBe('unknown field; did you mean parentSerial?');
    expect(unknownNameProblem('field', 'colour', FIELDS)).toBe('unknown field; expected one of serial, kind, parentSerial, producedAt');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
