/**
 * Incoterms 2020 (docs/methods/identifiers.md): any mode EXW, FCA, CPT, CIP, DAP, DPU, DDP; sea and inland
 * waterway only FAS, FOB, CFR, CIF. Written `<rule> <named place> Incoterms 2020`, e.g.
 * `FOB Tianjin Incoterms 2020`.
 */
export const INCOTERMS_ANY_MODE = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'] as const;
export const INCOTERMS_SEA_ONLY = ['FAS', 'FOB', 'CFR', 'CIF'] as const;
export type IncotermRule = (typeof INCOTERMS_ANY_MODE)[number] | (typeof INCOTERMS_SEA_ONLY)[number];
export const INCOTERMS_VERSION = '2020';

const RULES: readonly string[] = [...INCOTERMS_ANY_MODE, ...INCOTERMS_SEA_ONLY];

export interface Incoterm {
  rule: IncotermRule;
  namedPlace: string;
  version: typeof INCOTERMS_VERSION;
  seaOnly: boolean;
}

export type IncotermParse = { ok: true; value: Incoterm } | { ok: false; message: string };

/** `FOB Tianjin Incoterms 2020` (the version may be left out: 2020 is the only edition known here). */
export function parseIncoterm(raw: string): IncotermParse {
  const m = /^([A-Za-z]{3})\s+(.+?)(?:\s+Incoterms(?:®)?\s+(\d{4}))?$/i.exec(raw.trim());
  if (!m) return { ok: false, message: `"${raw.slice(0, 60)}" is not written as "<rule> <named place> Incoterms 2020"` };
  const rule = m[1].toUpperCase();
  if (!RULES.includes(rule)) return { ok: false, message: `unknown Incoterm "${m[1]}"; Incoterms 2020 rules are ${RULES.join(', ')}` };
  if (m[3] !== undefined && m[3] !== INCOTERMS_VERSION) {
    return { ok: false, message: `Incoterms ${m[3]} is not supported; write the rule under Incoterms ${INCOTERMS_VERSION}` };
  }
  const namedPlace = m[2].replace(/\s+/g, ' ').trim();
  return {
    ok: true,
    value: {
      rule: rule as IncotermRule,
      namedPlace,
      version: INCOTERMS_VERSION,
      seaOnly: (INCOTERMS_SEA_ONLY as readonly string[]).includes(rule),
    },
  };
}

export const formatIncoterm = (t: Pick<Incoterm, 'rule' | 'namedPlace' | 'version'>): string =>
  `${t.rule} ${t.namedPlace} Incoterms ${t.version}`;
