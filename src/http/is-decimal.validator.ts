import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Decimal places of a number as written in JSON, exponent included: 0.25 has 2, 5e-324 has 324,
 * 1e21 has 0. class-validator's `IsNumber({ maxDecimalPlaces })` reads `String(n).split('.')[1]`
 * and throws a TypeError on 5e-324 or 1.5e-7, which answered 500 (found by the fuzz test).
 */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

export const isDecimal = (value: unknown, maxPlaces: number): boolean =>
  typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= maxPlaces;

/** A finite number with at most `maxPlaces` decimals (WTE in hundredths: `IsDecimal(2)`). */
export const IsDecimal = (maxPlaces: number, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isDecimal',
      constraints: [maxPlaces],
      validator: {
        validate: (value) => isDecimal(value, maxPlaces),
        defaultMessage: (args) => `${args?.property} must be a number with at most ${maxPlaces} decimals`,
      },
    },
    options,
  );
