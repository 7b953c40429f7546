import { Module } from '@nestjs/common';

/** Research exports (anonymized CSV): filled in by the export work. */
@Module({})
export class ExportsModule {}
