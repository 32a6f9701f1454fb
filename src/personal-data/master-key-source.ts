import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { dataDirSecret } from '../config/data-dir-secret.js';
import { MasterKeys, parseMasterKey } from './master-keys.js';

export const MASTER_KEY_FILE = 'master-key';

/**
 * `CADRE_MASTER_KEY` (with `CADRE_MASTER_KEY_PREVIOUS` during a rotation) when set. Otherwise
 * (embedded default only: the config refuses a database URL without it) a key kept in the data
 * directory beside the database it protects, as the JWT secret is.
 */
export async function resolveMasterKeys(
  config: Pick<AppConfig, 'masterKey' | 'previousMasterKeys' | 'dataDir'>,
): Promise<MasterKeys> {
  const previous = config.previousMasterKeys.map((k) => parseMasterKey(k, 'CADRE_MASTER_KEY_PREVIOUS'));
  if (config.masterKey) return new MasterKeys(parseMasterKey(config.masterKey, 'CADRE_MASTER_KEY'), previous);
  // An in-memory database lives and dies with the process: so may its key.
  if (config.dataDir.startsWith('memory://')) return new MasterKeys(randomBytes(32), previous);
  const file = join(config.dataDir, MASTER_KEY_FILE);
  return new MasterKeys(parseMasterKey(await dataDirSecret(file), file), previous);
}
