import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { AppError, badInput } from '../common/errors';
import { BatteryHealthService } from './battery-health.service';

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl'];

/** Live battery-health data over HTTP (docs/battery-health.md). */
@Controller('batteries')
export class HealthReadingsController {
  constructor(private readonly health: BatteryHealthService) {}

  /** Streaming upload of health readings as NDJSON: any size, all or nothing, idempotent; errors name the line and the field. */
  @Post('health-readings')
  @HttpCode(200)
  @Access.authenticated()
  upload(@CurrentActor() actor: Actor, @Req() req: FastifyRequest) {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!NDJSON_TYPES.includes(type) || !(req.body instanceof Readable)) {
      throw new AppError(
        'BAD_USER_INPUT',
        `Content-Type must be application/x-ndjson, got "${type || 'none'}"`,
        'content-type',
        undefined,
        'UNSUPPORTED_CONTENT_TYPE',
      );
    }
    return this.health.upload(actor, req.body);
  }

  /** The latest value of each health attribute the caller's passport access groups read. */
  @Get(':unitId/health')
  @Access.public()
  latest(@CurrentActor() actor: Actor, @Param('unitId') unitId: string) {
    return this.health.latestFor(actor, unitId);
  }

  /** The history of one attribute, newest first: `?attribute=stateOfCharge&first=100&after=<nextCursor>`. */
  @Get(':unitId/health-readings')
  @Access.public()
  history(
    @CurrentActor() actor: Actor,
    @Param('unitId') unitId: string,
    @Query('attribute') attribute?: string,
    @Query('first') first?: string,
    @Query('after') after?: string,
  ) {
    let size: number | null = null;
    if (first !== undefined) {
      size = /^[0-9]{1,6}$/.test(first) ? Number(first) : NaN;
      if (Number.isNaN(size)) throw badInput('first', `must be a whole number, got ${JSON.stringify(first).slice(0, 20)}`, 'OUT_OF_RANGE');
    }
    return this.health.historyFor(actor, unitId, attribute, { first: size, after: after ?? null });
  }
}
