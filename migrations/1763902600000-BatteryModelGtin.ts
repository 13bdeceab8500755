import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A battery model's GTIN (issue 15 item 1; docs/identifiers.md "Recording a model's GTIN"): the
 * Global Trade Item Number of the pack, stored in its 14-digit form, NULL until the manufacturer
 * records one. One GTIN names one trade item, so it is unique across all models: a battery's GS1
 * Digital Link `/01/<GTIN>/21/<serial>` then leads to one manufacturer, whose serials are unique.
 * Nothing existing changes: a nullable column, NULL on every existing row.
 */
export class BatteryModelGtin1763902600000 implements MigrationInterface {
  name = 'BatteryModelGtin1763902600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE battery_models ADD COLUMN gtin text`);
    await q.query(`ALTER TABLE battery_models ADD CONSTRAINT ck_battery_models_gtin CHECK (gtin ~ '^[0-9]{14}$')`);
    await q.query(`CREATE UNIQUE INDEX uq_battery_models_gtin ON battery_models (gtin) WHERE gtin IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX uq_battery_models_gtin`);
    await q.query(`ALTER TABLE battery_models DROP COLUMN gtin`);
  }
}
