import { given } from '../../../test/support/given-when-then.js';
import type { StaffDetailsChanged } from '../../staff/domain/staff.events.js';
import { dualAttained, hired, left, registered } from '../../staff/domain/staff.fixtures.js';
import type { CaseloadCommand } from './caseload.commands.js';
import { caseloadDecider } from './caseload.decider.js';
import { check, counted, facts, planFrom } from './caseload.fixtures.js';

const count = (on: string, openCases = 4): CaseloadCommand => ({
  type: 'RecordCaseloadCount',
  staffId: 'ana',
  on,
  openCases,
  reason: 'Stocktake',
});
const changed = (effectiveOn: string, data: Partial<StaffDetailsChanged['data']>): StaffDetailsChanged => ({
  type: 'StaffDetailsChanged',
  data: { staffId: 'ana', effectiveOn, ...data },
});
const clinician = hired('ana', { role: 'clinician', startedOn: '2016-04-01' });

describe('whose caseload, and when', () => {
  it('refuses someone never hired (404)', () => {
    given(caseloadDecider(facts([])), [])
      .when(count('2017-05-01'))
      .thenThrows('STAFF.NOT_FOUND', 'not-found');
  });

  it('refuses a date before the person started', () => {
    const error = given(caseloadDecider(facts()), [])
      .when(count('2016-03-31'))
      .thenThrows('CASELOADS.NOT_IN_POST', 'rule');
    expect(error.details).toEqual({ startedOn: '2016-04-01' });
  });

  describe('leavers', () => {
    const leaver = caseloadDecider(facts([hired(), left('ana', '2017-06-30')]));

    it('refuses a count on or after the leaving date, the first day gone', () => {
      given(leaver, []).when(count('2017-06-30')).thenThrows('STAFF.HAS_LEFT', 'rule');
      given(leaver, []).when(count('2018-01-01')).thenThrows('STAFF.HAS_LEFT');
    });

    it('records the closures that emptied the caseload before they went', () => {
      given(leaver, [])
        .when(count('2017-06-29', 0))
        .then([counted('2017-06-29', check(0, 18))]);
    });
  });

  it('pro-rates the cap by the FTE on the date, not a later one', () => {
    const partTime = facts([hired(), changed('2017-09-01', { fteHundredths: 60 })]);
    given(caseloadDecider(partTime), [])
      .when(count('2017-08-31', 11))
      .then([counted('2017-08-31', check(11, 18))]);
    given(caseloadDecider(partTime), [])
      .when(count('2017-09-01', 11))
      .then([counted('2017-09-01', check(11, 10, true))]);
  });

  it("takes the cap of the person's role and qualification on the date", () => {
    const qualifying = facts([
      clinician,
      registered('ana', '2017-04-01'),
      changed('2018-04-01', { role: 'social-worker' }),
    ]);
    given(caseloadDecider(qualifying), [])
      .when(count('2017-03-31', 1))
      .then([counted('2017-03-31', check(1, 0, true))]);
    given(caseloadDecider(qualifying), [])
      .when(count('2017-04-01', 1))
      .then([counted('2017-04-01', check(1, 6))]);
    given(caseloadDecider(qualifying), [])
      .when(count('2018-04-01', 1))
      .then([counted('2018-04-01', check(1, 18))]);
  });

  it('uses the plan revision in force on the date, and none before the plan', () => {
    const twoRevisions = facts(
      [hired('ana', { startedOn: '2015-01-01' })],
      [
        planFrom('2016-04-01'),
        planFrom(
          '2017-07-01',
          { caps: [{ role: 'social-worker', maxOpenCases: 15 }], clinicianConsultationHoursPerWeek: 10 },
          2,
        ),
      ],
    );
    const on = (day: string, cap: number | null) =>
      given(caseloadDecider(twoRevisions), [])
        .when(count(day, 16))
        .then([counted(day, check(16, cap, cap !== null && 16 > cap))]);
    on('2016-03-31', null);
    on('2017-06-30', 18);
    on('2017-07-01', 15);
  });

  it('leaves the cap out while the plan in force has no caseload section', () => {
    given(caseloadDecider(facts([hired()], [planFrom('2016-04-01', null)])), [])
      .when(count('2017-05-01', 40))
      .then([counted('2017-05-01', check(40, null))]);
  });

  it('counts a dual-qualified person under a dual-qualified cap from the day they qualified', () => {
    const plan = planFrom('2016-04-01', {
      caps: [
        { role: 'social-worker', maxOpenCases: 18 },
        { role: 'social-worker', qualification: 'dual-qualified', maxOpenCases: 12 },
      ],
      clinicianConsultationHoursPerWeek: 15,
    });
    const dual = facts([hired(), dualAttained('2018-01-10')], [plan]);
    given(caseloadDecider(dual), [])
      .when(count('2018-01-10', 13))
      .then([counted('2018-01-10', check(13, 12, true))]);
  });
});
