import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AnalyticsFilter, CohortDimension } from '../../../gql/graphql';
import { filterFromParams, groupByFromParams, withoutFilter, withParam, type FilterKey } from '../filters';

export interface AnalyticsParams {
  params: URLSearchParams;
  filter: AnalyticsFilter | null;
  groupBy: CohortDimension;
  setParam: (key: FilterKey | 'by', value: string) => void;
  /** Several keys at once, in one change of the address. */
  setParams: (values: Partial<Record<FilterKey | 'by', string>>) => void;
  clearFilter: () => void;
}

/** The filter and cohort split of the address, and the way to change them (which changes the address). */
export function useAnalyticsParams(): AnalyticsParams {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  // Keyed on the query string, so the variables keep their identity until the address changes.
  const filter = useMemo(() => filterFromParams(new URLSearchParams(query)), [query]);
  const groupBy = useMemo(() => groupByFromParams(new URLSearchParams(query)), [query]);
  const setParam = useCallback(
    (key: FilterKey | 'by', value: string) => setParams((current) => withParam(current, key, value), { replace: true }),
    [setParams],
  );
  const setMany = useCallback(
    (values: Partial<Record<FilterKey | 'by', string>>) =>
      setParams(
        (current) =>
          (Object.entries(values) as Array<[FilterKey | 'by', string]>).reduce((next, [key, value]) => withParam(next, key, value), current),
        { replace: true },
      ),
    [setParams],
  );
  const clearFilter = useCallback(() => setParams((current) => withoutFilter(current), { replace: true }), [setParams]);
  return { params, filter, groupBy, setParam, setParams: setMany, clearFilter };
}
