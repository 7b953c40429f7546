import { userMessage } from '../../../api/errors';
import type { ChartStatus } from '../../charts/ChartFrame';

/** A query's state as a chart frame shows it. */
export function chartStatus(loading: boolean, error: unknown, refetch: () => Promise<unknown>): ChartStatus {
  return {
    loading,
    errorMessage: error ? userMessage(error) : null,
    onRetry: () => {
      refetch().catch(() => undefined);
    },
  };
}
