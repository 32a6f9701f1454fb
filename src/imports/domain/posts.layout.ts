import type { IsoDate } from '../../shared/values.js';
import { choiceCell, dateCell, decimalCell, keyCell, poundsCell, textCell } from './cells.js';
import { postIdFor, staffIdFor } from './external-ids.js';
import { requiredWith, type Layout } from './layout.js';

/** A post of the establishment, by the council's own post reference, and who holds it from when. */
export interface PostRow {
  postRef: string;
  postId: string;
  title: string;
  kind: string;
  borough: string;
  wte: number;
  fundedBy: string;
  annualCostPence: number;
  establishedOn: IsoDate;
  holder?: { staffId: string; from: IsoDate };
}

export const postsLayout: Layout<PostRow> = {
  kind: 'posts',
  columns: [
    { name: 'post_ref', read: keyCell, required: true },
    { name: 'title', read: (t) => textCell(t), required: true },
    { name: 'kind', read: choiceCell, required: true },
    { name: 'borough', read: (t) => ({ ok: true, value: t.toUpperCase() }), required: true },
    { name: 'wte', read: decimalCell, required: true },
    { name: 'funded_by', read: choiceCell, required: true },
    { name: 'annual_cost', read: poundsCell, required: true },
    { name: 'established_on', read: dateCell, required: true },
    { name: 'holder_employee_number', read: keyCell },
    { name: 'holder_from', read: dateCell },
  ],
  toRow(v) {
    if (v.holder_employee_number !== undefined && v.holder_from === undefined)
      return [requiredWith('holder_from', 'holder_employee_number')];
    if (v.holder_from !== undefined && v.holder_employee_number === undefined)
      return [requiredWith('holder_employee_number', 'holder_from')];
    const postRef = v.post_ref as string;
    return {
      postRef,
      postId: postIdFor(postRef),
      title: v.title as string,
      kind: v.kind as string,
      borough: v.borough as string,
      wte: v.wte as number,
      fundedBy: v.funded_by as string,
      annualCostPence: v.annual_cost as number,
      establishedOn: v.established_on as string,
      ...(v.holder_employee_number !== undefined
        ? { holder: { staffId: staffIdFor(v.holder_employee_number as string), from: v.holder_from as string } }
        : {}),
    };
  },
};
