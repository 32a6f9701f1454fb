import { ValidateBy, type ValidationOptions } from 'class-validator';

// A time must name its zone, so that the same text means the same instant everywhere.
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO 8601 instant with its zone (`2017-04-01T09:00:00Z`), or a date meaning its midnight UTC. */
export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));

export const IsInstant = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value) => isInstant(value),
        defaultMessage: (args) =>
          `${args?.property} must be an ISO instant with its zone (2017-04-01T09:00:00Z) or a date (2017-04-01)`,
      },
    },
    options,
  );
