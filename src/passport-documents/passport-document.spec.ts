import {
  attributesNamingDocument,
  isSha256,
  PASSPORT_DOCUMENT_MEDIA_TYPES,
  passportDocumentMediaType,
  startsAsMediaType,
} from './passport-document';

const SHA = 'ab'.repeat(32);

describe('passport document media types', () => {
  it('accepts PDF, PNG and JPEG, with parameters and in any case', () => {
    expect(PASSPORT_DOCUMENT_MEDIA_TYPES).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
    expect(passportDocumentMediaType('application/pdf')).toBe('application/pdf');
    expect(passportDocumentMediaType('Image/PNG; charset=binary')).toBe('image/png');
    expect(passportDocumentMediaType(' image/jpeg ')).toBe('image/jpeg');
  });

  it.each([
    'text/html',
    'image/svg+xml',
    'text/plain',
    'application/xhtml+xml',
    'application/octet-stream',
    'application/json',
    '',
    undefined,
  ])('refuses %p (script risk, sniffing risk, or no type)', (type) => {
    expect(passportDocumentMediaType(type)).toBeNull();
  });

  it('checks the first bytes against the declared type', () => {
    expect(startsAsMediaType(Buffer.from('%PDF-1.7\n'), 'application/pdf')).toBe(true);
    expect(startsAsMediaType(Buffer.from('<html>'), 'application/pdf')).toBe(false);
    expect(startsAsMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png')).toBe(true);
    expect(startsAsMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toBe(true);
    expect(startsAsMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/png')).toBe(false);
    expect(startsAsMediaType(Buffer.alloc(0), 'image/jpeg')).toBe(false);
  });

  it('knows a SHA-256 in lower-case hexadecimal', () => {
    expect(isSha256(SHA)).toBe(true);
    expect(isSha256(SHA.toUpperCase())).toBe(false);
    expect(isSha256(SHA.slice(1))).toBe(false);
  });
});

describe('attributesNamingDocument', () => {
  const ref = (sha256: string) => ({ title: 'Manual', mediaType: 'application/pdf', sha256, sizeBytes: 10 });

  it('finds the catalogue attributes whose document reference names the digest', () => {
    const values = {
      dismantlingAndRemovalInformation: ref(SHA),
      safetyMeasures: ref(SHA),
      declarationOfConformity: ref('cd'.repeat(32)),
      extinguishingAgent: SHA,
      notAnAttribute: ref(SHA),
    };
    expect(attributesNamingDocument(values, SHA).sort()).toEqual(['dismantlingAndRemovalInformation', 'safetyMeasures']);
  });

  it('finds a reference inside a list, and nothing in an empty record', () => {
    expect(attributesNamingDocument({ resultOfTestReport: [ref('cd'.repeat(32)), ref(SHA)] }, SHA)).toEqual(['resultOfTestReport']);
    expect(attributesNamingDocument({}, SHA)).toEqual([]);
  });
});
