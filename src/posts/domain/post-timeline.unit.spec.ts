import { postTimeline } from './post-timeline.js';
import type { PostEvent } from './post.events.js';

const postId = 'p-1';
const established: PostEvent = {
  type: 'PostEstablished',
  data: {
    postId,
    title: 'Family therapist',
    kind: 'clinician',
    borough: 'RBKC',
    wteHundredths: 60,
    fundedBy: 'dfe',
    annualCostPence: 3_250_050,
    establishedOn: '2016-04-01',
  },
};

describe('post timeline', () => {
  it("tells a post's life, each event dated by when it takes effect", () => {
    const events: PostEvent[] = [
      established,
      { type: 'PostHolderAppointed', data: { postId, staffId: 's-1', wteHundredths: 60, from: '2016-05-01' } },
      { type: 'PostVacated', data: { postId, staffId: 's-1', on: '2017-01-01' } },
      {
        type: 'PostIntegrated',
        data: { postId, intoPostId: 'p-9', integratedWteHundredths: 60, integratedOn: '2018-04-01' },
      },
      { type: 'PostDisestablished', data: { postId, on: '2019-04-01' } },
    ];
    expect(postTimeline(events)).toEqual([
      {
        summary: 'Established "Family therapist" (clinician, RBKC), WTE 0.6, funded by dfe, £32,500.50 a year',
        effectiveOn: '2016-04-01',
      },
      { summary: 'Staff s-1 appointed (WTE 0.6)', effectiveOn: '2016-05-01' },
      { summary: 'Vacated by staff s-1', effectiveOn: '2017-01-01' },
      { summary: 'Clinician work (WTE 0.6) integrated into social work post p-9', effectiveOn: '2018-04-01' },
      { summary: 'Disestablished', effectiveOn: '2019-04-01' },
    ]);
  });

  it('tells the social work side of an integration, with who held the post', () => {
    const integrated: PostEvent = {
      type: 'ClinicianWorkIntegrated',
      data: {
        postId: 'p-9',
        fromPostId: postId,
        integratedWteHundredths: 25,
        integratedOn: '2018-04-01',
        heldBy: 's-2',
      },
    };
    expect(postTimeline([integrated])).toEqual([
      { summary: 'Took in clinician work (WTE 0.25) from post p-1, held by staff s-2', effectiveOn: '2018-04-01' },
    ]);
  });
});
