import { validatePlanDocument, type PlanDocument } from './plan-document.js';
import { caseloadsSection, twoYearPlan, withCaseloads } from './plan.fixtures.js';

/** The problems of a plan with caseloads after `change` is applied to its caseloads section. */
const problemsAfter = (change: (caseloads: Record<string, unknown>) => void) => {
  const plan = structuredClone(withCaseloads()) as PlanDocument;
  change(plan.caseloads as unknown as Record<string, unknown>);
  const result = validatePlanDocument(plan);
  return result.ok ? [] : result.problems;
};
const caps = (c: Record<string, unknown>) => c.caps as Record<string, unknown>[];

describe('the plan document: caseloads', () => {
  it('is optional, so revisions written before caseloads were planned still read', () => {
    const result = validatePlanDocument(twoYearPlan());
    expect(result.ok && 'caseloads' in result.document).toBe(false);
  });

  it('keeps caps by role and qualification and the consultation allowance as given', () => {
    expect(validatePlanDocument(withCaseloads())).toStrictEqual({ ok: true, document: withCaseloads() });
  });

  it('accepts half and quarter hours of consultation, and no caps at all', () => {
    expect(problemsAfter((c) => (c.clinicianConsultationHoursPerWeek = 7.25))).toEqual([]);
    expect(problemsAfter((c) => (c.caps = []))).toEqual([]);
  });

  it('refuses an unknown role or qualification, naming what is allowed', () => {
    expect(
      problemsAfter((c) => {
        caps(c)[0].role = 'therapist';
        caps(c)[1].qualification = 'msc';
      }),
    ).toEqual([
      {
        path: 'caseloads.caps[0].role',
        message:
          'must be one of social-worker, practitioner, frontline-manager, practice-leader, clinician, head-of-clinical-practice',
      },
      {
        path: 'caseloads.caps[1].qualification',
        message: 'must be dual-qualified or social-work-registered, or left out',
      },
    ]);
  });

  it.each([-1, 2.5, '18', null])('refuses %p as a maximum of open cases', (max) => {
    expect(problemsAfter((c) => (caps(c)[0].maxOpenCases = max))).toEqual([
      { path: 'caseloads.caps[0].maxOpenCases', message: 'must be a whole number of cases, 0 or more' },
    ]);
  });

  it('refuses a cap above 1000 cases, far past any real caseload', () => {
    expect(problemsAfter((c) => (caps(c)[0].maxOpenCases = 1001))).toEqual([
      { path: 'caseloads.caps[0].maxOpenCases', message: 'must be at most 1000 cases' },
    ]);
  });

  it('refuses two caps for one role and qualification', () => {
    expect(problemsAfter((c) => caps(c).push({ role: 'clinician', maxOpenCases: 2 }))).toEqual([
      { path: 'caseloads.caps[3]', message: 'another cap is already set for clinician' },
    ]);
  });

  it.each([-1, 169, 7.333, '15', undefined])('refuses %p hours of consultation a week', (hours) => {
    expect(problemsAfter((c) => (c.clinicianConsultationHoursPerWeek = hours))).toEqual([
      {
        path: 'caseloads.clinicianConsultationHoursPerWeek',
        message: 'must be hours a week, 0 to 168, with at most two decimals',
      },
    ]);
  });

  it('names misspelt properties of the section and of a cap', () => {
    expect(
      problemsAfter((c) => {
        c.cap = [];
        caps(c)[0].maxCases = 3;
      }),
    ).toEqual([
      { path: 'caseloads.cap', message: 'is not a known property' },
      { path: 'caseloads.caps[0].maxCases', message: 'is not a known property' },
    ]);
  });

  it('trims notes and leaves a missing qualification out', () => {
    const caseloads = caseloadsSection();
    caseloads.caps[0].note = '  full time ';
    const result = validatePlanDocument(withCaseloads(twoYearPlan(), caseloads));
    expect(result.ok && result.document.caseloads?.caps[0]).toStrictEqual({
      role: 'social-worker',
      maxOpenCases: 18,
      note: 'full time',
    });
  });
});
