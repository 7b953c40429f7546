// The part of better-sqlite3 the bench uses (the package ships no types and @types/better-sqlite3 is not installed).
declare module 'better-sqlite3' {
  namespace Database {
    interface Statement {
      all(parameters?: Record<string, unknown>): unknown[];
      get(parameters?: Record<string, unknown>): unknown;
      iterate(parameters?: Record<string, unknown>): IterableIterator<unknown>;
      raw(toggle?: boolean): this;
      columns(): { name: string }[];
    }
  }
  class Database {
    constructor(filename: string, options?: { readonly?: boolean; fileMustExist?: boolean });
    prepare(sql: string): Database.Statement;
    close(): void;
  }
  export = Database;
}
