import { EVENT_STORE, type EventStore } from '../../../src/event-store/event-store.port.js';
import type { PlanDocument } from '../../../src/plan/domain/plan-document.js';
import { PLAN_STREAM_ID } from '../../../src/plan/domain/plan.events.js';
import type { FixedClock } from '../../../src/shared/clock.js';
import { addDays } from '../../../src/shared/iso-days.js';
import type { TestApp } from '../test-app.js';
import { dayOf, type Step } from './history-arbitrary.js';

export interface RunResult {
  /** Instants of the first and last command sent. */
  firstAt: Date;
  lastAt: Date;
}

const fteOf = (hundredths: number) => hundredths / 100;

/**
 * Sends a generated history through the HTTP API as an admin, moving the app's clock on before
 * each command, so each event is recorded at its own instant. Refusals (4xx) are part of the
 * history; anything else fails the run.
 */
export async function runHistory(t: TestApp, clock: FixedClock, steps: readonly Step[]): Promise<RunResult> {
  const auth = `Bearer ${await t.tokenFor('admin')}`;
  const people: string[] = [];
  const cohorts: { id: string; startsOn: string }[] = [];
  const posts: { id: string; establishedOn: string; kind: string }[] = [];
  const enrolments: { person: string; cohort: { id: string; startsOn: string } }[] = [];
  const firstAt = clock.now();
  const send = async (method: 'post' | 'put', path: string, body: object): Promise<Record<string, unknown> | null> => {
    const res = await t.http[method](path).set('Authorization', auth).send(body);
    if (res.status >= 500 || res.status < 200 || (res.status >= 300 && res.status < 400)) {
      throw new Error(`${method.toUpperCase()} ${path} ${JSON.stringify(body)}: ${res.status} ${res.text}`);
    }
    if (res.status >= 400) return null;
    return res.body as Record<string, unknown>;
  };
  const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

  for (const [i, step] of steps.entries()) {
    clock.advance(step.gapMinutes * 60_000);
    switch (step.kind) {
      case 'hire': {
        const registration =
          step.registeredOn === null
            ? {}
            : { registration: { number: `SW${100000 + i}`, registeredOn: dayOf(step.registeredOn) } };
        const body = {
          name: `Person ${i}`,
          borough: step.borough,
          role: step.role,
          fte: fteOf(step.fte),
          startedOn: dayOf(step.startedOn),
          ...registration,
        };
        const created = await send('post', '/api/staff', body);
        if (created) people.push(created.id as string);
        break;
      }
      case 'change': {
        const person = pick(people, step.person);
        const changes = {
          ...(step.fte === null ? {} : { fte: fteOf(step.fte) }),
          ...(step.borough === null ? {} : { borough: step.borough }),
        };
        if (person)
          await send('post', `/api/staff/${person}/changes`, {
            effectiveOn: dayOf(step.effectiveOn),
            ...(Object.keys(changes).length ? changes : { fte: 0.9 }),
          });
        break;
      }
      case 'leave': {
        const person = pick(people, step.person);
        if (person)
          await send('post', `/api/staff/${person}/departure`, { leftOn: dayOf(step.leftOn), reason: 'Moved on' });
        break;
      }
      case 'qualify': {
        const person = pick(people, step.person);
        const common = { evidenceRef: `EV-${i}`, achievedOn: dayOf(step.on) };
        const body =
          step.what === 'family-therapy'
            ? { kind: 'family-therapy', ...common }
            : step.what === 'registration'
              ? { kind: 'social-work-registration', registrationNumber: `SW${200000 + i}`, ...common }
              : { kind: 'systemic-level', level: step.level, ...common };
        if (person) await send('post', `/api/staff/${person}/qualifications`, body);
        break;
      }
      case 'lapse': {
        const person = pick(people, step.person);
        if (person) await send('post', `/api/staff/${person}/registration-lapse`, { lapsedOn: dayOf(step.on) });
        break;
      }
      case 'schedule': {
        const startsOn = dayOf(step.startsOn);
        const scheduled =
          step.scheduledBefore === null ? {} : { scheduledOn: addDays(startsOn, -step.scheduledBefore) };
        const body = {
          level: step.level,
          name: `Cohort ${i}`,
          provider: 'Tavistock',
          startsOn,
          endsOn: addDays(startsOn, 300),
          capacity: step.capacity,
          ...scheduled,
        };
        const created = await send('post', '/api/cohorts', body);
        if (created) cohorts.push({ id: created.id as string, startsOn });
        break;
      }
      case 'enrol': {
        const [person, cohort] = [pick(people, step.person), pick(cohorts, step.cohort)];
        const enrolledOn = cohort && addDays(cohort.startsOn, step.after);
        if (person && cohort)
          await send('post', `/api/cohorts/${cohort.id}/enrolments`, { staffId: person, enrolledOn });
        break;
      }
      case 'outcome': {
        const enrolment = pick(enrolments, step.enrolment);
        if (!enrolment) break;
        const { person, cohort } = enrolment;
        const on = addDays(cohort.startsOn, step.after);
        await send('post', `/api/cohorts/${cohort.id}/enrolments/${person}/outcome`, { outcome: step.outcome, on });
        break;
      }
      case 'establish': {
        const body = {
          title: `Post ${i}`,
          kind: step.post,
          borough: step.borough,
          wte: fteOf(step.wte),
          fundedBy: i % 2 ? 'dfe' : 'council',
          annualCostPence: 6_000_000,
          establishedOn: dayOf(step.on),
        };
        const created = await send('post', '/api/posts', body);
        if (created) posts.push({ id: created.id as string, establishedOn: dayOf(step.on), kind: step.post });
        break;
      }
      case 'appoint': {
        const [post, person] = [pick(posts, step.post), pick(people, step.person)];
        const from = post && addDays(post.establishedOn, step.after);
        if (post && person) await send('post', `/api/posts/${post.id}/appointments`, { staffId: person, from });
        break;
      }
      case 'vacate': {
        const post = pick(posts, step.post);
        if (post) await send('post', `/api/posts/${post.id}/vacancy`, { on: dayOf(step.on) });
        break;
      }
      case 'integrate': {
        const clinical = posts.filter((p) => p.kind === 'clinician');
        const socialWork = posts.filter((p) => p.kind === 'social-work');
        const [post, into] = [pick(clinical, step.post), pick(socialWork, step.into)];
        if (post && into)
          await send('post', `/api/posts/${post.id}/integration`, { intoPostId: into.id, on: dayOf(step.on) });
        break;
      }
      case 'disestablish': {
        const post = pick(posts, step.post);
        if (post) await send('post', `/api/posts/${post.id}/disestablishment`, { on: dayOf(step.on) });
        break;
      }
      case 'revise': {
        // Read from the plan's stream: the read models are not followed while the history is written.
        const events = await t.app.get<EventStore>(EVENT_STORE).readStream(PLAN_STREAM_ID);
        const last = events[events.length - 1].data as { revision: number; document: PlanDocument };
        const document = structuredClone(last.document);
        document.targets[String(step.year)].integratedWteHundredths = step.integratedWte;
        const clinicianCap = document.caseloads?.caps.find((c) => c.qualification === 'social-work-registered');
        if (clinicianCap && step.clinicianCap !== null) clinicianCap.maxOpenCases = step.clinicianCap;
        await send('put', '/api/plan', { document, expectedRevision: last.revision, reason: `Revised in step ${i}` });
        break;
      }
      case 'count': {
        const person = pick(people, step.person);
        const body = { on: dayOf(step.on), openCases: step.openCases, reason: `Stocktake ${i}` };
        if (person) await send('post', `/api/staff/${person}/caseload/counts`, body);
        break;
      }
      case 'move': {
        const person = pick(people, step.person);
        const body = { on: dayOf(step.on), cases: Math.abs(step.cases), reason: `Movement ${i}` };
        const path = step.cases > 0 ? 'allocations' : 'closures';
        if (person) await send('post', `/api/staff/${person}/caseload/${path}`, body);
        break;
      }
      case 'cap': {
        const person = pick(people, step.person);
        const [from, reason] = [dayOf(step.from), `Cap ${i}`];
        if (person && step.maxOpenCases === null)
          await send('post', `/api/staff/${person}/caseload/cap/clearance`, { from, reason });
        else if (person)
          await send('put', `/api/staff/${person}/caseload/cap`, { from, maxOpenCases: step.maxOpenCases, reason });
        break;
      }
      default: {
        const _exhaustive: never = step;
        throw new Error(`unknown step ${JSON.stringify(_exhaustive)}`);
      }
    }
  }
  return { firstAt, lastAt: clock.now() };
}
