import type { WebApp } from './web-server.js';

/**
 * What the tapering tests need before a Head of Clinical Practice acts: a clinician post, and a
 * social work post held by someone dual qualified (a registered social worker with a recorded
 * family-therapy qualification), all through the API as HR and a clinical lead would.
 */
export async function arrangeIntegrationCandidates(web: WebApp) {
  const admin = await web.adminToken();
  const { id: staffId } = await web.api<{ id: string }>(admin, 'POST', '/api/staff', {
    name: 'Dee Dual-Qualified',
    borough: 'WCC',
    role: 'social-worker',
    fte: 1,
    startedOn: '2016-04-01',
    registration: { number: 'SW900001', registeredOn: '2010-09-01' },
  });
  await web.api(admin, 'POST', `/api/staff/${staffId}/qualifications`, {
    kind: 'family-therapy',
    evidenceRef: 'HR/2016/ft-001',
    achievedOn: '2015-07-01',
  });
  const establish = (title: string, kind: string, fundedBy: string) =>
    web.api<{ id: string }>(admin, 'POST', '/api/posts', {
      title,
      kind,
      borough: 'WCC',
      wte: 1,
      fundedBy,
      annualCostPence: 6_000_000,
      establishedOn: '2016-04-01',
    });
  const clinician = await establish('Family therapist, WCC clinical team', 'clinician', 'dfe');
  const socialWork = await establish('Senior social worker, WCC assessment', 'social-work', 'council');
  await web.api(admin, 'POST', `/api/posts/${socialWork.id}/appointments`, { staffId, from: '2018-01-01' });
  return { staffId, clinicianPostId: clinician.id, socialWorkPostId: socialWork.id };
}
