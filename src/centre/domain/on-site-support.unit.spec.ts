import { given, twoAggregateDecision } from '../../../test/support/given-when-then.js';
import { hired, left } from '../../staff/domain/staff.fixtures.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import { applied, selectedCouncil, supportGiven, terms, YEAR } from './centre.fixtures.js';
import type { RecordOnSiteSupport } from './intake.commands.js';
import { intakeDecider } from './intake.decider.js';
import { decideOnSiteSupport } from './on-site-support.decider.js';

const support = twoAggregateDecision(intakeDecider, staffDecider, (c: RecordOnSiteSupport, intake, staff) =>
  decideOnSiteSupport(c, intake, staff),
);
const give = (overrides: Partial<RecordOnSiteSupport> = {}): RecordOnSiteSupport => ({
  type: 'RecordOnSiteSupport',
  intakeYear: YEAR,
  terms: terms(),
  councilId: 'c1',
  staffId: 's1',
  on: '2017-05-02',
  ...overrides,
});
const clinician = hired('s1', { role: 'clinician', startedOn: '2016-04-01' });

describe('on-site support at a council', () => {
  it("records a day of the plan's hours, or the hours given", () => {
    given(support, selectedCouncil(), [clinician])
      .when(give())
      .then([supportGiven('s1', '2017-05-02')]);
    given(support, selectedCouncil(), [clinician])
      .when(give({ hoursHundredths: 350 }))
      .then([
        {
          ...supportGiven('s1', '2017-05-02'),
          data: { ...supportGiven('s1', '2017-05-02').data, hoursHundredths: 350 },
        },
      ]);
  });

  it('needs a member of staff employed that day', () => {
    given(support, selectedCouncil(), []).when(give()).thenThrows('STAFF.NOT_FOUND', 'not-found');
    given(support, selectedCouncil(), [hired('s1', { startedOn: '2017-06-01' })])
      .when(give())
      .thenThrows('CENTRE.STAFF_NOT_EMPLOYED', 'rule');
    given(support, selectedCouncil(), [clinician, left('s1', '2017-05-02')])
      .when(give())
      .thenThrows('CENTRE.STAFF_NOT_EMPLOYED', 'rule');
  });

  it('needs a selected council and a day from the intake start, recorded once', () => {
    given(support, [applied()], [clinician]).when(give()).thenThrows('CENTRE.COUNCIL_NOT_SELECTED');
    given(support, selectedCouncil(), [clinician])
      .when(give({ on: '2017-03-31' }))
      .thenThrows('CENTRE.BEFORE_INTAKE_START');
    given(support, [...selectedCouncil(), supportGiven('s1', '2017-05-02')], [clinician])
      .when(give())
      .thenThrows('CENTRE.ON_SITE_SUPPORT_ALREADY_RECORDED');
  });

  it('refuses hours outside a day', () => {
    for (const hoursHundredths of [0, 2401, 7.5])
      given(support, selectedCouncil(), [clinician])
        .when(give({ hoursHundredths }))
        .thenThrows('CENTRE.INVALID_HOURS', 'invalid');
  });
});
