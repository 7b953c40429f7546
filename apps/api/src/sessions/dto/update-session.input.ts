import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BodyRegion, Position, RedFlag, Technique } from '@outcomes/models';
import { ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IsLocalDate, IsPainScore, IsSessionMinutes } from '../../common/input-rules';
import { NOTES_MAX_LENGTH } from './record-session.input';

/** Only the fields given change. expectedVersion is the version the client read. */
@InputType()
export class UpdateSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not a session id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale version is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  sessionDate?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsPainScore()
  painBefore?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsPainScore()
  painAfter?: number | null;

  @Field(() => [Technique], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(Technique, { each: true, message: 'Unknown technique.' })
  techniques?: Technique[];

  @Field(() => [BodyRegion], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(BodyRegion, { each: true, message: 'Unknown body region.' })
  regions?: BodyRegion[];

  @Field(() => Position, { nullable: true })
  @IsOptional()
  @IsEnum(Position, { message: 'Unknown position.' })
  position?: Position | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsSessionMinutes()
  minutes?: number;

  @Field(() => [RedFlag], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(RedFlag, { each: true, message: 'Unknown red flag.' })
  redFlags?: RedFlag[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NOTES_MAX_LENGTH)
  notes?: string | null;
}
