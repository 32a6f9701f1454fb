import type { WebApp } from './web-server.js';

/**
 * What the caseload and Centre pages show, through the API as HR and a clinical lead would enter
 * it: a registered clinician over her cap who gives a day of on-site support on `supportOn`, a
 * social worker within his, and a council selected for the Year 3 intake sending three people.
 */
export async function arrangeCaseloadsAndCentre(web: WebApp, supportOn: string) {
  const admin = await web.adminToken();
  const hire = (name: string, borough: string, role: string, number: string) =>
    web.api<{ id: string }>(admin, 'POST', '/api/staff', {
      name,
      borough,
      role,
      fte: 1,
      startedOn: '2016-04-01',
      registration: { number, registeredOn: '2010-09-01' },
    });
  const count = (staffId: string, openCases: number) =>
    web.api(admin, 'POST', `/api/staff/${staffId}/caseload/counts`, {
      on: '2018-09-03',
      openCases,
      reason: 'Stocktake',
    });
  const clinician = (await hire('Cleo Onsite', 'RBKC', 'clinician', 'SW900101')).id;
  const worker = (await hire('Sam Worker', 'WCC', 'social-worker', 'SW900102')).id;
  const clinicianCases = 7;
  await count(clinician, clinicianCases);
  await count(worker, 3);

  const intake = '/api/centre/intakes/3/councils';
  const application = {
    name: 'Avon',
    ofstedRating: 'requires-improvement',
    leadershipNotes: 'New DCS',
    appliedOn: '2017-11-01',
  };
  const { id: councilId } = await web.api<{ id: string }>(admin, 'POST', intake, application);
  await web.api(admin, 'POST', `${intake}/${councilId}/selection`, {
    on: '2018-01-31',
    reason: 'Committed to the model',
  });
  const participants = [
    { name: 'Ann Practitioner', group: 'practitioner' },
    { name: 'Bob Practitioner', group: 'practitioner' },
    { name: 'Cat Manager', group: 'frontline-manager' },
  ];
  await web.api(admin, 'POST', `${intake}/${councilId}/participants`, { registeredOn: '2018-03-01', participants });
  await web.api(admin, 'POST', `${intake}/${councilId}/on-site-support`, { staffId: clinician, on: supportOn });
  return { clinician, worker, clinicianCases, councilId, participants: participants.length };
}
