import { useId, useState, type ReactNode } from 'react';
import { ChartTable, type ChartColumn } from './ChartTable';

export interface ChartStatus {
  loading: boolean;
  /** A sentence for the reader when the data could not be loaded, else null. */
  errorMessage: string | null;
  onRetry?: () => void;
}

export interface ChartFrameProps<Row> {
  title: string;
  /** One or two sentences: what is drawn, over whom, and how to read it. */
  description?: ReactNode;
  status: ChartStatus;
  rows: readonly Row[];
  emptyMessage: string;
  columns: ReadonlyArray<ChartColumn<Row>>;
  rowKey: (row: Row) => string;
  /** Heading level of the title inside its page. */
  headingLevel?: 2 | 3;
  /** The chart itself; only rendered when there are rows to draw. */
  children: ReactNode;
  /** Extra controls beside the table toggle (a group-by selector, say). */
  controls?: ReactNode;
  /** Shown under the chart or its table alike (a summary table, say). */
  footer?: ReactNode;
}

/**
 * Everything around a chart that every chart needs: title and description, the loading, error
 * and empty states, and a "Show as table" toggle (aria-pressed) that swaps the drawing for an
 * accessible table.
 */
export function ChartFrame<Row>({
  title,
  description,
  status,
  rows,
  emptyMessage,
  columns,
  rowKey,
  headingLevel = 2,
  children,
  controls,
  footer,
}: ChartFrameProps<Row>) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const hasRows = rows.length > 0;

  let body: ReactNode;
  if (status.errorMessage) {
    body = (
      <div role="alert" className="alert alert-error">
        <p>
          {title} could not be loaded. {status.errorMessage}
        </p>
        {status.onRetry && (
          <button type="button" className="button" onClick={status.onRetry}>
            Try again
          </button>
        )}
      </div>
    );
  } else if (status.loading && !hasRows) {
    body = (
      <p role="status" className="muted chart-placeholder">
        Loading {title.toLowerCase()}…
      </p>
    );
  } else if (!hasRows) {
    body = <p className="muted chart-placeholder">{emptyMessage}</p>;
  } else if (asTable) {
    body = <ChartTable caption={title} columns={columns} rows={rows} rowKey={rowKey} />;
  } else {
    body = (
      <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={description ? `${id}-description` : undefined}>
        {children}
      </figure>
    );
  }

  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} aria-busy={status.loading}>
      <div className="chart-header">
        <div>
          <Heading id={`${id}-title`}>{title}</Heading>
          {description && (
            <p id={`${id}-description`} className="muted chart-description">
              {description}
            </p>
          )}
        </div>
        <div className="chart-controls">
          {controls}
          {hasRows && !status.errorMessage && (
            <button
              type="button"
              className="button button-small"
              aria-pressed={asTable}
              onClick={() => setAsTable((current) => !current)}
            >
              Show as table
            </button>
          )}
        </div>
      </div>
      {body}
      {!status.errorMessage && footer}
    </section>
  );
}
