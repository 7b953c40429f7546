import type { ReactNode } from 'react';

export interface ChartColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, for figures. */
  numeric?: boolean;
}

export interface ChartTableProps<Row> {
  caption: string;
  columns: ReadonlyArray<ChartColumn<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/** The data behind a chart as a plain table: what a screen reader or a careful reader uses. */
export function ChartTable<Row>({ caption, columns, rows, rowKey }: ChartTableProps<Row>) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.header} scope="row" className={column.numeric ? 'numeric' : undefined}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={column.numeric ? 'numeric' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
