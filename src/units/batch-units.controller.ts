import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { AppError } from '../common/errors';
import { UploadFormat } from './unit-lines';
import { UnitsService } from './units.service';

/** Content types whose bodies reach this controller as a raw stream (see http/http-setup.ts). */
export const UNIT_UPLOAD_CONTENT_TYPES: Record<string, UploadFormat> = {
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'text/csv': 'csv',
};

@Controller('batches')
export class BatchUnitsController {
  constructor(private readonly units: UnitsService) {}

  /**
   * Streaming bulk upload of units: NDJSON or CSV, any size, all or nothing, idempotent.
   * Errors name the line and the field.
   */
  @Post(':id/units')
  @HttpCode(200)
  @Access.organizations(['MANUFACTURER'])
  async upload(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() req: FastifyRequest) {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const format = UNIT_UPLOAD_CONTENT_TYPES[type];
    if (!format || !(req.body instanceof Readable)) {
      throw new AppError(
        'BAD_USER_INPUT',
        `Content-Type must be application/x-ndjson or text/csv, got "${type || 'none'}"`,
        'content-type',
        undefined,
        'UNSUPPORTED_CONTENT_TYPE',
      );
    }
    return this.units.uploadUnits(actor, id, req.body, format);
  }
}
