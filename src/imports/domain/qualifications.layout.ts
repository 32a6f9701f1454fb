import type { IsoDate } from '../../shared/values.js';
import { choiceCell, dateCell, integerCell, textCell } from './cells.js';
import { requiredWith, type Layout } from './layout.js';
import { PERSON_COLUMNS, isProblem, personOf } from './person-ref.js';

/** A qualification with its evidence: a registration, a systemic level done elsewhere, family therapy. */
export interface QualificationRow {
  staffId: string;
  kind: string;
  achievedOn: IsoDate;
  evidenceRef: string;
  registrationNumber?: string;
  level?: number;
}

export const qualificationsLayout: Layout<QualificationRow> = {
  kind: 'qualifications',
  columns: [
    ...PERSON_COLUMNS,
    { name: 'kind', read: choiceCell, required: true },
    { name: 'achieved_on', read: dateCell, required: true },
    { name: 'evidence_ref', read: (t) => textCell(t), required: true },
    { name: 'registration_number', read: (t) => ({ ok: true, value: t.toUpperCase() }) },
    { name: 'level', read: integerCell },
  ],
  toRow(v) {
    const staffId = personOf(v);
    if (isProblem(staffId)) return [staffId];
    if (v.kind === 'social-work-registration' && v.registration_number === undefined)
      return [requiredWith('registration_number', 'kind social-work-registration')];
    if (v.kind === 'systemic-level' && v.level === undefined) return [requiredWith('level', 'kind systemic-level')];
    return {
      staffId,
      kind: v.kind as string,
      achievedOn: v.achieved_on as string,
      evidenceRef: v.evidence_ref as string,
      ...(v.registration_number !== undefined ? { registrationNumber: v.registration_number as string } : {}),
      ...(v.level !== undefined ? { level: v.level as number } : {}),
    };
  },
};
