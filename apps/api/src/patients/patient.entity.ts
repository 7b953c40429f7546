import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Sex } from '@outcomes/models';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { Clinic } from '../clinics/clinic.entity';
import { CodeColumn, DateColumn, PrimaryUuidColumn, TimestampColumn, UuidColumn } from '../database/columns';
import { User } from '../users/user.entity';

/** A patient of a clinic. Name, birth date and postal code are identifiable (PHI). */
@ObjectType()
@Entity('patient')
@Index('IDX_patient_name', ['clinicId', 'name'])
@Index('IDX_patient_therapist', ['clinicId', 'primaryTherapistId'])
@ForeignKey(() => Clinic, ['clinicId'], ['id'], { name: 'FK_patient_clinic' })
@ForeignKey(() => User, ['clinicId', 'primaryTherapistId'], ['clinicId', 'id'], { name: 'FK_patient_therapist' })
export class Patient {
  @PrimaryUuidColumn()
  clinicId!: string;

  @Field(() => ID)
  @PrimaryUuidColumn()
  id!: string;

  @Field(() => ID)
  @UuidColumn()
  primaryTherapistId!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => LocalDateResolver)
  @DateColumn()
  birthDate!: string;

  @Field(() => Sex)
  @CodeColumn()
  sex!: Sex;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  postalCode!: string | null;

  @Field()
  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  updatedAt!: Date;
}
