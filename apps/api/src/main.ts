// First: V8's memory settings apply to everything loaded after them.
import './heap-settings';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import 'reflect-metadata';
import { AppModule } from './app.module';
import { loadConfig } from './config';
import { dialectOf } from './database/dialect';
import { serveDashboard } from './dashboard/serve-dashboard';
import { installGracefulShutdown } from './health/graceful-shutdown';
import { applyHttpHardening } from './security/http-hardening';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ database: config, production: config.production }),
    { bufferLogs: true },
  );
  const logger = app.get(Logger);
  app.useLogger(logger);
  // Before the dashboard's static files, so they get the security headers too.
  applyHttpHardening(app, config);
  // Before listening: it tracks every connection from the first.
  installGracefulShutdown(app, config.shutdownDrainMs, logger);
  const dashboard = serveDashboard(app, config.dashboardDist);
  await app.listen(config.port);
  const where = dialectOf(config.databaseUrl) === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite at ${config.sqlitePath}`;
  logger.log(`Outcomes is running at http://localhost:${config.port} on ${where}`, 'Bootstrap');
  if (!dashboard) logger.warn(`No built dashboard at ${config.dashboardDist}: only the API is served.`, 'Bootstrap');
}

void bootstrap();
