import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Options } from 'pino-http';
import type { DestinationStream } from 'pino';

export const REDACTED = '[redacted]';

/**
 * Keys whose values are, or may hold, PHI or secrets, wherever they appear in a log line:
 * names, birth dates, postal codes, emails, notes, passwords, session cookies, and GraphQL
 * variables and documents (a search term or an input is PHI).
 */
const PHI_KEY = /^(name|patientName|displayName|birthDate|postalCode|email|notes?|password|passwordHash|cookie|set-cookie|authorization|variables|query|body|search|detail)$/i;

/** Replaces the values of PHI keys at any depth; the original object is left untouched. */
export function redactPhi(value: unknown, depth = 0): unknown {
  if (depth > 8) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactPhi(item, depth + 1));
  if (value instanceof Error) return redactError(value);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = PHI_KEY.test(key) ? REDACTED : redactPhi(item, depth + 1);
  return copy;
}

/**
 * Values PostgreSQL and SQLite quote in their messages: `Key (email)=(a@b.c)`, `for type uuid:
 * "…"`, and the failing statement's parameters. Stripped from every error message and stack.
 */
export function redactMessage(text: string): string {
  return text
    .replace(/Key \(([^)]*)\)=\([^)]*\)/g, `Key ($1)=(${REDACTED})`)
    .replace(/: "(?:[^"\\]|\\.)*"/g, `: "${REDACTED}"`)
    .replace(/PARAMETERS: \[.*$/gm, `PARAMETERS: ${REDACTED}`);
}

function redactError(error: Error): Record<string, unknown> {
  const { code } = error as { code?: unknown };
  return {
    type: error.name,
    message: redactMessage(error.message),
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack ? { stack: redactMessage(error.stack) } : {}),
  };
}

/** The request as logged: method, path without its query string, and an id. No headers, no body. */
function requestSerializer(request: IncomingMessage & { id?: unknown; originalUrl?: string }): Record<string, unknown> {
  const url = request.originalUrl ?? request.url ?? '';
  return { id: request.id, method: request.method, path: url.split('?')[0] };
}

function responseSerializer(response: ServerResponse & { raw?: ServerResponse }): Record<string, unknown> {
  return { statusCode: (response.raw ?? response).statusCode };
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * pino-http options: JSON lines with PHI removed three ways: requests and responses are reduced
 * to method, path and status; errors lose quoted values; any object logged has its PHI keys
 * replaced, at any depth.
 */
export function pinoHttpOptions(level: string): Options<IncomingMessage, ServerResponse> {
  return {
    level,
    genReqId: (request, response) => {
      const incoming = request.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    serializers: { req: requestSerializer, res: responseSerializer, err: (error: Error) => redactError(error) },
    formatters: { log: (object) => redactPhi(object) as Record<string, unknown> },
    // Messages too: an error's text may quote a value (`Key (email)=(…)`).
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactMessage(arg) : arg)) as Parameters<typeof method>);
      },
    },
    redact: { paths: ['req.headers', 'res.headers', '*.headers.cookie', '*.headers.authorization'], censor: REDACTED },
    // Client errors are the API working as meant; only server errors are errors.
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/health') },
  };
}

export interface LoggingOptions {
  level: string;
  /** Where log lines go (stdout when absent); tests pass a stream to read them. */
  stream?: DestinationStream;
}
