import { DomainError } from '../../shared/domain-error.js';
import { requireValidPlan, validatePlanDocument, type PlanDocument } from './plan-document.js';
import { twoYearPlan } from './plan.fixtures.js';

type Mutable = Record<string, unknown> & PlanDocument;

/** The problems of the fixture plan after `change` is applied to a copy of it. */
const problemsAfter = (change: (plan: Mutable) => void) => {
  const plan = structuredClone(twoYearPlan()) as Mutable;
  change(plan);
  const result = validatePlanDocument(plan);
  return result.ok ? [] : result.problems;
};

describe('validatePlanDocument', () => {
  it('accepts a valid plan and returns it unchanged', () => {
    expect(validatePlanDocument(twoYearPlan())).toStrictEqual({ ok: true, document: twoYearPlan() });
  });

  it('accepts a plan without stated totals and keeps notes, trimmed', () => {
    const { statedTotals: _omitted, ...plan } = twoYearPlan();
    plan.fundingLines[0].note = ' 17 WTE ';
    const result = validatePlanDocument(plan);
    expect(result.ok && result.document.fundingLines[0].note).toBe('17 WTE');
    expect(result.ok && 'statedTotals' in result.document).toBe(false);
  });

  it('refuses what is not an object', () => {
    expect(validatePlanDocument([])).toEqual({ ok: false, problems: [{ path: '', message: 'must be an object' }] });
  });

  it('names unknown properties, which are usually misspelt ones', () => {
    expect(problemsAfter((p) => ((p.targets['1'] as Record<string, unknown>).separateClinicalWte = 24))).toEqual([
      { path: 'targets.1.separateClinicalWte', message: 'is not a known property' },
    ]);
  });

  describe('calendar', () => {
    it('needs at least one year', () => {
      expect(problemsAfter((p) => (p.calendar = []))).toContainEqual({
        path: 'calendar',
        message: 'must hold at least one programme year',
      });
    });

    it('numbers years 1, 2, ... in order', () => {
      expect(problemsAfter((p) => (p.calendar[1].year = 3))).toEqual([
        { path: 'calendar[1].year', message: 'must be 2: years run 1, 2, 3... in order' },
      ]);
    });

    it.each(['2017-02-29', '2016-4-1', '01/04/2016', 20160401])('refuses %p as a date', (date) => {
      expect(problemsAfter((p) => ((p.calendar[0] as Record<string, unknown>).startsOn = date))).toEqual([
        { path: 'calendar[0].startsOn', message: 'must be YYYY-MM-DD' },
      ]);
    });

    it('needs each year to end after it starts', () => {
      expect(problemsAfter((p) => (p.calendar[0].endsOn = '2016-04-01'))).toContainEqual({
        path: 'calendar[0].endsOn',
        message: 'must be after startsOn',
      });
    });

    it('needs each year to start the day after the previous one ends (no gap)', () => {
      expect(problemsAfter((p) => (p.calendar[1].startsOn = '2017-04-02'))).toEqual([
        { path: 'calendar[1].startsOn', message: 'must be 2017-04-01, the day after year 1 ends' },
      ]);
    });

    it('refuses overlapping years', () => {
      expect(problemsAfter((p) => (p.calendar[1].startsOn = '2017-03-31'))).toEqual([
        { path: 'calendar[1].startsOn', message: 'must be 2017-04-01, the day after year 1 ends' },
      ]);
    });
  });

  describe('targets', () => {
    it('needs targets for every calendar year', () => {
      expect(problemsAfter((p) => delete p.targets['2'])).toEqual([
        { path: 'targets.2', message: 'must be an object' },
      ]);
    });

    it('refuses targets for a year not in the calendar', () => {
      expect(problemsAfter((p) => (p.targets['3'] = p.targets['2']))).toEqual([
        { path: 'targets.3', message: 'is not a known property' },
      ]);
    });

    it.each([-100, 12.5, '2400', null])('refuses %p hundredths of WTE', (wte) => {
      expect(problemsAfter((p) => ((p.targets['1'] as Record<string, unknown>).integratedWteHundredths = wte))).toEqual(
        [{ path: 'targets.1.integratedWteHundredths', message: 'must be a whole number of hundredths, 0 or more' }],
      );
    });

    it('refuses a fractional intake', () => {
      expect(problemsAfter((p) => (p.targets['2'].intakes.msc = 6.5))).toEqual([
        { path: 'targets.2.intakes.msc', message: 'must be a whole number of people, 0 or more' },
      ]);
    });
  });

  describe('funding lines', () => {
    it('needs an amount for every year', () => {
      expect(problemsAfter((p) => delete p.fundingLines[1].amountsPence['2'])).toEqual([
        { path: 'fundingLines[1].amountsPence.2', message: 'must give an amount for year 2' },
      ]);
    });

    it.each([-1, 1.5, '100'])('refuses %p as pence', (amount) => {
      expect(problemsAfter((p) => ((p.fundingLines[0].amountsPence as Record<string, unknown>)['1'] = amount))).toEqual(
        [{ path: 'fundingLines[0].amountsPence.1', message: 'must be a whole number of pence, 0 or more' }],
      );
    });

    it('accepts nil as 0 pence', () => {
      expect(problemsAfter((p) => (p.fundingLines[0].amountsPence['2'] = 0))).toEqual([]);
    });

    it('refuses two lines with one name, whatever the case or spacing', () => {
      expect(problemsAfter((p) => (p.fundingLines[1].name = ' clinicians '))).toEqual([
        { path: 'fundingLines[1].name', message: '"clinicians" names another line already' },
      ]);
    });

    it('needs clinicalTeam to be true or false', () => {
      expect(problemsAfter((p) => ((p.fundingLines[0] as Record<string, unknown>).clinicalTeam = 'yes'))).toEqual([
        { path: 'fundingLines[0].clinicalTeam', message: 'must be true or false' },
      ]);
    });
  });

  describe('stated totals', () => {
    it('may state only some years', () => {
      expect(problemsAfter((p) => delete p.statedTotals![0].amountsPence['2'])).toEqual([]);
    });

    it('may total a named group of lines, stored as the lines spell themselves', () => {
      const plan = twoYearPlan();
      plan.statedTotals = [{ name: 'Clinical', lines: ['CLINICIANS'], amountsPence: { '1': 1 } }];
      const result = validatePlanDocument(plan);
      expect(result.ok && result.document.statedTotals).toEqual([
        { name: 'Clinical', lines: ['Clinicians'], amountsPence: { '1': 1 } },
      ]);
    });

    it('refuses a group naming a line the plan does not have', () => {
      expect(problemsAfter((p) => (p.statedTotals![0].lines = ['Clinicians', 'Catering']))).toEqual([
        { path: 'statedTotals[0].lines[1]', message: 'must name a funding line of this plan' },
      ]);
    });

    it('refuses a year not in the calendar', () => {
      expect(problemsAfter((p) => (p.statedTotals![0].amountsPence['5'] = 1))).toEqual([
        { path: 'statedTotals[0].amountsPence.5', message: 'is not a known property' },
      ]);
    });
  });

  it('lists every problem at once, in document order', () => {
    const problems = problemsAfter((p) => {
      p.name = '';
      p.calendar[1].year = 7;
      p.fundingLines[0].amountsPence['1'] = -5;
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'name',
      'calendar[1].year',
      'fundingLines[0].amountsPence.1',
    ]);
  });
});

describe('requireValidPlan', () => {
  it('returns the valid document', () => {
    expect(requireValidPlan(twoYearPlan())).toStrictEqual(twoYearPlan());
  });

  it('throws PLAN.INVALID (invalid) with the problems in details', () => {
    const plan = { ...twoYearPlan(), extra: true, name: 3 };
    const thrown = (() => {
      try {
        requireValidPlan(plan);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'PLAN.INVALID',
      kind: 'invalid',
      message: 'the plan document has 2 problems',
      details: {
        problems: [
          { path: 'extra', message: 'is not a known property' },
          { path: 'name', message: 'must be non-empty text' },
        ],
      },
    });
  });
});
