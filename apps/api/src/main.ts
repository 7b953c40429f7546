import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import 'reflect-metadata';
import { AppModule } from './app.module';
import { loadConfig } from './config';
import { dialectOf } from './database/dialect';
import { serveDashboard } from './dashboard/serve-dashboard';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create(AppModule.forRoot({ database: config, production: config.production }));
  app.use(cookieParser());
  app.enableShutdownHooks();
  const dashboard = serveDashboard(app, config.dashboardDist);
  await app.listen(config.port);
  const where = dialectOf(config.databaseUrl) === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite at ${config.sqlitePath}`;
  Logger.log(`Outcomes is running at http://localhost:${config.port} on ${where}`, 'Bootstrap');
  if (!dashboard) Logger.warn(`No built dashboard at ${config.dashboardDist}: only the API is served.`, 'Bootstrap');
}

void bootstrap();
