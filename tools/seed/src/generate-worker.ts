/**
 * The generation worker (see clinic-source.ts): generates planned clinics in the order asked and
 * sends each back ready to load. Runs only compiled (dist/), as a worker thread of the seed command.
 */
import { parentPort } from 'node:worker_threads';
import { prepareClinic } from './clinic-plan';
import type { GenerationReply, GenerationRequest } from './clinic-source';

const port = parentPort;
if (!port) throw new Error('generate-worker.js runs as a worker thread of the seed command');

port.on('message', ({ position, plan, copySpecs }: GenerationRequest) => {
  let reply: GenerationReply;
  try {
    reply = { position, prepared: prepareClinic(plan, copySpecs) };
  } catch (error) {
    reply = { position, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
