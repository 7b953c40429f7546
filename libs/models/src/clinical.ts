/**
 * The clinical vocabulary of the product (see shared/DOMAIN.md). Plain TypeScript, shared by the
 * API, the dashboard, the metrics library and the tools: no decorators, no runtime dependencies.
 */

export enum Role {
  OWNER = 'OWNER',
  THERAPIST = 'THERAPIST',
  RESEARCHER = 'RESEARCHER',
}

/** Planned visit frequency. BIWEEKLY means every other week (every 14 days), never twice a week. */
export enum Frequency {
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
}

/** Days between planned visits, for adherence and "overdue". */
export const PLANNED_GAP_DAYS: Readonly<Record<Frequency, number>> = {
  [Frequency.WEEKLY]: 7,
  [Frequency.BIWEEKLY]: 14,
};

export enum Condition {
  SCIATICA = 'SCIATICA',
  LOW_BACK_PAIN = 'LOW_BACK_PAIN',
}

export enum SuspectedCause {
  PIRIFORMIS = 'PIRIFORMIS',
  MUSCULAR = 'MUSCULAR',
  DISC_HERNIATION = 'DISC_HERNIATION',
  STENOSIS = 'STENOSIS',
  DEGENERATIVE_DISC = 'DEGENERATIVE_DISC',
  PREGNANCY = 'PREGNANCY',
  UNKNOWN = 'UNKNOWN',
}

export enum Technique {
  DEEP_TISSUE = 'DEEP_TISSUE',
  TRIGGER_POINT = 'TRIGGER_POINT',
  SWEDISH = 'SWEDISH',
  MYOFASCIAL_RELEASE = 'MYOFASCIAL_RELEASE',
  NEUROMUSCULAR = 'NEUROMUSCULAR',
  PIRIFORMIS_RELEASE = 'PIRIFORMIS_RELEASE',
  ASSISTED_STRETCHING = 'ASSISTED_STRETCHING',
  PERCUSSIVE = 'PERCUSSIVE',
  HEAT = 'HEAT',
  MOVEMENT_INSTRUCTION = 'MOVEMENT_INSTRUCTION',
}

export enum BodyRegion {
  LUMBAR = 'LUMBAR',
  QUADRATUS_LUMBORUM = 'QUADRATUS_LUMBORUM',
  ILIOPSOAS = 'ILIOPSOAS',
  GLUTEALS = 'GLUTEALS',
  PIRIFORMIS_DEEP_ROTATORS = 'PIRIFORMIS_DEEP_ROTATORS',
  HAMSTRINGS = 'HAMSTRINGS',
  ADDUCTOR_MAGNUS = 'ADDUCTOR_MAGNUS',
  IT_BAND = 'IT_BAND',
  CALVES = 'CALVES',
}

export enum Position {
  PRONE = 'PRONE',
  SIDE_LYING = 'SIDE_LYING',
  SUPINE = 'SUPINE',
  SEATED = 'SEATED',
}

export enum EpisodeStatus {
  ACTIVE = 'ACTIVE',
  DISCHARGED = 'DISCHARGED',
  DROPPED_OUT = 'DROPPED_OUT',
}

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

/**
 * Red flags: signs that call for a medical referral. The cauda equina signs call for a
 * same-day referral (BMJ Best Practice); the others for a prompt one.
 */
export enum RedFlag {
  BLADDER_BOWEL_CHANGE = 'BLADDER_BOWEL_CHANGE',
  SADDLE_NUMBNESS = 'SADDLE_NUMBNESS',
  BILATERAL_LEG_SYMPTOMS = 'BILATERAL_LEG_SYMPTOMS',
  PROGRESSIVE_WEAKNESS = 'PROGRESSIVE_WEAKNESS',
  GAIT_DISTURBANCE = 'GAIT_DISTURBANCE',
  SEXUAL_DYSFUNCTION = 'SEXUAL_DYSFUNCTION',
  UNEXPLAINED_WEIGHT_LOSS = 'UNEXPLAINED_WEIGHT_LOSS',
  NIGHT_PAIN = 'NIGHT_PAIN',
  CANCER_HISTORY = 'CANCER_HISTORY',
  TRAUMA = 'TRAUMA',
  FEVER = 'FEVER',
}

export const SAME_DAY_REFERRAL_FLAGS: ReadonlySet<RedFlag> = new Set([
  RedFlag.BLADDER_BOWEL_CHANGE,
  RedFlag.SADDLE_NUMBNESS,
  RedFlag.BILATERAL_LEG_SYMPTOMS,
  RedFlag.PROGRESSIVE_WEAKNESS,
  RedFlag.GAIT_DISTURBANCE,
  RedFlag.SEXUAL_DYSFUNCTION,
]);

/** Where a red flag was referred to. */
export enum ReferralDestination {
  EMERGENCY_DEPARTMENT = 'EMERGENCY_DEPARTMENT',
  PHYSICIAN = 'PHYSICIAN',
  SPECIALIST = 'SPECIALIST',
  OTHER = 'OTHER',
}

/** Human-readable labels, for the dashboard and the export codebook. */
export const TECHNIQUE_LABELS: Readonly<Record<Technique, string>> = {
  [Technique.DEEP_TISSUE]: 'Deep tissue',
  [Technique.TRIGGER_POINT]: 'Trigger point therapy',
  [Technique.SWEDISH]: 'Swedish',
  [Technique.MYOFASCIAL_RELEASE]: 'Myofascial release',
  [Technique.NEUROMUSCULAR]: 'Neuromuscular therapy',
  [Technique.PIRIFORMIS_RELEASE]: 'Piriformis / deep-rotator release',
  [Technique.ASSISTED_STRETCHING]: 'Assisted stretching',
  [Technique.PERCUSSIVE]: 'Percussive (massage gun)',
  [Technique.HEAT]: 'Heat',
  [Technique.MOVEMENT_INSTRUCTION]: 'Movement / home-exercise instruction',
};

export const SUSPECTED_CAUSE_LABELS: Readonly<Record<SuspectedCause, string>> = {
  [SuspectedCause.PIRIFORMIS]: 'Piriformis syndrome',
  [SuspectedCause.MUSCULAR]: 'Muscle tension / guarding',
  [SuspectedCause.DISC_HERNIATION]: 'Disc herniation',
  [SuspectedCause.STENOSIS]: 'Spinal stenosis',
  [SuspectedCause.DEGENERATIVE_DISC]: 'Degenerative disc disease',
  [SuspectedCause.PREGNANCY]: 'Pregnancy',
  [SuspectedCause.UNKNOWN]: 'Not yet known',
};

export const RED_FLAG_LABELS: Readonly<Record<RedFlag, string>> = {
  [RedFlag.BLADDER_BOWEL_CHANGE]: 'Bladder or bowel change',
  [RedFlag.SADDLE_NUMBNESS]: 'Saddle numbness',
  [RedFlag.BILATERAL_LEG_SYMPTOMS]: 'Weakness or numbness in both legs',
  [RedFlag.PROGRESSIVE_WEAKNESS]: 'Progressive weakness',
  [RedFlag.GAIT_DISTURBANCE]: 'Gait disturbance',
  [RedFlag.SEXUAL_DYSFUNCTION]: 'Sexual dysfunction',
  [RedFlag.UNEXPLAINED_WEIGHT_LOSS]: 'Unexplained weight loss',
  [RedFlag.NIGHT_PAIN]: 'Night pain',
  [RedFlag.CANCER_HISTORY]: 'History of cancer',
  [RedFlag.TRAUMA]: 'Trauma',
  [RedFlag.FEVER]: 'Fever',
};
