import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';

/** Paths the API answers itself; everything else is the dashboard (a single-page app). */
const API_PATHS = /^\/(graphql|exports|health)(\/|$)/;

/**
 * Serves the built dashboard on the API's port: its static files, and index.html for any other
 * GET so that client-side routes survive a reload. Returns false when there is no build.
 */
export function serveDashboard(app: INestApplication, distDir: string): boolean {
  const indexHtml = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexHtml)) return false;
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path)) return next();
    response.sendFile(indexHtml);
  });
  return true;
}
