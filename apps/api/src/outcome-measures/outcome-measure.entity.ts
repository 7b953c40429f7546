import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CodeColumn, DateColumn, FloatColumn, PrimaryUuidColumn, TimestampColumn, UuidColumn } from '../database/columns';
import { Episode } from '../episodes/episode.entity';

export enum OutcomeInstrument {
  ODI = 'ODI',
}

/**
 * A questionnaire score. ODI: ten sections scored 0-5; score = sum / (5 x sections answered) x 100.
 * The answers are stored, the copyrighted wording is not.
 */
@ObjectType()
@Entity('outcome_measure')
@Index('UQ_outcome_measure_date', ['clinicId', 'episodeId', 'instrument', 'measuredOn'], { unique: true })
@ForeignKey(() => Episode, ['clinicId', 'episodeId'], ['clinicId', 'id'], { name: 'FK_outcome_measure_episode' })
export class OutcomeMeasure {
  @PrimaryUuidColumn()
  clinicId!: string;

  @Field(() => ID)
  @PrimaryUuidColumn()
  id!: string;

  @Field(() => ID)
  @UuidColumn()
  episodeId!: string;

  @Field(() => OutcomeInstrument)
  @CodeColumn()
  instrument!: OutcomeInstrument;

  @Field(() => LocalDateResolver)
  @DateColumn()
  measuredOn!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  dayIndex!: number;

  @Field(() => Float, { description: 'ODI 0-100.' })
  @FloatColumn()
  score!: number;

  @Field(() => [Int], { nullable: 'items', description: 'Section answers 0-5, null where unanswered.' })
  @Column({ type: 'simple-json' })
  answers!: (number | null)[];

  @TimestampColumn()
  createdAt!: Date;
}
