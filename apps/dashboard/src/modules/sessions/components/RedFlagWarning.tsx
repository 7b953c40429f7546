import type { RedFlag } from '@outcomes/models';
import { RED_FLAG_LABELS } from '../../clinical/labels';
import { sameDayReferralFlags } from '../validation';

/**
 * What ticking a red flag means, said where it is ticked. Cauda equina signs: refer the same day
 * (BMJ Best Practice). Any flag raises an alert that stays open until a referral is recorded.
 */
export function RedFlagWarning({ redFlags }: { redFlags: readonly RedFlag[] }) {
  if (redFlags.length === 0) return null;
  const sameDay = sameDayReferralFlags(redFlags);
  if (sameDay.length > 0) {
    return (
      <div role="alert" className="alert alert-danger red-flag-warning">
        <p className="alert-title">Same-day medical referral needed</p>
        <p>
          {sameDay.map((flag) => RED_FLAG_LABELS[flag]).join(', ')}: possible cauda equina syndrome. Stop
          treatment and send the patient for medical assessment today (emergency department if a physician
          cannot see them today).
        </p>
        <p>Recording this session raises a red-flag alert that stays open until the referral is recorded.</p>
      </div>
    );
  }
  return (
    <div role="status" className="alert alert-warning red-flag-warning">
      <p className="alert-title">Refer promptly</p>
      <p>
        {redFlags.map((flag) => RED_FLAG_LABELS[flag]).join(', ')}: arrange a medical review. Recording this
        session raises a red-flag alert that stays open until the referral is recorded.
      </p>
    </div>
  );
}
