import { type TableColumnOptions, TableForeignKey } from 'typeorm';
import { type Dialect, nativeType } from '../dialect';

/**
 * Column and key builders for migrations: each engine's native types for the same schema.
 * Migrations depend on this file, so it only ever grows; existing builders never change.
 */
type Extra = Partial<TableColumnOptions>;

export function columnsFor(dialect: Dialect) {
  const typed = (kind: 'uuid' | 'timestamp' | 'float') => {
    const native = nativeType(kind, dialect);
    return native.length ? { type: native.type, length: String(native.length) } : { type: native.type };
  };
  return {
    uuid: (name: string, extra: Extra = {}): TableColumnOptions => ({ name, ...typed('uuid'), ...extra }),
    timestamp: (name: string, extra: Extra = {}): TableColumnOptions => ({ name, ...typed('timestamp'), ...extra }),
    float: (name: string, extra: Extra = {}): TableColumnOptions => ({ name, ...typed('float'), ...extra }),
    text: (name: string, length: number, extra: Extra = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      ...extra,
    }),
    code: (name: string, extra: Extra = {}): TableColumnOptions => ({ name, type: 'varchar', length: '32', ...extra }),
    integer: (name: string, extra: Extra = {}): TableColumnOptions => ({ name, type: 'integer', ...extra }),
    date: (name: string, extra: Extra = {}): TableColumnOptions => ({ name, type: 'date', ...extra }),
  };
}

export function fk(
  name: string,
  columnNames: string[],
  referencedTableName: string,
  referencedColumnNames: string[],
  onDelete: 'CASCADE' | 'NO ACTION' = 'NO ACTION',
): TableForeignKey {
  return new TableForeignKey({ name, columnNames, referencedTableName, referencedColumnNames, onDelete });
}
