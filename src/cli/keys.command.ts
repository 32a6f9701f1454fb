import { PersonalKeys } from '../personal-data/personal-keys.js';
import { count, EXIT, withAppContext, type CliIo } from './cli-context.js';

/**
 * Rewraps every person's data key under `CADRE_MASTER_KEY`, unwrapping those still under an old
 * master key given in `CADRE_MASTER_KEY_PREVIOUS` (the rotation procedure in the README). Events
 * are not touched: they are sealed under the data keys, which do not change.
 */
export async function keysRewrapCommand(env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  return withAppContext(env, async (app) => {
    const rewrapped = await app.get(PersonalKeys).rewrapAll((done) => io.err(`keys: ${count(done)} rewrapped`));
    io.out(
      rewrapped === 0
        ? 'Every data key is already wrapped by CADRE_MASTER_KEY.'
        : `Rewrapped ${count(rewrapped)} data keys under CADRE_MASTER_KEY; CADRE_MASTER_KEY_PREVIOUS may now be removed.`,
    );
    return EXIT.done;
  });
}
