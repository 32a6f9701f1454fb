import { HireStaffCommand } from '../../staff/application/hire-staff.handler.js';
import { RecordLeavingCommand } from '../../staff/application/record-leaving.handler.js';
import type { StaffRow } from '../domain/staff.layout.js';
import type { RowImporter } from './row-step.js';

const HIRE_CODES = {
  'STAFF.ALREADY_HIRED': 'employee_number',
  'STAFF.INVALID_NAME': 'name',
  'STAFF.INVALID_BOROUGH': 'borough',
  'STAFF.INVALID_ROLE': 'role',
  'STAFF.INVALID_FTE': 'fte',
  'STAFF.INVALID_DATE': 'started_on',
  'STAFF.INVALID_REGISTRATION': 'registration_number',
};

/** A hire with its registration, then the leaving if the person has gone since. */
export const staffRows: RowImporter<StaffRow> = {
  steps: (row, { commands, request }) => [
    {
      column: 'employee_number',
      codes: HIRE_CODES,
      run: async () => {
        const { staffId, name, borough, role, fte, startedOn, registration } = row;
        const input = { staffId, name, borough, role, fte, startedOn, ...(registration ? { registration } : {}) };
        await commands.execute(new HireStaffCommand(input, request));
        return 'hired';
      },
    },
    ...(row.leaving
      ? [
          {
            column: 'left_on',
            codes: { 'STAFF.INVALID_REASON': 'leaving_reason' },
            run: async () => {
              const { leftOn, reason } = row.leaving!;
              await commands.execute(new RecordLeavingCommand({ staffId: row.staffId, leftOn, reason }, request));
              return 'left';
            },
          },
        ]
      : []),
  ],
};
