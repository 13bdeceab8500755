import type { FailureReason } from '../certificates/certificate-checks';
import type { LifecycleStage } from '../footprints/footprint-document';
import { escapeHtml } from './html';
import type { Language } from './i18n';

/**
 * Everything battrace's public pages say, per language (docs/pages.md). A typed object per
 * language: the compiler refuses a missing key, and messages.spec.ts checks that every text is
 * non-empty and carries the same `{placeholders}` in every language. Placeholders are filled by
 * `fill` (below), which escapes the text around them. Data (names, the certifier's opinion
 * and reasons) is shown as written, never translated.
 */
export interface PageMessages {
  languageNav: string;
  certificate: {
    title: string;
    /** The status in words, per verification outcome (VALID or the first failed check's reason). */
    status: Record<'VALID' | FailureReason, string>;
    statusDetailsLabel: string;
    revokedOn: string;
    suspendedOn: string;
    reasonGiven: string;
    expiredOn: string;
    notYetValidUntil: string;
    footprintHeading: string;
    perBattery: string;
    perBatteryNote: string;
    perKWhLifetime: string;
    perKWhLifetimeNote: string;
    perKWhCapacity: string;
    perKWhCapacityNote: string;
    batchTotal: string;
    batchTotalNote: string;
    greenShare: string;
    greenShareNote: string;
    greenShareUnknown: string;
    unitKg: string;
    unitKgPerKWh: string;
    stagesHeading: string;
    stageColumn: string;
    batchColumn: string;
    perKWhColumn: string;
    total: string;
    stages: Record<LifecycleStage, string>;
    estimateFlag: string;
    distributionEstimate: string;
    roundingAddsUp: string;
    roundingSeparate: string;
    ruleset: string;
    productHeading: string;
    batteryModel: string;
    batch: string;
    packs: string;
    manufacturer: string;
    plant: string;
    park: string;
    verificationHeading: string;
    certifier: string;
    assurance: string;
    assuranceLevels: Record<'LIMITED' | 'REASONABLE', string>;
    materiality: string;
    standard: string;
    opinion: string;
    verifiers: string;
    validity: string;
    validityRange: string;
    checkedAt: string;
    linksHeading: string;
    passportLink: string;
    bundleLink: string;
    trustListLink: string;
    offlineHow: string;
    platformKey: string;
    footprintHash: string;
    pageAddress: string;
    qrCaption: string;
    qrLabel: string;
  };
  notFound: { title: string; words: string; advice: string; asked: string };
  badRequest: { title: string; words: string; advice: string };
  passport: PassportPageMessages;
  signIn: SignInMessages;
}

/** The browser sign-in page and the signed-in line of the passport page (src/pages/signin-page.ts). */
export interface SignInMessages {
  title: string;
  intro: string;
  keyLabel: string;
  keyHint: string;
  submit: string;
  badKey: string;
  badForm: string;
  lifetime: string;
  signInButton: string;
  signedInAs: string;
  signOut: string;
}

/** The battery passport page (src/passports/passport-page.ts). */
export interface PassportPageMessages {
  title: string;
  passportId: string;
  closed: string;
  closedNoDate: string;
  laterLife: string;
  predecessor: string;
  successor: string;
  groups: Record<PassportGroupId, string>;
  restricted: string;
  partlyRestricted: string;
  signInLink: string;
  serial: string;
  model: string;
  manufacturer: string;
  plant: string;
  park: string;
  productionPeriod: string;
  dateRange: string;
  perKWh: string;
  perBattery: string;
  performanceClass: string;
  notClassified: string;
  study: string;
  studyLink: string;
  unitKgPerKWh: string;
  unitKg: string;
  custodyPark: string;
  custodyPlant: string;
  custodyShipment: string;
  custodyConsignee: string;
  departed: string;
  arrived: string;
  delivered: string;
  notYet: string;
  shipmentsHidden: string;
  noShipments: string;
  linksHeading: string;
  certificateLink: string;
  bundleLink: string;
  epcisLink: string;
  epcisNote: string;
  modelVersionsLink: string;
  batchPassportLink: string;
  jsonLink: string;
  signInHeading: string;
  signInWho: string;
  signInHow: string;
  document: string;
  sha256: string;
  yes: string;
  no: string;
  years: string;
  pageAddress: string;
  qrCaption: string;
  qrLabel: string;
  notFoundTitle: string;
  notFoundWords: string;
  notFoundAdvice: string;
  badRequestTitle: string;
  badRequestWords: string;
  asked: string;
}

/** The page's groups, in the order of Annex XIII as the Battery Pass longlist groups its attributes. */
export const PASSPORT_GROUP_IDS = [
  'identity',
  'carbonFootprint',
  'materials',
  'recycledContent',
  'circularity',
  'performance',
  'health',
  'dueDiligence',
  'labels',
  'custody',
] as const;
export type PassportGroupId = (typeof PASSPORT_GROUP_IDS)[number];

