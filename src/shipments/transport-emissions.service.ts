import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { badInput } from '../common/errors';
import { nonFinitePaths } from '../common/physical-bounds';
import { allocateByMass, FactorUnit, factorUnitOfLibraryUnit, legEmission, ShipmentLoad } from './transport-emissions';

export interface ShipmentEmissions {
  totalCo2eKg: number;
  batchIds: string[];
}

/**
 * Computes a shipment's transport emissions from its stored legs, factor rows and cargo lines,
 * and records them: per leg (tonnes, t-km, factor per t-km, kg CO2e), per cargo line (allocated
 * by gross mass), per shipment, and one `batch_transport_emissions` row per batch (source
 * SHIPMENT), replacing the shipment's earlier rows. A fixed number of SQL statements, whatever
 * the number of legs, containers or cargo lines: three reads, then one bulk write per table.
 */
@Injectable()
export class TransportEmissionsService {
  async computeAndRecord(em: EntityManager, shipmentId: string, now = new Date()): Promise<ShipmentEmissions> {
    const [ship]: { cargo_gross_mass_kg: number; teu: number | null }[] = await em.query(
      'SELECT cargo_gross_mass_kg, teu FROM shipments WHERE id = $1',
      [shipmentId],
    );
    const legs: { id: string; distance_km: number; value: number; override_unit: FactorUnit | null; library_unit: string | null }[] =
      await em.query(
        `SELECT l.id, l.distance_km, COALESCE(f.value, l.override_value) AS value, l.override_unit, f.unit AS library_unit
           FROM shipment_legs l LEFT JOIN emission_factors f ON f.id = l.factor_id
          WHERE l.shipment_id = $1 ORDER BY l.leg_no`,
        [shipmentId],
      );
    const lines: { id: string; batch_id: string; gross_mass_kg: number }[] = await em.query(
      'SELECT id, batch_id, gross_mass_kg FROM shipment_cargo_lines WHERE shipment_id = $1 ORDER BY line_no',
      [shipmentId],
    );

    const load: ShipmentLoad = { cargoMassKg: ship.cargo_gross_mass_kg, teu: ship.teu };
    const perLeg = legs.map((l) => {
      const unit = l.override_unit ?? factorUnitOfLibraryUnit(l.library_unit ?? '');
      if (!unit) throw new Error(`leg ${l.id}: factor unit ${l.library_unit} is not a transport unit`);
      return legEmission(load, l.distance_km, { value: l.value, unit });
    });
    const totalCo2eKg = perLeg.reduce((a, l) => a + l.co2eKg, 0);
    const perLine = allocateByMass(
      totalCo2eKg,
      lines.map((l) => l.gross_mass_kg),
    );
    const perBatch = new Map<string, number>();
    lines.forEach((l, i) => perBatch.set(l.batch_id, (perBatch.get(l.batch_id) ?? 0) + perLine[i]));
    // A float column keeps NaN or ±Infinity: fail the operation (its transaction writes nothing) instead.
    const bad = nonFinitePaths({ legs: perLeg, lines: perLine, totalCo2eKg });
    if (bad.length > 0) {
      throw badInput(
        'input.legs',
        `the transport emissions compute ${bad.slice(0, 5).join(', ')} beyond what a number can hold; check the distances and emission factors`,
        { nonFinite: bad.slice(0, 20) },
      );
    }

    await em.query(
      `UPDATE shipment_legs l SET tonnes = u.tonnes, tonne_km = u.tonne_km, kg_co2e_per_tonne_km = u.factor, co2e_kg = u.co2e
         FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::float8[], $5::float8[]) AS u(id, tonnes, tonne_km, factor, co2e)
        WHERE l.shipment_id = $6 AND l.id = u.id`,
      [
        legs.map((l) => l.id),
        perLeg.map((e) => e.tonnes),
        perLeg.map((e) => e.tonneKm),
        perLeg.map((e) => e.kgCo2ePerTonneKm),
        perLeg.map((e) => e.co2eKg),
        shipmentId,
      ],
    );
    await em.query(
      `UPDATE shipment_cargo_lines l SET transport_co2e_kg = u.co2e
         FROM unnest($1::uuid[], $2::float8[]) AS u(id, co2e) WHERE l.shipment_id = $3 AND l.id = u.id`,
      [lines.map((l) => l.id), perLine, shipmentId],
    );
    await em.query('UPDATE shipments SET transport_co2e_kg = $2, emissions_computed_at = $3 WHERE id = $1', [shipmentId, totalCo2eKg, now]);
    await em.query(`DELETE FROM batch_transport_emissions WHERE shipment_id = $1 AND source = 'SHIPMENT'`, [shipmentId]);
    const batchIds = [...perBatch.keys()].sort();
    await em.query(
      `INSERT INTO batch_transport_emissions (id, batch_id, shipment_id, source, co2e_kg, computed_at)
       SELECT gen_random_uuid(), u.batch_id, $1, 'SHIPMENT', u.co2e, $4
         FROM unnest($2::uuid[], $3::float8[]) AS u(batch_id, co2e)`,
      [shipmentId, batchIds, batchIds.map((b) => perBatch.get(b)!), now],
    );
    return { totalCo2eKg, batchIds };
  }
}
