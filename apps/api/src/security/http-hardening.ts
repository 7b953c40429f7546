import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config';

/**
 * Security headers (helmet): a same-origin Content-Security-Policy for the dashboard (inline
 * styles allowed for the charts), no framing, no MIME sniffing, no referrer, and in production
 * HSTS and upgrade-insecure-requests.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': production ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}

/**
 * The HTTP layer of the running server, before its routes: security headers first (so the
 * dashboard's files get them too), cookies, the request body limit and the client address
 * behind a proxy. The AppModule applies the same headers to its own routes.
 */
export function applyHttpHardening(app: INestApplication, config: Pick<AppConfig, 'production' | 'requestBodyLimit' | 'trustProxy'>): void {
  const express = app as NestExpressApplication;
  express.use(securityHeaders(config.production));
  express.use(cookieParser());
  express.useBodyParser('json', { limit: config.requestBodyLimit });
  express.useBodyParser('urlencoded', { limit: config.requestBodyLimit, extended: false });
  if (config.trustProxy) express.set('trust proxy', config.trustProxy);
  express.disable('x-powered-by');
}
