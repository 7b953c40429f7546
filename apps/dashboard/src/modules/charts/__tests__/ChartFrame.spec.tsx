import { fireEvent, render, screen, within } from '@testing-library/react';
import { ChartFrame, type ChartStatus } from '../ChartFrame';
import type { ChartColumn } from '../ChartTable';

interface WeekRow {
  week: number;
  pain: number;
}

const columns: ChartColumn<WeekRow>[] = [
  { header: 'Week', cell: (row) => `Week ${row.week}` },
  { header: 'Mean pain (0–10)', cell: (row) => row.pain, numeric: true },
];
const rows: WeekRow[] = [
  { week: 0, pain: 7.5 },
  { week: 1, pain: 6 },
];
const ready: ChartStatus = { loading: false, errorMessage: null };

function renderFrame(status: ChartStatus, frameRows: WeekRow[] = rows) {
  return render(
    <ChartFrame
      title="Pain by week"
      description="Mean pre-session pain."
      status={status}
      rows={frameRows}
      emptyMessage="No sessions yet."
      columns={columns}
      rowKey={(row) => String(row.week)}
    >
      <svg data-testid="drawing" />
    </ChartFrame>,
  );
}

describe('ChartFrame', () => {
  it('titles the chart region and draws the chart', () => {
    renderFrame(ready);
    const region = screen.getByRole('region', { name: 'Pain by week' });
    expect(within(region).getByTestId('drawing')).toBeTruthy();
    expect(within(region).getByText('Mean pre-session pain.')).toBeTruthy();
  });

  it('swaps the drawing for an accessible table and back', () => {
    renderFrame(ready);
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByTestId('drawing')).toBeNull();
    const table = screen.getByRole('table', { name: 'Pain by week' });
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['Week', 'Mean pain (0–10)'],
      ['Week 0', '7.5'],
      ['Week 1', '6'],
    ]);
    // Row headers, so a screen reader announces the week with each figure.
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Week 0', 'Week 1']);

    fireEvent.click(toggle);
    expect(screen.getByTestId('drawing')).toBeTruthy();
  });

  it('shows a loading state while there is nothing to draw yet', () => {
    renderFrame({ loading: true, errorMessage: null }, []);
    expect(screen.getByRole('status').textContent).toBe('Loading pain by week…');
    expect(screen.queryByRole('button', { name: 'Show as table' })).toBeNull();
  });

  it('shows the empty message, without a table toggle', () => {
    renderFrame(ready, []);
    expect(screen.getByText('No sessions yet.')).toBeTruthy();
    expect(screen.queryByTestId('drawing')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show as table' })).toBeNull();
  });

  it('shows an error with a retry', () => {
    const onRetry = jest.fn();
    renderFrame({ loading: false, errorMessage: 'The server could not be reached.', onRetry });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Pain by week could not be loaded. The server could not be reached.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('drawing')).toBeNull();
  });
});
