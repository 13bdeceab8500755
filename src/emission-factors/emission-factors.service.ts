import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorId } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, uniqueViolation } from '../common/errors';
import { decodeIdCursor, Page, pageSize, toPage } from '../common/pagination';
import { BOUNDS, EMISSION_FACTOR_BOUNDS } from '../common/physical-bounds';
import { optionalQuantity, optionalText, requireId, requireName, requireQuantity, requireText } from '../common/validate';
import { AddEmissionFactorInput } from './dto/add-emission-factor.input';
import { EmissionFactorEntity } from './emission-factor.entity';
import { EmissionFactorFilter } from './emission-factor.model';
import { FACTOR_CODE, FACTOR_KINDS, FACTOR_SERIES, isUnitOfKind, UNITS_BY_KIND } from './factor-kinds';

export type EmissionFactorView = EmissionFactorEntity & { latestVersion: number; inUse: boolean };

const SELECT = `
  SELECT f.id, f.code, f.version, f.kind, f.name, f.value, f.unit, f.region, f.year, f.series, f.material, f.chemistry,
         f.transport_mode AS "transportMode", f.source, f.is_default AS "isDefault", f.notes, f.created_by AS "createdBy",
         f.created_at AS "createdAt",
         (SELECT max(x.version) FROM emission_factors x WHERE x.code = f.code)::int AS "latestVersion",
         EXISTS (SELECT 1 FROM footprint_factor_uses u WHERE u.factor_id = f.id) AS "inUse"
    FROM emission_factors f`;

/**
 * The versioned emission factor library (issue 3). Rows are only ever inserted: there is no
 * update path here, and a trigger refuses UPDATE and DELETE in the database, so a row a footprint
 * used stays exactly as it was; a correction is a new version of the same code.
 */
@Injectable()
export class EmissionFactorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor, input: AddEmissionFactorInput): Promise<EmissionFactorView> {
    const code = requireName('input.code', input.code, 100).toUpperCase();
    if (!FACTOR_CODE.test(code))
      throw badInput('input.code', 'may hold only upper-case letters, digits and . _ - (starting with a letter or digit)');
    if (!FACTOR_KINDS.includes(input.kind)) throw badInput('input.kind', `must be one of ${FACTOR_KINDS.join(', ')}`);
    const unit = requireText('input.unit', input.unit, 40);
    if (!isUnitOfKind(input.kind, unit))
      throw badInput('input.unit', `a ${input.kind} factor is in ${UNITS_BY_KIND[input.kind].join(' or ')}, got "${unit}"`);
    requireQuantity('input.value', input.value, EMISSION_FACTOR_BOUNDS[unit]);
    optionalQuantity('input.year', input.year, BOUNDS.year);
    if (input.series && !FACTOR_SERIES.includes(input.series)) throw badInput('input.series', `must be one of ${FACTOR_SERIES.join(', ')}`);
    const values = {
      code,
      kind: input.kind,
      name: requireName('input.name', input.name),
      value: input.value,
      unit,
      source: requireText('input.source', input.source, 1000),
      region: optionalText('input.region', input.region, 40),
      year: input.year ?? null,
      series: input.series ?? null,
      material: optionalText('input.material', input.material, 100),
      chemistry: optionalText('input.chemistry', input.chemistry, 40),
      transportMode: optionalText('input.transportMode', input.transportMode, 40),
      isDefault: input.isDefault ?? false,
      notes: optionalText('input.notes', input.notes, 1000),
    };
    try {
      const id = await this.db.transaction(async (em) => {
        await em.query(`SELECT pg_advisory_xact_lock(hashtext('emission_factor:' || $1))`, [code]);
        const prev: { version: number; kind: string }[] = await em.query(
          'SELECT version, kind FROM emission_factors WHERE code = $1 ORDER BY version DESC LIMIT 1',
          [code],
        );
        if (prev.length && prev[0].kind !== values.kind) {
          throw badInput('input.kind', `code ${code} is a ${prev[0].kind} factor; a new version keeps its kind`);
        }
        const version = (prev[0]?.version ?? 0) + 1;
        const [row]: { id: string }[] = await em.query(
          `INSERT INTO emission_factors (code, version, kind, name, value, unit, source, region, year, series, material, chemistry,
                                         transport_mode, is_default, notes, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
          [
            code,
            version,
            values.kind,
            values.name,
            values.value,
            values.unit,
            values.source,
            values.region,
            values.year,
            values.series,
            values.material,
            values.chemistry,
            values.transportMode,
            values.isDefault,
            values.notes,
            actorId(actor) ?? 'anonymous',
          ],
        );
        await this.audit.append(em, actor, {
          action: 'addEmissionFactor',
          subjectType: 'EmissionFactor',
          subjectId: row.id,
          input: { ...values, version },
        });
        return row.id;
      });
      return (await this.byId(id))!;
    } catch (err) {
      if (uniqueViolation(err))
        throw conflict(`another version of ${code} was added at the same time; retry`, 'input.code', 'CONCURRENT_CHANGE');
      throw err;
    }
  }

  async byId(id: string): Promise<EmissionFactorView | null> {
    const rows: EmissionFactorView[] = await this.db.query(`${SELECT} WHERE f.id = $1`, [requireId('id', id)]);
    return rows[0] ?? null;
  }

  /** The library, by kind and code, newest version first, a page at a time. */
  async list(
    filter: EmissionFactorFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<EmissionFactorView>> {
    const limit = pageSize('first', first);
    const cursor = decodeIdCursor('after', after);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter?.kind) add('f.kind = ?', filter.kind);
    if (filter?.code) add('f.code = ?', filter.code.trim().toUpperCase());
    if (filter?.region) add('f.region = ?', filter.region.trim());
    if (filter?.material) add('lower(f.material) = lower(?)', filter.material.trim());
    if (!filter?.allVersions) where.push('f.version = (SELECT max(x.version) FROM emission_factors x WHERE x.code = f.code)');
    if (cursor)
      add('(f.kind, f.code, -f.version, f.id) > (SELECT x.kind, x.code, -x.version, x.id FROM emission_factors x WHERE x.id = ?)', cursor);
    params.push(limit + 1);
    const rows: EmissionFactorView[] = await this.db.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.kind, f.code, f.version DESC, f.id LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, (r) => [r.id]);
  }

  /** Rows by id inside a transaction (the footprint reads every row it uses in one query). */
  rowsByIds(em: EntityManager, ids: string[]): Promise<EmissionFactorEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return em.query(`SELECT id, code, version, kind, name, value, unit, source FROM emission_factors WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
