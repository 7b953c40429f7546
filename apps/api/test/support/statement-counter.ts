import type { Logger } from 'typeorm';

/** A TypeORM logger that counts SELECT statements while counting is on. */
export class StatementCounter implements Logger {
  private counting = false;
  selects = 0;

  async count<T>(work: () => Promise<T>): Promise<{ result: T; selects: number }> {
    this.selects = 0;
    this.counting = true;
    try {
      const result = await work();
      return { result, selects: this.selects };
    } finally {
      this.counting = false;
    }
  }

  logQuery(query: string): void {
    if (this.counting && /^\s*SELECT/i.test(query) && !/set_config/.test(query)) this.selects += 1;
  }
  logQueryError(): void {
    // Only successful SELECTs are counted.
  }
  logQuerySlow(): void {
    // Only successful SELECTs are counted.
  }
  logSchemaBuild(): void {
    // Only successful SELECTs are counted.
  }
  logMigration(): void {
    // Only successful SELECTs are counted.
  }
  log(): void {
    // Only successful SELECTs are counted.
  }
}
