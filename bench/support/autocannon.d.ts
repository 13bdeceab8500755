/**
 * The part of autocannon 9's API the benches use (the package ships no types; see
 * node_modules/autocannon/lib/run.js, aggregateResult.js and hdr-histogram-percentiles-obj).
 */
declare module 'autocannon' {
  function autocannon(opts: autocannon.Options): autocannon.Instance;

  namespace autocannon {
    interface Options {
      url: string;
      method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
      headers?: Record<string, string>;
      body?: string;
      connections?: number;
      duration?: number;
      pipelining?: number;
      timeout?: number;
      /** Responses whose body differs are counted in `mismatches`. */
      expectBody?: string;
      /** Responses for which this returns false are counted in `mismatches` (takes precedence over expectBody). */
      verifyBody?: (body: string) => boolean;
      /** Requests sent in turn by each connection; setupRequest may rewrite one before it is sent. */
      requests?: {
        method?: string;
        path?: string;
        headers?: Record<string, string>;
        body?: string;
        setupRequest?: (req: { method?: string; path?: string; headers?: Record<string, string>; body?: string }) => {
          method?: string;
          path?: string;
          headers?: Record<string, string>;
          body?: string;
        };
      }[];
      warmup?: { connections?: number; duration?: number };
      title?: string;
    }

    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
      p99_9: number;
    }

    interface Result {
      title?: string;
      url: string;
      connections: number;
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      resets: number;
      '2xx': number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram;
      requests: Histogram & { sent: number };
      throughput: Histogram;
    }

    interface Instance extends PromiseLike<Result> {
      stop(): void;
    }
  }

  export = autocannon;
}
