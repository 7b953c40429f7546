import { Module } from '@nestjs/common';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { CaseloadService } from './caseload.service';
import { TherapistComparisonService } from './therapist-comparison.service';

@Module({ providers: [AnalyticsService, TherapistComparisonService, CaseloadService, AnalyticsResolver] })
export class AnalyticsModule {}
