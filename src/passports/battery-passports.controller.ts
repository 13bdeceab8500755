import { Controller, Get, Headers, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { AppError } from '../common/errors';
import { apiPageFormat } from '../pages/content-negotiation';
import { negotiateLanguage } from '../pages/i18n';
import { BatteryPassportsService } from './battery-passports.service';
import { renderPassportErrorPage } from './passport-page';
import { PassportPageService } from './passport-page.service';

/** The request's page choices: `?format=`, `?lang=` and the two headers. */
interface PageAsk {
  accept: string | undefined;
  acceptLanguage: string | undefined;
  format: unknown;
  lang: unknown;
}

/**
 * Each battery's passport (docs/battery-passports.md), public and filtered per attribute by the
 * caller's access groups: by passport identifier, by manufacturer and serial (the current one), and
 * every pack of a batch as NDJSON. The first two answer a browser with the passport page
 * (docs/pages.md): HTML when the Accept header names HTML or `?format=html`; JSON otherwise.
 */
@Controller()
export class BatteryPassportsController {
  constructor(
    private readonly batteries: BatteryPassportsService,
    private readonly page: PassportPageService,
  ) {}

  @Get('passports/batteries/:passportId')
  @Access.public()
  byId(
    @CurrentActor() actor: Actor,
    @Param('passportId') passportId: string,
    @Query('format') format: unknown,
    @Query('lang') lang: unknown,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.answer(actor, { accept, acceptLanguage, format, lang }, reply, passportId, () =>
      this.batteries.withContextById(actor, passportId),
    );
  }

  @Get('passports/batteries')
  @Access.public()
  byUnit(
    @CurrentActor() actor: Actor,
    @Query('manufacturerId') manufacturerId: unknown,
    @Query('serial') serial: unknown,
    @Query('format') format: unknown,
    @Query('lang') lang: unknown,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const asked = typeof serial === 'string' ? serial : '';
    return this.answer(actor, { accept, acceptLanguage, format, lang }, reply, asked, () =>
      this.batteries.withContextByUnit(actor, manufacturerId, serial),
    );
  }

  /** JSON as before, or the page in the reader's language; an unknown passport is a 404 page, a damaged address a 400 page. */
  private async answer(
    actor: Actor,
    ask: PageAsk,
    reply: FastifyReply,
    asked: string,
    load: () => ReturnType<BatteryPassportsService['withContextById']>,
  ) {
    void reply.header('vary', 'Accept, Accept-Language');
    if (apiPageFormat(ask.accept, ask.format) === 'json') return (await load()).passport;
    const lang = negotiateLanguage(ask.lang, ask.acceptLanguage);
    const html = () => void reply.header('content-type', 'text/html; charset=utf-8').header('content-language', lang);
    let found: Awaited<ReturnType<typeof load>>;
    try {
      found = await load();
    } catch (err) {
      if (!(err instanceof AppError) || (err.code !== 'NOT_FOUND' && err.code !== 'BAD_USER_INPUT')) throw err;
      html();
      void reply.status(err.code === 'NOT_FOUND' ? 404 : 400);
      return renderPassportErrorPage(lang, err.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'BAD_REQUEST', asked);
    }
    const page = await this.page.render(actor, found, lang, reply.request.viaBrowserSession);
    html();
    return page;
  }

  @Get('passports/batches/:batchId/batteries')
  @Access.public()
  async export(@CurrentActor() actor: Actor, @Param('batchId') batchId: string): Promise<StreamableFile> {
    return new StreamableFile(await this.batteries.exportBatch(actor, batchId), { type: 'application/x-ndjson; charset=utf-8' });
  }
}
