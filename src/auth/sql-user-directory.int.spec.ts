import { randomUUID } from 'node:crypto';
import { testDatabaseKinds, type TestDatabase } from '../../test/support/test-database.js';
import { SqlUserDirectory } from './sql-user-directory.js';
import type { NewUser } from './user-directory.js';

const at = new Date('2025-02-03T04:05:06.789Z');
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
    beforeEach(() => db.dataSource.query('DELETE FROM users'));

    it('stores and reads back an account, matching usernames case-insensitively', async () => {
      const jo = newUser('Jo.Smith', ['hr', 'auditor']);
      expect(await users.isEmpty()).toBe(true);
      expect(await users.insert(jo)).toBe(true);
      expect(await users.isEmpty()).toBe(false);
      const expected = {
        id: jo.id,
        username: 'jo.smith',
        roles: ['hr', 'auditor'],
        disabled: false,
        createdAt: at,
        passwordChangedAt: at,
      };
      expect(await users.findById(jo.id)).toEqual(expected);
      expect(await users.findCredentials('JO.SMITH')).toEqual({ account: expected, passwordHash: jo.passwordHash });
      expect(await users.findById(randomUUID())).toBeNull();
      expect(await users.findCredentials('nobody')).toBeNull();
    });

    it('refuses a second user with the same username in any case', async () => {
      expect(await users.insert(newUser('jo'))).toBe(true);
      expect(await users.insert(newUser('JO'))).toBe(false);
      expect(await users.list()).toHaveLength(1);
    });

    it('lists by username and disables by id', async () => {
      const b = newUser('bea');
      await users.insert(newUser('cal'));
      await users.insert(b);
      expect((await users.list()).map((u) => u.username)).toEqual(['bea', 'cal']);
      expect(await users.disable(b.id)).toBe(true);
      expect((await users.findById(b.id))?.disabled).toBe(true);
      expect(await users.disable(randomUUID())).toBe(false);
    });

    it('inserts the first user only while the table is empty, once across racing starts', async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => users.insertFirst(newUser('admin', ['admin']))),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await users.insertFirst(newUser('other', ['admin']))).toBe(false);
      expect((await users.list()).map((u) => u.username)).toEqual(['admin']);
    });

    it('drops roles the code no longer knows instead of granting them', async () => {
      const jo = newUser('jo');
      await users.insert(jo);
      await db.dataSource.query(`UPDATE users SET roles = ARRAY['hr', 'retired-role'] WHERE id = $1`, [jo.id]);
      expect((await users.findById(jo.id))?.roles).toEqual(['hr']);
    });
  });
}
