/**
 * Pain-medication catalogue. Opioids are summed as morphine milligram equivalents per day:
 * daily dose (mg/day) x conversion factor. Transdermal fentanyl is dosed in mcg/hr, and its
 * factor applies to that rate. Non-opioid analgesics have no MME; they are counted as doses per
 * week per class.
 */

export enum OpioidDrug {
  CODEINE = 'CODEINE',
  HYDROCODONE = 'HYDROCODONE',
  HYDROMORPHONE = 'HYDROMORPHONE',
  METHADONE = 'METHADONE',
  MORPHINE = 'MORPHINE',
  OXYCODONE = 'OXYCODONE',
  OXYMORPHONE = 'OXYMORPHONE',
  TAPENTADOL = 'TAPENTADOL',
  TRAMADOL = 'TRAMADOL',
  FENTANYL_TRANSDERMAL = 'FENTANYL_TRANSDERMAL',
}

export enum NonOpioidClass {
  NSAID = 'NSAID',
  ACETAMINOPHEN = 'ACETAMINOPHEN',
  GABAPENTINOID = 'GABAPENTINOID',
  MUSCLE_RELAXANT = 'MUSCLE_RELAXANT',
}

export enum MmeFactorTable {
  CDC_2022 = 'CDC_2022',
  VON_KORFF_2008 = 'VON_KORFF_2008',
}

/** The table new reports are computed with; the version is stored beside every figure. */
export const CURRENT_MME_FACTOR_TABLE = MmeFactorTable.CDC_2022;

export type DoseUnit = 'mg' | 'mcg/hr';

export const OPIOID_DOSE_UNIT: Readonly<Record<OpioidDrug, DoseUnit>> = {
  [OpioidDrug.CODEINE]: 'mg',
  [OpioidDrug.HYDROCODONE]: 'mg',
  [OpioidDrug.HYDROMORPHONE]: 'mg',
  [OpioidDrug.METHADONE]: 'mg',
  [OpioidDrug.MORPHINE]: 'mg',
  [OpioidDrug.OXYCODONE]: 'mg',
  [OpioidDrug.OXYMORPHONE]: 'mg',
  [OpioidDrug.TAPENTADOL]: 'mg',
  [OpioidDrug.TRAMADOL]: 'mg',
  [OpioidDrug.FENTANYL_TRANSDERMAL]: 'mcg/hr',
};

/** CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022, Table. */
const CDC_2022: Readonly<Record<OpioidDrug, number>> = {
  [OpioidDrug.CODEINE]: 0.15,
  [OpioidDrug.HYDROCODONE]: 1.0,
  [OpioidDrug.HYDROMORPHONE]: 5.0,
  [OpioidDrug.METHADONE]: 4.7,
  [OpioidDrug.MORPHINE]: 1.0,
  [OpioidDrug.OXYCODONE]: 1.5,
  [OpioidDrug.OXYMORPHONE]: 3.0,
  [OpioidDrug.TAPENTADOL]: 0.4,
  [OpioidDrug.TRAMADOL]: 0.2,
  [OpioidDrug.FENTANYL_TRANSDERMAL]: 2.4,
};

/**
 * Von Korff et al. 2008 (Clin J Pain 24:521). It differs from CDC 2022 in tramadol (0.1),
 * hydromorphone (4.0) and methadone (3.0); the other factors are the same (shared/DOMAIN.md).
 */
const VON_KORFF_2008: Readonly<Record<OpioidDrug, number>> = {
  ...CDC_2022,
  [OpioidDrug.HYDROMORPHONE]: 4.0,
  [OpioidDrug.METHADONE]: 3.0,
  [OpioidDrug.TRAMADOL]: 0.1,
};

export const MME_FACTORS: Readonly<Record<MmeFactorTable, Readonly<Record<OpioidDrug, number>>>> = {
  [MmeFactorTable.CDC_2022]: CDC_2022,
  [MmeFactorTable.VON_KORFF_2008]: VON_KORFF_2008,
};

export const OPIOID_LABELS: Readonly<Record<OpioidDrug, string>> = {
  [OpioidDrug.CODEINE]: 'Codeine',
  [OpioidDrug.HYDROCODONE]: 'Hydrocodone',
  [OpioidDrug.HYDROMORPHONE]: 'Hydromorphone',
  [OpioidDrug.METHADONE]: 'Methadone',
  [OpioidDrug.MORPHINE]: 'Morphine',
  [OpioidDrug.OXYCODONE]: 'Oxycodone',
  [OpioidDrug.OXYMORPHONE]: 'Oxymorphone',
  [OpioidDrug.TAPENTADOL]: 'Tapentadol',
  [OpioidDrug.TRAMADOL]: 'Tramadol',
  [OpioidDrug.FENTANYL_TRANSDERMAL]: 'Fentanyl (transdermal)',
};
