import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MmeFactorTable, NonOpioidClass, OpioidDrug } from '@outcomes/models';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import {
  CodeColumn,
  DateColumn,
  FloatColumn,
  PrimaryUuidColumn,
  TimestampColumn,
  UuidColumn,
} from '../database/columns';
import { Episode } from '../episodes/episode.entity';

@ObjectType()
export class OpioidItem {
  @Field(() => OpioidDrug)
  drug!: OpioidDrug;

  @Field(() => Float, { description: 'Strength per dose: mg, or mcg/hr for transdermal fentanyl.' })
  strength!: number;

  @Field(() => Float)
  dosesPerDay!: number;

  @Field(() => Float, { description: 'strength x doses per day (mg/day; mcg/hr for fentanyl patches).' })
  dailyDose!: number;

  @Field(() => Float, { description: 'Morphine milligram equivalents per day: daily dose x factor.' })
  dailyMme!: number;
}

@ObjectType()
export class NonOpioidDoses {
  @Field(() => NonOpioidClass)
  drugClass!: NonOpioidClass;

  @Field(() => Float)
  dosesPerWeek!: number;
}

/** What pain medication a patient takes, as of one date of an episode. One report per date. */
@ObjectType()
@Entity('medication_report')
@Index('UQ_medication_report_date', ['clinicId', 'episodeId', 'reportDate'], { unique: true })
@ForeignKey(() => Episode, ['clinicId', 'episodeId'], ['clinicId', 'id'], { name: 'FK_medication_report_episode' })
export class MedicationReport {
  @PrimaryUuidColumn()
  clinicId!: string;

  @Field(() => ID)
  @PrimaryUuidColumn()
  id!: string;

  @Field(() => ID)
  @UuidColumn()
  episodeId!: string;

  @Field(() => LocalDateResolver)
  @DateColumn()
  reportDate!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  dayIndex!: number;

  @Field(() => Float, { description: 'Total opioid MME/day of the report.' })
  @FloatColumn()
  dailyMme!: number;

  @Field(() => MmeFactorTable, { description: 'The conversion-factor table dailyMme was computed with.' })
  @CodeColumn()
  factorTable!: MmeFactorTable;

  @TimestampColumn()
  createdAt!: Date;

  @Field(() => [OpioidItem])
  opioids!: OpioidItem[];

  @Field(() => [NonOpioidDoses])
  nonOpioids!: NonOpioidDoses[];
}

const reportChild = (table: string): ClassDecorator =>
  ForeignKey(() => MedicationReport, ['clinicId', 'reportId'], ['clinicId', 'id'], {
    name: `FK_${table}_report`,
    onDelete: 'CASCADE',
  });

@Entity('medication_item')
@reportChild('medication_item')
export class MedicationItem {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  reportId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  drug!: OpioidDrug;

  @FloatColumn()
  strength!: number;

  @FloatColumn()
  dosesPerDay!: number;

  @FloatColumn()
  dailyDose!: number;

  @FloatColumn()
  dailyMme!: number;
}

@Entity('non_opioid_use')
@reportChild('non_opioid_use')
export class NonOpioidUse {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  reportId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  drugClass!: NonOpioidClass;

  @FloatColumn()
  dosesPerWeek!: number;
}
