import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access/access.guard';
import { AuditModule } from './audit/audit.module';
import { BatchesModule } from './batches/batches.module';
import { BatteryHealthModule } from './battery-health/battery-health.module';
import { BatteryModelsModule } from './battery-models/battery-models.module';
import { CertificatesModule } from './certificates/certificates.module';
import { APP_CONFIG, ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env';
import { buildDataSourceOptions } from './database/data-source-options';
import { DisplacementModule } from './displacement/displacement.module';
import { EmissionFactorsModule } from './emission-factors/emission-factors.module';
import { EnergyModule } from './energy/energy.module';
import { FootprintsModule } from './footprints/footprints.module';
import { StrictInputInterceptor } from './http/strict-input.interceptor';
import { AppErrorFilter } from './http/app-error.filter';
import { JobsModule } from './jobs/jobs.module';
import { LabelsModule } from './labels/labels.module';
import { MetricsModule } from './metrics/metrics.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ParksModule } from './parks/parks.module';
import { PassportDocumentsModule } from './passport-documents/passport-documents.module';
import { PassportGrantsModule } from './passport-grants/passport-grants.module';
import { PassportsModule } from './passports/passports.module';
import { ResolverModule } from './resolver/resolver.module';
import { ProvenanceModule } from './provenance/provenance.module';
import { RedisModule } from './redis/redis.module';
import { ShipmentsModule } from './shipments/shipments.module';
import { UnitsModule } from './units/units.module';

/** What both processes share: configuration, PostgreSQL, Redis, metrics and the domain features. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (c: AppConfig) => buildDataSourceOptions(c.databaseUrl) }),
        RedisModule,
        MetricsModule,
        AuditModule,
        OrganizationsModule,
        ParksModule,
        BatteryModelsModule,
        UnitsModule,
        BatchesModule,
        EmissionFactorsModule,
        EnergyModule,
        FootprintsModule,
        ShipmentsModule,
        JobsModule,
        DisplacementModule,
        ProvenanceModule,
        CertificatesModule,
        PassportGrantsModule,
        PassportDocumentsModule,
        PassportsModule,
        BatteryHealthModule,
        LabelsModule,
        ResolverModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: StrictInputInterceptor },
      ],
      exports: [
        OrganizationsModule,
        ParksModule,
        BatteryModelsModule,
        BatchesModule,
        AuditModule,
        EmissionFactorsModule,
        EnergyModule,
        FootprintsModule,
      ],
    };
  }
}
