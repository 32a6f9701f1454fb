import { randomUUID } from 'node:crypto';
import { testDatabaseKinds, type TestDatabase } from '../../test/support/test-database.js';
import { SqlUserDirectory } from './sql-user-directory.js';
import type { NewUser } from './user-directory.js';

const at = new Date('2025-02-03T04:05:06.789Z');
const later = new Date('2025-02-04T10:00:00.000Z');
const operator = { id: null, name: 'cli:test' };
const newUser = (username: string, roles: NewUser['roles'] = ['hr']): NewUser => ({
  id: randomUUID(),
  username,
  passwordHash: `scrypt$hash-of-${username}`,
  roles,
  createdAt: at,
});

for (const kind of testDatabaseKinds()) {
  describe(`SqlUserDirectory on ${kind.name}`, () => {
    let db: TestDatabase;
    let users: SqlUserDirectory;

    beforeAll(async () => {
      db = await kind.open();
      users = new SqlUserDirectory(db.dataSource);
    });
    afterAll(() => db.close());
    beforeEach(async () => {
      await db.dataSource.query('DELETE FROM user_changes');
      await db.dataSource.query('DELETE FROM users');
    });

    it('stores and reads back an account, matching usernames case-insensitively', async () => {
      const jo = newUser('Jo.Smith', ['hr', 'auditor']);
      expect(await users.isEmpty()).toBe(true);
      expect(await users.insert(jo, operator)).toBe(true);
      expect(await users.isEmpty()).toBe(false);
      const expected = {
        id: jo.id,
        username: 'jo.smith',
        roles: ['hr', 'auditor'],
        disabled: false,
        createdAt: at,
        passwordChangedAt: at,
        tokensValidFrom: at,
      };
      expect(await users.findById(jo.id)).toEqual(expected);
      expect(await users.findCredentials('JO.SMITH')).toEqual({ account: expected, passwordHash: jo.passwordHash });
      expect(await users.findById(randomUUID())).toBeNull();
      expect(await users.findCredentials('nobody')).toBeNull();
    });

    it('refuses a second user with the same username in any case', async () => {
      expect(await users.insert(newUser('jo'), operator)).toBe(true);
      expect(await users.insert(newUser('JO'), operator)).toBe(false);
      expect(await users.list()).toHaveLength(1);
    });

    it('lists by username; disables, enables and resets by id, each change with its trail row', async () => {
      const b = newUser('bea');
      const admin = { id: randomUUID(), name: 'boss' };
      await users.insert(newUser('cal'), operator);
      await users.insert(b, operator);
      expect((await users.list()).map((u) => u.username)).toEqual(['bea', 'cal']);
      const cutOff = new Date('2025-02-04T10:00:01.000Z'); // the end of the disable's second
      expect(await users.setDisabled(b.id, true, admin, later)).toMatchObject({
        disabled: true,
        tokensValidFrom: cutOff,
      });
      expect(await users.setDisabled(b.id, true, admin, new Date())).toMatchObject({ tokensValidFrom: cutOff });
      expect(await users.setDisabled(b.id, false, admin, new Date(later.getTime() + 1000))).toMatchObject({
        disabled: false,
        tokensValidFrom: cutOff,
      });
      const reset = new Date(later.getTime() + 2000);
      expect(await users.setPassword(b.id, 'scrypt$new', admin, reset)).toMatchObject({
        passwordChangedAt: reset,
        tokensValidFrom: reset,
      });
      expect((await users.findCredentials('bea'))?.passwordHash).toBe('scrypt$new');
      expect(await users.setDisabled(randomUUID(), true, admin, later)).toBeNull();
      expect(await users.setPassword(randomUUID(), 'x', admin, later)).toBeNull();
      const trail = await users.changes({ userId: b.id, limit: 10 });
      expect(trail.map((c) => [c.change, c.actor, c.actorId, c.at.toISOString()])).toEqual([
        ['password-reset', 'boss', admin.id, reset.toISOString()],
        ['enabled', 'boss', admin.id, new Date(later.getTime() + 1000).toISOString()],
        ['disabled', 'boss', admin.id, later.toISOString()],
        ['created', 'cli:test', null, at.toISOString()],
      ]);
      expect(await users.changes({ limit: 2 })).toHaveLength(2);
      expect((await users.changes({ limit: 100 })).map((c) => c.username).sort()).toEqual([
        'bea',
        'bea',
        'bea',
        'bea',
        'cal',
      ]);
    });

    it('inserts the first user only while the table is empty, once across racing starts', async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => users.insertFirst(newUser('admin', ['admin']), operator)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await users.insertFirst(newUser('other', ['admin']), operator)).toBe(false);
      expect((await users.list()).map((u) => u.username)).toEqual(['admin']);
    });

    it('drops roles the code no longer knows instead of granting them', async () => {
      const jo = newUser('jo');
      await users.insert(jo, operator);
      await db.dataSource.query(`UPDATE users SET roles = ARRAY['hr', 'retired-role'] WHERE id = $1`, [jo.id]);
      expect((await users.findById(jo.id))?.roles).toEqual(['hr']);
    });
  });
}
