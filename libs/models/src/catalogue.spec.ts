import { Frequency, PLANNED_GAP_DAYS, SAME_DAY_REFERRAL_FLAGS, RedFlag } from './clinical';
import { MME_FACTORS, MmeFactorTable, OpioidDrug } from './medication';
import { PAIN_MCID_FRACTION, PAIN_MCID_POINTS, SMALL_CELL_MAX } from './thresholds';

/* Expected values typed in from shared/DOMAIN.md (CDC 2022 table; Von Korff 2008 differences). */
describe('MME conversion factors', () => {
  it('are the CDC 2022 factors', () => {
    expect(MME_FACTORS[MmeFactorTable.CDC_2022]).toEqual({
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
    });
  });

  it('differ in Von Korff 2008 only for tramadol, hydromorphone and methadone', () => {
    const cdc = MME_FACTORS[MmeFactorTable.CDC_2022];
    const vonKorff = MME_FACTORS[MmeFactorTable.VON_KORFF_2008];
    const differing = Object.values(OpioidDrug).filter((drug) => cdc[drug] !== vonKorff[drug]);

    expect(differing.sort()).toEqual([OpioidDrug.HYDROMORPHONE, OpioidDrug.METHADONE, OpioidDrug.TRAMADOL]);
    expect([vonKorff.TRAMADOL, vonKorff.HYDROMORPHONE, vonKorff.METHADONE]).toEqual([0.1, 4.0, 3.0]);
  });
});

describe('clinical rules', () => {
  it('plans biweekly care every other week, never twice a week', () => {
    expect(PLANNED_GAP_DAYS[Frequency.WEEKLY]).toBe(7);
    expect(PLANNED_GAP_DAYS[Frequency.BIWEEKLY]).toBe(14);
  });

  it('uses the published MCID (2 points and 30 %) and the CMS small-cell bound', () => {
    expect([PAIN_MCID_POINTS, PAIN_MCID_FRACTION, SMALL_CELL_MAX]).toEqual([2, 0.3, 10]);
  });

  it('asks a same-day referral for the cauda equina signs only', () => {
    expect([...SAME_DAY_REFERRAL_FLAGS].sort()).toEqual(
      [
        RedFlag.BILATERAL_LEG_SYMPTOMS,
        RedFlag.BLADDER_BOWEL_CHANGE,
        RedFlag.GAIT_DISTURBANCE,
        RedFlag.PROGRESSIVE_WEAKNESS,
        RedFlag.SADDLE_NUMBNESS,
        RedFlag.SEXUAL_DYSFUNCTION,
      ].sort(),
    );
    expect(SAME_DAY_REFERRAL_FLAGS.has(RedFlag.NIGHT_PAIN)).toBe(false);
  });
});
