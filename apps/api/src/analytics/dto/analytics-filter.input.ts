import { Field, ID, InputType } from '@nestjs/graphql';
import { Condition, EpisodeStatus, Frequency, SuspectedCause, Technique } from '@outcomes/models';
import { IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IsLocalDate } from '../../common/input-rules';

/**
 * Which episodes an analytics figure covers. The date range selects episodes by their start date
 * (inclusive on both ends); each list keeps episodes matching any of its values; an empty or
 * absent list does not filter.
 */
@InputType()
export class AnalyticsFilter {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Episodes that started on or after this date.' })
  @IsOptional()
  @IsLocalDate()
  startedFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Episodes that started on or before this date.' })
  @IsOptional()
  @IsLocalDate()
  startedTo?: string | null;

  @Field(() => [Condition], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Condition, { each: true })
  conditions?: Condition[] | null;

  @Field(() => [SuspectedCause], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SuspectedCause, { each: true })
  causes?: SuspectedCause[] | null;

  @Field(() => [Frequency], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Frequency, { each: true })
  frequencies?: Frequency[] | null;

  @Field(() => [Technique], { nullable: true, description: 'Episodes in any of these techniques’ cohorts (used in at least half the sessions).' })
  @IsOptional()
  @IsArray()
  @IsEnum(Technique, { each: true })
  techniques?: Technique[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  therapistIds?: string[] | null;

  @Field(() => [EpisodeStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(EpisodeStatus, { each: true })
  statuses?: EpisodeStatus[] | null;
}
