import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ambientTransaction } from '../database/ambient-transaction.js';
import type { MasterKeys } from './master-keys.js';

const CHUNK = 5000;

interface KeyRow {
  subject: string;
  wrapped_key: string | null;
  master_key_id: string | null;
}

/**
 * The key table: one AES-256 data key per person, stored wrapped by the master key. Destroying a
 * person's row's key is what erases them; the row stays, keyless, so no new key is ever made for
 * them and their later personal values are written as erased.
 */
export class PersonalKeys {
  constructor(
    private readonly db: DataSource,
    private readonly master: MasterKeys,
  ) {}

  /** Keys to seal with, made for subjects that have none yet; `null` for an erased subject. */
  async forSealing(subjects: Iterable<string>): Promise<Map<string, Buffer | null>> {
    const wanted = [...new Set(subjects)];
    const found = await this.rows(wanted);
    const missing = wanted.filter((s) => !found.has(s));
    for (let i = 0; i < missing.length; i += CHUNK) {
      const chunk = missing.slice(i, i + CHUNK);
      await this.query(
        `INSERT INTO personal_data_keys (subject, wrapped_key, master_key_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (subject) DO NOTHING`,
        [chunk, chunk.map((s) => this.master.wrap(s, randomBytes(32))), chunk.map(() => this.master.currentId)],
      );
    }
    // Read back rather than trust our own insert: a concurrent writer may have made the key first.
    if (missing.length) for (const [s, row] of await this.rows(missing)) found.set(s, row);
    return new Map(wanted.map((s) => [s, this.keyOf(found.get(s))]));
  }

  /** The keys that still exist, for opening sealed values; an erased subject is simply absent. */
  async forOpening(subjects: Iterable<string>): Promise<Map<string, Buffer>> {
    const keys = new Map<string, Buffer>();
    for (const [s, row] of await this.rows([...new Set(subjects)])) {
      const key = this.keyOf(row);
      if (key) keys.set(s, key);
    }
    return keys;
  }

  /** Destroys the subject's key for good (a tombstone if it had none); false when already erased. */
  async erase(subject: string): Promise<boolean> {
    const rows: unknown[] = await this.query(
      `INSERT INTO personal_data_keys (subject, wrapped_key, master_key_id, erased_at) VALUES ($1, NULL, NULL, now())
       ON CONFLICT (subject) DO UPDATE SET wrapped_key = NULL, master_key_id = NULL, erased_at = now()
         WHERE personal_data_keys.erased_at IS NULL
       RETURNING subject`,
      [subject],
    );
    return rows.length === 1;
  }

  /**
   * Rewraps every key not yet under the current master key (after `CADRE_MASTER_KEY` changed, the
   * old one in `CADRE_MASTER_KEY_PREVIOUS`). Data keys, and so the events, are untouched.
   */
  async rewrapAll(onProgress?: (done: number) => void): Promise<number> {
    let done = 0;
    for (;;) {
      const rows: KeyRow[] = await this.query(
        `SELECT subject, wrapped_key, master_key_id FROM personal_data_keys
         WHERE master_key_id <> $1 ORDER BY subject LIMIT $2`,
        [this.master.currentId, CHUNK],
      );
      if (rows.length === 0) return done;
      const rewrapped = rows.map((r) => this.master.wrap(r.subject, this.keyOf(r) as Buffer));
      await this.query(
        `UPDATE personal_data_keys k SET wrapped_key = n.wrapped, master_key_id = $3
         FROM unnest($1::text[], $2::text[]) AS n(subject, wrapped)
         WHERE k.subject = n.subject AND k.wrapped_key IS NOT NULL`,
        [rows.map((r) => r.subject), rewrapped, this.master.currentId],
      );
      done += rows.length;
      onProgress?.(done);
    }
  }

  /**
   * Throws, naming them, when stored keys are wrapped by a master key not configured here (a wrong
   * or lost `CADRE_MASTER_KEY`, or a rotation's old key left out of `CADRE_MASTER_KEY_PREVIOUS`).
   * Checked at start: otherwise the server would run while every projection failed on the first
   * person it met, and every page showed nobody.
   */
  async assertMasterKeysOpenEveryKey(): Promise<void> {
    const inUse: { master_key_id: string; keys: number }[] = await this.query(
      `SELECT master_key_id, count(*)::int AS keys FROM personal_data_keys
       WHERE master_key_id IS NOT NULL GROUP BY master_key_id ORDER BY master_key_id`,
      [],
    );
    const unopened = inUse.filter((k) => !this.master.opens(k.master_key_id));
    if (unopened.length === 0) return;
    const named = unopened.map(
      (k) =>
        `${k.keys === 1 ? "1 person's data key is" : `${k.keys} people's data keys are`} wrapped by master key ${k.master_key_id}`,
    );
    throw new Error(
      `${named.join('; ')}, which is neither CADRE_MASTER_KEY (${this.master.currentId}) nor in ` +
        `CADRE_MASTER_KEY_PREVIOUS: start with the master key they were wrapped by (README, "Rotating the master key")`,
    );
  }

  private keyOf(row: KeyRow | undefined): Buffer | null {
    if (!row?.wrapped_key || !row.master_key_id) return null;
    return this.master.unwrap(row.subject, row.wrapped_key, row.master_key_id);
  }

  private async rows(subjects: readonly string[]): Promise<Map<string, KeyRow>> {
    const found = new Map<string, KeyRow>();
    for (let i = 0; i < subjects.length; i += CHUNK) {
      const rows: KeyRow[] = await this.query(
        `SELECT subject, wrapped_key, master_key_id FROM personal_data_keys WHERE subject = ANY($1::text[])`,
        [subjects.slice(i, i + CHUNK)],
      );
      for (const r of rows) found.set(r.subject, r);
    }
    return found;
  }

  private query<T = unknown>(sql: string, params: unknown[]): Promise<T[]> {
    const q: Pick<EntityManager, 'query'> = ambientTransaction() ?? this.db.manager;
    return q.query(sql, params);
  }
}
