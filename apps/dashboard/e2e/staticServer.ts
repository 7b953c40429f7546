// Serves a built dashboard from disk the way the API will in production: files by path, and
// index.html for any other path so that client-side routes load.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** Answers POST /graphql; without one, /graphql is a 404 like any other unknown file. */
export type GraphQLHandler = (body: GraphQLRequestBody) => unknown;

export interface GraphQLRequestBody {
  operationName?: string;
  query?: string;
  variables?: Record<string, unknown>;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, graphql?: GraphQLHandler): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server = createServer((request, response) => {
    handle(absoluteRoot, graphql, request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handle(
  root: string,
  graphql: GraphQLHandler | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');

  if (pathname === '/graphql' && request.method === 'POST' && graphql) {
    const body = JSON.parse(await readBody(request)) as GraphQLRequestBody;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(graphql(body)));
    return;
  }

  const requested = path.resolve(root, `.${decodeURIComponent(pathname)}`);
  if (!requested.startsWith(root + path.sep) && requested !== root) {
    response.writeHead(403).end();
    return;
  }
  const file = (await isFile(requested)) ? requested : path.extname(pathname) ? null : path.join(root, 'index.html');
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  response.end(await readFile(file));
}

async function isFile(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isFile();
  } catch {
    return false;
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
