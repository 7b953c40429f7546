import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Condition, EpisodeStatus, Frequency, SuspectedCause } from '@outcomes/models';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CodeColumn, DateColumn, PrimaryUuidColumn, TimestampColumn, UuidColumn } from '../database/columns';
import { Patient } from '../patients/patient.entity';
import { User } from '../users/user.entity';

/** One course of care for one complaint of one patient. */
@ObjectType()
@Entity('episode')
@Index('IDX_episode_patient', ['clinicId', 'patientId'])
@Index('IDX_episode_therapist', ['clinicId', 'therapistId'])
@ForeignKey(() => Patient, ['clinicId', 'patientId'], ['clinicId', 'id'], { name: 'FK_episode_patient' })
@ForeignKey(() => User, ['clinicId', 'therapistId'], ['clinicId', 'id'], { name: 'FK_episode_therapist' })
export class Episode {
  @PrimaryUuidColumn()
  clinicId!: string;

  @Field(() => ID)
  @PrimaryUuidColumn()
  id!: string;

  @Field(() => ID)
  @UuidColumn()
  patientId!: string;

  @Field(() => ID)
  @UuidColumn()
  therapistId!: string;

  @Field(() => Condition)
  @CodeColumn()
  condition!: Condition;

  @Field(() => SuspectedCause)
  @CodeColumn()
  suspectedCause!: SuspectedCause;

  @Field(() => Frequency, { description: 'WEEKLY, or BIWEEKLY = every other week (every 14 days).' })
  @CodeColumn()
  plannedFrequency!: Frequency;

  @Field(() => LocalDateResolver)
  @DateColumn()
  startDate!: string;

  @Field(() => Int, { description: 'How long the symptoms had lasted at intake, in weeks.' })
  @Column({ type: 'integer' })
  symptomDurationWeeks!: number;

  @Field(() => EpisodeStatus)
  @CodeColumn()
  status!: EpisodeStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  @DateColumn({ nullable: true })
  endDate!: string | null;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  updatedAt!: Date;
}
