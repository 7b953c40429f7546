import {
  BodyRegion,
  NonOpioidClass,
  OpioidDrug,
  Position,
  RedFlag,
  Sex,
  SuspectedCause,
  Technique,
} from '@outcomes/models';

/**
 * The fixed lists the generator draws from: names, places, and the clinical mixes (which technique
 * goes with which cause, which opioid at which strength). Plausible, not epidemiology.
 */

export type Weighted<T> = readonly (readonly [T, number])[];

export const FEMALE_FIRST_NAMES = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen',
  'Lisa', 'Nancy', 'Betty', 'Sandra', 'Margaret', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle',
  'Carol', 'Amanda', 'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Laura', 'Sharon', 'Cynthia', 'Amy',
  'Angela', 'Maria', 'Rosa', 'Mei', 'Aisha', 'Priya', 'Fatima', 'Ana', 'Keiko', 'Olga',
] as const;

export const MALE_FIRST_NAMES = [
  'James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Charles',
  'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua',
  'Kenneth', 'Kevin', 'Brian', 'George', 'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan',
  'Jose', 'Luis', 'Wei', 'Hiroshi', 'Omar', 'Raj', 'Ivan', 'Kwame', 'Diego', 'Tariq',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Kim', 'Patel', 'Chen', 'Okafor', 'Kowalski', 'Novak', 'Silva', 'Cohen', 'Murphy', 'Sato',
] as const;

export const SEX_MIX: Weighted<Sex> = [
  [Sex.FEMALE, 0.56],
  [Sex.MALE, 0.42],
  [Sex.OTHER, 0.01],
  [Sex.UNKNOWN, 0.01],
];

export const PLACE_NAMES = [
  'Riverside', 'Maple Grove', 'Harbor', 'Cedar Park', 'Lakeview', 'Summit', 'Oak Hill', 'Brookside',
  'Westfield', 'Pine Ridge', 'Fairview', 'Stonebridge', 'Willow Creek', 'Northgate', 'Bayside', 'Elmwood',
] as const;

export const CLINIC_KINDS = ['Massage Therapy', 'Bodywork', 'Manual Therapy', 'Massage & Wellness', 'Therapeutic Massage'] as const;

/**
 * US time zones a clinic may sit in, with the standard-time UTC offset (hours) used to put
 * timestamps inside local opening hours, and the ZIP3 prefixes its patients' postal codes start with.
 */
export const CLINIC_ZONES = [
  { timezone: 'America/New_York', utcOffsetHours: -5, zip3: ['100', '104', '112', '021', '191', '303', '331'] },
  { timezone: 'America/Chicago', utcOffsetHours: -6, zip3: ['606', '553', '770', '752', '631', '372'] },
  { timezone: 'America/Denver', utcOffsetHours: -7, zip3: ['802', '841', '871', '591'] },
  { timezone: 'America/Phoenix', utcOffsetHours: -7, zip3: ['850', '852', '857'] },
  { timezone: 'America/Los_Angeles', utcOffsetHours: -8, zip3: ['900', '941', '981', '972', '921', '958'] },
] as const;

/** Opening hours, local time, in minutes after midnight: timestamps fall between these. */
export const OPENING_MINUTE = 8 * 60;
export const CLOSING_MINUTE = 19 * 60;

export const SESSION_MINUTES: Weighted<number> = [
  [30, 0.12],
  [45, 0.2],
  [60, 0.45],
  [75, 0.08],
  [90, 0.15],
];

/** Generic session notes: free text is identifiable in real use, so the seed writes none that names anyone. */
export const SESSION_NOTES = [
  'Tolerated deep pressure well.',
  'Reduced pressure over the sciatic notch at request.',
  'Home stretches reviewed; doing them most days.',
  'Reports better sleep this week.',
  'Sitting at work still aggravates symptoms.',
  'Radiating pain less frequent since last visit.',
  'Tender trigger points in gluteus medius.',
  'Numbness in foot unchanged; monitor.',
  'Flare after long drive at the weekend.',
  'Walked further without leg pain.',
] as const;

export const REFERRAL_NOTES = [
  'Advised to attend emergency care today.',
  'Letter sent to primary care physician.',
  'Patient will book with their physician this week.',
  'Referred for imaging review.',
] as const;

