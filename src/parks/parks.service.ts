import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requireManufacturer } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { BOUNDS } from '../common/physical-bounds';
import { requireCountry, requireId, requireName, requireQuantity, requireText } from '../common/validate';
import { CreateParkInput, RegisterPlantInput } from './dto/park.inputs';
import { ParkEntity } from './park.entity';
import { PlantEntity } from './plant.entity';

@Injectable()
export class ParksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async createPark(actor: Actor, input: CreateParkInput): Promise<ParkEntity> {
    const code = requireName('input.code', input.code, 40).toUpperCase();
    if (!/^[A-Z0-9][A-Z0-9-]*$/.test(code)) throw badInput('input.code', 'may hold only letters, digits and dashes');
    const values = {
      code,
      name: requireName('input.name', input.name),
      country: requireCountry('input.country', input.country),
      province: requireName('input.province', input.province, 100),
      gridRegion: requireName('input.gridRegion', input.gridRegion, 60),
    };
    try {
      return await this.db.transaction(async (em) => {
        const park = await em.save(em.create(ParkEntity, values));
        await this.audit.append(em, actor, { action: 'createPark', subjectType: 'Park', subjectId: park.id, input: values });
        return park;
      });
    } catch (err) {
      if (uniqueViolation(err)) throw conflict(`a park with code ${code} already exists`, 'input.code', 'PARK_CODE_TAKEN');
      throw err;
    }
  }

  async registerPlant(actor: Actor, input: RegisterPlantInput): Promise<PlantEntity> {
    const manufacturerId = requireManufacturer(actor, 'registerPlant');
    const parkId = requireId('input.parkId', input.parkId);
    requireQuantity('input.latitude', input.latitude, BOUNDS.latitude);
    requireQuantity('input.longitude', input.longitude, BOUNDS.longitude);
    const values = {
      manufacturerId,
      parkId,
      name: requireName('input.name', input.name),
      address: requireText('input.address', input.address, 500),
      latitude: input.latitude,
      longitude: input.longitude,
    };
    try {
      return await this.db.transaction(async (em) => {
        if (!(await em.existsBy(ParkEntity, { id: parkId }))) throw notFound('Park', parkId, 'input.parkId');
        const plant = await em.save(em.create(PlantEntity, values));
        await this.audit.append(em, actor, { action: 'registerPlant', subjectType: 'Plant', subjectId: plant.id, input: values });
        return plant;
      });
    } catch (err) {
      if (uniqueViolation(err))
        throw conflict(`this manufacturer already has a plant named "${values.name}"`, 'input.name', 'PLANT_NAME_TAKEN');
      throw err;
    }
  }

  parks(): Promise<ParkEntity[]> {
    return this.db.getRepository(ParkEntity).find({ order: { code: 'ASC' } });
  }

  plants(filter: { manufacturerId?: string | null; parkId?: string | null }): Promise<PlantEntity[]> {
    const where: Partial<PlantEntity> = {};
    if (filter.manufacturerId !== null && filter.manufacturerId !== undefined)
      where.manufacturerId = requireId('manufacturerId', filter.manufacturerId);
    if (filter.parkId !== null && filter.parkId !== undefined) where.parkId = requireId('parkId', filter.parkId);
    return this.db.getRepository(PlantEntity).find({ where, order: { name: 'ASC' } });
  }
}
