import { randomBytes } from 'node:crypto';
import { ApiClient, type Reply, sleep } from './api-client';

export interface SoakOptions {
  /** The API's base URL, e.g. http://127.0.0.1:3000. */
  url: string;
  /** Therapist logins to write as (writers share them round-robin). */
  therapists: readonly { email: string; password: string }[];
  writers: number;
  seconds: number;
  /** Share of writes sent twice at once with the same clientRequestId (a client retrying a slow request). */
  concurrentRetryShare: number;
  /** Share of acknowledged writes sent again afterwards with the same clientRequestId (a lost response). */
  replayShare: number;
  /** When set, called once half-way through; the run measures the API's recovery after it returns. */
  fault?: { name: string; inject: () => Promise<void> };
  /** Random seed of the run's choices; also names its client request ids. */
  runId?: string;
  log?: (line: string) => void;
}

interface EpisodeToWrite {
  id: string;
  /** The episode's start: a date every session of it may carry. */
  sessionDate: string;
}

export interface SoakReport {
  runId: string;
  writers: number;
  seconds: number;
  /** Distinct client request ids acknowledged (one session each). */
  acknowledged: number;
  requests: number;
  /** Writes sent twice at once, and acknowledged writes sent again; each must return the same session. */
  concurrentRetries: number;
  replays: number;
  /** A retry or replay that returned another session than the first answer: must be 0. */
  idMismatches: number;
  /** Failed requests while no fault was being injected: must be 0. */
  errors: number;
  /** Failed requests from the fault's injection until the first write acknowledged after it (each retried). */
  faultErrors: number;
  /** Writes given up on after the run's grace period: must be 0. */
  abandoned: number;
  writesPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  fault?: {
    name: string;
    /** How long the injection took (e.g. PostgreSQL's restart). */
    injectionMs: number;
    /** From the end of the injection to the first write acknowledged that was sent after it. */
    recoveryMs: number | null;
    /** From the end of the injection to the first 200 of /health/ready. */
    readinessMs: number | null;
  };
  /** Checked through the API after the run: every acknowledged write stored once, nothing else stored. */
  verification: {
    stored: number;
    missing: number;
    duplicates: number;
    unacknowledged: number;
  };
  /** The acknowledged client request ids, for a database-level check by the caller. */
  acknowledgedIds: string[];
}

const RECORD = `mutation($input: RecordSessionInput!) { recordSession(input: $input) { id clientRequestId } }`;
const MY_EPISODES = `query($after: String) {
  patients(first: 100, after: $after) { edges { node { episodes { id startDate } } } pageInfo { endCursor hasNextPage } }
}`;
const SESSIONS_OF = `query($id: ID!) { episode(id: $id) { sessions { id clientRequestId } } }`;
const TECHNIQUES = ['DEEP_TISSUE', 'TRIGGER_POINT', 'SWEDISH', 'MYOFASCIAL_RELEASE'];

