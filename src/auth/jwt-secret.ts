import { join } from 'node:path';
import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { dataDirSecret } from '../config/data-dir-secret.js';

export const JWT_SECRET = Symbol('JWT_SECRET');

export const JWT_SECRET_FILE = 'jwt-secret';

/**
 * `CADRE_JWT_SECRET` when set. Otherwise (embedded default only: the config refuses a database
 * URL without it) a secret kept in the data directory, so tokens survive a restart.
 */
export async function resolveJwtSecret(config: Pick<AppConfig, 'jwtSecret' | 'dataDir'>): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const file = join(config.dataDir, JWT_SECRET_FILE);
  const secret = await dataDirSecret(file);
  if (secret.length < 32)
    throw new Error(`${file} holds a secret shorter than 32 characters; delete it to generate a new one`);
  return secret;
}

export const jwtSecretProvider: Provider = {
  provide: JWT_SECRET,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => resolveJwtSecret(config),
};
