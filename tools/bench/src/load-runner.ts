import autocannon from 'autocannon';
import type { EventEmitter } from 'node:events';
import { percentile } from './stats';

/** One timed run: every request's latency, and what went wrong. */
export interface LoadRun {
  connections: number;
  seconds: number;
  /** Milliseconds per completed request, in completion order. */
  latencies: number[];
  /** Completed requests per second. */
  throughput: number;
  p50: number;
  p99: number;
  /** Requests that failed: transport errors, timeouts, non-2xx, or a GraphQL `errors` member. */
  failures: number;
  /** What the first failure said, to report it. */
  firstFailure?: string;
}

function summarize(connections: number, seconds: number, latencies: number[], failures: number, firstFailure?: string): LoadRun {
  return {
    connections,
    seconds,
    latencies,
    throughput: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
    ...(firstFailure ? { firstFailure } : {}),
  };
}

export interface HttpLoad {
  url: string;
  connections: number;
  /** Requests in the run: it ends when all have answered, so none is cut off half-way. */
  amount: number;
  /** The body and cookie of each request, asked for afresh per request (a fresh clientRequestId, a rotating login). */
  nextRequest: () => { body: string; cookie: string };
}

/**
 * autocannon against POST /graphql with `connections` clients, each sending its next request as
 * soon as the last answered, until `amount` requests have answered. Latency of every response is taken from autocannon's
 * response event (milliseconds, sub-millisecond resolution); a response whose body carries a
 * GraphQL `errors` member counts as a failure, as do non-2xx answers and transport errors.
 */
export async function runHttpLoad(load: HttpLoad): Promise<LoadRun> {
  const latencies: number[] = [];
  let graphQLErrors = 0;
  let firstFailure: string | undefined;
  const started = process.hrtime.bigint();
  let lastAnswer: bigint | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${load.url}/graphql`,
        connections: load.connections,
        amount: load.amount,
        // A slow answer is measured, not abandoned (autocannon's default gives up after 10 s).
        timeout: 300,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            setupRequest: (request) => {
              const { body, cookie } = load.nextRequest();
              return { ...request, body, headers: { ...request.headers, 'content-type': 'application/json', cookie } };
            },
            onResponse: (status, body) => {
              if (body.includes('"errors"') || status >= 300) {
                graphQLErrors += status >= 300 ? 0 : 1;
                firstFailure ??= `HTTP ${status} ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error) : resolve(done)),
    );
    // autocannon 9 emits (client, statusCode, bytes, responseTime); its published types leave out the client.
    (instance as EventEmitter).on('response', (...args: unknown[]) => {
      lastAnswer = process.hrtime.bigint();
      const statusCode = Number(args[args.length - 3]);
      if (statusCode >= 200 && statusCode < 300) latencies.push(Number(args[args.length - 1]));
    });
  });
  // Up to the last answer: autocannon notices that the run is complete only at its next one-second tick.
  const seconds = Number((lastAnswer ?? process.hrtime.bigint()) - started) / 1e9;
  const failures = result.errors + result.timeouts + result.non2xx + graphQLErrors;
  return summarize(load.connections, seconds, latencies, failures, firstFailure);
}

/**
 * The same closed loop for work that is not HTTP (a raw SQL statement set): `concurrency` loops,
 * each starting its next piece of work when the last finished, for `seconds`. `prepare`, when
 * given, runs before each piece of work and is not timed.
 */
export async function runLoop(concurrency: number, seconds: number, work: () => Promise<void>, prepare?: () => Promise<void>): Promise<LoadRun> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  const fail = (error: unknown): void => {
    failures += 1;
    firstFailure ??= error instanceof Error ? error.message : String(error);
  };
  const loop = async (): Promise<void> => {
    while (process.hrtime.bigint() < deadline) {
      try {
        if (prepare) await prepare();
      } catch (error) {
        fail(error);
        continue;
      }
      const begun = process.hrtime.bigint();
      try {
        await work();
        latencies.push(Number(process.hrtime.bigint() - begun) / 1e6);
      } catch (error) {
        fail(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return summarize(concurrency, Number(process.hrtime.bigint() - started) / 1e9, latencies, failures, firstFailure);
}

/** Requests per client in a warm-up, and at least in a run (a slow figure gets a longer run rather than no number). */
const MIN_REQUESTS_PER_CLIENT = 2;

/**
 * How many requests make a run of about `seconds` at this concurrency, from a warm-up of a few
 * requests per client (which also warms the caches).
 */
export async function warmUp(load: Omit<HttpLoad, 'amount'>, seconds: number): Promise<number> {
  const warm = await runHttpLoad({ ...load, amount: load.connections * MIN_REQUESTS_PER_CLIENT });
  const perSecond = warm.latencies.length / warm.seconds;
  return Math.max(load.connections * MIN_REQUESTS_PER_CLIENT, Math.ceil(perSecond * seconds));
}
