import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** Which audit events to list; every field given narrows the list (all are optional). */
@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'Actions starting with this, e.g. "login." or "patient".' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z][a-z.-]*$/, { message: 'An action prefix is lower-case letters, dots and dashes.' })
  actionPrefix?: string | null;

  @Field(() => ID, { nullable: true, description: 'Events of this user.' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a user id.' })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. patient, episode, treatment_session, user.' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @Matches(/^[a-z][a-z_-]*$/, { message: 'An object type is lower-case letters, underscores and dashes.' })
  objectType?: string | null;

  @Field(() => Date, { nullable: true, description: 'Events at or after this instant.' })
  @IsOptional()
  @IsDate({ message: 'An ISO 8601 instant.' })
  occurredFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events before this instant.' })
  @IsOptional()
  @IsDate({ message: 'An ISO 8601 instant.' })
  occurredTo?: Date | null;
}
