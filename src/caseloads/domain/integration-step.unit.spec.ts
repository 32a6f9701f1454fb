import { readFileSync } from 'node:fs';
import { validatePlanDocument } from '../../plan/domain/plan-document.js';
import { nextIntegrationStep, plannedIntegration } from './integration-step.js';

const triborough = (() => {
  const result = validatePlanDocument(
    JSON.parse(readFileSync(new URL('../../../plans/triborough-2016.json', import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error('the plan file is invalid');
  return plannedIntegration(result.document);
})();

describe('the next integration step', () => {
  it('reads the planned integrated WTE of each year: 0, 0, 12, 24 in the Triborough plan', () => {
    expect(triborough.map((y) => [y.year, y.integratedWteHundredths])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1200],
      [4, 2400],
    ]);
  });

  it.each([
    ['2016-06-01', 3, 0, 1200],
    ['2017-10-01', 3, 0, 1200],
    ['2018-03-31', 3, 0, 1200],
    ['2018-04-01', 4, 1200, 1200],
    ['2019-03-31', 4, 1200, 1200],
  ])('on %s is Year %p, from %p hundredths, rising by %p', (day, year, from, rise) => {
    expect(nextIntegrationStep(triborough, day)).toMatchObject({
      year,
      fromWteHundredths: from,
      riseWteHundredths: rise,
      integratedWteHundredths: from + rise,
    });
  });

  it('is none once the last rise has started', () => {
    expect(nextIntegrationStep(triborough, '2019-04-01')).toBeNull();
    expect(nextIntegrationStep(triborough, '2025-01-01')).toBeNull();
  });

  it('skips years that plan no rise, and counts a rise in Year 1 from nil', () => {
    const years = [
      { year: 1, startsOn: '2016-04-01', endsOn: '2017-03-31', integratedWteHundredths: 300 },
      { year: 2, startsOn: '2017-04-01', endsOn: '2018-03-31', integratedWteHundredths: 300 },
      { year: 3, startsOn: '2018-04-01', endsOn: '2019-03-31', integratedWteHundredths: 200 },
      { year: 4, startsOn: '2019-04-01', endsOn: '2020-03-31', integratedWteHundredths: 900 },
    ];
    expect(nextIntegrationStep(years, '2016-01-01')).toMatchObject({ year: 1, riseWteHundredths: 300 });
    expect(nextIntegrationStep(years, '2016-04-01')).toMatchObject({
      year: 4,
      fromWteHundredths: 200,
      riseWteHundredths: 700,
    });
  });
});
