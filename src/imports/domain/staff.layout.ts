import type { IsoDate } from '../../shared/values.js';
import { choiceCell, dateCell, decimalCell, keyCell, textCell } from './cells.js';
import { staffIdFor } from './external-ids.js';
import { requiredWith, type CellProblem, type Layout } from './layout.js';

/** A person as HR's system exports them: hired, possibly registered, possibly left since. */
export interface StaffRow {
  employeeNumber: string;
  staffId: string;
  name: string;
  borough: string;
  role: string;
  fte: number;
  startedOn: IsoDate;
  registration?: { number: string; registeredOn: IsoDate };
  leaving?: { leftOn: IsoDate; reason: string };
}

const upper = (text: string) => ({ ok: true as const, value: text.trim().toUpperCase() });

export const staffLayout: Layout<StaffRow> = {
  kind: 'staff',
  columns: [
    { name: 'employee_number', read: keyCell, required: true },
    { name: 'name', read: (t) => textCell(t), required: true },
    { name: 'borough', read: upper, required: true },
    { name: 'role', read: choiceCell, required: true },
    { name: 'fte', read: decimalCell, required: true },
    { name: 'started_on', read: dateCell, required: true },
    { name: 'registration_number', read: upper },
    { name: 'registered_on', read: dateCell },
    { name: 'left_on', read: dateCell },
    { name: 'leaving_reason', read: (t) => textCell(t, 500) },
  ],
  toRow(v) {
    const problems: CellProblem[] = [];
    if (v.registration_number !== undefined && v.registered_on === undefined)
      problems.push(requiredWith('registered_on', 'registration_number'));
    if (v.registered_on !== undefined && v.registration_number === undefined)
      problems.push(requiredWith('registration_number', 'registered_on'));
    if (v.left_on !== undefined && v.leaving_reason === undefined)
      problems.push(requiredWith('leaving_reason', 'left_on'));
    if (v.leaving_reason !== undefined && v.left_on === undefined)
      problems.push(requiredWith('left_on', 'leaving_reason'));
    if (problems.length) return problems;
    const employeeNumber = v.employee_number as string;
    return {
      employeeNumber,
      staffId: staffIdFor(employeeNumber),
      name: v.name as string,
      borough: v.borough as string,
      role: v.role as string,
      fte: v.fte as number,
      startedOn: v.started_on as string,
      ...(v.registration_number !== undefined
        ? { registration: { number: v.registration_number as string, registeredOn: v.registered_on as string } }
        : {}),
      ...(v.left_on !== undefined
        ? { leaving: { leftOn: v.left_on as string, reason: v.leaving_reason as string } }
        : {}),
    };
  },
};
