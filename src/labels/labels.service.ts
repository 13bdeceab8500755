import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCanPrintLabels } from '../access/label-access';
import { badInput, notFound } from '../common/errors';
import { serialProblem } from '../common/serial';
import { requireId } from '../common/validate';
import { encodeSegment } from '../identifiers/uri-path';
import { BatchIdentifierFacts, BatteryIdentifiersService } from '../identifiers/battery-identifiers.service';
import { BatteryIdentifier } from '../identifiers/battery-identifier';
import { humanReadableIdentifier } from '../identifiers/unit-identifier';
import { UNIT_KIND_CODE } from '../units/unit-kind';
import { LABEL_CSV_HEADER, labelCsvLine } from './label-csv';
import { labelPng } from './label-png';
import { labelSvg } from './label-svg';
import { ZipWriter } from './zip-writer';

/** Packs read per query while a label file streams (keyset paging on units_pack_batch_id_idx). */
export const CSV_PAGE = 2000;
/** Smaller for the ZIP, whose page is held while its QR codes are drawn. */
export const ZIP_PAGE = 100;
/** Labels drawn between two turns of the event loop (about 5 ms of work). */
const LABELS_BETWEEN_TURNS = 10;

export interface UnitLabel {
  identifier: BatteryIdentifier;
  humanReadable: string;
}

/**
 * Battery labels (docs/labels.md): one battery's QR label as SVG or PNG, and a batch's label file
 * for the label printer, streamed as CSV or as a ZIP of one SVG per pack. The files are read in
 * pages of packs by id and written as the client reads them, so the API's memory does not grow
 * with the batch; only the ZIP's central directory (about 60 bytes a pack) waits for the end.
 */
@Injectable()
export class LabelsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly identifiers: BatteryIdentifiersService,
  ) {}

  /** The label of one unit of a manufacturer (the caller's own when `manufacturerId` is omitted). */
  async unitLabel(actor: Actor, manufacturerIdRaw: string | undefined, serial: string | undefined): Promise<UnitLabel> {
    const manufacturerId = manufacturerIdRaw
      ? requireId('manufacturerId', manufacturerIdRaw)
      : actor.type === 'ORGANIZATION'
        ? actor.organizationId
        : null;
    if (!manufacturerId) throw badInput('manufacturerId', 'is required: name the manufacturer whose battery it is');
    const problem = serialProblem(serial);
    if (problem) throw badInput('serial', problem);
    assertCanPrintLabels(actor, manufacturerId, 'battery labels');
    const unit = await this.identifiers.forUnit(manufacturerId, serial!);
    if (!unit) throw notFound('Unit with serial', `"${serial}"`, 'serial');
    return { identifier: unit.identifier, humanReadable: humanReadableIdentifier(unit.identifier) };
  }

  svg(label: UnitLabel): string {
    return labelSvg(label.identifier.uri, label.humanReadable);
  }

  /** The same label as PNG, 8 pixels a module. */
  png(label: UnitLabel): Buffer {
    return labelPng(label.identifier.uri, label.humanReadable);
  }

  /** The batch's facts once its caller may print its labels; 404 for an unknown batch. */
  async batchForLabels(actor: Actor, batchIdRaw: string): Promise<BatchIdentifierFacts> {
    const batchId = requireId('batchId', batchIdRaw);
    const facts = await this.identifiers.batchFacts(batchId);
    if (!facts) throw notFound('Batch', batchId, 'batchId');
    assertCanPrintLabels(actor, facts.manufacturerId, 'label files');
    return facts;
  }

  /** serial, identifier URI and human-readable text of every pack, in pack id order. */
  csv(facts: BatchIdentifierFacts): Readable {
    return Readable.from(this.csvChunks(facts), { objectMode: false });
  }

  /** A ZIP with one SVG label per pack, named by its serial (percent-encoded) in pack id order. */
  zip(facts: BatchIdentifierFacts, now = new Date()): Readable {
    return Readable.from(this.zipChunks(facts, now), { objectMode: false });
  }

  private async *csvChunks(facts: BatchIdentifierFacts): AsyncGenerator<Buffer> {
    yield Buffer.from(LABEL_CSV_HEADER);
    for await (const page of this.packPages(facts.batchId, CSV_PAGE)) {
      let out = '';
      for (const p of page) {
        const id = this.identifiers.identify(facts, UNIT_KIND_CODE.PACK, p.serial);
        out += labelCsvLine(p.serial, id.uri, humanReadableIdentifier(id));
      }
      yield Buffer.from(out);
    }
  }

  private async *zipChunks(facts: BatchIdentifierFacts, now: Date): AsyncGenerator<Buffer> {
    const zip = new ZipWriter(now);
    for await (const page of this.packPages(facts.batchId, ZIP_PAGE)) {
      const entries: Buffer[] = [];
      for (const [i, p] of page.entries()) {
        // Drawing a QR code takes about half a millisecond: let other requests in every few labels.
        if (i > 0 && i % LABELS_BETWEEN_TURNS === 0) await setImmediate();
        const id = this.identifiers.identify(facts, UNIT_KIND_CODE.PACK, p.serial);
        entries.push(zip.add(`${encodeSegment(p.serial)}.svg`, Buffer.from(labelSvg(id.uri, humanReadableIdentifier(id)))));
      }
      yield Buffer.concat(entries);
    }
    yield zip.finish();
  }

  /**
   * The batch's packs, `size` at a time by id (keyset paging: each page is one short query on the
   * partial index of packs, no connection is held between pages). Packs added while a file
   * streams appear in it when their id comes after the page being read.
   */
  private async *packPages(batchId: string, size: number): AsyncGenerator<{ id: string; serial: string }[]> {
    let after = '0';
    for (;;) {
      const rows: { id: string; serial: string }[] = await this.db.query(
        `SELECT id, serial FROM units WHERE batch_id = $1 AND kind = ${UNIT_KIND_CODE.PACK} AND id > $2::bigint ORDER BY id LIMIT ${Number(size)}`,
        [batchId, after],
      );
      if (rows.length) yield rows;
      if (rows.length < size) return;
      after = String(rows[rows.length - 1].id);
    }
  }
}
