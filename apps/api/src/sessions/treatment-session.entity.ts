import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BodyRegion, Position, RedFlag, Technique } from '@outcomes/models';
import { LocalDateResolver } from 'graphql-scalars';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CodeColumn, DateColumn, PrimaryUuidColumn, TimestampColumn, UuidColumn } from '../database/columns';
import { Episode } from '../episodes/episode.entity';
import { User } from '../users/user.entity';

/** One treatment session: NPRS before (and optionally after), what was done, and red flags. */
@ObjectType()
@Entity('treatment_session')
@Index('UQ_treatment_session_client_request', ['clinicId', 'clientRequestId'], { unique: true })
@Index('IDX_treatment_session_episode', ['clinicId', 'episodeId', 'sessionDate'])
@Check('CHK_treatment_session_pain_before', 'pain_before >= 0 AND pain_before <= 10')
@Check('CHK_treatment_session_pain_after', 'pain_after IS NULL OR (pain_after >= 0 AND pain_after <= 10)')
@ForeignKey(() => Episode, ['clinicId', 'episodeId'], ['clinicId', 'id'], { name: 'FK_treatment_session_episode' })
@ForeignKey(() => User, ['clinicId', 'therapistId'], ['clinicId', 'id'], { name: 'FK_treatment_session_therapist' })
export class TreatmentSession {
  @PrimaryUuidColumn()
  clinicId!: string;

  @Field(() => ID)
  @PrimaryUuidColumn()
  id!: string;

  @Field(() => ID)
  @UuidColumn()
  episodeId!: string;

  @Field(() => ID)
  @UuidColumn()
  therapistId!: string;

  @Field(() => LocalDateResolver)
  @DateColumn()
  sessionDate!: string;

  @Field(() => Int, { description: 'Days from the episode start date to the session date.' })
  @Column({ type: 'integer' })
  dayIndex!: number;

  @Field(() => Int, { description: 'NPRS 0-10 before the session.' })
  @Column({ type: 'integer' })
  painBefore!: number;

  @Field(() => Int, { nullable: true, description: 'NPRS 0-10 after the session (immediate effect).' })
  @Column({ type: 'integer', nullable: true })
  painAfter!: number | null;

  @Field(() => Position, { nullable: true })
  @CodeColumn({ nullable: true })
  position!: Position | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  minutes!: number;

  /** Free text, identifiable. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** Client-generated id: the same id sent twice stores one session. */
  @Field()
  @Column({ type: 'varchar', length: 64 })
  clientRequestId!: string;

  /** Optimistic concurrency: an update must name the version it read. */
  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  updatedAt!: Date;

  // Filled from the join tables by the service; not columns.
  @Field(() => [Technique])
  techniques!: Technique[];

  @Field(() => [BodyRegion])
  regions!: BodyRegion[];

  @Field(() => [RedFlag])
  redFlags!: RedFlag[];
}

const sessionChild = (table: string): ClassDecorator =>
  ForeignKey(() => TreatmentSession, ['clinicId', 'sessionId'], ['clinicId', 'id'], {
    name: `FK_${table}_session`,
    onDelete: 'CASCADE',
  });

/** Techniques used in a session: rows, so SQL can group by technique. */
@Entity('session_technique')
@Index('IDX_session_technique_technique', ['clinicId', 'technique'])
@sessionChild('session_technique')
export class SessionTechnique {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  sessionId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  technique!: Technique;
}

/** Body regions worked in a session. */
@Entity('session_region')
@sessionChild('session_region')
export class SessionRegion {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  sessionId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  region!: BodyRegion;
}

/** Red flags recorded in a session. */
@Entity('session_red_flag')
@sessionChild('session_red_flag')
export class SessionRedFlag {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  sessionId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  redFlag!: RedFlag;
}
