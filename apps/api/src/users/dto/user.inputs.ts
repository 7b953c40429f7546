import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsName } from '../../common/input-rules';

/** NIST SP 800-63B: at least 8; we ask 12 for accounts that read health data. */
export const PASSWORD_MIN_LENGTH = 12;

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'Not an email address.' })
  @MaxLength(320)
  email!: string;

  @Field()
  @IsName()
  displayName!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'OWNER, THERAPIST or RESEARCHER.' })
  role!: Role;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `A password has at least ${PASSWORD_MIN_LENGTH} characters.` })
  @MaxLength(256)
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not a user id.' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, { message: 'OWNER, THERAPIST or RESEARCHER.' })
  role?: Role;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates: the user can no longer log in.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(320)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  password!: string;
}
