// Every label the dashboard shows for an enum code, in one place. libs/models owns the labels it
// shares with the export codebook; the ones only the dashboard needs are added here.
import {
  BodyRegion,
  Condition,
  EpisodeStatus,
  Frequency,
  NonOpioidClass,
  Position,
  ReferralDestination,
  Role,
  Sex,
} from '@outcomes/models';

export { OPIOID_LABELS, RED_FLAG_LABELS, SUSPECTED_CAUSE_LABELS, TECHNIQUE_LABELS } from '@outcomes/models';

export const REGION_LABELS: Readonly<Record<BodyRegion, string>> = {
  [BodyRegion.LUMBAR]: 'Lumbar',
  [BodyRegion.QUADRATUS_LUMBORUM]: 'Quadratus lumborum',
  [BodyRegion.ILIOPSOAS]: 'Iliopsoas',
  [BodyRegion.GLUTEALS]: 'Gluteals',
  [BodyRegion.PIRIFORMIS_DEEP_ROTATORS]: 'Piriformis / deep rotators',
  [BodyRegion.HAMSTRINGS]: 'Hamstrings',
  [BodyRegion.ADDUCTOR_MAGNUS]: 'Adductor magnus',
  [BodyRegion.IT_BAND]: 'IT band',
  [BodyRegion.CALVES]: 'Calves',
};

export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  [Position.PRONE]: 'Prone',
  [Position.SIDE_LYING]: 'Side-lying',
  [Position.SUPINE]: 'Supine',
  [Position.SEATED]: 'Seated',
};

export const CONDITION_LABELS: Readonly<Record<Condition, string>> = {
  [Condition.SCIATICA]: 'Sciatica',
  [Condition.LOW_BACK_PAIN]: 'Low back pain',
};

/** Biweekly is every other week, never twice a week: the label says so. */
export const FREQUENCY_LABELS: Readonly<Record<Frequency, string>> = {
  [Frequency.WEEKLY]: 'Weekly',
  [Frequency.BIWEEKLY]: 'Every other week',
};

export const EPISODE_STATUS_LABELS: Readonly<Record<EpisodeStatus, string>> = {
  [EpisodeStatus.ACTIVE]: 'Active',
  [EpisodeStatus.DISCHARGED]: 'Discharged',
  [EpisodeStatus.DROPPED_OUT]: 'Dropped out',
};

export const SEX_LABELS: Readonly<Record<Sex, string>> = {
  [Sex.FEMALE]: 'Female',
  [Sex.MALE]: 'Male',
  [Sex.OTHER]: 'Other',
  [Sex.UNKNOWN]: 'Not recorded',
};

export const REFERRAL_DESTINATION_LABELS: Readonly<Record<ReferralDestination, string>> = {
  [ReferralDestination.EMERGENCY_DEPARTMENT]: 'Emergency department',
  [ReferralDestination.PHYSICIAN]: 'Physician',
  [ReferralDestination.SPECIALIST]: 'Specialist',
  [ReferralDestination.OTHER]: 'Other',
};

export const NON_OPIOID_LABELS: Readonly<Record<NonOpioidClass, string>> = {
  [NonOpioidClass.NSAID]: 'NSAIDs',
  [NonOpioidClass.ACETAMINOPHEN]: 'Acetaminophen',
  [NonOpioidClass.GABAPENTINOID]: 'Gabapentinoids',
  [NonOpioidClass.MUSCLE_RELAXANT]: 'Muscle relaxants',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.OWNER]: 'Owner',
  [Role.THERAPIST]: 'Therapist',
  [Role.RESEARCHER]: 'Researcher',
};

/** The enum's values in the order its label table lists them (the clinic's order, not A–Z). */
export function codesOf<Code extends string>(labels: Readonly<Record<Code, string>>): Code[] {
  return Object.keys(labels) as Code[];
}
