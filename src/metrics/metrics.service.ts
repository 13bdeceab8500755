import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The process's Prometheus registry; features add their own metrics here. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'battrace_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'battrace_graphql_errors_total',
    help: 'GraphQL errors answered, by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly unitsIngested = new Counter({
    name: 'battrace_units_ingested_total',
    help: 'Units written by bulk and GraphQL ingest',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'battrace_' });
  }
}
