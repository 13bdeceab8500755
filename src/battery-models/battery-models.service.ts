import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { assertWritesOwn, requireManufacturer } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { BOUNDS } from '../common/physical-bounds';
import { optionalQuantity, optionalText, requireId, requireName, requireQuantity, requireText } from '../common/validate';
import { GS1_SERIAL_SQL_PATTERN, gs1SerialProblem } from '../identifiers/gs1-serial';
import { UNIT_KIND_CODE } from '../units/unit-kind';
import { BatteryModelEntity } from './battery-model.entity';
import { RegisterBatteryModelInput, SetBatteryModelGtinInput } from './dto/register-battery-model.input';
import { checkModelGtin, gs1ErrorReason } from './model-gtin';

@Injectable()
export class BatteryModelsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async register(actor: Actor, input: RegisterBatteryModelInput): Promise<BatteryModelEntity> {
    const manufacturerId = requireManufacturer(actor, 'registerBatteryModel');
    const name = requireName('input.name', input.name);
    requireQuantity('input.nominalEnergyKWh', input.nominalEnergyKWh, BOUNDS.batteryEnergyKWh);
    requireQuantity('input.usableEnergyKWh', input.usableEnergyKWh, BOUNDS.batteryEnergyKWh);
    requireQuantity('input.capacityAh', input.capacityAh, BOUNDS.batteryCapacityAh);
    requireQuantity('input.nominalVoltageV', input.nominalVoltageV, BOUNDS.batteryVoltageV);
    requireQuantity('input.massKg', input.massKg, BOUNDS.batteryMassKg);
    requireQuantity('input.expectedCycleLife', input.expectedCycleLife, BOUNDS.cycleLife);
    requireQuantity('input.warrantyYears', input.warrantyYears, BOUNDS.warrantyYears);
    optionalQuantity('input.warrantyKm', input.warrantyKm, BOUNDS.warrantyKm);
    if (input.usableEnergyKWh > input.nominalEnergyKWh) {
      throw badInput(
        'input.usableEnergyKWh',
        `must not exceed the nominal energy (${input.usableEnergyKWh} > ${input.nominalEnergyKWh} kWh)`,
      );
    }
    if (input.category === 'EV' && !input.vehicleCategory) {
      throw badInput(
        'input.vehicleCategory',
        'is required for EV batteries: it sets the full equivalent cycles per year of the functional unit',
      );
    }
    const gtinIn = optionalText('input.gtin', input.gtin, 14);
    const values = {
      manufacturerId,
      name,
      category: input.category,
      vehicleCategory: input.vehicleCategory ?? null,
      chemistry: input.chemistry,
      nominalEnergyKWh: input.nominalEnergyKWh,
      usableEnergyKWh: input.usableEnergyKWh,
      capacityAh: input.capacityAh,
      nominalVoltageV: input.nominalVoltageV,
      massKg: input.massKg,
      expectedCycleLife: input.expectedCycleLife,
      warrantyYears: input.warrantyYears,
      warrantyKm: input.warrantyKm ?? null,
      gtin: null as string | null,
    };
    try {
      return await this.db.transaction(async (em) => {
        if (gtinIn !== null) values.gtin = await this.checkedGtin(em, manufacturerId, 'input.gtin', gtinIn);
        const model = await em.save(em.create(BatteryModelEntity, values));
        await this.audit.append(em, actor, {
          action: 'registerBatteryModel',
          subjectType: 'BatteryModel',
          subjectId: model.id,
          input: values,
        });
        return model;
      });
    } catch (err) {
      if (uniqueViolation(err) === 'uq_battery_models_gtin') throw gtinTaken(values.gtin!);
      if (uniqueViolation(err))
        throw conflict(`this manufacturer already has a battery model named "${name}"`, 'input.name', 'BATTERY_MODEL_NAME_TAKEN');
      throw err;
    }
  }

  /**
   * Records the GTIN of a model's packs (docs/identifiers.md "Recording a model's GTIN"). Its
   * manufacturer only; the GTIN must carry a right check digit and the manufacturer's GS1 company
   * prefix. Every pack already registered under the model must have a serial that fits AI 21, since
   * its identifier becomes `/01/<GTIN>/21/<serial>`. Once packs carry the GTIN (the model's batches
   * have packs), it is fixed: labels with it may have been printed.
   */
  async setGtin(actor: Actor, input: SetBatteryModelGtinInput): Promise<BatteryModelEntity> {
    requireManufacturer(actor, 'setBatteryModelGtin');
    const modelId = requireId('input.modelId', input.modelId);
    const gtinIn = requireText('input.gtin', input.gtin, 14);
    try {
      return await this.db.transaction(async (em) => {
        // FOR UPDATE waits for, and then holds off, unit uploads into the model's batches: they read
        // the GTIN with FOR KEY SHARE (unit-ingest.service.ts), so no pack slips in unchecked.
        const model = await em
          .getRepository(BatteryModelEntity)
          .createQueryBuilder('m')
          .setLock('pessimistic_write')
          .where('m.id = :modelId', { modelId })
          .getOne();
        if (!model) throw notFound('Battery model', modelId, 'input.modelId');
        assertWritesOwn(actor, model.manufacturerId, `battery model ${modelId}`, 'input.modelId');
        const gtin = await this.checkedGtin(em, model.manufacturerId, 'input.gtin', gtinIn);
        if (model.gtin === gtin) return model;
        const packs: { serial: string; fits: boolean }[] = await em.query(
          `SELECT u.serial, u.serial ~ $2 AS fits FROM units u JOIN batches b ON b.id = u.batch_id
            WHERE b.model_id = $1 AND u.kind = ${UNIT_KIND_CODE.PACK}
            ORDER BY (u.serial ~ $2), u.id LIMIT 1`,
          [modelId, GS1_SERIAL_SQL_PATTERN],
        );
        if (model.gtin !== null && packs.length) {
          throw conflict(
            `battery model ${modelId} already has GTIN ${model.gtin} and its batches have packs named by it; a model's GTIN is fixed once packs carry it`,
            'input.gtin',
            'BATTERY_MODEL_GTIN_FIXED',
          );
        }
        if (packs.length && !packs[0].fits) {
          const problem = gs1SerialProblem(packs[0].serial)!;
          throw badInput(
            'input.gtin',
            `pack serial ${JSON.stringify(packs[0].serial)} of this model cannot be a GS1 serial number: ${problem.message}`,
            { serial: packs[0].serial },
            gs1ErrorReason(problem),
          );
        }
        await em.update(BatteryModelEntity, { id: modelId }, { gtin });
        await this.audit.append(em, actor, {
          action: 'setBatteryModelGtin',
          subjectType: 'BatteryModel',
          subjectId: modelId,
          input: { modelId, gtin, previousGtin: model.gtin },
        });
        return { ...model, gtin };
      });
    } catch (err) {
      if (uniqueViolation(err) === 'uq_battery_models_gtin') throw gtinTaken(gtinIn.padStart(14, '0'));
      throw err;
    }
  }

  /** The GTIN-14 to store, or BAD_USER_INPUT with the GS1 reason. */
  private async checkedGtin(em: EntityManager, manufacturerId: string, field: string, gtin: string): Promise<string> {
    const [org]: { gs1_company_prefix: string | null }[] = await em.query('SELECT gs1_company_prefix FROM organizations WHERE id = $1', [
      manufacturerId,
    ]);
    const checked = checkModelGtin(gtin, org?.gs1_company_prefix ?? null);
    if ('problem' in checked) throw badInput(field, checked.problem.message, gs1ErrorReason(checked.problem));
    return checked.gtin14;
  }

  list(manufacturerId?: string | null): Promise<BatteryModelEntity[]> {
    return this.db.getRepository(BatteryModelEntity).find({
      where: manufacturerId ? { manufacturerId: requireId('manufacturerId', manufacturerId) } : {},
      order: { name: 'ASC' },
    });
  }
}

const gtinTaken = (gtin: string) =>
  conflict(`GTIN ${gtin} is already recorded for another battery model: one GTIN names one trade item`, 'input.gtin', 'GTIN_TAKEN');
