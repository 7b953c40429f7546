import { Field, ID, InputType } from '@nestjs/graphql';
import { ReferralDestination } from '@outcomes/models';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IsLocalDate } from '../../common/input-rules';

@InputType()
export class RecordReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not an alert id.' })
  alertId!: string;

  @Field(() => LocalDateResolver)
  @IsLocalDate()
  referredOn!: string;

  @Field(() => ReferralDestination)
  @IsEnum(ReferralDestination, { message: 'Unknown destination.' })
  destination!: ReferralDestination;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}
