import { canonicalJson } from '../../shared/canonical-json.js';
import type { IsoDate } from '../../shared/values.js';
import type { ProjectionContext } from '../projection.js';
import { planVersionChanges, type StoredVersion, type VersionChange } from './valid-time-plan.js';

/** A column of a valid-time table besides `valid_from`/`valid_to` and the known-time columns. */
export interface Column {
  name: string;
  /** Cast for its parameter, e.g. `::jsonb`. */
  cast?: string;
  /**
   * How to select it so `fromRow` reads it, given the table's alias prefix (`''` or `'s.'`); the
   * default selects it as it is. Dates go as text: node-postgres would shift a `date` by the zone.
   */
  select?: (prefix: string) => string;
}

/**
 * A read model kept as effective-dated versions of each thing (a person, a post, a cohort place):
 * its state is plain data, mapped to and from one row per version, and every event changes it
 * through a pure function from a date on (see `planVersionChanges`).
 */
export class ValidTimeTable<S> {
  constructor(
    readonly table: string,
    /** Key columns, which `toRow` must also give. */
    readonly key: readonly string[],
    readonly columns: readonly Column[],
    private readonly toRow: (state: S) => Record<string, unknown>,
    readonly fromRow: (row: Record<string, unknown>) => S,
  ) {}

  /** The select list `fromRow` reads (key included), for queries over this table, behind `alias.` if given. */
  selectColumns(alias?: string): string {
    const p = alias ? `${alias}.` : '';
    return [
      ...this.key.map((k) => `${p}${k}`),
      ...this.columns.map((c) => (c.select ? c.select(p) : `${p}${c.name}`)),
    ].join(', ');
  }

  /** On every day from `on`, the thing keyed `key` becomes `change(its state that day)`. */
  async changeFrom(
    ctx: ProjectionContext,
    key: readonly unknown[],
    on: IsoDate,
    change: (state: S | undefined) => S | undefined,
  ): Promise<void> {
    const table = ctx.table(this.table);
    const keyWhere = this.key.map((k, i) => `${k} = $${i + 1}`).join(' AND ');
    const rows = await ctx.query(
      `SELECT valid_from::text AS valid_from__, valid_to::text AS valid_to__, ${this.selectColumns()} FROM ${table}
       WHERE ${keyWhere} AND (valid_to IS NULL OR valid_to > $${key.length + 1}::date) ORDER BY valid_from`,
      [...key, on],
    );
    const stored: StoredVersion<S>[] = rows.map((row) => ({
      from: row.valid_from__ as string,
      to: row.valid_to__ as string | null,
      state: this.fromRow(row),
    }));
    const same = (a: S, b: S) => canonicalJson(this.toRow(a)) === canonicalJson(this.toRow(b));
    for (const step of planVersionChanges(stored, on, change, same)) await this.apply(ctx, table, key, step);
  }

  private async apply(ctx: ProjectionContext, table: string, key: readonly unknown[], step: VersionChange<S>) {
    const n = key.length;
    const keyWhere = this.key.map((k, i) => `${k} = $${i + 1}`).join(' AND ');
    switch (step.kind) {
      case 'insert': {
        const row = this.toRow(step.state);
        const names = [...this.key, ...this.columns.map((c) => c.name)];
        const casts = [...this.key.map(() => ''), ...this.columns.map((c) => c.cast ?? '')];
        const values = names.map((name) => encode(row[name]));
        await ctx.query(
          `INSERT INTO ${table} (${names.join(', ')}, valid_from, valid_to)
           VALUES (${names.map((_, i) => `$${i + 1}${casts[i]}`).join(', ')}, $${names.length + 1}, $${names.length + 2})`,
          [...values, step.from, step.to],
        );
        return;
      }
      case 'replace': {
        const row = this.toRow(step.state);
        const sets = this.columns.map((c, i) => `${c.name} = $${n + 2 + i}${c.cast ?? ''}`).join(', ');
        await ctx.query(`UPDATE ${table} SET ${sets} WHERE ${keyWhere} AND valid_from = $${n + 1}`, [
          ...key,
          step.from,
          ...this.columns.map((c) => encode(row[c.name])),
        ]);
        return;
      }
      case 'end':
        await ctx.query(`UPDATE ${table} SET valid_to = $${n + 2} WHERE ${keyWhere} AND valid_from = $${n + 1}`, [
          ...key,
          step.from,
          step.to,
        ]);
        return;
      case 'delete':
        await ctx.query(`DELETE FROM ${table} WHERE ${keyWhere} AND valid_from = $${n + 1}`, [...key, step.from]);
        return;
      default: {
        const _exhaustive: never = step;
        return _exhaustive;
      }
    }
  }
}

/** Objects and arrays go in as JSON text (for `::jsonb` columns); everything else as it is. */
const encode = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : (value ?? null);
