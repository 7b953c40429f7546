import type { INestApplication, LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import net, { type Socket } from 'node:net';
import { ShutdownState } from './shutdown-state';

/** The longest the server waits for its connections to finish before closing anyway. */
export const SHUTDOWN_TIMEOUT_MS = 15_000;
/** How long no new connection must arrive before the server stops listening. */
const QUIET_MS = 200;

/**
 * Graceful shutdown, installed before the server listens. On SIGTERM or SIGINT:
 * 1. readiness turns to "draining" and every response says `Connection: close`;
 * 2. after `drainMs`, and once no new connection has come for a moment, the server stops
 *    accepting connections but keeps the open ones: a request a client already sent on a
 *    kept-alive connection is read and answered, not reset (Node's own close() would drop
 *    connections it believes idle, including one whose request is still unread in its buffer);
 * 3. once every connection has closed (each after its last answer, or at the keep-alive timeout
 *    when idle), or after SHUTDOWN_TIMEOUT_MS, the app closes: Apollo's drain, then the database
 *    pool; the process exits 0.
 * A second signal does not cut it short.
 */
export interface GracefulShutdown {
  /** What a signal starts; resolves when the app is closed (before the process exits). */
  shutDown(signal: NodeJS.Signals): Promise<void>;
  /** Whether shutDown has closed the app. */
  readonly closed: boolean;
}

export interface GracefulShutdownOptions {
  /** Listen to SIGTERM and SIGINT (the process); off where a test calls shutDown itself. */
  signals?: boolean;
  exit?: (code: number) => void;
}

export function installGracefulShutdown(
  app: INestApplication,
  drainMs: number,
  logger: LoggerService,
  { signals = true, exit = (code) => process.exit(code) }: GracefulShutdownOptions = {},
): GracefulShutdown {
  const server = app.getHttpServer() as Server;
  const state = app.get(ShutdownState);
  const connections = new Set<Socket>();
  let lastConnectionAt = 0;
  server.on('connection', (socket: Socket) => {
    lastConnectionAt = Date.now();
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  app.use((_request: Request, response: Response, next: NextFunction) => {
    if (state.draining) response.setHeader('Connection', 'close');
    next();
  });

  let closing = false;
  let closed = false;
  const shutDown = async (signal: NodeJS.Signals): Promise<void> => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: draining for ${drainMs} ms, then closing.`, 'Shutdown');
    state.beginDraining();
    await sleep(drainMs);
    // Connections the kernel has completed but the server not yet accepted would be reset by
    // closing the listener: stop only once a turn of the event loop's poll phase (setImmediate
    // runs after it) has brought no new connection for QUIET_MS.
    const quietDeadline = Date.now() + SHUTDOWN_TIMEOUT_MS;
    while (Date.now() < quietDeadline) {
      const seen = lastConnectionAt;
      await sleep(QUIET_MS);
      await new Promise((resolve) => setImmediate(resolve));
      if (lastConnectionAt === seen && Date.now() - lastConnectionAt >= QUIET_MS) break;
    }
    // net.Server's close, not http.Server's: stop listening without dropping open connections.
    net.Server.prototype.close.call(server);
    const deadline = Date.now() + SHUTDOWN_TIMEOUT_MS;
    while (connections.size > 0 && Date.now() < deadline) await sleep(50);
    if (connections.size > 0) logger.warn(`${connections.size} connection(s) still open after ${SHUTDOWN_TIMEOUT_MS} ms: closing anyway.`, 'Shutdown');
    await app.close();
    closed = true;
    logger.log('Closed: every request in flight was answered.', 'Shutdown');
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    shutDown(signal).then(
      () => exit(0),
      (error: unknown) => {
        logger.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`, undefined, 'Shutdown');
        exit(1);
      },
    );
  };
  if (signals) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  return {
    shutDown,
    get closed() {
      return closed;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
