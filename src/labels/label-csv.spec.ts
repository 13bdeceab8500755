import { csvField, LABEL_CSV_HEADER, labelCsvLine } from './label-csv';

describe('label CSV (RFC 4180)', () => {
  it('writes plain values as they are and quotes the ones that need it', () => {
    expect(csvField('P-0001')).toBe('P-0001');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+2')).toBe('=1+2');
  });

  it('ends lines in CRLF and has a header', () => {
    expect(LABEL_CSV_HEADER).toBe('serial,identifier_uri,human_readable\r\n');
    expect(labelCsvLine('P,1', 'https://b.example/01/09506000134352/21/P%2C1', '(01) 09506000134352 (21) P,1')).toBe(
      '"P,1",https://b.example/01/09506000134352/21/P%2C1,"(01) 09506000134352 (21) P,1"\r\n',
    );
  });
});
