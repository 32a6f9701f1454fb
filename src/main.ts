import { loadConfig, ConfigError } from './config/app-config.js';
import { createApp } from './bootstrap.js';
import { stopGracefullyOnSignals } from './http/graceful-shutdown.js';
import { JsonLogger } from './http/json-logger.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`cadre: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  const app = await createApp(process.env, logger);
  await app.listen(config.port);
  stopGracefullyOnSignals(app, logger, config.shutdownTimeoutMs);
  logger.log(
    {
      message: `cadre listening on http://localhost:${config.port}`,
      engine: config.databaseUrl ? 'postgres' : 'embedded',
      docs: '/api/docs',
    },
    'Main',
  );
}

main().catch((error: Error) => {
  process.stderr.write(`cadre: could not start: ${error.message}\n`);
  process.exit(1);
});
