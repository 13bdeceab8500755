import { readFileSync } from 'node:fs';
import { PASSPORT_ATTRIBUTES, PassportAttribute } from '../../src/passports/passport-attributes';
import { describeWithReference } from '../support/conformance-kit';

/**
 * The committed catalogue (src/passports/passport-attributes.ts) against its source, the Battery
 * Pass data attribute longlist v1.2 (Battery Pass consortium, CC-BY-4.0), row by row and column by
 * column: a new version of the longlist, or a hand edit of the catalogue, shows here as a diff.
 */

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

const COLUMNS = [
  '#',
  'din_dke_spec_99100_chapter',
  'EV',
  'LMT',
  'industrial_over_2kWh',
  'stationary_over_2kWh',
  'category',
  'subcategory',
  'attribute',
  'regulation_reference',
  'unit',
  'data_format',
  'access',
  'static_or_dynamic',
  'update_requirement',
  'granularity',
];

const ACCESS: Record<PassportAttribute['accessGroup'], string> = {
  PUBLIC: 'Public',
  LEGITIMATE_INTEREST: 'persons with a legitimate interest',
  LEGITIMATE_INTEREST_AND_COMMISSION: 'persons with a legitimate interest and the Commission',
  AUTHORITY: 'Notified bodies, market surveillance authorities and the Commission',
};
const REQUIREMENT = { MANDATORY: 'x', VOLUNTARY: 'o', NOT_APPLICABLE: '' } as const;
const na = (v: string | null) => v ?? 'n.a.';

/** A catalogue entry written back as a longlist row. */
function asLonglistRow(a: PassportAttribute): Record<string, string> {
  return {
    '#': String(a.number),
    din_dke_spec_99100_chapter: a.dinDkeSpec99100Chapter,
    EV: REQUIREMENT[a.requirement.EV],
    LMT: REQUIREMENT[a.requirement.LMT],
    industrial_over_2kWh: REQUIREMENT[a.requirement.INDUSTRIAL],
    stationary_over_2kWh: REQUIREMENT[a.requirement.STATIONARY],
    category: a.category,
    subcategory: a.subcategory ?? '-',
    attribute: a.name,
    regulation_reference: na(a.regulationReference),
    unit: na(a.unit),
    data_format: na(a.dataFormat),
    access: ACCESS[a.accessGroup],
    static_or_dynamic: a.dynamic ? 'Dynamic' : 'Static',
    update_requirement: na(a.updateRequirement),
    granularity: a.granularity === 'MODEL' ? 'Battery model' : 'Individual battery',
  };
}

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, line breaks in quotes and CRLF', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,"x\ny",\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', 'x\ny', ''],
    ]);
  });
});

describeWithReference('batteryPassLonglist', 'the passport attribute catalogue against the Battery Pass longlist v1.2', (path) => {
  let header: string[];
  let rows: Record<string, string>[];
  beforeAll(() => {
    const [head, ...body] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')).filter((r) => r.some((f) => f !== ''));
    header = head;
    rows = body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
  });

  it('the longlist has the columns the catalogue was made from, and 93 rows', () => {
    expect(header).toEqual(COLUMNS);
    expect(rows).toHaveLength(93);
  });

  it('equals the catalogue row by row', () => {
    expect(PASSPORT_ATTRIBUTES.map(asLonglistRow)).toEqual(rows);
  });
});
