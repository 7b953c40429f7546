import { registerEnumType } from '@nestjs/graphql';
import {
  BodyRegion,
  Condition,
  EpisodeStatus,
  Frequency,
  MmeFactorTable,
  NonOpioidClass,
  OpioidDrug,
  Position,
  RedFlag,
  ReferralDestination,
  Role,
  Sex,
  SuspectedCause,
  Technique,
} from '@outcomes/models';
import { OutcomeInstrument } from '../outcome-measures/outcome-measure.entity';

/** The libs/models vocabulary, exposed as GraphQL enums. Imported once, by the app module. */
registerEnumType(Role, { name: 'Role' });
registerEnumType(Frequency, { name: 'Frequency', description: 'WEEKLY, or BIWEEKLY = every other week.' });
registerEnumType(Condition, { name: 'Condition' });
registerEnumType(SuspectedCause, { name: 'SuspectedCause' });
registerEnumType(Technique, { name: 'Technique' });
registerEnumType(BodyRegion, { name: 'BodyRegion' });
registerEnumType(Position, { name: 'Position' });
registerEnumType(EpisodeStatus, { name: 'EpisodeStatus' });
registerEnumType(Sex, { name: 'Sex' });
registerEnumType(RedFlag, { name: 'RedFlag' });
registerEnumType(ReferralDestination, { name: 'ReferralDestination' });
registerEnumType(OpioidDrug, { name: 'OpioidDrug' });
registerEnumType(NonOpioidClass, { name: 'NonOpioidClass' });
registerEnumType(MmeFactorTable, { name: 'MmeFactorTable' });
registerEnumType(OutcomeInstrument, { name: 'OutcomeInstrument' });
