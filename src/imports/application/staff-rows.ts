import { HireStaffCommand } from '../../staff/application/hire-staff.handler.js';
import { RecordLeavingCommand } from '../../staff/application/record-leaving.handler.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import { staffStreamId } from '../../staff/domain/staff.events.js';
import type { StaffState } from '../../staff/domain/staff.state.js';
import type { StaffRow } from '../domain/staff.layout.js';
import type { RowImporter, RowStep } from './row-step.js';

const HIRE_CODES = {
  'STAFF.ALREADY_HIRED': 'employee_number',
  'STAFF.INVALID_NAME': 'name',
  'STAFF.INVALID_BOROUGH': 'borough',
  'STAFF.INVALID_ROLE': 'role',
  'STAFF.INVALID_FTE': 'fte',
  'STAFF.INVALID_DATE': 'started_on',
  'STAFF.INVALID_REGISTRATION': 'registration_number',
};

/** The person this row describes is hired already: same name and start date (a later export of HR's list). */
const sameHire = (state: StaffState, row: StaffRow): boolean =>
  state.status !== 'none' && state.name === row.name.trim() && state.startedOn === row.startedOn;

/**
 * A hire with its registration, then the leaving if the person has gone. A later export that
 * lists someone already hired (same name and start) with a leaving date records only the leaving,
 * so leavers' training history can be imported between the export that hired them and the one
 * that says they left. Anyone else already hired under that employee number is STAFF.ALREADY_HIRED.
 */
export const staffRows: RowImporter<StaffRow> = {
  steps: async (row, { commands, request, eventSourcing }) => {
    const { state } = await eventSourcing.load(staffStreamId(row.staffId), staffDecider);
    const hire: RowStep = {
      column: 'employee_number',
      codes: HIRE_CODES,
      run: async () => {
        const { staffId, name, borough, role, fte, startedOn, registration } = row;
        const input = { staffId, name, borough, role, fte, startedOn, ...(registration ? { registration } : {}) };
        await commands.execute(new HireStaffCommand(input, request));
        return 'hired';
      },
    };
    const leave: RowStep = {
      column: 'left_on',
      codes: { 'STAFF.INVALID_REASON': 'leaving_reason' },
      run: async () => {
        const { leftOn, reason } = row.leaving!;
        await commands.execute(new RecordLeavingCommand({ staffId: row.staffId, leftOn, reason }, request));
        return 'left';
      },
    };
    const hired = sameHire(state, row) && row.leaving !== undefined;
    return [
      ...(hired ? [] : [hire]),
      ...(row.leaving && !(hired && state.leftOn === row.leaving.leftOn) ? [leave] : []),
    ];
  },
};
