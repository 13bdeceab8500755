import fc from 'fast-check';
import { formatIncoterm, INCOTERMS_ANY_MODE, INCOTERMS_SEA_ONLY, parseIncoterm } from './incoterms';

describe('Incoterms 2020 (docs/methods/identifiers.md)', () => {
  it('reads "FOB Tianjin Incoterms 2020" as a sea-only rule with its named place', () => {
    expect(parseIncoterm('FOB Tianjin Incoterms 2020')).toEqual({
      ok: true,
      value: { rule: 'FOB', namedPlace: 'Tianjin', version: '2020', seaOnly: true },
    });
    expect(parseIncoterm('dap Rotterdam Maasvlakte')).toMatchObject({
      ok: true,
      value: { rule: 'DAP', namedPlace: 'Rotterdam Maasvlakte', seaOnly: false },
    });
  });

  it('refuses unknown rules, other editions and a missing place', () => {
    expect(parseIncoterm('FOX Tianjin Incoterms 2020')).toEqual({
      ok: false,
      message: 'unknown Incoterm "FOX"; Incoterms 2020 rules are EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF',
    });
    expect(parseIncoterm('DAT Rotterdam Incoterms 2010').ok).toBe(false);
    expect(parseIncoterm('FOB Tianjin Incoterms 2010').ok).toBe(false);
    expect(parseIncoterm('FOB').ok).toBe(false);
  });

  it('property: every rule with any named place round-trips through its written form', () => {
    const place = fc.stringMatching(/^[A-Za-z][A-Za-z .-]{0,30}[A-Za-z]$/);
    fc.assert(
      fc.property(fc.constantFrom(...INCOTERMS_ANY_MODE, ...INCOTERMS_SEA_ONLY), place, (rule, namedPlace) => {
        const written = formatIncoterm({ rule, namedPlace, version: '2020' });
        const parsed = parseIncoterm(written);
        return parsed.ok && parsed.value.rule === rule && parsed.value.namedPlace === namedPlace.replace(/\s+/g, ' ');
      }),
    );
  });
});
