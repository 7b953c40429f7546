import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { PrimaryUuidColumn, TimestampColumn } from '../database/columns';

@ObjectType()
@Entity('clinic')
export class Clinic {
  @Field(() => ID)
  @PrimaryUuidColumn()
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** IANA time zone; "today" (for future-date checks and overdue) is the clinic's today. */
  @Field()
  @Column({ type: 'varchar', length: 64 })
  timezone!: string;

  @TimestampColumn()
  createdAt!: Date;
}
