import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { NonOpioidClass, OpioidDrug } from '@outcomes/models';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsNumber, IsPositive, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IsLocalDate } from '../../common/input-rules';

@InputType()
export class OpioidItemInput {
  @Field(() => OpioidDrug)
  @IsEnum(OpioidDrug, { message: 'Unknown opioid.' })
  drug!: OpioidDrug;

  @Field(() => Float, { description: 'mg per dose; mcg/hr for transdermal fentanyl.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive({ message: 'A strength above 0.' })
  @Max(2000, { message: 'At most 2000 per dose.' })
  strength!: number;

  @Field(() => Float, { description: 'Doses per day; 1 for a fentanyl patch.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive({ message: 'Doses per day above 0.' })
  @Max(24, { message: 'At most 24 doses a day.' })
  dosesPerDay!: number;
}

@InputType()
export class NonOpioidDosesInput {
  @Field(() => NonOpioidClass)
  @IsEnum(NonOpioidClass, { message: 'Unknown drug class.' })
  drugClass!: NonOpioidClass;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'Doses per week, 0 or more.' })
  @Max(200, { message: 'At most 200 doses a week.' })
  dosesPerWeek!: number;
}

/** The medication a patient takes as of one date; a second report for the same date replaces the first. */
@InputType()
export class RecordMedicationReportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not an episode id.' })
  episodeId!: string;

  @Field(() => LocalDateResolver)
  @IsLocalDate()
  reportDate!: string;

  @Field(() => [OpioidItemInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OpioidItemInput)
  opioids!: OpioidItemInput[];

  @Field(() => [NonOpioidDosesInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => NonOpioidDosesInput)
  nonOpioids!: NonOpioidDosesInput[];
}
