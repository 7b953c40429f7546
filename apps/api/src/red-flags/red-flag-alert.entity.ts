import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReferralDestination, RedFlag } from '@outcomes/models';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CodeColumn, DateColumn, PrimaryUuidColumn, TimestampColumn, UuidColumn } from '../database/columns';
import { Episode } from '../episodes/episode.entity';
import { TreatmentSession } from '../sessions/treatment-session.entity';
import { User } from '../users/user.entity';

/** Raised by a session with any red flag; open until a referral is recorded. */
@ObjectType()
@Entity('red_flag_alert')
@Index('UQ_red_flag_alert_session', ['clinicId', 'sessionId'], { unique: true })
@Index('IDX_red_flag_alert_open', ['clinicId', 'resolvedAt'])
@ForeignKey(() => Episode, ['clinicId', 'episodeId'], ['clinicId', 'id'], { name: 'FK_red_flag_alert_episode' })
@ForeignKey(() => TreatmentSession, ['clinicId', 'sessionId'], ['clinicId', 'id'], {
  name: 'FK_red_flag_alert_session',
  onDelete: 'CASCADE',
})
export class RedFlagAlert {
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
  sessionId!: string;

  @Field(() => LocalDateResolver)
  @DateColumn()
  raisedOn!: string;

  @Field()
  @TimestampColumn()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  resolvedAt!: Date | null;

  @Field(() => [RedFlag])
  redFlags!: RedFlag[];

  @Field(() => Boolean, { description: 'A cauda equina sign: refer the same day.' })
  sameDayReferral!: boolean;
}

/** The answer to a red-flag alert. */
@ObjectType()
@Entity('referral')
@Index('UQ_referral_alert', ['clinicId', 'alertId'], { unique: true })
@ForeignKey(() => RedFlagAlert, ['clinicId', 'alertId'], ['clinicId', 'id'], {
  name: 'FK_referral_alert',
  onDelete: 'CASCADE',
})
@ForeignKey(() => User, ['clinicId', 'recordedById'], ['clinicId', 'id'], { name: 'FK_referral_recorded_by' })
export class Referral {
  @PrimaryUuidColumn()
  clinicId!: string;

  @Field(() => ID)
  @PrimaryUuidColumn()
  id!: string;

  @Field(() => ID)
  @UuidColumn()
  alertId!: string;

  @Field(() => LocalDateResolver)
  @DateColumn()
  referredOn!: string;

  @Field(() => ReferralDestination)
  @CodeColumn()
  destination!: ReferralDestination;

  /** Free text, identifiable. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => ID)
  @UuidColumn()
  recordedById!: string;

  @TimestampColumn()
  createdAt!: Date;
}
