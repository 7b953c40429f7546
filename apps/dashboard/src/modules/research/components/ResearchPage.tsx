import { SMALL_CELL_MAX } from '@outcomes/models';
import { OutcomeSections } from '../../analytics/components/AnalyticsSections';
import { FilterBar, RESEARCH_DIMENSIONS } from '../../analytics/components/FilterBar';
import { useAnalyticsParams } from '../../analytics/hooks/useAnalyticsParams';
import { PageHeading } from '../../shell/components/PageHeading';
import { APP_ROUTES } from '../../shell/routes';
import { ExportPanel } from './ExportPanel';

// No patient list and no therapist names here: a researcher never reads an identifiable field.
export function ResearchPage() {
  const analytics = useAnalyticsParams();
  const { filter, groupBy, setParams } = analytics;
  return (
    <>
      <PageHeading>{APP_ROUTES.research.title}</PageHeading>
      <p className="muted lead">
        Aggregate outcomes over the cohort you choose. Any figure from {SMALL_CELL_MAX} episodes or fewer, or from which such a
        cell could be worked out, is suppressed (CMS cell-size policy).
      </p>
      <FilterBar analytics={analytics} dimensions={RESEARCH_DIMENSIONS} />
      <div className="stack">
        <OutcomeSections filter={filter} groupBy={groupBy} />
        <ExportPanel
          filter={filter}
          onUseWholeYears={({ fromYear, toYear }) =>
            setParams({ from: fromYear === null ? '' : `${fromYear}-01-01`, to: toYear === null ? '' : `${toYear}-12-31` })
          }
        />
      </div>
    </>
  );
}
