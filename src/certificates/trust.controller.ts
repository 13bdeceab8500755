import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Access } from '../access/access.decorator';
import type { TrustListDocument } from './trust-anchors';
import { TrustListService } from './trust-list.service';

/** The signed trust list an offline verifier anchors on (issue 11; docs/trust-anchors.md). */
@Controller('trust')
export class TrustController {
  constructor(private readonly trust: TrustListService) {}

  @Get('issuers.json')
  @Access.public()
  async issuers(@Res({ passthrough: true }) reply: FastifyReply): Promise<TrustListDocument> {
    void reply.header('cache-control', 'no-cache');
    return this.trust.trustList();
  }
}
