/** Rows grouped by a key, in the rows' order. */
export function groupByKey<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = grouped.get(key);
    if (group) group.push(row);
    else grouped.set(key, [row]);
  }
  return grouped;
}

/** For DataLoader batches: one list per requested key, in the keys' order (empty when none). */
export function listsForKeys<Row>(keys: readonly string[], rows: readonly Row[], keyOf: (row: Row) => string): Row[][] {
  const grouped = groupByKey(rows, keyOf);
  return keys.map((key) => grouped.get(key) ?? []);
}
