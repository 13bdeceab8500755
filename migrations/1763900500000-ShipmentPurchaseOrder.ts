import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The buyer's purchase order number on a shipment (issue 6 §4: the EPCIS TransactionEvent of a
 * shipment carries the bill of lading and the purchase order). Nullable: shipments booked before
 * keep none; 1 to 64 characters when given.
 */
export class ShipmentPurchaseOrder1763900500000 implements MigrationInterface {
  name = 'ShipmentPurchaseOrder1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE shipments ADD COLUMN purchase_order_number text NULL
         CHECK (purchase_order_number IS NULL OR char_length(purchase_order_number) BETWEEN 1 AND 64)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE shipments DROP COLUMN IF EXISTS purchase_order_number`);
  }
}
