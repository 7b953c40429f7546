import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { Clinic } from '../clinics/clinic.entity';
import { CodeColumn, PrimaryUuidColumn, TimestampColumn } from '../database/columns';

/** A login of a clinic. On Citus this small table is a reference table (email is unique globally). */
@ObjectType()
@Entity('app_user')
@Index('UQ_app_user_email', ['email'], { unique: true })
@ForeignKey(() => Clinic, ['clinicId'], ['id'], { name: 'FK_app_user_clinic' })
export class User {
  @PrimaryUuidColumn()
  clinicId!: string;

  @Field(() => ID)
  @PrimaryUuidColumn()
  id!: string;

  /** Stored lower-cased. */
  @Field()
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Field(() => Role)
  @CodeColumn()
  role!: Role;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Field()
  @Column({ type: 'boolean' })
  active!: boolean;

  @TimestampColumn()
  createdAt!: Date;
}
