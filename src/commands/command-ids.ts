import { createHash, randomUUID } from 'node:crypto';

/** Namespace of every id cadre derives from a command (a fixed, random UUID; never change it). */
const CADRE_NAMESPACE = '5f0c1b62-8a4e-4d1f-9c3b-6f7e2a9d8c41';

/** RFC 4122 name-based UUID, version 5 (SHA-1), so the same name always gives the same id. */
export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of a command sent with an Idempotency-Key: the same for every retry of it, different for
 * another caller's key of the same spelling.
 */
export const commandIdOf = (principal: string, idempotencyKey: string): string =>
  uuidV5(CADRE_NAMESPACE, `idempotency-key\n${principal}\n${idempotencyKey}`);

/** The id of the `n`th event (0-based, in append order) a command writes. */
export const eventIdOf = (commandId: string, n: number): string => uuidV5(commandId, `event/${n}`);

/** Whatever carries a command's id: a request or a command context. */
export interface IdScope {
  commandId?: string;
}

/**
 * A new aggregate's id (a person, a cohort, a post, a user): derived from the command when it has
 * an id, so that every retry of one command names the same aggregate, and random otherwise. One id
 * per `purpose` and command: a command that creates two of a kind names them apart.
 */
export const newId = (scope: IdScope, purpose: string): string =>
  scope.commandId ? uuidV5(scope.commandId, `new/${purpose}`) : randomUUID();
