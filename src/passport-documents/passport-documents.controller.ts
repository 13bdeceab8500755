import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { AppError } from '../common/errors';
import { PASSPORT_DOCUMENT_MEDIA_TYPES, passportDocumentMediaType } from './passport-document';
import { PassportDocumentsService } from './passport-documents.service';

/** POST /passport-documents (the raw bytes, streamed) and GET /passport-documents/:sha256 (docs/passport-documents.md). */
@Controller('passport-documents')
export class PassportDocumentsController {
  constructor(private readonly documents: PassportDocumentsService) {}

  @Post()
  @HttpCode(200)
  @Access.organizations(['MANUFACTURER'])
  upload(@CurrentActor() actor: Actor, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    // The connection ends with the answer: a body refused halfway is not read on, and no later
    // request may be read from what is left of it.
    void reply.header('connection', 'close');
    const mediaType = passportDocumentMediaType(req.headers['content-type']);
    if (!mediaType || !(req.body instanceof Readable)) {
      throw new AppError(
        'BAD_USER_INPUT',
        `Content-Type must be one of ${PASSPORT_DOCUMENT_MEDIA_TYPES.join(', ')}, got "${req.headers['content-type'] ?? 'none'}"`,
        'content-type',
        undefined,
        'UNSUPPORTED_CONTENT_TYPE',
      );
    }
    return this.documents.upload(actor, req.body, mediaType, req.headers['content-length']);
  }

  /** The bytes, as an attachment that a browser neither sniffs nor runs, cached by the caller only. */
  @Get(':sha256')
  @Access.public()
  async read(@CurrentActor() actor: Actor, @Param('sha256') sha256: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const doc = await this.documents.read(actor, sha256);
    void reply
      .header('content-type', doc.mediaType)
      .header('content-disposition', `attachment; filename="${doc.sha256}"`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('etag', `"${doc.sha256}"`)
      .header('cache-control', 'private, max-age=3600')
      .header('vary', 'authorization');
    return doc.content;
  }
}
