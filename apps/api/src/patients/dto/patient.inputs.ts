import { Field, ID, InputType } from '@nestjs/graphql';
import { Sex } from '@outcomes/models';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IsLocalDate, IsName } from '../../common/input-rules';

const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,14}$/;

@InputType()
export class CreatePatientInput {
  @Field()
  @IsName()
  name!: string;

  @Field(() => LocalDateResolver)
  @IsLocalDate()
  birthDate!: string;

  @Field(() => Sex)
  @IsEnum(Sex, { message: 'Unknown sex code.' })
  sex!: Sex;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(POSTAL_CODE, { message: 'A postal code is 2-15 letters, digits, spaces or dashes.' })
  postalCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owners choose; a therapist creating a patient becomes theirs.' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a user id.' })
  primaryTherapistId?: string | null;
}

@InputType()
export class UpdatePatientInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not a patient id.' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  birthDate?: string;

  @Field(() => Sex, { nullable: true })
  @IsOptional()
  @IsEnum(Sex, { message: 'Unknown sex code.' })
  sex?: Sex;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(POSTAL_CODE, { message: 'A postal code is 2-15 letters, digits, spaces or dashes.' })
  postalCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owners only.' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a user id.' })
  primaryTherapistId?: string;
}
