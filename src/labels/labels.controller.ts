import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { LabelsService } from './labels.service';

/**
 * Battery labels over HTTP (docs/labels.md). One battery's label is named by its manufacturer and
 * serial, as its identifier is: `GET /batteries/label.svg?manufacturerId=&serial=` (a manufacturer
 * may leave out its own id), `.png` for the same label in pixels. A batch's label file for the printer:
 * `GET /batches/:batchId/labels.csv` and `GET /batches/:batchId/labels.zip`, streamed.
 */
@Controller()
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  @Get('batteries/label.svg')
  @Access.authenticated()
  async unitSvg(
    @CurrentActor() actor: Actor,
    @Query('manufacturerId') manufacturerId: string | undefined,
    @Query('serial') serial: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const label = await this.labels.unitLabel(actor, manufacturerId, serial);
    void reply.header('content-type', 'image/svg+xml; charset=utf-8');
    return this.labels.svg(label);
  }

  @Get('batteries/label.png')
  @Access.authenticated()
  async unitPng(
    @CurrentActor() actor: Actor,
    @Query('manufacturerId') manufacturerId: string | undefined,
    @Query('serial') serial: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const label = await this.labels.unitLabel(actor, manufacturerId, serial);
    void reply.header('content-type', 'image/png');
    return this.labels.png(label);
  }

  @Get('batches/:batchId/labels.csv')
  @Access.authenticated()
  async batchCsv(
    @CurrentActor() actor: Actor,
    @Param('batchId') batchId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Readable> {
    const facts = await this.labels.batchForLabels(actor, batchId);
    void reply.header('content-type', 'text/csv; charset=utf-8; header=present');
    void reply.header('content-disposition', `attachment; filename="labels-${facts.batchId}.csv"`);
    return this.labels.csv(facts);
  }

  @Get('batches/:batchId/labels.zip')
  @Access.authenticated()
  async batchZip(
    @CurrentActor() actor: Actor,
    @Param('batchId') batchId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Readable> {
    const facts = await this.labels.batchForLabels(actor, batchId);
    void reply.header('content-type', 'application/zip');
    void reply.header('content-disposition', `attachment; filename="labels-${facts.batchId}.zip"`);
    return this.labels.zip(facts);
  }
}