/** The core techniques a therapist favours, by suspected cause (DOMAIN.md: what massage does for each). */
export const TECHNIQUE_MIX: Readonly<Record<SuspectedCause, Weighted<Technique>>> = {
  [SuspectedCause.PIRIFORMIS]: [
    [Technique.PIRIFORMIS_RELEASE, 5],
    [Technique.TRIGGER_POINT, 3],
    [Technique.DEEP_TISSUE, 3],
    [Technique.ASSISTED_STRETCHING, 2],
    [Technique.MYOFASCIAL_RELEASE, 1.5],
    [Technique.NEUROMUSCULAR, 1],
    [Technique.HEAT, 1],
    [Technique.MOVEMENT_INSTRUCTION, 1],
    [Technique.PERCUSSIVE, 0.5],
    [Technique.SWEDISH, 0.5],
  ],
  [SuspectedCause.MUSCULAR]: [
    [Technique.DEEP_TISSUE, 4],
    [Technique.TRIGGER_POINT, 3],
    [Technique.MYOFASCIAL_RELEASE, 2.5],
    [Technique.NEUROMUSCULAR, 2],
    [Technique.SWEDISH, 1.5],
    [Technique.HEAT, 1.5],
    [Technique.PERCUSSIVE, 1],
    [Technique.ASSISTED_STRETCHING, 1],
    [Technique.MOVEMENT_INSTRUCTION, 1],
    [Technique.PIRIFORMIS_RELEASE, 0.5],
  ],
  [SuspectedCause.DISC_HERNIATION]: [
    [Technique.SWEDISH, 3],
    [Technique.MYOFASCIAL_RELEASE, 3],
    [Technique.HEAT, 2],
    [Technique.MOVEMENT_INSTRUCTION, 2.5],
    [Technique.TRIGGER_POINT, 1.5],
    [Technique.NEUROMUSCULAR, 1],
    [Technique.ASSISTED_STRETCHING, 1],
    [Technique.DEEP_TISSUE, 0.5],
    [Technique.PIRIFORMIS_RELEASE, 0.5],
  ],
  [SuspectedCause.STENOSIS]: [
    [Technique.SWEDISH, 3],
    [Technique.HEAT, 2.5],
    [Technique.MYOFASCIAL_RELEASE, 2.5],
    [Technique.MOVEMENT_INSTRUCTION, 2.5],
    [Technique.ASSISTED_STRETCHING, 1],
    [Technique.TRIGGER_POINT, 1],
    [Technique.NEUROMUSCULAR, 0.5],
  ],
  [SuspectedCause.DEGENERATIVE_DISC]: [
    [Technique.SWEDISH, 3],
    [Technique.MYOFASCIAL_RELEASE, 2.5],
    [Technique.HEAT, 2.5],
    [Technique.MOVEMENT_INSTRUCTION, 2],
    [Technique.TRIGGER_POINT, 1.5],
    [Technique.DEEP_TISSUE, 1],
    [Technique.ASSISTED_STRETCHING, 1],
  ],
  [SuspectedCause.PREGNANCY]: [
    [Technique.SWEDISH, 4],
    [Technique.MYOFASCIAL_RELEASE, 2],
    [Technique.PIRIFORMIS_RELEASE, 1.5],
    [Technique.TRIGGER_POINT, 1],
    [Technique.MOVEMENT_INSTRUCTION, 1.5],
  ],
  [SuspectedCause.UNKNOWN]: [
    [Technique.DEEP_TISSUE, 2],
    [Technique.SWEDISH, 2],
    [Technique.TRIGGER_POINT, 2],
    [Technique.MYOFASCIAL_RELEASE, 2],
    [Technique.NEUROMUSCULAR, 1],
    [Technique.PIRIFORMIS_RELEASE, 1],
    [Technique.HEAT, 1],
    [Technique.ASSISTED_STRETCHING, 1],
    [Technique.PERCUSSIVE, 1],
    [Technique.MOVEMENT_INSTRUCTION, 1],
  ],
};

