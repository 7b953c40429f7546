import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ODI_SECTION_MAX, ODI_SECTIONS } from '@outcomes/models';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IsLocalDate } from '../../common/input-rules';

@InputType()
export class RecordOdiInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not an episode id.' })
  episodeId!: string;

  @Field(() => LocalDateResolver)
  @IsLocalDate()
  measuredOn!: string;

  @Field(() => [Int], { nullable: 'items', description: 'The 10 section answers, 0-5; null where unanswered (at most 2).' })
  @IsArray()
  @ArrayMinSize(ODI_SECTIONS, { message: `The ODI has ${ODI_SECTIONS} sections.` })
  @ArrayMaxSize(ODI_SECTIONS, { message: `The ODI has ${ODI_SECTIONS} sections.` })
  @ValidateIf((_, value) => value !== null)
  @IsInt({ each: true, message: `Each answer is a whole number 0-${ODI_SECTION_MAX}.` })
  @Min(0, { each: true, message: `Each answer is a whole number 0-${ODI_SECTION_MAX}.` })
  @Max(ODI_SECTION_MAX, { each: true, message: `Each answer is a whole number 0-${ODI_SECTION_MAX}.` })
  answers!: (number | null)[];
}
