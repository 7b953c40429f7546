import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, Index } from 'typeorm';
import { PrimaryUuidColumn, TimestampColumn, UuidColumn } from '../database/columns';

export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };
export type AuditDetail = { [key: string]: AuditValue };

/** The clinic id of events that belong to no clinic (a failed login for an unknown email). */
export const NO_CLINIC_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Who did what to which object, and when. Never holds PHI: ids and counts, not names or notes.
 * No foreign keys: the trail outlives what it describes.
 */
@ObjectType()
@Entity('audit_event')
@Index('IDX_audit_event_time', ['clinicId', 'occurredAt'])
export class AuditEvent {
  @PrimaryUuidColumn()
  clinicId!: string;

  @Field(() => ID)
  @PrimaryUuidColumn()
  id!: string;

  @Field(() => ID, { nullable: true })
  @UuidColumn({ nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole!: string | null;

  /** e.g. patient.read, session.record, login.failure, export.sessions */
  @Field()
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  objectType!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  objectId!: string | null;

  @Field()
  @TimestampColumn()
  occurredAt!: Date;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'simple-json', nullable: true })
  detail!: AuditDetail | null;
}
