import { Controller, Get, Header, Param, Query, Req, Res } from '@nestjs/common';
import { DEFAULT_K_ANONYMITY, Role } from '@outcomes/models';
import type { Request, Response } from 'express';
import { Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope } from '../common/access-scope';
import { InvalidInputError } from '../common/errors';
import { buildCodebook, type Codebook, codebookCsv, FILE_NAMES } from './codebook';
import { CodebookQuery, EXPORT_REQUEST_FIELDS, ExportFileQuery, ExportIdParams } from './dto/export-request.input';
import { ExportFile, type ExportManifest } from './export-manifest';
import type { ExportRun } from './export-run.entity';
import { type ExportActor, ExportsService } from './exports.service';

const actorOf = (scope: AccessScope): ExportActor => ({ clinicId: scope.clinicId, userId: scope.userId, role: scope.role, via: 'http' });

/** Query parameters a call does not take are refused, not ignored: a typo must not widen an export. */
function refuseUnknownParameters(request: Request, allowed: readonly string[]): void {
  const unknown = Object.keys(request.query).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    throw new InvalidInputError(unknown.map((name) => ({ field: `input.${name}`, message: 'This parameter is not taken here.' })));
  }
}

/**
 * Research exports over plain HTTP (files do not fit GraphQL), behind the same session cookie,
 * the global guards and ACCESS_POLICY: OWNER and RESEARCHER only; a therapist gets 403, nobody
 * logged in 401.
 *
 * GET /exports/sessions.csv?conditions=SCIATICA&k=5 makes an export (its release plan and study
 * ids, kept in the clinic's database) and streams its sessions file; the export's id comes back
 * in X-Export-Id, and GET /exports/episodes.csv?exportId=<id> streams the other file of the same
 * export, with the same study ids (and the other way round). Before the first row, the headers
 * say how many rows to expect (X-Export-Rows) and how many were suppressed, for a progress bar.
 *
 * GET /exports/codebook.json (and codebook.csv) describes every column of both files, for the
 * export's k (?k=, the default without it). GET /exports/<id>/manifest.json gives what an export
 * of the caller's clinic holds and how it was made: counts, filter, k, MME factor tables (whoever
 * made it, expired or not: it holds no identity); each read is an audit event.
 */
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('sessions.csv')
  @Roles(Role.OWNER, Role.RESEARCHER)
  sessions(@Scope() scope: AccessScope, @Query() query: ExportFileQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.download(ExportFile.SESSIONS, actorOf(scope), query, request, response);
  }

  @Get('episodes.csv')
  @Roles(Role.OWNER, Role.RESEARCHER)
  episodes(@Scope() scope: AccessScope, @Query() query: ExportFileQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.download(ExportFile.EPISODES, actorOf(scope), query, request, response);
  }

  @Get('codebook.json')
  @Roles(Role.OWNER, Role.RESEARCHER)
  @Header('Cache-Control', 'no-store')
  codebook(@Query() query: CodebookQuery, @Req() request: Request): Codebook {
    refuseUnknownParameters(request, ['k']);
    return buildCodebook(query.k ?? DEFAULT_K_ANONYMITY);
  }

  @Get('codebook.csv')
  @Roles(Role.OWNER, Role.RESEARCHER)
  @Header('Cache-Control', 'no-store')
  codebookAsCsv(@Query() query: CodebookQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response): string {
    refuseUnknownParameters(request, ['k']);
    // Set here, not with @Header: those are set before the handler runs, and would label an error's JSON as CSV.
    response.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
    response.setHeader('Content-Disposition', 'attachment; filename="codebook.csv"');
    return codebookCsv(buildCodebook(query.k ?? DEFAULT_K_ANONYMITY));
  }

  @Get(':exportId/manifest.json')
  @Roles(Role.OWNER, Role.RESEARCHER)
  @Header('Cache-Control', 'no-store')
  manifest(@Scope() scope: AccessScope, @Param() params: ExportIdParams, @Req() request: Request): Promise<ExportManifest> {
    refuseUnknownParameters(request, []);
    return this.exports.manifest(actorOf(scope), params.exportId);
  }

  private async download(file: ExportFile, actor: ExportActor, query: ExportFileQuery, request: Request, response: Response): Promise<void> {
    const run = await this.runFor(actor, query, request);
    this.exports.assertDownloadable(run);
    const manifest = run.manifest;
    response.status(200);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
    response.setHeader('Content-Disposition', `attachment; filename="${FILE_NAMES[file]}"`);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Export-Id', run.id);
    response.setHeader('X-Export-K', String(run.k));
    response.setHeader('X-Export-Rows', String(manifest.files[file].rows));
    response.setHeader(
      'X-Export-Rows-Suppressed',
      String(file === ExportFile.SESSIONS ? manifest.sessions.suppressed : manifest.episodes.suppressed),
    );
    // Status and headers go out now: a progress bar knows the total before the first row.
    response.flushHeaders();
    try {
      await this.exports.write(actor, run, file, response);
    } catch {
      // The headers are out: the only honest signal left is a cut connection (no final chunk).
      // The service has recorded in the audit event how far the download went.
      response.destroy();
    }
  }

  private async runFor(actor: ExportActor, query: ExportFileQuery, request: Request): Promise<ExportRun> {
    if (query.exportId) {
      // An export's filter and k are fixed when it is made.
      refuseUnknownParameters(request, ['exportId']);
      return this.exports.find(actor, query.exportId);
    }
    refuseUnknownParameters(request, EXPORT_REQUEST_FIELDS);
    return this.exports.create(actor, query, query.k ?? DEFAULT_K_ANONYMITY);
  }
}
