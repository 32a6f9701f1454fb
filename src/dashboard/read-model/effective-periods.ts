import type { ProjectionContext } from '../../projections/projection.js';

/**
 * Effective-dated rows of one thing (a post, a person): stretches from `valid_from` (inclusive) to
 * `valid_to` (exclusive, NULL = open), never overlapping. A change "from date d on" splits the
 * stretch running across d and rewrites every stretch from d, so facts recorded out of date order
 * (a qualification from before the hire, recorded later) still land on the right days.
 */
export class EffectivePeriods {
  constructor(
    private readonly ctx: ProjectionContext,
    private readonly tableName: string,
    private readonly key: string,
    /** Every column besides the key and the two dates. */
    private readonly columns: readonly string[],
  ) {}

  private get table(): string {
    return this.ctx.table(this.tableName);
  }

  /** The first stretch of a new thing, open-ended. */
  async open(id: string, from: string, values: Record<string, unknown>): Promise<void> {
    const names = [this.key, 'valid_from', ...this.columns];
    const params = [id, from, ...this.columns.map((c) => values[c] ?? null)];
    await this.ctx.query(
      `INSERT INTO ${this.table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT DO NOTHING`,
      params,
    );
  }

  /** `assignments` (SQL using $3, $4, ...) hold on every day from `on`. */
  async setFrom(id: string, on: string, assignments: string, params: unknown[]): Promise<void> {
    await this.splitAt(id, on);
    await this.ctx.query(`UPDATE ${this.table} SET ${assignments} WHERE ${this.key} = $1 AND valid_from >= $2::date`, [
      id,
      on,
      ...params,
    ]);
  }

  /** The thing ends: `on` is the first day without it. */
  async endAt(id: string, on: string): Promise<void> {
    await this.splitAt(id, on);
    await this.ctx.query(`DELETE FROM ${this.table} WHERE ${this.key} = $1 AND valid_from >= $2::date`, [id, on]);
  }

  private async splitAt(id: string, on: string): Promise<void> {
    const across = `${this.key} = $1 AND valid_from < $2::date AND (valid_to IS NULL OR valid_to > $2::date)`;
    const copied = this.columns.join(', ');
    await this.ctx.query(
      `INSERT INTO ${this.table} (${this.key}, valid_from, valid_to, ${copied})
       SELECT ${this.key}, $2::date, valid_to, ${copied} FROM ${this.table} WHERE ${across}`,
      [id, on],
    );
    await this.ctx.query(`UPDATE ${this.table} SET valid_to = $2::date WHERE ${across}`, [id, on]);
  }
}
