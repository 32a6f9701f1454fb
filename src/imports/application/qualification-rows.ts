import { RecordQualificationCommand } from '../../staff/application/record-qualification.handler.js';
import type { Qualification } from '../../staff/domain/staff.events.js';
import type { QualificationRow } from '../domain/qualifications.layout.js';
import type { RowImporter } from './row-step.js';

const CODES = {
  'STAFF.NOT_FOUND': 'employee_number',
  'STAFF.HAS_LEFT': 'employee_number',
  'STAFF.INVALID_QUALIFICATION': 'kind',
  'STAFF.QUALIFICATION_ALREADY_RECORDED': 'kind',
  'STAFF.INVALID_REGISTRATION': 'registration_number',
  'STAFF.ALREADY_REGISTERED': 'registration_number',
  'STAFF.INVALID_LEVEL': 'level',
  'TRAINING.LEVEL_ALREADY_COMPLETED': 'level',
  'STAFF.INVALID_DATE': 'achieved_on',
  'STAFF.INVALID_EVIDENCE': 'evidence_ref',
};

/** The decider refuses an unknown kind (`STAFF.INVALID_QUALIFICATION`), as it does from the API. */
const qualificationOf = (row: QualificationRow): Qualification =>
  ({
    kind: row.kind,
    ...(row.kind === 'social-work-registration' ? { registrationNumber: row.registrationNumber } : {}),
    ...(row.kind === 'systemic-level' ? { level: row.level } : {}),
  }) as Qualification;

export const qualificationRows: RowImporter<QualificationRow> = {
  steps: (row, { commands, request }) => [
    {
      column: 'kind',
      codes: CODES,
      run: async () => {
        const input = {
          staffId: row.staffId,
          qualification: qualificationOf(row),
          evidenceRef: row.evidenceRef,
          achievedOn: row.achievedOn,
        };
        await commands.execute(new RecordQualificationCommand(input, request));
        return `qualification ${row.kind}`;
      },
    },
  ],
};