export const REGION_MIX: Readonly<Record<SuspectedCause, Weighted<BodyRegion>>> = {
  [SuspectedCause.PIRIFORMIS]: [
    [BodyRegion.PIRIFORMIS_DEEP_ROTATORS, 6],
    [BodyRegion.GLUTEALS, 5],
    [BodyRegion.HAMSTRINGS, 2],
    [BodyRegion.LUMBAR, 1.5],
    [BodyRegion.IT_BAND, 1],
    [BodyRegion.ADDUCTOR_MAGNUS, 1],
    [BodyRegion.CALVES, 0.5],
  ],
  [SuspectedCause.MUSCULAR]: [
    [BodyRegion.LUMBAR, 5],
    [BodyRegion.QUADRATUS_LUMBORUM, 4],
    [BodyRegion.GLUTEALS, 3],
    [BodyRegion.ILIOPSOAS, 2],
    [BodyRegion.HAMSTRINGS, 1.5],
    [BodyRegion.PIRIFORMIS_DEEP_ROTATORS, 1],
    [BodyRegion.IT_BAND, 0.5],
  ],
  [SuspectedCause.DISC_HERNIATION]: [
    [BodyRegion.LUMBAR, 5],
    [BodyRegion.QUADRATUS_LUMBORUM, 3],
    [BodyRegion.GLUTEALS, 2.5],
    [BodyRegion.HAMSTRINGS, 2],
    [BodyRegion.CALVES, 1.5],
    [BodyRegion.ILIOPSOAS, 1],
  ],
  [SuspectedCause.STENOSIS]: [
    [BodyRegion.LUMBAR, 4],
    [BodyRegion.ILIOPSOAS, 3],
    [BodyRegion.QUADRATUS_LUMBORUM, 3],
    [BodyRegion.GLUTEALS, 2],
    [BodyRegion.HAMSTRINGS, 1.5],
    [BodyRegion.CALVES, 1],
  ],
  [SuspectedCause.DEGENERATIVE_DISC]: [
    [BodyRegion.LUMBAR, 5],
    [BodyRegion.QUADRATUS_LUMBORUM, 3],
    [BodyRegion.GLUTEALS, 2],
    [BodyRegion.ILIOPSOAS, 1.5],
    [BodyRegion.HAMSTRINGS, 1.5],
  ],
  [SuspectedCause.PREGNANCY]: [
    [BodyRegion.GLUTEALS, 4],
    [BodyRegion.LUMBAR, 3],
    [BodyRegion.PIRIFORMIS_DEEP_ROTATORS, 3],
    [BodyRegion.QUADRATUS_LUMBORUM, 2],
    [BodyRegion.CALVES, 1],
  ],
  [SuspectedCause.UNKNOWN]: [
    [BodyRegion.LUMBAR, 3],
    [BodyRegion.GLUTEALS, 3],
    [BodyRegion.PIRIFORMIS_DEEP_ROTATORS, 2],
    [BodyRegion.QUADRATUS_LUMBORUM, 2],
    [BodyRegion.HAMSTRINGS, 2],
    [BodyRegion.ILIOPSOAS, 1],
    [BodyRegion.IT_BAND, 1],
    [BodyRegion.ADDUCTOR_MAGNUS, 1],
    [BodyRegion.CALVES, 1],
  ],
};

/** Positions by cause: prone often suits disc herniation, side-lying suits stenosis and pregnancy (DOMAIN.md). */
export const POSITION_MIX: Readonly<Record<SuspectedCause, Weighted<Position>>> = {
  [SuspectedCause.PIRIFORMIS]: [[Position.PRONE, 6], [Position.SIDE_LYING, 3], [Position.SUPINE, 1]],
  [SuspectedCause.MUSCULAR]: [[Position.PRONE, 6], [Position.SIDE_LYING, 2], [Position.SUPINE, 1.5], [Position.SEATED, 0.5]],
  [SuspectedCause.DISC_HERNIATION]: [[Position.PRONE, 6], [Position.SIDE_LYING, 2.5], [Position.SUPINE, 1]],
  [SuspectedCause.STENOSIS]: [[Position.SIDE_LYING, 7], [Position.SUPINE, 2], [Position.SEATED, 1]],
  [SuspectedCause.DEGENERATIVE_DISC]: [[Position.SIDE_LYING, 4], [Position.PRONE, 4], [Position.SUPINE, 2]],
  [SuspectedCause.PREGNANCY]: [[Position.SIDE_LYING, 8], [Position.SEATED, 2]],
  [SuspectedCause.UNKNOWN]: [[Position.PRONE, 5], [Position.SIDE_LYING, 3], [Position.SUPINE, 1.5], [Position.SEATED, 0.5]],
};

