import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { SHIPMENT_VISIBILITY, viewerParams } from '../access/provenance-visibility';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import type { Language } from '../pages/i18n';
import { QrCodes } from '../pages/qr-code';
import { BatteryPassportsService } from './battery-passports.service';
import { CertificatesService } from '../certificates/certificates.service';
import { PassportPageShipment, renderPassportPage } from './passport-page';
import { BatchPassportContext } from './passports.service';

/** Shipments shown per battery passport page (a batch is shipped in a handful of consignments). */
export const PAGE_SHIPMENTS = 20;

/**
 * The battery passport page's data (docs/pages.md): the passport as the caller receives it with
 * the batch context it was assembled from (BatteryPassportsService: model, manufacturer, plant,
 * park, production period, footprint class), the batch's certificates (public), and the shipments
 * of the batch's packs the caller may see (SHIPMENT_VISIBILITY:
 * their parties and the administrator; nobody else, anonymous readers included), in one statement
 * with their legs and port names. Then the pure renderer (passport-page.ts).
 */
@Injectable()
export class PassportPageService {
  private readonly qrCodes = new QrCodes();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certificates: CertificatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The page of a passport already served to this caller (JSON of BatteryPassportsService). */
  async render(
    actor: Actor,
    { passport, context }: { passport: Awaited<ReturnType<BatteryPassportsService['byPassportId']>>; context: BatchPassportContext },
    lang: Language,
    viaBrowserSession = false,
  ): Promise<string> {
    const batchId = passport.battery.batchId;
    const [certs, shipments, signedInAs] = await Promise.all([
      this.certificates.certificatesOfBatch(batchId),
      this.shipments(actor, batchId),
      viaBrowserSession && actor.type === 'ORGANIZATION' ? this.organizationName(actor.organizationId) : null,
    ]);
    const batch = {
      ...context.facts,
      certificates: certs.map((c) => {
        const verifyUrl = this.certificates.certificateUrl(c.id);
        return { number: c.number, status: c.status, verifyUrl, bundleUrl: `${this.config.publicBaseUrl}/certificates/${c.id}/bundle` };
      }),
    };
    const pagePath = `/passports/batteries/${passport.passportId}`;
    const pageUrl = `${this.config.publicBaseUrl}${pagePath}`;
    return renderPassportPage({
      lang,
      passport,
      batch,
      shipments: shipments ?? [],
      shipmentsVisible: shipments !== null,
      pageUrl,
      pagePath,
      signedInAs,
      jsonUrl: `${pageUrl}?format=json`,
      epcisUrl: `${this.config.publicBaseUrl}/epcis/events?batch=${batchId}`,
      qrSvg: await this.qrCodes.svg(pageUrl),
    });
  }

  /** The name shown as "Signed in as …" to a reader signed in through a browser session. */
  private async organizationName(organizationId: string): Promise<string> {
    const rows: { name: string }[] = await this.db.query(`SELECT name FROM organizations WHERE id = $1`, [organizationId]);
    return rows[0]?.name ?? '';
  }

  /** The batch's pack shipments the caller may see, oldest first; null when it sees none (anonymous, or no party of any). */
  private async shipments(actor: Actor, batchId: string): Promise<PassportPageShipment[] | null> {
    if (actor.type !== 'ADMIN' && actor.type !== 'ORGANIZATION') return null;
    const rows: PassportPageShipment[] = await this.db.query(
      `SELECT s.reference, o.name AS consignee, COALESCE(pl.name, s.port_of_loading) AS "from", COALESCE(pd.name, s.port_of_discharge) AS "to",
              s.departed_at AS "departedAt", s.arrived_at AS "arrivedAt", s.delivered_at AS "deliveredAt",
              COALESCE((SELECT json_agg(json_build_object('mode', l.mode, 'from', l.from_place, 'to', l.to_place) ORDER BY l.leg_no)
                          FROM shipment_legs l WHERE l.shipment_id = s.id), '[]'::json) AS legs
         FROM shipments s
         JOIN organizations o ON o.id = s.consignee_id
         LEFT JOIN ports pl ON pl.locode = s.port_of_loading
         LEFT JOIN ports pd ON pd.locode = s.port_of_discharge
        WHERE s.id IN (SELECT shipment_id FROM shipment_cargo_lines WHERE batch_id = $3 AND unit_kind = 3)
          AND ${SHIPMENT_VISIBILITY.sql('s')}
        ORDER BY s.created_at, s.id
        LIMIT ${PAGE_SHIPMENTS}`,
      [...viewerParams(actor), batchId],
    );
    // An organization that is a party of none of them is told where shipments are shown, not "none recorded".
    return rows.length === 0 && actor.type !== 'ADMIN' ? null : rows;
  }
}
