import { Module } from '@nestjs/common';
import { PassportsModule } from '../passports/passports.module';
import { ResolverController } from './resolver.controller';
import { ResolverService } from './resolver.service';

/** The GS1-conformant resolver of battery identifiers (docs/resolver.md). */
@Module({ imports: [PassportsModule], controllers: [ResolverController], providers: [ResolverService] })
export class ResolverModule {}
