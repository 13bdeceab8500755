import type { BatteryCategory } from '../battery-models/battery-model.types';
import type { UnitStatus } from '../units/unit-status';
import { readsAttribute } from '../access/passport-access';
import { BatteryPassAttributes, passportCategoryOf } from './battery-pass-attributes';
import { PASSPORT_ATTRIBUTE_BY_KEY, PassportAccessGroup, PassportAttributeKey } from './passport-attributes';
import type { ChainHead } from './batch-passport-publication';
import { servedAttributes } from './passport-assembly';

/**
 * The passport of one battery (Regulation (EU) 2023/1542 Art. 77(1): a passport per individual
 * battery placed on the market; in battrace a battery is a PACK unit), its identifiers, its lives
 * and the battery-level attributes battrace holds records for (docs/battery-passports.md).
 */

/**
 * The identifier of a pack's ORIGINAL passport, derived from the unit's id so that registering
 * units writes nothing more: a UUID of version 8 (RFC 9562 §5.8, custom layout) whose first 64
 * bits are zero and whose last 60 custom bits hold the unit id. Later lives (battery_passports)
 * get random version-4 UUIDs, which never take this form.
 */
export function originalPassportId(unitId: string | number | bigint): string {
  const id = BigInt(unitId);
  if (id < 1n || id >= 1n << 60n) throw new Error(`unit id ${unitId} does not fit an original passport identifier`);
  const hex = id.toString(16).padStart(15, '0');
  return `00000000-0000-8000-8${hex.slice(0, 3)}-${hex.slice(3)}`;
}

const ORIGINAL_ID = /^00000000-0000-8000-8([0-9a-f]{3})-([0-9a-f]{12})$/;

/** The unit id an original passport identifier names, or null when the identifier is not of that form. */
export function unitIdOfOriginalPassport(passportId: string): string | null {
  const m = ORIGINAL_ID.exec(passportId.toLowerCase());
  if (!m) return null;
  const id = BigInt(`0x${m[1]}${m[2]}`);
  return id > 0n ? id.toString() : null;
}

/** The statuses whose setting starts a new passport (Art. 77(6): repurposing and remanufacturing). */
export const NEW_PASSPORT_STATUSES = ['REPURPOSED', 'REMANUFACTURED'] as const;
export type NewPassportStatus = (typeof NEW_PASSPORT_STATUSES)[number];
export const startsNewPassport = (status: UnitStatus): status is NewPassportStatus =>
  (NEW_PASSPORT_STATUSES as readonly string[]).includes(status);

/** A row of battery_passports: a later life of a pack. */
export interface LaterLifeRow {
  id: string;
  life: number;
  predecessorId: string;
  status: NewPassportStatus;
  category: BatteryCategory;
  operatorId: string;
  operatorName: string;
  startedAt: Date | string;
  recordedAt: Date | string;
}

/** A status change of the pack (unit_events, kind STATUS_CHANGED). */
export interface StatusEventRow {
  status: UnitStatus;
  occurredAt: Date | string;
  recordedAt: Date | string;
  actorType: string;
  actorId: string | null;
}

/** One passport of a pack: life 0 is the original, each later life follows the one before. */
export interface BatteryLife {
  passportId: string;
  life: number;
  category: BatteryCategory;
  /** The organization responsible for this life when it is not the manufacturer (a repurposer). */
  operator: { id: string; name: string } | null;
  /** When this life began (event time, record time); null for the original, which began when the pack was made. */
  startedAt: string | null;
  recordedAt: string | null;
  predecessorId: string | null;
  successorId: string | null;
  /** The battery's status under this passport: the pack's status for the current one, the status its successor started with for an earlier one. */
  status: UnitStatus;
}

export interface PackFacts {
  unitId: string;
  manufacturerId: string;
  batchId: string;
  serial: string;
  producedAt: Date | string;
  status: UnitStatus;
}

const iso = (d: Date | string): string => new Date(d).toISOString();