const en: PageMessages = {
  languageNav: 'Language',
  signIn: {
    title: 'Sign in',
    intro:
      'Organizations with a legitimate interest (recyclers, repairers, second-life operators, authorities) sign in with the API key battrace gave them, to read more of a battery passport on this device.',
    keyLabel: 'Your organization’s API key',
    keyHint: 'The key is checked and not kept in this browser; a session cookie is kept instead.',
    submit: 'Sign in',
    badKey: 'This API key is unknown, revoked or not an organization’s key. Nothing was stored.',
    badForm: 'The form could not be read. Please try again.',
    lifetime: 'The session lasts 8 hours and ends at once when your organization revokes its key. It is used only for reading pages.',
    signInButton: 'Sign in with your organization’s key',
    signedInAs: 'Signed in as {organization}.',
    signOut: 'Sign out',
  },
  certificate: {
    title: 'Carbon footprint certificate',
    status: {
      VALID: 'Valid: this certificate is genuine and in force.',
      MALFORMED: 'Invalid: this is not a readable certificate credential.',
      UNKNOWN_KID: 'Invalid: the key that signed it is unknown.',
      SIGNATURE: 'Invalid: the certificate has been tampered with (signature mismatch).',
      ISSUER_NOT_CERTIFIER: 'Invalid: the issuer is not a recognised certifier.',
      KEY_NOT_CURRENT_AT_ISSUANCE: 'Invalid: signed with a key that was not in force at issuance.',
      NOT_YET_VALID: 'Not yet valid.',
      EXPIRED: 'Expired: this certificate is no longer valid.',
      REVOKED: 'Revoked: the certifier has withdrawn this certificate.',
      SUSPENDED: 'Suspended: the certifier has suspended this certificate.',
      SUPERSEDED: 'Superseded: a newer footprint has been declared for this batch.',
      FOOTPRINT_HASH_MISMATCH: 'Invalid: the certified footprint does not match the stored footprint.',
      STATUS_UNKNOWN: 'Status unknown: the revocation list could not be checked.',
      UNANCHORED_KEY: 'Not verified: the signature matches the key the bundle carries, but no trust anchor you gave vouches for that key.',
      STATUS_STALE: 'Valid when last known, but its status snapshot is older than the maximum age: refresh the bundle.',
    },
    statusDetailsLabel: 'Details of the status',
    revokedOn: 'Revoked on {date}.',
    suspendedOn: 'Suspended on {date}.',
    reasonGiven: 'Reason given by the certifier: {reason}',
    expiredOn: 'Expired on {date}.',
    notYetValidUntil: 'Valid only from {date}.',
    footprintHeading: 'Carbon footprint',
    perBattery: 'Per battery',
    perBatteryNote: 'one {model} battery of {energy} kWh',
    perKWhLifetime: 'Per kWh delivered',
    perKWhLifetimeNote: 'over the battery’s service life (the declared value)',
    perKWhCapacity: 'Per kWh of capacity',
    perKWhCapacityNote: 'of the battery’s rated energy',
    batchTotal: 'Whole batch',
    batchTotalNote: '{packs} packs',
    greenShare: 'Green electricity',
    greenShareNote: 'of the park’s electricity over the production period; {direct} by direct line or generated on site',
    greenShareUnknown: 'not recorded',
    unitKg: 'kg CO₂e',
    unitKgPerKWh: 'kg CO₂e/kWh',
    stagesHeading: 'Life-cycle stages',
    stageColumn: 'Stage',
    batchColumn: 'Batch, kg CO₂e',
    perKWhColumn: 'Per kWh delivered, kg CO₂e',
    total: 'Total',
    stages: {
      RAW_MATERIAL_ACQUISITION: 'Raw material acquisition',
      MAIN_PRODUCTION: 'Main production',
      DISTRIBUTION: 'Distribution',
      END_OF_LIFE_RECYCLING: 'End of life and recycling',
    },
    estimateFlag: 'estimate',
    distributionEstimate:
      'Distribution is partly an estimate: some packs of this batch had not been shipped when the footprint was declared, so their transport is the manufacturer’s declared estimate.',
    roundingAddsUp: 'Figures are rounded; the stages are rounded so that they add up to the total shown.',
    roundingSeparate: 'Figures are rounded one by one, so the stages may not add up exactly to the total shown.',
    ruleset: 'Calculation rules {ruleset}, footprint version {version}.',
    productHeading: 'Product',
    batteryModel: 'Battery model',
    batch: 'Batch',
    packs: '{packs} packs',
    manufacturer: 'Manufacturer',
    plant: 'Plant',
    park: 'Industrial park',
    verificationHeading: 'Verification',
    certifier: 'Certifier',
    assurance: 'Assurance',
    assuranceLevels: { LIMITED: 'Limited assurance', REASONABLE: 'Reasonable assurance' },
    materiality: 'materiality {percent}',
    standard: 'Standard and criteria',
    opinion: 'Opinion',
    verifiers: 'Lead verifier / reviewer',
    validity: 'Valid',
    validityRange: 'from {from} until {until}',
    checkedAt: 'Checked',
    linksHeading: 'Passport and offline check',
    passportLink: 'Battery passport of this batch',
    bundleLink: 'Certificate bundle (to check it offline)',
    trustListLink: 'battrace’s signed trust list',
    offlineHow: 'To check the certificate without battrace, download the bundle and the trust list, then run:',
    platformKey: 'battrace platform key (RFC 7638 thumbprint)',
    footprintHash: 'Footprint hash (SHA-256)',
    pageAddress: 'Address of this page',
    qrCaption: 'Show or print this QR code so that another device can open this page.',
    qrLabel: 'QR code of this page',
  },
  notFound: {
    title: 'Certificate not found',
    words: 'Not genuine: battrace has no certificate at this address.',
    advice:
      'If this link was given to you as proof of a certified carbon footprint, do not rely on it. Ask the seller for the certificate’s address, or ask the certifier named on it.',
    asked: 'Certificate id asked for',
  },
  badRequest: {
    title: 'Not a certificate address',
    words: 'This link is damaged: it does not name a certificate.',
    advice:
      'A certificate address ends in the certificate’s id, 36 characters such as 0b6e3c1a-…. Scan the QR code again, or type the address exactly as printed.',
  },
  passport: {
    title: 'Battery passport',
    passportId: 'Passport identifier',
    closed: 'This passport is closed: the battery was recycled on {date}.',
    closedNoDate: 'This passport is closed: the battery was recycled.',
    laterLife: 'This battery has been repurposed or remanufactured: this is the passport of its life number {life}.',
    predecessor: 'Previous passport of this battery',
    successor: 'Newer passport of this battery',
    groups: {
      identity: 'Identity',
      carbonFootprint: 'Carbon footprint',
      materials: 'Materials and hazardous substances',
      recycledContent: 'Recycled and renewable content',
      circularity: 'Dismantling, spare parts and end of life',
      performance: 'Performance and durability',
      health: 'State of health (dynamic data)',
      dueDiligence: 'Supply chain due diligence',
      labels: 'Labels and conformity',
      custody: 'Chain of custody',
    },
    restricted: 'Not shown to you; sign in if you have a legitimate interest.',
    partlyRestricted: 'More of this group is shown to those with a legitimate interest.',
    signInLink: 'How to sign in',
    serial: 'Serial number',
    model: 'Battery model',
    manufacturer: 'Manufacturer',
    plant: 'Plant',
    park: 'Industrial park',
    productionPeriod: 'Production period of the batch',
    dateRange: '{from} to {until}',
    perKWh: 'Per kWh delivered over its life',
    perBattery: 'This battery',
    performanceClass: 'Performance class',
    notClassified: 'not yet classified',
    study: 'Public carbon footprint study',
    studyLink: 'Read the study',
    unitKgPerKWh: 'kg CO₂e/kWh',
    unitKg: 'kg CO₂e',
    custodyPark: 'Industrial park',
    custodyPlant: 'Made at',
    custodyShipment: 'Shipment {reference}',
    custodyConsignee: 'Delivered to',
    departed: 'departed {date}',
    arrived: 'arrived {date}',
    delivered: 'delivered {date}',
    notYet: 'under way',
    shipmentsHidden: 'Shipments are shown to their parties (manufacturer, forwarder, consignee) once signed in.',
    noShipments: 'No shipment of this battery’s batch is recorded.',
    linksHeading: 'Certificates, data and events',
    certificateLink: 'Carbon footprint certificate {number}',
    bundleLink: 'its offline bundle',
    epcisLink: 'EPCIS events of this batch',
    epcisNote: 'for signed-in parties',
    modelVersionsLink: 'Signed versions of the model passport',
    batchPassportLink: 'Passport of the production batch',
    jsonLink: 'This passport as JSON',
    signInHeading: 'Sign in with a legitimate interest',
    signInWho:
      'Recyclers, repairers, second-life operators, market surveillance authorities and others with a legitimate interest (Regulation (EU) 2023/1542 Art. 77(2)) read more of this passport: dismantling information, materials, the status and health data.',
    signInHow:
      'Your organization receives an API key from battrace. Open this page with your organization’s key sent as an Authorization header (Bearer), from your own software or a browser set up by your organization; the page then shows what your organization may read. Never put the key in an address.',
    document: 'Document',
    sha256: 'SHA-256',
    yes: 'yes',
    no: 'no',
    years: '{years} years',
    pageAddress: 'Address of this page',
    qrCaption: 'Show or print this QR code so that another device can open this passport.',
    qrLabel: 'QR code of this battery passport',
    notFoundTitle: 'Battery passport not found',
    notFoundWords: 'battrace has no battery passport at this address.',
    notFoundAdvice:
      'Scan the QR code on the battery again, or type the address exactly as printed. If it still fails, ask the manufacturer.',
    badRequestTitle: 'Not a battery passport address',
    badRequestWords: 'This link is damaged: it does not name a battery passport.',
    asked: 'Asked for',
  },
};

