import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_PLAN_FILE = 'plans/triborough-2016.json';

/**
 * Where the initial plan is read from. A configured path is taken relative to the working
 * directory, as a user typing it would expect. The default is looked for in the working directory
 * first (npm start, the Docker image), then beside the code: this file sits three directories
 * below the project root as source (tests) and four as compiled output (dist/src/...).
 */
export const locatePlanFile = (configured?: string): string => {
  if (configured) return resolve(configured);
  const candidates = [
    resolve(DEFAULT_PLAN_FILE),
    fileURLToPath(new URL(`../../../${DEFAULT_PLAN_FILE}`, import.meta.url)),
    fileURLToPath(new URL(`../../../../${DEFAULT_PLAN_FILE}`, import.meta.url)),
  ];
  return candidates.find((path) => existsSync(path)) ?? candidates[0];
};

/** The file's JSON, still unvalidated; a missing file or bad JSON fails naming the file. */
export const readPlanFile = async (path: string): Promise<unknown> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the plan file ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`the plan file ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
};