/** Red flags are rare and cauda equina signs rarer still. */
export const RED_FLAG_MIX: Weighted<RedFlag> = [
  [RedFlag.NIGHT_PAIN, 0.24],
  [RedFlag.BILATERAL_LEG_SYMPTOMS, 0.12],
  [RedFlag.PROGRESSIVE_WEAKNESS, 0.1],
  [RedFlag.TRAUMA, 0.1],
  [RedFlag.UNEXPLAINED_WEIGHT_LOSS, 0.08],
  [RedFlag.CANCER_HISTORY, 0.08],
  [RedFlag.FEVER, 0.07],
  [RedFlag.GAIT_DISTURBANCE, 0.07],
  [RedFlag.SADDLE_NUMBNESS, 0.05],
  [RedFlag.BLADDER_BOWEL_CHANGE, 0.06],
  [RedFlag.SEXUAL_DYSFUNCTION, 0.03],
];

export interface OpioidRegimen {
  /** mg per dose, or mcg/hr for a fentanyl patch. */
  strengths: readonly number[];
  minDosesPerDay: number;
  maxDosesPerDay: number;
}

/** Common outpatient prescriptions for back pain; a fentanyl patch is one continuous "dose" a day. */
export const OPIOID_REGIMENS: Readonly<Record<OpioidDrug, OpioidRegimen>> = {
  [OpioidDrug.TRAMADOL]: { strengths: [50, 100], minDosesPerDay: 1, maxDosesPerDay: 4 },
  [OpioidDrug.HYDROCODONE]: { strengths: [5, 7.5, 10], minDosesPerDay: 1, maxDosesPerDay: 4 },
  [OpioidDrug.OXYCODONE]: { strengths: [5, 10, 15], minDosesPerDay: 1, maxDosesPerDay: 3 },
  [OpioidDrug.CODEINE]: { strengths: [15, 30, 60], minDosesPerDay: 1, maxDosesPerDay: 4 },
  [OpioidDrug.MORPHINE]: { strengths: [15, 30], minDosesPerDay: 1, maxDosesPerDay: 2 },
  [OpioidDrug.TAPENTADOL]: { strengths: [50, 75, 100], minDosesPerDay: 1, maxDosesPerDay: 3 },
  [OpioidDrug.HYDROMORPHONE]: { strengths: [2, 4], minDosesPerDay: 1, maxDosesPerDay: 3 },
  [OpioidDrug.METHADONE]: { strengths: [5, 10], minDosesPerDay: 1, maxDosesPerDay: 2 },
  [OpioidDrug.OXYMORPHONE]: { strengths: [5, 10], minDosesPerDay: 1, maxDosesPerDay: 2 },
  [OpioidDrug.FENTANYL_TRANSDERMAL]: { strengths: [12, 25, 50], minDosesPerDay: 1, maxDosesPerDay: 1 },
};

export const OPIOID_MIX: Weighted<OpioidDrug> = [
  [OpioidDrug.TRAMADOL, 0.26],
  [OpioidDrug.HYDROCODONE, 0.25],
  [OpioidDrug.OXYCODONE, 0.2],
  [OpioidDrug.CODEINE, 0.1],
  [OpioidDrug.MORPHINE, 0.05],
  [OpioidDrug.TAPENTADOL, 0.06],
  [OpioidDrug.HYDROMORPHONE, 0.03],
  [OpioidDrug.FENTANYL_TRANSDERMAL, 0.02],
  [OpioidDrug.METHADONE, 0.02],
  [OpioidDrug.OXYMORPHONE, 0.01],
];

/** How likely an episode is to use each non-opioid class at intake, and its doses per week. */
export const NON_OPIOID_USE: readonly { drugClass: NonOpioidClass; probability: number; minPerWeek: number; maxPerWeek: number }[] = [
  { drugClass: NonOpioidClass.NSAID, probability: 0.5, minPerWeek: 3, maxPerWeek: 21 },
  { drugClass: NonOpioidClass.ACETAMINOPHEN, probability: 0.35, minPerWeek: 3, maxPerWeek: 28 },
  { drugClass: NonOpioidClass.GABAPENTINOID, probability: 0.14, minPerWeek: 7, maxPerWeek: 21 },
  { drugClass: NonOpioidClass.MUSCLE_RELAXANT, probability: 0.15, minPerWeek: 2, maxPerWeek: 14 },
];
