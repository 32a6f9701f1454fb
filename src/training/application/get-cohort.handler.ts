import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { COHORT_MEMBER_VIEW, COHORT_PERSON_VIEW, COHORT_VIEW } from '../read-model/cohorts.projection.js';
import {
  COHORT_SUMMARY_COLUMNS,
  type CohortDetails,
  type CohortSummary,
  type MemberStatus,
  type RosterMember,
} from '../read-model/cohort-view.js';
import { normaliseId } from './training-ids.js';

export class GetCohortQuery extends Query<CohortDetails> {
  constructor(readonly cohortId: string) {
    super();
  }
}

type Row = CohortSummary & {
  staff_id: string | null;
  person_name: string | null;
  status: MemberStatus | null;
  enrolled_on: string | null;
  waitlisted_on: string | null;
  outcome_on: string | null;
};

/** One statement, so the counts and the lists come from the same snapshot. */
@QueryHandler(GetCohortQuery)
export class GetCohortHandler implements IQueryHandler<GetCohortQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ cohortId }: GetCohortQuery): Promise<CohortDetails> {
    const rows: Row[] = await this.db.query(
      `SELECT ${COHORT_SUMMARY_COLUMNS}, m.staff_id, p.name AS person_name, m.status,
              m.enrolled_on::text, m.waitlisted_on::text, m.outcome_on::text
       FROM ${COHORT_VIEW} c
       LEFT JOIN ${COHORT_MEMBER_VIEW} m ON m.cohort_id = c.cohort_id
       LEFT JOIN ${COHORT_PERSON_VIEW} p ON p.staff_id = m.staff_id
       WHERE c.cohort_id = $1
       ORDER BY m.waitlist_seq`,
      [normaliseId(cohortId)],
    );
    if (rows.length === 0) throw notFound('COHORT.NOT_FOUND', 'No such cohort');
    const {
      id,
      level,
      name,
      provider,
      startsOn,
      endsOn,
      capacity,
      enrolled,
      waitlisted,
      completed,
      failed,
      placesLeft,
    } = rows[0];
    const members = rows.filter((r) => r.staff_id !== null);
    const waiting = members.filter((r) => r.status === 'waitlisted');
    return {
      id,
      level,
      name,
      provider,
      startsOn,
      endsOn,
      capacity,
      enrolled,
      waitlisted,
      completed,
      failed,
      placesLeft,
      roster: members
        .filter((r) => r.status !== 'waitlisted')
        .map((r) => ({
          staffId: r.staff_id!,
          name: r.person_name,
          status: r.status as RosterMember['status'],
          enrolledOn: r.enrolled_on,
          outcomeOn: r.outcome_on,
        })),
      waitingList: waiting.map((r, i) => ({
        staffId: r.staff_id!,
        name: r.person_name,
        position: i + 1,
        waitlistedOn: r.waitlisted_on!,
      })),
    };
  }
}
