import type { FormEvent } from 'react';
import {
  GROUP_NAMES,
  GROUPS,
  type Intake,
  type IntakeList,
  type Participant,
  type Places,
} from '../../api/centre-types';
import { FormActions, TextField, formValues } from '../../components/form-fields';
import { pounds, shortDate } from '../../components/status';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';
import { placesLeft } from './centre-forms';

interface Props {
  intake: Intake;
  plan: Pick<IntakeList, 'classroomDaysPerParticipant' | 'embeddedDaysPerParticipant'>;
  taken: Places;
  participants: Participant[];
  writes: boolean;
  onDone: () => void;
}

const ofPlan = (days: number, planned: number | null) => (planned === null ? String(days) : `${days} of ${planned}`);

/** A council's participants, one table per group, each captioned with the places left in it. */
export function ParticipantsByGroup({ intake, plan, taken, participants, writes, onDone }: Props) {
  const left = placesLeft(intake.placesPerCouncil, taken);
  return (
    <>
      {GROUPS.map((group) => {
        const members = participants.filter((p) => p.group === group);
        return (
          <div className="table-scroll" key={group}>
            <table data-testid={`group-${group}`}>
              <caption>
                {GROUP_NAMES[group]}: {taken[group]} registered, <span data-testid="places-left">{left[group]}</span> of{' '}
                {intake.placesPerCouncil[group]} places left
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Registered</th>
                  <th scope="col">Classroom days</th>
                  <th scope="col">Embedded days</th>
                  <th scope="col">On-site days</th>
                  <th scope="col">Fee</th>
                  <th scope="col">Completed</th>
                </tr>
              </thead>
              <tbody>
                {members.length === 0 && (
                  <tr>
                    <td colSpan={7}>Nobody registered yet.</td>
                  </tr>
                )}
                {members.map((p) => (
                  <tr key={p.id} data-testid={`participant-${p.id}`}>
                    <th scope="row">{p.name}</th>
                    <td>{shortDate(p.registeredOn)}</td>
                    <td data-testid="classroom">{ofPlan(p.classroomDays, plan.classroomDaysPerParticipant)}</td>
                    <td data-testid="embedded">{ofPlan(p.embeddedDays, plan.embeddedDaysPerParticipant)}</td>
                    <td data-testid="on-site">{p.onSiteDays}</td>
                    <td>{pounds(p.feePence)}</td>
                    <td data-testid="completed">
                      {p.completedOn ? (
                        `On ${shortDate(p.completedOn)}`
                      ) : writes ? (
                        <CompletionForm participant={p} onDone={onDone} />
                      ) : (
                        'Not yet'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}

/** Completes a participant, on or after the last day they attended. */
function CompletionForm({ participant, onDone }: { participant: Participant; onDone: () => void }) {
  const api = useApi();
  const command = useCommand(['on', 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = formValues(event.currentTarget);
    void command.run(async () => {
      await api.send('POST', `/api/centre/participants/${participant.id}/completion`, body);
      onDone();
    });
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Completion of ${participant.name}`}>
      <TextField label="Completed on" name="on" type="date" command={command} required />
      <FormActions command={command} label="Record completion" />
    </form>
  );
}