const de: PageMessages = {
  languageNav: 'Sprache',
  signIn: {
    title: 'Anmelden',
    intro:
      'Organisationen mit berechtigtem Interesse (Recycler, Reparaturbetriebe, Betreiber für das zweite Leben, Behörden) melden sich mit dem API-Schlüssel an, den sie von battrace erhalten haben, um auf diesem Gerät mehr vom Batteriepass zu lesen.',
    keyLabel: 'API-Schlüssel Ihrer Organisation',
    keyHint: 'Der Schlüssel wird geprüft und nicht in diesem Browser gespeichert; stattdessen wird ein Sitzungs-Cookie gesetzt.',
    submit: 'Anmelden',
    badKey: 'Dieser API-Schlüssel ist unbekannt, widerrufen oder kein Schlüssel einer Organisation. Es wurde nichts gespeichert.',
    badForm: 'Das Formular konnte nicht gelesen werden. Bitte erneut versuchen.',
    lifetime:
      'Die Sitzung gilt 8 Stunden und endet sofort, wenn Ihre Organisation ihren Schlüssel widerruft. Sie dient nur zum Lesen von Seiten.',
    signInButton: 'Mit dem Schlüssel Ihrer Organisation anmelden',
    signedInAs: 'Angemeldet als {organization}.',
    signOut: 'Abmelden',
  },
  certificate: {
    title: 'Zertifikat zum CO₂-Fußabdruck',
    status: {
      VALID: 'Gültig: Dieses Zertifikat ist echt und in Kraft.',
      MALFORMED: 'Ungültig: Dies ist kein lesbarer Zertifikatsnachweis.',
      UNKNOWN_KID: 'Ungültig: Der Schlüssel, mit dem es signiert wurde, ist unbekannt.',
      SIGNATURE: 'Ungültig: Das Zertifikat wurde verändert (die Signatur stimmt nicht).',
      ISSUER_NOT_CERTIFIER: 'Ungültig: Der Aussteller ist keine anerkannte Zertifizierungsstelle.',
      KEY_NOT_CURRENT_AT_ISSUANCE: 'Ungültig: signiert mit einem Schlüssel, der bei der Ausstellung nicht gültig war.',
      NOT_YET_VALID: 'Noch nicht gültig.',
      EXPIRED: 'Abgelaufen: Dieses Zertifikat ist nicht mehr gültig.',
      REVOKED: 'Widerrufen: Die Zertifizierungsstelle hat dieses Zertifikat zurückgezogen.',
      SUSPENDED: 'Ausgesetzt: Die Zertifizierungsstelle hat dieses Zertifikat ausgesetzt.',
      SUPERSEDED: 'Ersetzt: Für diese Charge wurde ein neuerer CO₂-Fußabdruck erklärt.',
      FOOTPRINT_HASH_MISMATCH: 'Ungültig: Der zertifizierte CO₂-Fußabdruck stimmt nicht mit dem gespeicherten überein.',
      STATUS_UNKNOWN: 'Status unbekannt: Die Widerrufsliste konnte nicht geprüft werden.',
      UNANCHORED_KEY:
        'Nicht geprüft: Die Signatur passt zum mitgelieferten Schlüssel, aber keiner Ihrer Vertrauensanker bestätigt diesen Schlüssel.',
      STATUS_STALE: 'Zuletzt gültig, aber der Statusstand ist älter als erlaubt: Laden Sie das Paket neu herunter.',
    },
    statusDetailsLabel: 'Einzelheiten zum Status',
    revokedOn: 'Widerrufen am {date}.',
    suspendedOn: 'Ausgesetzt am {date}.',
    reasonGiven: 'Begründung der Zertifizierungsstelle: {reason}',
    expiredOn: 'Abgelaufen am {date}.',
    notYetValidUntil: 'Gültig erst ab {date}.',
    footprintHeading: 'CO₂-Fußabdruck',
    perBattery: 'Je Batterie',
    perBatteryNote: 'eine Batterie {model} mit {energy} kWh',
    perKWhLifetime: 'Je gelieferte kWh',
    perKWhLifetimeNote: 'über die Nutzungsdauer der Batterie (der erklärte Wert)',
    perKWhCapacity: 'Je kWh Kapazität',
    perKWhCapacityNote: 'bezogen auf den Nennenergieinhalt der Batterie',
    batchTotal: 'Ganze Charge',
    batchTotalNote: '{packs} Packs',
    greenShare: 'Grünstrom',
    greenShareNote: 'des Stroms im Industriepark im Produktionszeitraum; davon {direct} über Direktleitung oder vor Ort erzeugt',
    greenShareUnknown: 'nicht erfasst',
    unitKg: 'kg CO₂e',
    unitKgPerKWh: 'kg CO₂e/kWh',
    stagesHeading: 'Lebenszyklusphasen',
    stageColumn: 'Phase',
    batchColumn: 'Charge, kg CO₂e',
    perKWhColumn: 'Je gelieferte kWh, kg CO₂e',
    total: 'Summe',
    stages: {
      RAW_MATERIAL_ACQUISITION: 'Rohstoffbeschaffung und Vorverarbeitung',
      MAIN_PRODUCTION: 'Hauptproduktion',
      DISTRIBUTION: 'Vertrieb',
      END_OF_LIFE_RECYCLING: 'Lebensende und Recycling',
    },
    estimateFlag: 'Schätzung',
    distributionEstimate:
      'Der Vertrieb ist teilweise geschätzt: Einige Packs dieser Charge waren bei der Erklärung des Fußabdrucks noch nicht versandt; für ihren Transport gilt die vom Hersteller erklärte Schätzung.',
    roundingAddsUp: 'Die Werte sind gerundet, die Phasen so, dass ihre Summe die angezeigte Summe ergibt.',
    roundingSeparate: 'Die Werte sind einzeln gerundet; die Phasen ergeben daher nicht unbedingt genau die angezeigte Summe.',
    ruleset: 'Berechnungsregeln {ruleset}, Version {version} des Fußabdrucks.',
    productHeading: 'Produkt',
    batteryModel: 'Batteriemodell',
    batch: 'Charge',
    packs: '{packs} Packs',
    manufacturer: 'Hersteller',
    plant: 'Werk',
    park: 'Industriepark',
    verificationHeading: 'Prüfung',
    certifier: 'Zertifizierungsstelle',
    assurance: 'Prüfungssicherheit',
    assuranceLevels: { LIMITED: 'Begrenzte Sicherheit', REASONABLE: 'Hinreichende Sicherheit' },
    materiality: 'Wesentlichkeit {percent}',
    standard: 'Norm und Kriterien',
    opinion: 'Prüfurteil',
    verifiers: 'Leitender Prüfer / Reviewer',
    validity: 'Gültig',
    validityRange: 'vom {from} bis zum {until}',
    checkedAt: 'Geprüft',
    linksHeading: 'Batteriepass und Prüfung ohne Verbindung',
    passportLink: 'Batteriepass dieser Charge',
    bundleLink: 'Zertifikatspaket (zur Prüfung ohne Verbindung)',
    trustListLink: 'Signierte Vertrauensliste von battrace',
    offlineHow: 'Um das Zertifikat ohne battrace zu prüfen, laden Sie das Paket und die Vertrauensliste herunter und führen Sie aus:',
    platformKey: 'Plattformschlüssel von battrace (Fingerabdruck nach RFC 7638)',
    footprintHash: 'Hashwert des Fußabdrucks (SHA-256)',
    pageAddress: 'Adresse dieser Seite',
    qrCaption: 'Zeigen oder drucken Sie diesen QR-Code, damit ein anderes Gerät diese Seite öffnen kann.',
    qrLabel: 'QR-Code dieser Seite',
  },
  notFound: {
    title: 'Zertifikat nicht gefunden',
    words: 'Nicht echt: Unter dieser Adresse gibt es bei battrace kein Zertifikat.',
    advice:
      'Wurde Ihnen dieser Link als Nachweis eines zertifizierten CO₂-Fußabdrucks gegeben, verlassen Sie sich nicht darauf. Fragen Sie den Verkäufer nach der Adresse des Zertifikats oder die darauf genannte Zertifizierungsstelle.',
    asked: 'Angefragte Zertifikatskennung',
  },
  badRequest: {
    title: 'Keine Zertifikatsadresse',
    words: 'Dieser Link ist beschädigt: Er nennt kein Zertifikat.',
    advice:
      'Eine Zertifikatsadresse endet mit der Kennung des Zertifikats, 36 Zeichen wie 0b6e3c1a-…. Scannen Sie den QR-Code erneut oder geben Sie die Adresse genau wie gedruckt ein.',
  },
  passport: {
    title: 'Batteriepass',
    passportId: 'Kennung des Batteriepasses',
    closed: 'Dieser Batteriepass ist geschlossen: Die Batterie wurde am {date} recycelt.',
    closedNoDate: 'Dieser Batteriepass ist geschlossen: Die Batterie wurde recycelt.',
    laterLife: 'Diese Batterie wurde umgewidmet oder wiederaufbereitet: Dies ist der Pass ihres Lebens Nummer {life}.',
    predecessor: 'Früherer Batteriepass dieser Batterie',
    successor: 'Neuerer Batteriepass dieser Batterie',
    groups: {
      identity: 'Identität',
      carbonFootprint: 'CO₂-Fußabdruck',
      materials: 'Materialien und gefährliche Stoffe',
      recycledContent: 'Rezyklat- und erneuerbarer Anteil',
      circularity: 'Demontage, Ersatzteile und Lebensende',
      performance: 'Leistung und Haltbarkeit',
      health: 'Alterungszustand (dynamische Daten)',
      dueDiligence: 'Sorgfaltspflichten in der Lieferkette',
      labels: 'Kennzeichnung und Konformität',
      custody: 'Lieferkette der Batterie',
    },
    restricted: 'Für Sie nicht sichtbar; melden Sie sich an, wenn Sie ein berechtigtes Interesse haben.',
    partlyRestricted: 'Weitere Angaben dieser Gruppe sehen Personen mit berechtigtem Interesse.',
    signInLink: 'So melden Sie sich an',
    serial: 'Seriennummer',
    model: 'Batteriemodell',
    manufacturer: 'Hersteller',
    plant: 'Werk',
    park: 'Industriepark',
    productionPeriod: 'Produktionszeitraum der Charge',
    dateRange: '{from} bis {until}',
    perKWh: 'Je über die Lebensdauer gelieferte kWh',
    perBattery: 'Diese Batterie',
    performanceClass: 'Leistungsklasse',
    notClassified: 'noch nicht eingestuft',
    study: 'Öffentliche Studie zum CO₂-Fußabdruck',
    studyLink: 'Studie lesen',
    unitKgPerKWh: 'kg CO₂e/kWh',
    unitKg: 'kg CO₂e',
    custodyPark: 'Industriepark',
    custodyPlant: 'Hergestellt in',
    custodyShipment: 'Sendung {reference}',
    custodyConsignee: 'Geliefert an',
    departed: 'abgefahren am {date}',
    arrived: 'angekommen am {date}',
    delivered: 'zugestellt am {date}',
    notYet: 'unterwegs',
    shipmentsHidden: 'Sendungen sehen ihre Beteiligten (Hersteller, Spediteur, Empfänger) nach der Anmeldung.',
    noShipments: 'Für die Charge dieser Batterie ist keine Sendung erfasst.',
    linksHeading: 'Zertifikate, Daten und Ereignisse',
    certificateLink: 'Zertifikat zum CO₂-Fußabdruck {number}',
    bundleLink: 'sein Paket zur Prüfung ohne Verbindung',
    epcisLink: 'EPCIS-Ereignisse dieser Charge',
    epcisNote: 'für angemeldete Beteiligte',
    modelVersionsLink: 'Signierte Fassungen des Modellpasses',
    batchPassportLink: 'Batteriepass der Produktionscharge',
    jsonLink: 'Dieser Batteriepass als JSON',
    signInHeading: 'Anmelden mit berechtigtem Interesse',
    signInWho:
      'Recycler, Reparaturbetriebe, Betreiber für ein zweites Leben, Marktüberwachungsbehörden und andere mit berechtigtem Interesse (Verordnung (EU) 2023/1542 Art. 77 Abs. 2) sehen mehr von diesem Pass: Demontageinformationen, Materialien, den Status und Daten zum Alterungszustand.',
    signInHow:
      'Ihre Organisation erhält von battrace einen API-Schlüssel. Öffnen Sie diese Seite mit dem Schlüssel Ihrer Organisation als Authorization-Header (Bearer), aus Ihrer eigenen Software oder einem von Ihrer Organisation eingerichteten Browser; die Seite zeigt dann, was Ihre Organisation lesen darf. Setzen Sie den Schlüssel nie in eine Adresse.',
    document: 'Dokument',
    sha256: 'SHA-256-Prüfsumme',
    yes: 'ja',
    no: 'nein',
    years: '{years} Jahre',
    pageAddress: 'Adresse dieser Seite',
    qrCaption: 'Zeigen oder drucken Sie diesen QR-Code, damit ein anderes Gerät diesen Batteriepass öffnen kann.',
    qrLabel: 'QR-Code dieses Batteriepasses',
    notFoundTitle: 'Batteriepass nicht gefunden',
    notFoundWords: 'Unter dieser Adresse gibt es bei battrace keinen Batteriepass.',
    notFoundAdvice:
      'Scannen Sie den QR-Code auf der Batterie erneut oder geben Sie die Adresse genau wie gedruckt ein. Gelingt es dann nicht, fragen Sie den Hersteller.',
    badRequestTitle: 'Keine Adresse eines Batteriepasses',
    badRequestWords: 'Dieser Link ist beschädigt: Er nennt keinen Batteriepass.',
    asked: 'Angefragt',
  },
};