/** Every passport of a pack, oldest first: the original (derived) and the later lives (rows, by life). */
export function batteryLives(pack: PackFacts, modelCategory: BatteryCategory, rows: readonly LaterLifeRow[]): BatteryLife[] {
  const sorted = [...rows].sort((a, b) => a.life - b.life);
  const lives: BatteryLife[] = [
    {
      passportId: originalPassportId(pack.unitId),
      life: 0,
      category: modelCategory,
      operator: null,
      startedAt: null,
      recordedAt: null,
      predecessorId: null,
      successorId: null,
      status: 'ORIGINAL',
    },
  ];
  for (const r of sorted) {
    const previous = lives[lives.length - 1];
    previous.successorId = r.id;
    previous.status = r.status;
    lives.push({
      passportId: r.id,
      life: r.life,
      category: r.category,
      operator: { id: r.operatorId, name: r.operatorName },
      startedAt: iso(r.startedAt),
      recordedAt: iso(r.recordedAt),
      predecessorId: r.predecessorId,
      successorId: null,
      status: r.status,
    });
  }
  lives[lives.length - 1].status = pack.status;
  return lives;
}

/** The identifier of a battery (Art. 38(6): its serial number), in battrace's URN scheme for units. */
export const unitProductIdentifier = (manufacturerId: string, serial: string): string =>
  `urn:battrace:unit:${manufacturerId}:${encodeURIComponent(serial)}`;

/** `batteryStatus` as the Battery Pass data model 1.2 enumerates it. */
export const BATTERY_STATUS_VALUE: Record<UnitStatus, string> = {
  ORIGINAL: 'Original',
  REPURPOSED: 'Repurposed',
  REUSED: 'Reused',
  REMANUFACTURED: 'Remanufactured',
  WASTE: 'Waste',
};

/** The dynamic per-battery attributes a reading may fill (battery-health readings plug in here). */
export const isDynamicBatteryAttribute = (key: string): key is PassportAttributeKey => {
  const a = PASSPORT_ATTRIBUTE_BY_KEY.get(key);
  return !!a && a.dynamic && a.granularity === 'BATTERY' && key !== 'batteryStatus';
};

/**
 * The attributes of one battery's passport: the batch's (`batchAttributes`: model data, derived
 * values, carbon footprint; passport-assembly.ts), then the dynamic per-battery values given (only
 * dynamic per-battery catalogue keys are taken; battery status comes from the records), then what
 * battrace records per battery, which wins: the passport's own identifier, the serial as product
 * identifier, the manufacturing date (units.produced_at), the status, the life's category, and the
 * operator of a later life.
 */
export function batteryPassportAttributes(
  batchAttributes: BatteryPassAttributes,
  pack: PackFacts,
  life: BatteryLife,
  dynamicValues: Readonly<Record<string, unknown>> = {},
): BatteryPassAttributes {
  const out: BatteryPassAttributes = { ...batchAttributes };
  for (const [key, value] of Object.entries(dynamicValues)) {
    if (isDynamicBatteryAttribute(key) && value !== null && value !== undefined) out[key] = value;
  }
  out.batteryPassportIdentifier = `urn:uuid:${life.passportId}`;
  out.productIdentifier = unitProductIdentifier(pack.manufacturerId, pack.serial);
  out.manufacturingDate = iso(pack.producedAt);
  out.batteryStatus = BATTERY_STATUS_VALUE[life.status];
  out.batteryCategory = life.category.toLowerCase();
  if (life.operator) out.operatorInformation = { identifier: `urn:battrace:org:${life.operator.id}`, contactName: life.operator.name };
  return out;
}

/** Where a passport is read: `<base>/passports/batteries/<passportId>`. */
export const batteryPassportUrl = (publicBaseUrl: string, passportId: string): string =>
  `${publicBaseUrl}/passports/batteries/${passportId}`;

export interface BatteryPassportLinks {
  passportId: string;
  life: number;
  battery: { id: string; serial: string; manufacturerId: string; batchId: string };
  predecessor: { passportId: string; url: string } | null;
  successor: { passportId: string; url: string } | null;
  ceased: boolean;
  ceasedAt: string | null;
}

/**
 * The public head of a battery passport: which battery, which life, the links both ways (Art.
 * 77(6)), and whether it ceased (Art. 77(7): the passport of a recycled battery ceases; battrace
 * keeps it readable as a closed record). Only the current passport of a recycled pack is ceased;
 * an earlier one has a successor instead. `recycledAt` is the time of the status change to WASTE.
 */
