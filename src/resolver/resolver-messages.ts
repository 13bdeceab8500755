import type { Language } from '../pages/i18n';

/** The resolver's words in each page language: link titles and its 400 and 404 pages. */
export interface ResolverMessages {
  passportPage: string;
  passportJson: string;
  certificate: string;
  carbonFootprintStudy: string;
  epcisEvents: string;
  dismantlingAndRemovalInformation: string;
  safetyMeasures: string;
  wastePrevention: string;
  separateCollection: string;
  informationOnCollection: string;
  notFoundTitle: string;
  notFoundWords: string;
  notFoundAdvice: string;
  badRequestTitle: string;
  badRequestWords: string;
  badRequestAdvice: string;
  asked: string;
  reason: string;
}

const en: ResolverMessages = {
  passportPage: 'Battery passport',
  passportJson: 'Battery passport (JSON)',
  certificate: 'Carbon footprint certificate {number}',
  carbonFootprintStudy: 'Carbon footprint study',
  epcisEvents: 'Traceability events (EPCIS 2.0, API key required)',
  dismantlingAndRemovalInformation: 'Dismantling and removal information',
  safetyMeasures: 'Safety measures',
  wastePrevention: 'Waste prevention',
  separateCollection: 'Separate collection',
  informationOnCollection: 'Collection and recycling information',
  notFoundTitle: 'Unknown battery',
  notFoundWords: 'No battery passport answers to this identifier.',
  notFoundAdvice: 'Check the code on the label. A battery that was recycled still has its passport; this identifier names none.',
  badRequestTitle: 'Malformed identifier',
  badRequestWords: 'This address is not a valid battery identifier.',
  badRequestAdvice: 'The code may be damaged or mistyped. What is wrong:',
  asked: 'Address asked for',
  reason: 'Reason',
};

const de: ResolverMessages = {
  passportPage: 'Batteriepass',
  passportJson: 'Batteriepass (JSON)',
  certificate: 'CO2-Fußabdruck-Zertifikat {number}',
  carbonFootprintStudy: 'Studie zum CO2-Fußabdruck',
  epcisEvents: 'Rückverfolgungsereignisse (EPCIS 2.0, API-Schlüssel nötig)',
  dismantlingAndRemovalInformation: 'Informationen zu Demontage und Ausbau',
  safetyMeasures: 'Sicherheitsmaßnahmen',
  wastePrevention: 'Abfallvermeidung',
  separateCollection: 'Getrennte Sammlung',
  informationOnCollection: 'Informationen zu Sammlung und Recycling',
  notFoundTitle: 'Unbekannte Batterie',
  notFoundWords: 'Zu dieser Kennung gibt es keinen Batteriepass.',
  notFoundAdvice: 'Prüfen Sie den Code auf dem Etikett. Auch eine recycelte Batterie behält ihren Pass; diese Kennung nennt keinen.',
  badRequestTitle: 'Fehlerhafte Kennung',
  badRequestWords: 'Diese Adresse ist keine gültige Batteriekennung.',
  badRequestAdvice: 'Der Code ist vielleicht beschädigt oder falsch eingegeben. Was nicht stimmt:',
  asked: 'Angefragte Adresse',
  reason: 'Grund',
};

const zh: ResolverMessages = {
  passportPage: '电池护照',
  passportJson: '电池护照（JSON）',
  certificate: '碳足迹证书 {number}',
  carbonFootprintStudy: '碳足迹研究',
  epcisEvents: '追溯事件（EPCIS 2.0，需要 API 密钥）',
  dismantlingAndRemovalInformation: '拆解与拆卸信息',
  safetyMeasures: '安全措施',
  wastePrevention: '废物预防',
  separateCollection: '分类收集',
  informationOnCollection: '收集与回收信息',
  notFoundTitle: '未知电池',
  notFoundWords: '没有与此标识符对应的电池护照。',
  notFoundAdvice: '请检查标签上的代码。已回收的电池仍保留其护照；此标识符不对应任何护照。',
  badRequestTitle: '标识符格式错误',
  badRequestWords: '此地址不是有效的电池标识符。',
  badRequestAdvice: '代码可能已损坏或输入有误。问题在于：',
  asked: '请求的地址',
  reason: '原因',
};

export const RESOLVER_MESSAGES: Readonly<Record<Language, ResolverMessages>> = { en, de, zh };
