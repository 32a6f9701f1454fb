/**
 * A small reader for untrusted JSON that records every problem with its path instead of stopping
 * at the first: whoever edits a plan file fixes it in one pass. Readers return `undefined` for a
 * bad value so the caller can carry on reading the rest.
 */
export interface PlanProblem {
  /** Where in the document, e.g. `fundingLines[2].amountsPence.3`. */
  path: string;
  message: string;
}

export type JsonObject = Record<string, unknown>;

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

export class ProblemList {
  readonly problems: PlanProblem[] = [];

  add(path: string, message: string): undefined {
    this.problems.push({ path, message });
    return undefined;
  }

  object(value: unknown, path: string, known: readonly string[]): JsonObject | undefined {
    if (!isJsonObject(value)) return this.add(path, 'must be an object');
    // An unknown key is most often a misspelt known one, whose value would otherwise be lost.
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.add(at(path, key), 'is not a known property');
    }
    return value;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    return Array.isArray(value) ? value : this.add(path, 'must be a list');
  }

  text(value: unknown, path: string): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') return this.add(path, 'must be non-empty text');
    return value.trim();
  }

  optionalText(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.text(value, path);
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === 'boolean' ? value : this.add(path, 'must be true or false');
  }

  /** Counts, pence and WTE hundredths: exact whole numbers, never fractions or negatives. */
  count(value: unknown, path: string, unit: string): number | undefined {
    if (!Number.isSafeInteger(value) || (value as number) < 0) {
      return this.add(path, `must be a whole number of ${unit}, 0 or more`);
    }
    return value as number;
  }
}
