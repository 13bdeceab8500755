import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requireManufacturer } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, uniqueViolation } from '../common/errors';
import { BOUNDS } from '../common/physical-bounds';
import { optionalQuantity, requireId, requireName, requireQuantity } from '../common/validate';
import { BatteryModelEntity } from './battery-model.entity';
import { RegisterBatteryModelInput } from './dto/register-battery-model.input';

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
    };
    try {
      return await this.db.transaction(async (em) => {
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
      if (uniqueViolation(err))
        throw conflict(`this manufacturer already has a battery model named "${name}"`, 'input.name', 'BATTERY_MODEL_NAME_TAKEN');
      throw err;
    }
  }

  list(manufacturerId?: string | null): Promise<BatteryModelEntity[]> {
    return this.db.getRepository(BatteryModelEntity).find({
      where: manufacturerId ? { manufacturerId: requireId('manufacturerId', manufacturerId) } : {},
      order: { name: 'ASC' },
    });
  }
}
