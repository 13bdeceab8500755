import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Access } from '../access/access.decorator';
import { notFound } from '../common/errors';
import type { CheckpointDocument } from './audit-checkpoint';
import { AuditCheckpointsService } from './audit-checkpoints.service';

/** The latest signed head of the audit chain, for anyone to keep a copy of (docs/audit-checkpoints.md). */
@Controller('audit')
export class AuditCheckpointsController {
  constructor(private readonly checkpoints: AuditCheckpointsService) {}

  @Get('checkpoint.json')
  @Access.public()
  async latest(@Res({ passthrough: true }) reply: FastifyReply): Promise<CheckpointDocument> {
    void reply.header('cache-control', 'no-cache');
    const doc = await this.checkpoints.latest();
    if (!doc) throw notFound('audit checkpoint', 'latest');
    return doc;
  }
}
