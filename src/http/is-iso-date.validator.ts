import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '../shared/values.js';

/** A real calendar date written `YYYY-MM-DD` (so `2017-02-29` is refused), by the domain's own test. */
export const IsIsoDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a calendar date YYYY-MM-DD`,
      },
    },
    options,
  );
