import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { BatteryIdentifier } from './battery-identifier';
import { unitIdentifier } from './unit-identifier';

/** A stored unit and its identifier. */
export interface IdentifiedUnit {
  id: string;
  batchId: string;
  manufacturerId: string;
  kind: number;
  serial: string;
  identifier: BatteryIdentifier;
}

/** What every pack of one batch shares in its identifier. */
export interface BatchIdentifierFacts {
  batchId: string;
  manufacturerId: string;
  gs1CompanyPrefix: string | null;
  modelGtin: string | null;
}

/**
 * A battery's identifier from what is stored (docs/identifiers.md): the manufacturer's GS1
 * company prefix, the GTIN of its batch's model, its kind and serial, on the public base URL.
 */
@Injectable()
export class BatteryIdentifiersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The unit `serial` of `manufacturerId` with its identifier, or null when there is none. */
  async forUnit(manufacturerId: string, serial: string): Promise<IdentifiedUnit | null> {
    const [u]: { id: string; batch_id: string; kind: number; serial: string; gtin: string | null; prefix: string | null }[] =
      await this.db.query(
        `SELECT u.id, u.batch_id, u.kind, u.serial, m.gtin, o.gs1_company_prefix AS prefix
           FROM units u JOIN batches b ON b.id = u.batch_id JOIN battery_models m ON m.id = b.model_id
           JOIN organizations o ON o.id = u.manufacturer_id
          WHERE u.manufacturer_id = $1 AND u.serial = $2`,
        [manufacturerId, serial],
      );
    if (!u) return null;
    const identifier = this.identify({ manufacturerId, gs1CompanyPrefix: u.prefix, modelGtin: u.gtin }, u.kind, u.serial);
    return { id: String(u.id), batchId: u.batch_id, manufacturerId, kind: u.kind, serial: u.serial, identifier };
  }

  /** The facts of a batch its units' identifiers are made from, or null when there is no such batch. */
  async batchFacts(batchId: string): Promise<BatchIdentifierFacts | null> {
    const [b]: { manufacturer_id: string; gtin: string | null; prefix: string | null }[] = await this.db.query(
      `SELECT b.manufacturer_id, m.gtin, o.gs1_company_prefix AS prefix
         FROM batches b JOIN battery_models m ON m.id = b.model_id JOIN organizations o ON o.id = b.manufacturer_id
        WHERE b.id = $1`,
      [batchId],
    );
    return b ? { batchId, manufacturerId: b.manufacturer_id, gs1CompanyPrefix: b.prefix, modelGtin: b.gtin } : null;
  }

  /** The identifier of a unit of kind `kind` and serial `serial` in a batch with `facts`. */
  identify(facts: Omit<BatchIdentifierFacts, 'batchId'>, kind: number, serial: string): BatteryIdentifier {
    return unitIdentifier(this.config.publicBaseUrl, { ...facts, kind, serial });
  }
}
