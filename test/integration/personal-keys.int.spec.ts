import { randomBytes } from 'node:crypto';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store.js';
import { MasterKeys } from '../../src/personal-data/master-keys.js';
import { PersonalKeys } from '../../src/personal-data/personal-keys.js';
import { SealingEventStore } from '../../src/personal-data/sealing-event-store.js';
import { newEvent, uniqueStream } from '../support/events.js';
import { testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

/**
 * The key table and the sealing store on a real database: values sealed at rest, opened on every
 * read path, `[erased]` once the key is gone; a master key rotation that loses nothing.
 */
for (const kind of testDatabaseKinds()) {
  describe(`personal data keys on ${kind.name}`, () => {
    let db: TestDatabase;
    const [a, b] = [randomBytes(32), randomBytes(32)];
    const hire = (staffId: string) =>
      newEvent('StaffHired', { staffId, name: 'Ana Lopez', borough: 'WCC', role: 'social-worker' });

    beforeEach(async () => {
      db = await kind.open();
    });
    afterEach(() => db.close());

    it('seals at rest and opens on every read, until the key is destroyed', async () => {
      const keys = new PersonalKeys(db.dataSource, new MasterKeys(a));
      const store = new SealingEventStore(new PostgresEventStore(db.dataSource), keys);
      const stream = uniqueStream('staff');
      const event = { ...hire('s1'), metadata: { actor: 'hr', correlationId: 'c', reason: 'Ana joins' } };
      await store.append(stream, [event], 'no-stream');

      const [raw]: { data: { name: string; borough: string }; metadata: { reason: string } }[] =
        await db.dataSource.query(`SELECT data, metadata FROM events WHERE stream_id = $1`, [stream]);
      expect(raw.data.name).toMatch(/^sealed:v1:/);
      expect(raw.metadata.reason).toMatch(/^sealed:v1:/);
      expect(raw.data.borough).toBe('WCC');

      const opened = (e: { data: Record<string, unknown>; metadata: Record<string, unknown> }) => [
        e.data.name,
        e.metadata.reason,
      ];
      expect(opened((await store.readStream(stream))[0])).toEqual(['Ana Lopez', 'Ana joins']);
      const all = (await store.readAll({ commit: -1n, prepare: -1n }, 10)).events;
      expect(all.map(opened)).toEqual([['Ana Lopez', 'Ana joins']]);
      expect(opened((await store.eventById!(event.eventId))!)).toEqual(['Ana Lopez', 'Ana joins']);

      expect(await keys.erase('staff:s1')).toBe(true);
      expect(await keys.erase('staff:s1')).toBe(false);
      expect(opened((await store.readStream(stream))[0])).toEqual(['[erased]', '[erased]']);
      // No new key for an erased person: what is written about them later is written erased.
      const later = { ...newEvent('StaffLeft', { staffId: 's1', reason: 'Ana left' }) };
      await store.append(stream, [later], 0);
      const [stored]: { data: { reason: string } }[] = await db.dataSource.query(
        `SELECT data FROM events WHERE event_id = $1`,
        [later.eventId],
      );
      expect(stored.data.reason).toBe('[erased]');
    });

    it('refuses a sealed value moved to another event', async () => {
      const store = new SealingEventStore(
        new PostgresEventStore(db.dataSource),
        new PersonalKeys(db.dataSource, new MasterKeys(a)),
      );
      const [first, second] = [hire('s2'), hire('s2')];
      await store.append(uniqueStream('x'), [first], 'no-stream');
      await store.append(uniqueStream('y'), [second], 'no-stream');
      await db.dataSource.query(
        `UPDATE events SET data = (SELECT data FROM events WHERE event_id = $1) WHERE event_id = $2`,
        [first.eventId, second.eventId],
      );
      await expect(store.eventById!(second.eventId)).rejects.toThrow(/does not open .* altered/);
    });

    it('rotates the master key: old keys unwrap during the rotation, and after rewrapping need nothing old', async () => {
      const before = new PersonalKeys(db.dataSource, new MasterKeys(a));
      const made = await before.forSealing(['staff:r1', 'staff:r2']);
      const during = new PersonalKeys(db.dataSource, new MasterKeys(b, [a]));
      expect(await during.forOpening(['staff:r1', 'staff:r2'])).toEqual(made);
      expect(await during.rewrapAll()).toBe(2);
      expect(await during.rewrapAll()).toBe(0);
      const after = new PersonalKeys(db.dataSource, new MasterKeys(b));
      expect(await after.forOpening(['staff:r1', 'staff:r2'])).toEqual(made);
      await expect(new PersonalKeys(db.dataSource, new MasterKeys(a)).forOpening(['staff:r1'])).rejects.toThrow(
        /neither CADRE_MASTER_KEY/,
      );
    });

    it('names the stored keys no configured master key opens (checked at start), how many and by which key', async () => {
      await new PersonalKeys(db.dataSource, new MasterKeys(a)).forSealing(['staff:m1', 'staff:m2', 'staff:m3']);
      await new PersonalKeys(db.dataSource, new MasterKeys(a)).erase('staff:m3');
      const wrong = new PersonalKeys(db.dataSource, new MasterKeys(b));
      await expect(wrong.assertMasterKeysOpenEveryKey()).rejects.toThrow(
        new RegExp(`2 people's data keys are wrapped by master key ${new MasterKeys(a).currentId}, which is neither`),
      );
      await expect(
        new PersonalKeys(db.dataSource, new MasterKeys(b, [a])).assertMasterKeysOpenEveryKey(),
      ).resolves.toBeUndefined();
      await expect(
        new PersonalKeys(db.dataSource, new MasterKeys(a)).assertMasterKeysOpenEveryKey(),
      ).resolves.toBeUndefined();
    });
  });
}
