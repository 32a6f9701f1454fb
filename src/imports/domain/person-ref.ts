import { keyCell, uuidCell } from './cells.js';
import { staffIdFor } from './external-ids.js';
import type { CellProblem, Column, Values } from './layout.js';

/** Files after the staff file name people by HR's employee number, or by a cadre staff id. */
export const PERSON_COLUMNS: Column[] = [
  { name: 'employee_number', read: keyCell },
  { name: 'staff_id', read: uuidCell },
];

export const personOf = (values: Values): string | CellProblem => {
  const employee = values.employee_number as string | undefined;
  const staffId = values.staff_id as string | undefined;
  if (employee && staffId)
    return { column: 'staff_id', code: 'VALIDATION.BOTH_GIVEN', message: 'give employee_number or staff_id, not both' };
  if (employee) return staffIdFor(employee);
  if (staffId) return staffId;
  return {
    column: 'employee_number',
    code: 'VALIDATION.REQUIRED',
    message: 'employee_number (or staff_id) is required',
  };
};

export const isProblem = (value: unknown): value is CellProblem =>
  typeof value === 'object' && value !== null && 'code' in value;
