import type { CentrePlan, ParticipantPlaces } from '../../plan/domain/centre-plan.js';
import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { IsoDate } from '../../shared/values.js';
import { noPlaces, PARTICIPANT_GROUPS, type ParticipantGroup } from '../domain/centre.values.js';
import { CENTRE_COUNCIL_VIEW, CENTRE_ON_SITE_SUPPORT_VIEW, CENTRE_PARTICIPANT_VIEW } from './centre-rows.js';
import type { Queryable } from './council-queries.js';

/** One intake of the plan at the cut: what the plan provides for, and what has been entered. */
export interface IntakeSummary {
  year: number;
  selectionClosesOn: IsoDate;
  startsOn: IsoDate;
  councilsPlanned: number;
  placesPerCouncil: ParticipantPlaces;
  placesPlanned: number;
  feePencePerParticipant: number;
  plannedIncomePence: number;
  councilsApplied: number;
  councilsSelected: number;
  councilsDeclined: number;
  participants: Record<ParticipantGroup, number>;
  participantsTotal: number;
  completed: number;
  invoicedPence: number;
  onSiteDaysPlanned: number;
  onSiteDaysGiven: number;
  onSiteHoursHundredths: number;
}

/** Every intake the Centre's plan provides for, with the councils, participants and support at the cut. */
export const intakesAt = async (q: Queryable, centre: CentrePlan, cut: ReadCut): Promise<IntakeSummary[]> => {
  const c = new SqlParams();
  const councils = (await q.query(
    `SELECT v.intake_year, v.status, count(*)::int AS n FROM ${rowsAt(CENTRE_COUNCIL_VIEW, cut, c)} v
     GROUP BY v.intake_year, v.status`,
    c.values,
  )) as { intake_year: number; status: string; n: number }[];
  const p = new SqlParams();
  const participants = (await q.query(
    `SELECT v.intake_year, v.participant_group, count(*)::int AS n,
            (count(*) FILTER (WHERE v.status = 'completed'))::int AS completed, sum(v.fee_pence)::text AS fees
     FROM ${rowsAt(CENTRE_PARTICIPANT_VIEW, cut, p)} v GROUP BY v.intake_year, v.participant_group`,
    p.values,
  )) as { intake_year: number; participant_group: ParticipantGroup; n: number; completed: number; fees: string }[];
  const s = new SqlParams();
  const support = (await q.query(
    `SELECT v.intake_year, count(*)::int AS days, sum(v.hours_hundredths)::int AS hours
     FROM ${rowsAt(CENTRE_ON_SITE_SUPPORT_VIEW, cut, s)} v GROUP BY v.intake_year`,
    s.values,
  )) as { intake_year: number; days: number; hours: number }[];
  return Object.entries(centre.intakes)
    .map(([key, intake]): IntakeSummary => {
      const year = Number(key);
      const councilsWith = (status: string) =>
        councils.find((x) => x.intake_year === year && x.status === status)?.n ?? 0;
      const mine = participants.filter((x) => x.intake_year === year);
      const byGroup = noPlaces();
      for (const x of mine) byGroup[x.participant_group] = x.n;
      const perCouncil = PARTICIPANT_GROUPS.reduce((sum, group) => sum + intake.placesPerCouncil[group], 0);
      const fee = centre.feesPencePerParticipant[key] ?? 0;
      const given = support.find((x) => x.intake_year === year);
      return {
        year,
        selectionClosesOn: intake.selectionClosesOn,
        startsOn: intake.startsOn,
        councilsPlanned: intake.councils,
        placesPerCouncil: intake.placesPerCouncil,
        placesPlanned: intake.councils * perCouncil,
        feePencePerParticipant: fee,
        plannedIncomePence: intake.councils * perCouncil * fee,
        councilsApplied: councilsWith('applied'),
        councilsSelected: councilsWith('selected'),
        councilsDeclined: councilsWith('declined'),
        participants: byGroup,
        participantsTotal: mine.reduce((sum, x) => sum + x.n, 0),
        completed: mine.reduce((sum, x) => sum + x.completed, 0),
        invoicedPence: mine.reduce((sum, x) => sum + Number(x.fees), 0),
        onSiteDaysPlanned: intake.councils * centre.onSiteDaysPerCouncil,
        onSiteDaysGiven: given?.days ?? 0,
        onSiteHoursHundredths: given?.hours ?? 0,
      };
    })
    .sort((a, b) => a.year - b.year);
};
