import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, uniqueViolation } from '../common/errors';
import { BOUNDS } from '../common/physical-bounds';
import { requireName, requireQuantity } from '../common/validate';
import { AddPortInput } from './dto/shipment.inputs';
import { PortEntity } from './port.entity';
import { PORT_REGIONS } from './transport-emissions';
import { parseUnLocode } from './un-locode';

/** The port table: read by anyone, extended by the administrator. */
@Injectable()
export class PortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  ports(): Promise<PortEntity[]> {
    return this.db.getRepository(PortEntity).find({ order: { locode: 'ASC' } });
  }

  async addPort(actor: Actor, input: AddPortInput): Promise<PortEntity> {
    const p = parseUnLocode(input.locode);
    if (!p.ok) throw badInput('input.locode', p.message);
    if (!PORT_REGIONS.includes(input.region)) throw badInput('input.region', `must be one of ${PORT_REGIONS.join(', ')}`);
    requireQuantity('input.latitude', input.latitude, BOUNDS.latitude);
    requireQuantity('input.longitude', input.longitude, BOUNDS.longitude);
    const values = {
      locode: p.code,
      name: requireName('input.name', input.name, 100),
      country: p.country,
      region: input.region,
      latitude: input.latitude,
      longitude: input.longitude,
    };
    try {
      return await this.db.transaction(async (em) => {
        await em.insert(PortEntity, values);
        await this.audit.append(em, actor, { action: 'addPort', subjectType: 'Port', subjectId: p.code, input: values });
        return em.findOneByOrFail(PortEntity, { locode: p.code });
      });
    } catch (err) {
      if (uniqueViolation(err)) throw conflict(`port ${p.code} is already known`, 'input.locode', 'PORT_CODE_TAKEN');
      throw err;
    }
  }
}
