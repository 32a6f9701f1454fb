import { canonicalJson } from '../../shared/canonical-json.js';
import { pounds, tellTimeline, wte, type TimelineSource, type TimelineText } from '../../shared/timeline.js';
import type { FundingLine, PlanDocument, PlanYearTargets } from './plan-document.js';
import type { PlanEvent } from './plan.events.js';

const MAX_CHANGES_TOLD = 8;

const arrow = (from: unknown, to: unknown) => `${from ?? 'none'} → ${to ?? 'none'}`;

const TARGETS: [string, (t: PlanYearTargets | undefined) => unknown][] = [
  ['separate clinical WTE', (t) => t && wte(t.separateClinicalWteHundredths)],
  ['integrated WTE', (t) => t && wte(t.integratedWteHundredths)],
  ['Year 2 intake', (t) => t?.intakes.year2],
  ['MSc intake', (t) => t?.intakes.msc],
  ['note', (t) => t?.note],
];

const targetChanges = (before: PlanDocument, after: PlanDocument): string[] =>
  [...new Set([...Object.keys(before.targets), ...Object.keys(after.targets)])].flatMap((year) =>
    TARGETS.flatMap(([name, read]) => {
      const [from, to] = [read(before.targets[year]), read(after.targets[year])];
      return from === to ? [] : [`year ${year} ${name} ${arrow(from, to)}`];
    }),
  );

const lineChanges = (before: FundingLine[], after: FundingLine[]): string[] => {
  const old = new Map(before.map((line) => [line.name, line]));
  const changes: string[] = [];
  for (const line of after) {
    const was = old.get(line.name);
    old.delete(line.name);
    if (!was) {
      changes.push(`funding line "${line.name}" added`);
      continue;
    }
    for (const year of new Set([...Object.keys(was.amountsPence), ...Object.keys(line.amountsPence)])) {
      const [from, to] = [was.amountsPence[year], line.amountsPence[year]];
      if (from !== to)
        changes.push(
          `"${line.name}" year ${year} ${arrow(from === undefined ? from : pounds(from), to === undefined ? to : pounds(to))}`,
        );
    }
    if (was.clinicalTeam !== line.clinicalTeam)
      changes.push(`"${line.name}" ${line.clinicalTeam ? 'now' : 'no longer'} part of the clinical team`);
    if (was.note !== line.note) changes.push(`"${line.name}" note changed`);
  }
  for (const name of old.keys()) changes.push(`funding line "${name}" removed`);
  return changes;
};

/** What changed from one revision to the next, in words, longest lists cut short. */
export const planChanges = (before: PlanDocument, after: PlanDocument): string[] => {
  const changes = [
    ...(before.name !== after.name ? [`name "${before.name}" → "${after.name}"`] : []),
    ...(canonicalJson(before.calendar) !== canonicalJson(after.calendar)
      ? [`calendar ${before.calendar.length} → ${after.calendar.length} years, dates revised`]
      : []),
    ...targetChanges(before, after),
    ...lineChanges(before.fundingLines, after.fundingLines),
    ...(canonicalJson(before.statedTotals ?? []) !== canonicalJson(after.statedTotals ?? [])
      ? ['stated totals changed']
      : []),
    ...(canonicalJson(before.caseloads ?? null) !== canonicalJson(after.caseloads ?? null)
      ? ['caseload caps changed']
      : []),
  ];
  if (changes.length <= MAX_CHANGES_TOLD) return changes;
  return [...changes.slice(0, MAX_CHANGES_TOLD), `and ${changes.length - MAX_CHANGES_TOLD} more`];
};

const describe = (previous: PlanDocument | null, source: TimelineSource) => {
  const event = source as PlanEvent;
  switch (event.type) {
    case 'PlanAdopted': {
      const { document } = event.data;
      const summary = `Adopted "${document.name}" as revision 1: ${document.calendar.length} years, ${document.fundingLines.length} funding lines`;
      return { text: { summary, effectiveOn: null }, state: document };
    }
    case 'PlanRevised': {
      const { document, revision, reason } = event.data;
      const changes = previous ? planChanges(previous, document) : [];
      const what = changes.length ? changes.join('; ') : 'no change to the figures';
      return { text: { summary: `Revision ${revision} (${reason}): ${what}`, effectiveOn: null }, state: document };
    }
    default: {
      // A type this code does not know yet: told by its name alone.
      const _exhaustive: never = event;
      return null;
    }
  }
};

/** The plan's stream told in words: each revision with what it changed from the one before. */
export const planTimeline = (events: readonly TimelineSource[]): TimelineText[] =>
  tellTimeline<PlanDocument | null>(events, null, describe);
