import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type ClinicPlan, type PreparedClinic, prepareClinic } from './clinic-plan';
import type { CopyTableSpec } from './copy-format';

/** Prepared clinics by position in the plan list; each position is asked for once. */
export interface ClinicSource {
  prepare(position: number): Promise<PreparedClinic>;
  close(): Promise<void>;
}

export interface GenerationRequest {
  position: number;
  plan: ClinicPlan;
  copySpecs: CopyTableSpec[] | null;
}

export type GenerationReply = { position: number; prepared: PreparedClinic } | { position: number; error: string };

/** The compiled worker, beside this file in dist/ (absent when this runs from TypeScript, as under Jest). */
const WORKER_FILE = path.join(__dirname, 'generate-worker.js');

/**
 * A worker thread when the compiled worker exists, so that generating the next clinics uses the
 * second core while this thread feeds the database; otherwise this thread, one clinic at a time
 * when it is asked for.
 */
export function clinicSource(
  plans: readonly ClinicPlan[],
  copySpecs: CopyTableSpec[] | null,
  options: { worker: boolean; lookahead: number },
): ClinicSource {
  if (options.worker && fs.existsSync(WORKER_FILE)) return new WorkerSource(plans, copySpecs, options.lookahead);
  return {
    prepare: async (position) => prepareClinic(plans[position] as ClinicPlan, copySpecs),
    close: async () => undefined,
  };
}

/**
 * Generation in one worker thread, in plan order and at most `lookahead` clinics ahead of the
 * latest one asked for, which bounds memory: a clinic of 5000 patients is ~30 MB of COPY text.
 */
class WorkerSource implements ClinicSource {
  private readonly worker = new Worker(WORKER_FILE);
  private readonly pending = new Map<number, { resolve: (clinic: PreparedClinic) => void; reject: (error: Error) => void }>();
  private readonly results = new Map<number, Promise<PreparedClinic>>();
  private requested = 0;
  private failure: Error | null = null;

  constructor(
    private readonly plans: readonly ClinicPlan[],
    private readonly copySpecs: CopyTableSpec[] | null,
    private readonly lookahead: number,
  ) {
    this.worker.on('message', (reply: GenerationReply) => {
      const waiting = this.pending.get(reply.position);
      this.pending.delete(reply.position);
      if ('error' in reply) waiting?.reject(new Error(`generating ${this.plans[reply.position]?.label}: ${reply.error}`));
      else waiting?.resolve(reply.prepared);
    });
    const failAll = (error: Error): void => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', failAll);
    this.worker.on('exit', (code) => {
      if (this.pending.size > 0) failAll(new Error(`the generation worker stopped (exit code ${code})`));
    });
  }

  prepare(position: number): Promise<PreparedClinic> {
    const last = Math.min(this.plans.length - 1, position + this.lookahead);
    while (this.requested <= last) this.request(this.requested++);
    const result = this.results.get(position);
    this.results.delete(position);
    return result ?? Promise.reject(new Error(`clinic ${position} was asked for twice`));
  }

  private request(position: number): void {
    const result = new Promise<PreparedClinic>((resolve, reject) => {
      if (this.failure) reject(this.failure);
      else this.pending.set(position, { resolve, reject });
    });
    // A clinic generated ahead whose load never starts (a failed run) must not be an unhandled rejection.
    result.catch(() => undefined);
    this.results.set(position, result);
    const request: GenerationRequest = { position, plan: this.plans[position] as ClinicPlan, copySpecs: this.copySpecs };
    this.worker.postMessage(request);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
