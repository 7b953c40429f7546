import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Condition, Frequency, SuspectedCause } from '@outcomes/models';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IsLocalDate } from '../../common/input-rules';

/** Twenty years, a bound against typos. */
const MAX_SYMPTOM_WEEKS = 1040;

@InputType()
export class OpenEpisodeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not a patient id.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'Owners choose; a therapist opening an episode treats it.' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a user id.' })
  therapistId?: string | null;

  @Field(() => Condition)
  @IsEnum(Condition, { message: 'Unknown condition.' })
  condition!: Condition;

  @Field(() => SuspectedCause)
  @IsEnum(SuspectedCause, { message: 'Unknown suspected cause.' })
  suspectedCause!: SuspectedCause;

  @Field(() => Frequency)
  @IsEnum(Frequency, { message: 'WEEKLY or BIWEEKLY (every other week).' })
  plannedFrequency!: Frequency;

  @Field(() => LocalDateResolver)
  @IsLocalDate()
  startDate!: string;

  @Field(() => Int)
  @IsInt({ message: 'Whole weeks.' })
  @Min(0, { message: 'Whole weeks, 0 or more.' })
  @Max(MAX_SYMPTOM_WEEKS, { message: `At most ${MAX_SYMPTOM_WEEKS} weeks.` })
  symptomDurationWeeks!: number;
}

@InputType()
export class UpdateEpisodeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not an episode id.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Owners only.' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a user id.' })
  therapistId?: string;

  @Field(() => Condition, { nullable: true })
  @IsOptional()
  @IsEnum(Condition, { message: 'Unknown condition.' })
  condition?: Condition;

  @Field(() => SuspectedCause, { nullable: true })
  @IsOptional()
  @IsEnum(SuspectedCause, { message: 'Unknown suspected cause.' })
  suspectedCause?: SuspectedCause;

  @Field(() => Frequency, { nullable: true })
  @IsOptional()
  @IsEnum(Frequency, { message: 'WEEKLY or BIWEEKLY (every other week).' })
  plannedFrequency?: Frequency;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Whole weeks.' })
  @Min(0, { message: 'Whole weeks, 0 or more.' })
  @Max(MAX_SYMPTOM_WEEKS, { message: `At most ${MAX_SYMPTOM_WEEKS} weeks.` })
  symptomDurationWeeks?: number;
}

/** Ends an episode: discharged, or dropped out (the patient stopped coming). */
@InputType()
export class EndEpisodeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not an episode id.' })
  id!: string;

  @Field(() => LocalDateResolver)
  @IsLocalDate()
  endDate!: string;
}
