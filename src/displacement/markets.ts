import { badInput } from '../common/errors';
import { DisplacementDefaults, Market, VehicleClass } from './displacement-defaults';
import type { MarketChoice } from './run-parameters';

/**
 * Where packs are used decides the grid their EVs charge from (docs/methods/displacement.md grids: EU, US,
 * SE Asia, China, Inner Mongolia). A consignee's country (ISO 3166-1 alpha-2) names its market.
 */
const EU_MEMBER_STATES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);
/** Southeast Asia: the ASEAN member states. */
const SOUTHEAST_ASIA = new Set(['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL']);

/** The market of a country, or null when docs/methods/displacement.md gives no grid for it. */
export function marketOfCountry(country: string | null | undefined): Market | null {
  if (!country) return null;
  const c = country.trim().toUpperCase();
  if (EU_MEMBER_STATES.has(c)) return 'EU';
  if (c === 'US') return 'US';
  if (SOUTHEAST_ASIA.has(c)) return 'SE_ASIA';
  if (c === 'CN') return 'CHINA';
  return null;
}

/**
 * The run's market: the caller's choice; else the consignees' market when shipments say where the
 * packs went (one market only); else the market a car class is named after. BAD_USER_INPUT on
 * `input.market` when none of these decides.
 */
export function chooseMarket(
  defaults: DisplacementDefaults,
  vehicleClass: VehicleClass,
  given: Market | null | undefined,
  consigneeCountries: readonly string[],
): MarketChoice {
  if (given) return { market: given, origin: 'INPUT', source: 'chosen by the caller' };
  if (consigneeCountries.length > 0) {
    const unknown = [...new Set(consigneeCountries.filter((c) => marketOfCountry(c) === null))].sort();
    if (unknown.length > 0) {
      throw badInput(
        'input.market',
        `the packs went to consignees in ${unknown.join(', ')}, for which docs/methods/displacement.md has no grid: choose a market`,
      );
    }
    const markets = [...new Set(consigneeCountries.map((c) => marketOfCountry(c)!))].sort();
    if (markets.length > 1) {
      throw badInput(
        'input.market',
        `the packs went to several markets (${markets.join(', ')}): choose one, or run each shipment on its own`,
      );
    }
    const countries = [...new Set(consigneeCountries)].sort().join(', ');
    return { market: markets[0], origin: 'SHIPMENT', source: `consignee market of the shipments (${countries})` };
  }
  const classMarket = defaults.vehicleClasses[vehicleClass].market;
  if (classMarket)
    return { market: classMarket, origin: 'DEFAULT', source: `market of the ${defaults.vehicleClasses[vehicleClass].label} class` };
  throw badInput(
    'input.market',
    `is required for a ${defaults.vehicleClasses[vehicleClass].label} when no shipment says where the packs went`,
  );
}