/** A small deterministic generator (mulberry32), so a run's choices can be replayed from its id. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

/**
 * N writers record sessions through the GraphQL API for D seconds, each on its own episodes, with
 * some writes retried at once or replayed later under the same clientRequestId. A failed write is
 * retried with the same id until acknowledged (so a fault costs time, not data). Afterwards every
 * episode written to is read back through the API.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? (() => undefined);
  const runId = options.runId ?? `soak-${randomBytes(4).toString('hex')}`;
  const next = random(Number.parseInt(runId.replace(/[^0-9a-f]/g, '').slice(0, 8) || '1', 16));

  // Logins and episodes: each writer gets its own episodes of one therapist.
  const clients = await Promise.all(options.therapists.map((login) => ApiClient.login(options.url, login.email, login.password)));
  const episodesByTherapist = await Promise.all(clients.map((client) => episodesOf(client)));
  const plans = Array.from({ length: options.writers }, (_, index) => ({ index, therapist: index % clients.length, episodes: [] as EpisodeToWrite[] }));
  episodesByTherapist.forEach((episodes, therapist) => {
    const writersOfTherapist = plans.filter((plan) => plan.therapist === therapist);
    episodes.forEach((episode, position) => writersOfTherapist[position % writersOfTherapist.length]?.episodes.push(episode));
  });
  const idle = plans.filter((plan) => plan.episodes.length === 0).length;
  if (idle > 0) throw new Error(`${idle} writer(s) have no episode of their own: seed more patients or run fewer writers`);
  log(`${options.writers} writers on ${clients.length} therapist login(s), ${plans.reduce((sum, plan) => sum + plan.episodes.length, 0)} episodes, ${options.seconds} s`);

  const acked = new Map<string, { sessionId: string; episodeId: string; therapist: number }>();
  const latencies: number[] = [];
  const counters = { requests: 0, concurrentRetries: 0, replays: 0, idMismatches: 0, errors: 0, faultErrors: 0, abandoned: 0 };
  const fault: { active: boolean; injectedAt: number | null; recoveredAt: number | null; readyAt: number | null; injectionMs: number } = {
    active: false,
    injectedAt: null,
    recoveredAt: null,
    readyAt: null,
    injectionMs: 0,
  };
  const started = Date.now();
  const deadline = started + options.seconds * 1000;
  const giveUpAt = deadline + 30_000;

  const failed = (reply: Reply<unknown>): void => {
    if (fault.active || (fault.injectedAt !== null && fault.recoveredAt === null)) counters.faultErrors += 1;
    else {
      counters.errors += 1;
      if (counters.errors <= 5) log(`error: HTTP ${reply.status} ${reply.failure ?? JSON.stringify(reply.body?.errors).slice(0, 200)}`);
    }
  };
  const sessionIdOf = (reply: Reply<{ recordSession: { id: string } }>): string | null =>
    reply.status === 200 && !reply.body?.errors?.length ? (reply.body?.data?.recordSession.id ?? null) : null;

  async function record(client: ApiClient, input: Record<string, unknown>, twice: boolean): Promise<string | null> {
    const sentAt = Date.now();
    counters.requests += twice ? 2 : 1;
    const replies = await Promise.all((twice ? [0, 1] : [0]).map(() => client.send<{ recordSession: { id: string } }>(RECORD, { input })));
    const ids = replies.map(sessionIdOf);
    replies.forEach((reply, index) => {
      if (ids[index] === null) failed(reply);
    });
    const id = ids.find((value): value is string => value !== null) ?? null;
    if (id && ids.some((value) => value !== null && value !== id)) counters.idMismatches += 1;
    if (id) {
      latencies.push(Date.now() - sentAt);
      if (fault.injectedAt !== null && fault.recoveredAt === null && !fault.active && sentAt >= fault.injectedAt + fault.injectionMs) {
        fault.recoveredAt = Date.now();
      }
    }
    return id;
  }

  async function writer(plan: (typeof plans)[number]): Promise<void> {
    const client = clients[plan.therapist] as ApiClient;
    for (let count = 0; Date.now() < deadline; count += 1) {
      const episode = plan.episodes[count % plan.episodes.length] as EpisodeToWrite;
      const input = {
        clientRequestId: `${runId}-w${plan.index}-${count}`,
        episodeId: episode.id,
        sessionDate: episode.sessionDate,
        painBefore: Math.floor(next() * 11),
        painAfter: Math.floor(next() * 11),
        techniques: [TECHNIQUES[Math.floor(next() * TECHNIQUES.length)]],
        minutes: 30 + Math.floor(next() * 31),
        notes: 'Soak test session.',
      };
      const twice = next() < options.concurrentRetryShare;
      if (twice) counters.concurrentRetries += 1;
      let sessionId = await record(client, input, twice);
      while (!sessionId && Date.now() < giveUpAt) {
        await sleep(100);
        sessionId = await record(client, input, false);
      }
      if (!sessionId) {
        counters.abandoned += 1;
        continue;
      }
      acked.set(input.clientRequestId, { sessionId, episodeId: episode.id, therapist: plan.therapist });
      if (next() < options.replayShare) {
        counters.replays += 1;
        const again = await record(client, input, false);
        if (again !== null && again !== sessionId) counters.idMismatches += 1;
      }
    }
  }

  async function injectFault(): Promise<void> {
    if (!options.fault) return;
    await sleep((options.seconds * 1000) / 2);
    log(`fault: ${options.fault.name}`);
    fault.active = true;
    fault.injectedAt = Date.now();
    await options.fault.inject();
    fault.injectionMs = Date.now() - fault.injectedAt;
    fault.active = false;
    const injected = Date.now();
    log(`fault injected in ${fault.injectionMs} ms; waiting for the API`);
    while (Date.now() < giveUpAt) {
      try {
        const response = await fetch(`${options.url}/health/ready`);
        await response.arrayBuffer();
        if (response.status === 200) {
          fault.readyAt = Date.now() - injected;
          break;
        }
      } catch {
        // not answering yet
      }
      await sleep(50);
    }
  }

  await Promise.all([...plans.map((plan) => writer(plan)), injectFault()]);
  const elapsedSeconds = (Date.now() - started) / 1000;
  log(`writes done: ${acked.size} acknowledged in ${elapsedSeconds.toFixed(1)} s; verifying through the API`);

  // Read every written episode back through the API, as the therapist who wrote to it.
  const written = new Map<string, number>();
  for (const entry of acked.values()) written.set(entry.episodeId, entry.therapist);
  const storedIds = new Map<string, string[]>();
  for (const [episodeId, therapist] of written) {
    const { episode } = await (clients[therapist] as ApiClient).data<{ episode: { sessions: { id: string; clientRequestId: string }[] } }>(SESSIONS_OF, {
      id: episodeId,
    });
    for (const session of episode.sessions) {
      if (!session.clientRequestId.startsWith(`${runId}-`)) continue;
      storedIds.set(session.clientRequestId, [...(storedIds.get(session.clientRequestId) ?? []), session.id]);
    }
  }
  const missing = [...acked.entries()].filter(([id, entry]) => !storedIds.get(id)?.includes(entry.sessionId)).length;
  const duplicates = [...storedIds.values()].filter((ids) => ids.length > 1).length;
  const unacknowledged = [...storedIds.keys()].filter((id) => !acked.has(id)).length;
  const sorted = [...latencies].sort((a, b) => a - b);

  return {
    runId,
    writers: options.writers,
    seconds: options.seconds,
    acknowledged: acked.size,
    requests: counters.requests,
    concurrentRetries: counters.concurrentRetries,
    replays: counters.replays,
    idMismatches: counters.idMismatches,
    errors: counters.errors,
    faultErrors: counters.faultErrors,
    abandoned: counters.abandoned,
    writesPerSecond: acked.size / elapsedSeconds,
    latencyMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? 0 },
    ...(options.fault
      ? {
          fault: {
            name: options.fault.name,
            injectionMs: fault.injectionMs,
            recoveryMs: fault.recoveredAt === null || fault.injectedAt === null ? null : fault.recoveredAt - (fault.injectedAt + fault.injectionMs),
            readinessMs: fault.readyAt,
          },
        }
      : {}),
    verification: { stored: storedIds.size, missing, duplicates, unacknowledged },
    acknowledgedIds: [...acked.keys()],
  };
}

/** The therapist's own episodes (every page of their patients). */
async function episodesOf(client: ApiClient): Promise<EpisodeToWrite[]> {
  const episodes: EpisodeToWrite[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      patients: { edges: { node: { episodes: { id: string; startDate: string }[] } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    } = await client.data(MY_EPISODES, { after });
    for (const edge of page.patients.edges) for (const episode of edge.node.episodes) episodes.push({ id: episode.id, sessionDate: episode.startDate });
    if (!page.patients.pageInfo.hasNextPage) return episodes;
    after = page.patients.pageInfo.endCursor;
  }
}

/** The report's pass/fail lines: what the issue asks of a soak. */
export function verdict(report: SoakReport, recoveryLimitMs = 5000): { ok: boolean; lines: string[] } {
  const checks: [string, boolean][] = [
    [`errors outside the fault: ${report.errors} (want 0)`, report.errors === 0],
    [`abandoned writes: ${report.abandoned} (want 0)`, report.abandoned === 0],
    [`retries answered with another session: ${report.idMismatches} (want 0)`, report.idMismatches === 0],
    [`acknowledged writes missing: ${report.verification.missing} (want 0)`, report.verification.missing === 0],
    [`rows stored: ${report.verification.stored} for ${report.acknowledged} acknowledged (want equal)`, report.verification.stored === report.acknowledged],
    [`duplicate rows: ${report.verification.duplicates} (want 0)`, report.verification.duplicates === 0],
    [`stored but never acknowledged: ${report.verification.unacknowledged} (want 0)`, report.verification.unacknowledged === 0],
  ];
  if (report.fault) {
    const recovery = report.fault.recoveryMs;
    checks.push([`recovery after ${report.fault.name}: ${recovery === null ? 'never' : `${recovery} ms`} (want ≤ ${recoveryLimitMs} ms)`, recovery !== null && recovery <= recoveryLimitMs]);
  }
  return { ok: checks.every(([, ok]) => ok), lines: checks.map(([line, ok]) => `${ok ? 'ok  ' : 'FAIL'} ${line}`) };
}
