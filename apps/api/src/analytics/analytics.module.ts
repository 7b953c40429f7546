import { Module } from '@nestjs/common';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { CaseloadService } from './caseload.service';
import { CohortCubeMaintenance } from './cohort-cube-maintenance';
import { TherapistComparisonService } from './therapist-comparison.service';

@Module({ providers: [AnalyticsService, CohortCubeMaintenance, TherapistComparisonService, CaseloadService, AnalyticsResolver] })
export class AnalyticsModule {}
