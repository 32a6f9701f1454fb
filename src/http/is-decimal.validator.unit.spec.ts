import { decimalPlaces, isDecimal } from './is-decimal.validator.js';

describe('decimal places of a JSON number', () => {
  it.each([
    [0, 0],
    [1, 0],
    [0.6, 1],
    [0.25, 2],
    [1.005, 3],
    [1e21, 0],
    [1.5e-7, 8],
    [5e-324, 324],
    [-0.01, 2],
  ])('%p has %p', (value, places) => expect(decimalPlaces(value)).toBe(places));

  it('accepts finite numbers within the places and nothing else, without throwing', () => {
    expect([0.6, 1, 0.01].map((v) => isDecimal(v, 2))).toEqual([true, true, true]);
    expect([0.001, 5e-324, 9e-323, Infinity, NaN, '0.5', null].map((v) => isDecimal(v, 2))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
