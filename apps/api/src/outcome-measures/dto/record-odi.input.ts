import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ODI_SECTION_MAX, ODI_SECTIONS } from '@outcomes/models';
import { IsUUID, ValidateBy } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IsLocalDate } from '../../common/input-rules';

const isOdiAnswer = (answer: unknown): boolean =>
  answer === null || (Number.isInteger(answer) && (answer as number) >= 0 && (answer as number) <= ODI_SECTION_MAX);

/** Exactly ten entries, each a whole number 0-5 or null (unanswered). */
const IsOdiAnswers = (): PropertyDecorator =>
  ValidateBy({
    name: 'isOdiAnswers',
    validator: {
      validate: (value: unknown) => Array.isArray(value) && value.length === ODI_SECTIONS && value.every(isOdiAnswer),
      defaultMessage: () => `The ODI has ${ODI_SECTIONS} answers, each a whole number 0-${ODI_SECTION_MAX} or null.`,
    },
  });

@InputType()
export class RecordOdiInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not an episode id.' })
  episodeId!: string;

  @Field(() => LocalDateResolver)
  @IsLocalDate()
  measuredOn!: string;

  @Field(() => [Int], { nullable: 'items', description: 'The 10 section answers, 0-5; null where unanswered (at most 2).' })
  @IsOdiAnswers()
  answers!: (number | null)[];
}