const zh: PageMessages = {
  languageNav: '语言',
  signIn: {
    title: '登录',
    intro:
      '具有合法利益的组织（回收商、维修商、梯次利用运营商、主管机关）可使用 battrace 发放的 API 密钥登录，在此设备上查看电池护照的更多内容。',
    keyLabel: '贵组织的 API 密钥',
    keyHint: '密钥仅用于校验，不会保存在此浏览器中；浏览器只保存一个会话 Cookie。',
    submit: '登录',
    badKey: '此 API 密钥未知、已撤销或不是组织的密钥。未保存任何内容。',
    badForm: '无法读取表单，请重试。',
    lifetime: '会话有效期为 8 小时；贵组织撤销密钥后立即失效。会话仅用于浏览页面。',
    signInButton: '使用贵组织的密钥登录',
    signedInAs: '已登录：{organization}。',
    signOut: '退出登录',
  },
  certificate: {
    title: '碳足迹证书',
    status: {
      VALID: '有效：本证书真实且在有效期内。',
      MALFORMED: '无效：这不是可读取的证书凭证。',
      UNKNOWN_KID: '无效：签名所用的密钥未知。',
      SIGNATURE: '无效：证书已被篡改（签名不符）。',
      ISSUER_NOT_CERTIFIER: '无效：签发方不是认可的认证机构。',
      KEY_NOT_CURRENT_AT_ISSUANCE: '无效：签名所用的密钥在签发时并未生效。',
      NOT_YET_VALID: '尚未生效。',
      EXPIRED: '已过期：本证书已失效。',
      REVOKED: '已撤销：认证机构已撤回本证书。',
      SUSPENDED: '已暂停：认证机构已暂停本证书。',
      SUPERSEDED: '已被取代：该批次已申报更新的碳足迹。',
      FOOTPRINT_HASH_MISMATCH: '无效：经认证的碳足迹与存储的碳足迹不一致。',
      STATUS_UNKNOWN: '状态未知：无法核查撤销列表。',
      UNANCHORED_KEY: '未验证：签名与证书包所带的密钥相符，但您提供的信任锚均未担保该密钥。',
      STATUS_STALE: '最后已知为有效，但其状态快照已超过最长时限：请重新下载证书包。',
    },
    statusDetailsLabel: '状态详情',
    revokedOn: '撤销日期：{date}。',
    suspendedOn: '暂停日期：{date}。',
    reasonGiven: '认证机构给出的原因：{reason}',
    expiredOn: '过期日期：{date}。',
    notYetValidUntil: '自{date}起生效。',
    footprintHeading: '碳足迹',
    perBattery: '每块电池',
    perBatteryNote: '一块 {model} 电池，{energy} kWh',
    perKWhLifetime: '每交付 1 kWh',
    perKWhLifetimeNote: '按电池使用寿命内交付的电量计（申报值）',
    perKWhCapacity: '每 kWh 容量',
    perKWhCapacityNote: '按电池额定能量计',
    batchTotal: '整批',
    batchTotalNote: '{packs} 个电池包',
    greenShare: '绿色电力占比',
    greenShareNote: '生产期间园区用电中的绿电比例；其中 {direct} 来自直连线路或园区内自发电',
    greenShareUnknown: '未记录',
    unitKg: 'kg CO₂e',
    unitKgPerKWh: 'kg CO₂e/kWh',
    stagesHeading: '生命周期阶段',
    stageColumn: '阶段',
    batchColumn: '整批，kg CO₂e',
    perKWhColumn: '每交付 1 kWh，kg CO₂e',
    total: '合计',
    stages: {
      RAW_MATERIAL_ACQUISITION: '原材料获取与预处理',
      MAIN_PRODUCTION: '主要生产',
      DISTRIBUTION: '分销运输',
      END_OF_LIFE_RECYCLING: '报废与回收',
    },
    estimateFlag: '估算值',
    distributionEstimate: '分销运输部分为估算值：申报碳足迹时，本批次部分电池包尚未发运，其运输排放采用制造商申报的估算值。',
    roundingAddsUp: '数值已四舍五入；各阶段数值经过调整，其和等于所示合计。',
    roundingSeparate: '数值逐项四舍五入，各阶段之和可能与所示合计略有出入。',
    ruleset: '核算规则 {ruleset}，碳足迹第 {version} 版。',
    productHeading: '产品',
    batteryModel: '电池型号',
    batch: '批次',
    packs: '{packs} 个电池包',
    manufacturer: '制造商',
    plant: '工厂',
    park: '产业园区',
    verificationHeading: '核查',
    certifier: '认证机构',
    assurance: '保证程度',
    assuranceLevels: { LIMITED: '有限保证', REASONABLE: '合理保证' },
    materiality: '重要性水平 {percent}',
    standard: '标准与准则',
    opinion: '核查意见',
    verifiers: '核查组长 / 复核人',
    validity: '有效期',
    validityRange: '{from} 至 {until}',
    checkedAt: '核验时间',
    linksHeading: '电池护照与离线核验',
    passportLink: '本批次的电池护照',
    bundleLink: '证书包（用于离线核验）',
    trustListLink: 'battrace 签名的信任列表',
    offlineHow: '如需不经 battrace 自行核验证书，请下载证书包和信任列表，然后运行：',
    platformKey: 'battrace 平台密钥（RFC 7638 指纹）',
    footprintHash: '碳足迹哈希值（SHA-256）',
    pageAddress: '本页地址',
    qrCaption: '出示或打印此二维码，以便其他设备打开本页。',
    qrLabel: '本页二维码',
  },
  notFound: {
    title: '未找到证书',
    words: '非真实证书：battrace 在此地址下没有任何证书。',
    advice: '如果有人将此链接作为碳足迹认证的证明提供给您，请勿采信。请向卖方索取证书地址，或向证书上注明的认证机构核实。',
    asked: '所查询的证书编号',
  },
  badRequest: {
    title: '不是证书地址',
    words: '此链接已损坏：其中没有证书编号。',
    advice: '证书地址以证书编号结尾，共 36 个字符，例如 0b6e3c1a-…。请重新扫描二维码，或按印刷内容准确输入地址。',
  },
  passport: {
    title: '电池护照',
    passportId: '电池护照编号',
    closed: '本护照已关闭：该电池已于{date}回收。',
    closedNoDate: '本护照已关闭：该电池已回收。',
    laterLife: '该电池已改作他用或再制造：这是其第 {life} 个生命周期的护照。',
    predecessor: '该电池的上一本护照',
    successor: '该电池的新护照',
    groups: {
      identity: '身份信息',
      carbonFootprint: '碳足迹',
      materials: '材料与有害物质',
      recycledContent: '再生与可再生成分',
      circularity: '拆解、备件与报废处理',
      performance: '性能与耐久性',
      health: '健康状态（动态数据）',
      dueDiligence: '供应链尽职调查',
      labels: '标签与合规',
      custody: '流转链',
    },
    restricted: '未向您显示；如您具有正当利益，请登录。',
    partlyRestricted: '本组更多信息仅向具有正当利益者显示。',
    signInLink: '如何登录',
    serial: '序列号',
    model: '电池型号',
    manufacturer: '制造商',
    plant: '工厂',
    park: '产业园区',
    productionPeriod: '批次生产期间',
    dateRange: '{from} 至 {until}',
    perKWh: '寿命期内每交付 1 kWh',
    perBattery: '本电池',
    performanceClass: '性能等级',
    notClassified: '尚未分级',
    study: '公开的碳足迹研究',
    studyLink: '阅读研究报告',
    unitKgPerKWh: '千克 CO₂e/kWh',
    unitKg: '千克 CO₂e',
    custodyPark: '产业园区',
    custodyPlant: '生产地',
    custodyShipment: '货运 {reference}',
    custodyConsignee: '收货方',
    departed: '{date} 启运',
    arrived: '{date} 抵达',
    delivered: '{date} 交付',
    notYet: '运输中',
    shipmentsHidden: '货运信息在登录后向其相关方（制造商、货代、收货方）显示。',
    noShipments: '该电池所属批次尚无货运记录。',
    linksHeading: '证书、数据与事件',
    certificateLink: '碳足迹证书 {number}',
    bundleLink: '其离线证书包',
    epcisLink: '本批次的 EPCIS 事件',
    epcisNote: '仅限已登录的相关方',
    modelVersionsLink: '型号护照的签名版本',
    batchPassportLink: '生产批次的护照',
    jsonLink: '本护照的 JSON 数据',
    signInHeading: '具有正当利益者登录',
    signInWho:
      '回收商、维修商、梯次利用运营方、市场监管机构及其他具有正当利益者（欧盟法规 (EU) 2023/1542 第 77 条第 2 款）可查看本护照的更多内容：拆解信息、材料、状态及健康数据。',
    signInHow:
      '您的组织会从 battrace 获得 API 密钥。请通过您自己的软件或由贵组织配置的浏览器，以 Authorization 请求头（Bearer）携带贵组织的密钥打开本页；页面随即显示贵组织可读取的内容。切勿将密钥放入网址。',
    document: '文件',
    sha256: 'SHA-256 哈希值',
    yes: '是',
    no: '否',
    years: '{years} 年',
    pageAddress: '本页地址',
    qrCaption: '出示或打印此二维码，以便其他设备打开本护照。',
    qrLabel: '本电池护照的二维码',
    notFoundTitle: '未找到电池护照',
    notFoundWords: 'battrace 在此地址下没有电池护照。',
    notFoundAdvice: '请重新扫描电池上的二维码，或按印刷内容准确输入地址。如仍失败，请联系制造商。',
    badRequestTitle: '不是电池护照地址',
    badRequestWords: '此链接已损坏：其中没有电池护照编号。',
    asked: '所查询的内容',
  },
};

export const MESSAGES: Readonly<Record<Language, PageMessages>> = { en, de, zh };

/**
 * A message with its `{placeholders}` filled: the message's own text is escaped, the values are
 * HTML the caller built (escape data with escapeHtml before passing it). A placeholder without a
 * value stays as written, so a test sees it.
 */
export function fill(template: string, htmlValues: Readonly<Record<string, string>>): string {
  return template
    .split(/(\{[a-zA-Z]+\})/)
    .map((part) => {
      const m = /^\{([a-zA-Z]+)\}$/.exec(part);
      return m && m[1] in htmlValues ? htmlValues[m[1]] : escapeHtml(part);
    })
    .join('');
}
