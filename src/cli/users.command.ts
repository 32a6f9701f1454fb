import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { assertAcceptablePassword } from '../auth/password-policy.js';
import type { Role } from '../auth/roles.js';
import type { Actor, UserAccount } from '../auth/user-directory.js';
import { UsersService } from '../auth/users.service.js';
import { DomainError } from '../shared/domain-error.js';
import { EXIT, withAppContext, type CliIo } from './cli-context.js';

/** Where a password comes from: standard input (`--password-stdin`) or generated and printed once. */
export interface PasswordSource {
  passwordStdin?: boolean;
}

export interface UsersCommandDeps {
  env: NodeJS.ProcessEnv;
  io: CliIo;
  /** The whole of standard input, read only when `--password-stdin` asks for it. */
  readStdin: () => Promise<string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The operator at the terminal, as the account trail names them: `cli:<login name>`. */
export function cliActor(env: NodeJS.ProcessEnv): Actor {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    name = env.USER ?? env.LOGNAME;
  }
  return { id: null, name: `cli:${name || 'unknown'}` };
}

export const readAllStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * Runs one account operation inside the booted app. A refused operation (unknown user, taken
 * username, weak password) is a problem, exit 1, with its code; anything else propagates to
 * main.ts, which reports "could not run" (exit 2).
 */
async function withUsers(deps: UsersCommandDeps, work: (users: UsersService) => Promise<void>): Promise<number> {
  return withAppContext(deps.env, async (app) => {
    try {
      await work(app.get(UsersService));
      return EXIT.done;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      deps.io.err(`cadre: ${error.code}: ${error.message}`);
      return EXIT.problems;
    }
  });
}

const find = (users: UsersService, who: string): Promise<UserAccount> =>
  UUID.test(who) ? users.byId(who.toLowerCase()) : users.byUsername(who);

async function newPassword(
  options: PasswordSource,
  deps: UsersCommandDeps,
): Promise<{ password: string; generated: boolean }> {
  if (!options.passwordStdin) return { password: randomBytes(18).toString('base64url'), generated: true };
  // One trailing newline is what `echo` and a heredoc add; it is not part of the password.
  return { password: (await deps.readStdin()).replace(/\r?\n$/, ''), generated: false };
}

const refusedPassword = (password: string, username: string | undefined, io: CliIo): number | undefined => {
  try {
    assertAcceptablePassword(password, username);
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    io.err(`cadre: ${error.code}: ${error.message}`);
    return EXIT.problems;
  }
};

export async function createUserCommand(
  username: string,
  options: PasswordSource & { role: Role[] },
  deps: UsersCommandDeps,
): Promise<number> {
  const { password, generated } = await newPassword(options, deps);
  // Checked again by the service; here it saves booting the app for a password that cannot pass.
  const refused = refusedPassword(password, username, deps.io);
  if (refused !== undefined) return refused;
  return withUsers(deps, async (users) => {
    const account = await users.create({ username, password, roles: options.role }, cliActor(deps.env));
    deps.io.out(`Created user "${account.username}" (${account.roles.join(', ')}), id ${account.id}.`);
    if (generated) deps.io.out(`Password: ${password}\nIt is shown only this once: hand it over and have it changed.`);
  });
}

export async function resetPasswordCommand(
  who: string,
  options: PasswordSource,
  deps: UsersCommandDeps,
): Promise<number> {
  const { password, generated } = await newPassword(options, deps);
  const refused = refusedPassword(password, UUID.test(who) ? undefined : who, deps.io);
  if (refused !== undefined) return refused;
  return withUsers(deps, async (users) => {
    const account = await users.resetPassword((await find(users, who)).id, password, cliActor(deps.env));
    deps.io.out(`Reset the password of "${account.username}": its existing tokens no longer work.`);
    if (generated) deps.io.out(`Password: ${password}\nIt is shown only this once.`);
  });
}

export async function setDisabledCommand(who: string, disabled: boolean, deps: UsersCommandDeps): Promise<number> {
  return withUsers(deps, async (users) => {
    const target = await find(users, who);
    const by = cliActor(deps.env);
    const account = disabled ? await users.disable(target.id, by) : await users.enable(target.id, by);
    const was = target.disabled === disabled ? ' (it already was)' : '';
    deps.io.out(
      disabled
        ? `Disabled "${account.username}"${was}: it cannot sign in and its tokens no longer work.`
        : `Enabled "${account.username}"${was}: it can sign in again (tokens from before the disable stay refused).`,
    );
  });
}

export async function listUsersCommand(options: { json?: boolean }, deps: UsersCommandDeps): Promise<number> {
  return withUsers(deps, async (users) => {
    const accounts = await users.list();
    if (options.json) {
      const rows = accounts.map(({ tokensValidFrom: _t, ...a }) => a);
      return deps.io.out(JSON.stringify(rows, null, 2));
    }
    const header = ['USERNAME', 'ROLES', 'STATUS', 'CREATED', 'PASSWORD CHANGED', 'ID'];
    const lines = accounts.map((a) => [
      a.username,
      a.roles.join(','),
      a.disabled ? 'disabled' : 'enabled',
      a.createdAt.toISOString(),
      a.passwordChangedAt.toISOString(),
      a.id,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    for (const line of [header, ...lines])
      deps.io.out(
        line
          .map((c, i) => c.padEnd(widths[i]))
          .join('  ')
          .trimEnd(),
      );
  });
}
