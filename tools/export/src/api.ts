/** The export tool's one door into the API's code: the same service, queries and entities as the HTTP routes. */
export { rebuildCohortCube } from '@outcomes/api/src/analytics/cohort-cube';
export { AuditService } from '@outcomes/api/src/audit/audit.service';
export { loadConfig } from '@outcomes/api/src/config';
export { dataSourceOptions, type DatabaseTarget } from '@outcomes/api/src/database/data-source';
export { dialectOf, dialectOfDriver } from '@outcomes/api/src/database/dialect';
export { TenantTransactions } from '@outcomes/api/src/database/tenant-transactions';
export { APP_DATABASE_ROLE } from '@outcomes/api/src/security/row-level-security';
export { buildCodebook, codebookMarkdown, FILE_NAMES } from '@outcomes/api/src/exports/codebook';
export { ExportRequest } from '@outcomes/api/src/exports/dto/export-request.input';
export { ExportFile, type ExportManifest } from '@outcomes/api/src/exports/export-manifest';
export { fileQuery } from '@outcomes/api/src/exports/export-queries';
export { ExportRun } from '@outcomes/api/src/exports/export-run.entity';
export { exportDialect, type JoinStrategy, type RowShape } from '@outcomes/api/src/exports/export-sql';
export { type ExportActor, ExportsService } from '@outcomes/api/src/exports/exports.service';
export { CopyBinaryRecords, copyStatement } from '@outcomes/api/src/exports/row-source';