export function batteryPassportLinks(
  publicBaseUrl: string,
  pack: PackFacts,
  life: BatteryLife,
  isCurrent: boolean,
  recycledAt: string | null,
): BatteryPassportLinks {
  const link = (id: string | null) => (id === null ? null : { passportId: id, url: batteryPassportUrl(publicBaseUrl, id) });
  const ceased = isCurrent && pack.status === 'WASTE';
  return {
    passportId: life.passportId,
    life: life.life,
    battery: { id: `Unit:${pack.unitId}`, serial: pack.serial, manufacturerId: pack.manufacturerId, batchId: pack.batchId },
    predecessor: link(life.predecessorId),
    successor: link(life.successorId),
    ceased,
    ceasedAt: ceased ? recycledAt : null,
  };
}

/** The pack's status changes, oldest first, as served to callers that read `batteryStatus`: who changed it and when. */
export function statusHistory(events: readonly StatusEventRow[]) {
  return [...events]
    .map((e) => ({ status: e.status, at: iso(e.occurredAt), recordedAt: iso(e.recordedAt), by: { type: e.actorType, id: e.actorId } }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.recordedAt.localeCompare(b.recordedAt));
}

/** The time of the change to WASTE (the last one; WASTE is final), null when the pack is not recycled. */
export function recycledAt(
  events: readonly StatusEventRow[],
): { at: string; recordedAt: string; by: { type: string; id: string | null } } | null {
  const waste = statusHistory(events).filter((e) => e.status === 'WASTE');
  return waste.length ? waste[waste.length - 1] : null;
}

export interface BatteryPassportInput {
  publicBaseUrl: string;
  pack: PackFacts;
  lives: readonly BatteryLife[];
  /** Which of `lives` is asked for. */
  lifeIndex: number;
  statusEvents: readonly StatusEventRow[];
  /** The batch passport's attributes (passport-assembly.ts batchPassportAttributes). */
  batchAttributes: BatteryPassAttributes;
  nominalEnergyKWh: number;
  groups: readonly PassportAccessGroup[];
  isOwner: boolean;
  /** The batch passport's `modelPassport` (where the model's signed versions are), null before the first. */
  modelPassport: unknown;
  /**
   * The heads of the two signed chains this passport's shared attributes are published in, the
   * model's and the batch's (passportVersionHeads), each null before its first version.
   */
  versions: { model: ChainHead | null; batch: ChainHead | null };
  /** Dynamic per-battery values (battery-health readings), keyed by catalogue key; none yet. */
  dynamicValues?: Readonly<Record<string, unknown>>;
}

/**
 * One battery passport as served: the public head (batteryPassportLinks), where the batch's
 * passport is, then the shared part (servedAttributes: `access.groups`, `attributes` filtered by
 * them, `completeness` for the owner, for this life's category), the status history for callers
 * that read `batteryStatus`, then the model's published versions, and last the heads of the
 * model's and the batch's signed chains (`versions`).
 */
export function batteryPassport(input: BatteryPassportInput) {
  const { pack, lives, lifeIndex, groups } = input;
  const life = lives[lifeIndex];
  const recycled = recycledAt(input.statusEvents);
  const attributes = batteryPassportAttributes(input.batchAttributes, pack, life, input.dynamicValues);
  const served = servedAttributes(attributes, groups, input.isOwner, passportCategoryOf(life.category, input.nominalEnergyKWh));
  const readsStatus = readsAttribute(groups, 'batteryStatus');
  return {
    ...batteryPassportLinks(input.publicBaseUrl, pack, life, lifeIndex === lives.length - 1, recycled?.at ?? null),
    batchPassportUrl: `${input.publicBaseUrl}/passports/${pack.batchId}`,
    access: served.access,
    attributes: served.attributes,
    ...(readsStatus ? { statusHistory: statusHistory(input.statusEvents) } : {}),
    ...('completeness' in served ? { completeness: served.completeness } : {}),
    modelPassport: input.modelPassport,
    versions: input.versions,
  };
}
