import { tellTimeline, wte, type TimelineSource, type TimelineText } from '../../shared/timeline.js';
import { PRIOR_LEARNING, type QualificationRecorded, type StaffEvent } from './staff.events.js';

/** What the earlier events said, so that a change can be told as "from → to". */
interface Known {
  role?: string;
  fteHundredths?: number;
  borough?: string;
}

const told = (summary: string, effectiveOn: string | null, state: Known) => ({
  text: { summary, effectiveOn },
  state,
});

const qualification = (data: QualificationRecorded['data']): string => {
  switch (data.kind) {
    case 'social-work-registration':
      return `social work registration ${data.registrationNumber}`;
    case 'systemic-level':
      return `systemic level ${data.level}`;
    case 'family-therapy':
      return 'family therapy';
  }
};

const describe = (known: Known, source: TimelineSource) => {
  const event = source as StaffEvent;
  switch (event.type) {
    case 'StaffHired': {
      const { name, role, borough, fteHundredths, startedOn, registration } = event.data;
      const registered = registration ? `, registered ${registration.number}` : '';
      return told(`Hired ${name} as ${role} in ${borough} at FTE ${wte(fteHundredths)}${registered}`, startedOn, {
        role,
        borough,
        fteHundredths,
      });
    }
    case 'StaffDetailsChanged': {
      const { role, fteHundredths, borough, effectiveOn } = event.data;
      const changes: string[] = [];
      if (role !== undefined) changes.push(`role ${known.role ?? '?'} → ${role}`);
      if (fteHundredths !== undefined)
        changes.push(
          `FTE ${known.fteHundredths === undefined ? '?' : wte(known.fteHundredths)} → ${wte(fteHundredths)}`,
        );
      if (borough !== undefined) changes.push(`borough ${known.borough ?? '?'} → ${borough}`);
      const next = {
        role: role ?? known.role,
        fteHundredths: fteHundredths ?? known.fteHundredths,
        borough: borough ?? known.borough,
      };
      return told(changes.join(', ') || 'Details confirmed, nothing changed', effectiveOn, next);
    }
    case 'StaffLeft':
      return told(`Left: ${event.data.reason}`, event.data.leftOn, known);
    case 'QualificationRecorded':
      return told(
        `Qualification recorded: ${qualification(event.data)} (evidence ${event.data.evidenceRef})`,
        event.data.achievedOn,
        known,
      );
    case 'SocialWorkRegistrationLapsed': {
      const why = event.data.reason ? `: ${event.data.reason}` : '';
      return told(`Social work registration ${event.data.registrationNumber} lapsed${why}`, event.data.lapsedOn, known);
    }
    case 'SystemicLevelCompleted': {
      const where = event.data.cohortId === PRIOR_LEARNING ? 'by prior learning' : `in cohort ${event.data.cohortId}`;
      return told(`Completed systemic level ${event.data.level} ${where}`, event.data.completedOn, known);
    }
    case 'EnrolmentStarted': {
      const { status, level, cohortId, on } = event.data;
      const verb = status === 'waitlisted' ? 'Waitlisted for' : 'Enrolled in';
      return told(`${verb} systemic level ${level}, cohort ${cohortId}`, on, known);
    }
    case 'EnrolmentEnded': {
      const { outcome, level, cohortId, on } = event.data;
      return told(`Systemic level ${level} enrolment in cohort ${cohortId} ended: ${outcome}`, on, known);
    }
    case 'DualQualificationAttained':
      return told('Became dual-qualified (social work registration and family therapy)', event.data.on, known);
    case 'DualQualificationEnded':
      return told(`Dual qualification ended: ${event.data.reason.replaceAll('-', ' ')}`, event.data.on, known);
    default: {
      // A type this code does not know yet: told by its name alone.
      const _exhaustive: never = event;
      return null;
    }
  }
};

/** A person's stream told in words, one entry per event, in stream order. */
export const staffTimeline = (events: readonly TimelineSource[]): TimelineText[] => tellTimeline(events, {}, describe);
