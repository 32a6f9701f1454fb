import { caseloadsSection } from '../../plan/domain/plan.fixtures.js';
import type { PlanCaseloads } from '../../plan/domain/plan-document.js';
import { capFor, consultationHundredthsOf, headroomOf, isOverCap, proRata, type CapHolder } from './caseload-cap.js';

const person = (overrides: Partial<CapHolder> = {}): CapHolder => ({
  role: 'social-worker',
  fteHundredths: 100,
  socialWorkRegistered: true,
  dualQualified: false,
  ...overrides,
});

const plan: PlanCaseloads = {
  ...caseloadsSection(),
  caps: [
    { role: 'social-worker', maxOpenCases: 18 },
    { role: 'social-worker', qualification: 'dual-qualified', maxOpenCases: 14 },
    { role: 'clinician', qualification: 'social-work-registered', maxOpenCases: 6 },
    { role: 'clinician', qualification: 'dual-qualified', maxOpenCases: 8 },
    { role: 'clinician', maxOpenCases: 0 },
  ],
};

describe('the cap rule', () => {
  describe('pro rata to FTE, rounded down', () => {
    it.each([
      [18, 100, 18],
      [18, 60, 10], // 10.8: a part-timer never gets more than their share
      [18, 50, 9],
      [6, 50, 3],
      [6, 33, 1], // 1.98
      [6, 16, 0], // 0.96
      [0, 100, 0],
    ])('%p cases at %p hundredths of FTE is %p', (max, fte, cap) => {
      expect(proRata(max, fte)).toBe(cap);
      expect(
        capFor({ ...plan, caps: [{ role: 'social-worker', maxOpenCases: max }] }, person({ fteHundredths: fte }), null),
      ).toBe(cap);
    });
  });

  it("takes the cap for the person's role that fits best: dual qualified, then registered, then the role's own", () => {
    expect(capFor(plan, person(), null)).toBe(18);
    expect(capFor(plan, person({ dualQualified: true }), null)).toBe(14);
    expect(capFor(plan, person({ role: 'clinician', socialWorkRegistered: false }), null)).toBe(0);
    expect(capFor(plan, person({ role: 'clinician' }), null)).toBe(6);
    expect(capFor(plan, person({ role: 'clinician', dualQualified: true, fteHundredths: 50 }), null)).toBe(4);
  });

  it('gives no cap to a role the plan has none for, nor without a plan', () => {
    expect(capFor(plan, person({ role: 'head-of-clinical-practice' }), null)).toBeNull();
    expect(capFor(null, person(), null)).toBeNull();
  });

  it('lets an individual cap override the plan, as given and not pro rata', () => {
    expect(capFor(plan, person({ fteHundredths: 50 }), 5)).toBe(5);
    expect(capFor(null, person({ role: 'head-of-clinical-practice' }), 2)).toBe(2);
    expect(capFor(plan, person(), 0)).toBe(0);
  });

  it('is over only above the cap; headroom is negative over it and null without one', () => {
    expect([isOverCap(18, 18), isOverCap(19, 18), isOverCap(40, null)]).toEqual([false, true, false]);
    expect([headroomOf(12, 18), headroomOf(20, 18), headroomOf(3, null)]).toEqual([6, -2, null]);
  });

  it('gives clinician consultation hours pro rata, in hundredths of an hour, rounded down', () => {
    expect(consultationHundredthsOf({ ...plan, clinicianConsultationHoursPerWeek: 15 }, 60)).toBe(900);
    expect(consultationHundredthsOf({ ...plan, clinicianConsultationHoursPerWeek: 7.5 }, 33)).toBe(247);
    expect(consultationHundredthsOf(null, 100)).toBeNull();
  });
});
