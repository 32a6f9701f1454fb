import { useId, useState, type FormEvent } from 'react';
import type { Cohort, Staff } from '../../api/types';
import { CommandMessages, FormActions, SelectField, TextField, formValues } from '../../components/form-fields';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';
import { searchByName } from '../staff/staff-search';

/** Finds the person by name among those who have completed the level below, then enrols them. */
export function EnrolForm({ cohort, onDone }: { cohort: Cohort; onDone: () => void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [matches, setMatches] = useState<Staff[] | null>(null);
  const find = useCommand(['name']);
  const enrol = useCommand(['staffId', 'enrolledOn', 'reason']);
  const nameId = useId();

  const search = () =>
    void find.run(async () => {
      const found = await searchByName(api, { level: cohort.level - 1 }, name);
      setMatches(found);
      return found.length === 0
        ? `Nobody of that name has completed Year ${cohort.level - 1}${cohort.level === 1 ? ' (or is new)' : ''}.`
        : `${found.length} found.`;
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = formValues(event.currentTarget);
    void enrol.run(async () => {
      const { status } = await api.send<{ status: string }>('POST', `/api/cohorts/${cohort.id}/enrolments`, body);
      onDone();
      return status === 'enrolled'
        ? 'Enrolled: they hold a place.'
        : 'The cohort is full: they are on the waiting list.';
    });
  };
  return (
    <section aria-labelledby="enrol-title" className="actions">
      <h2 id="enrol-title">Enrol someone</h2>
      <div className="field field--inline">
        <label htmlFor={nameId}>Name contains</label>
        <input
          id={nameId}
          type="search"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              search();
            }
          }}
        />
        <button type="button" onClick={search} disabled={find.busy}>
          {find.busy ? 'Finding…' : 'Find'}
        </button>
      </div>
      <CommandMessages command={find} />
      {matches && matches.length > 0 && (
        <form onSubmit={submit} noValidate aria-label="Enrol">
          <SelectField
            label="Person"
            name="staffId"
            command={enrol}
            options={matches.map((s): [string, string] => [s.id, `${s.name} (${s.borough})`])}
          />
          <TextField label="Enrolled on" name="enrolledOn" type="date" command={enrol} hint="Today if left empty" />
          <TextField label="Reason (optional)" name="reason" command={enrol} />
          <FormActions command={enrol} label="Enrol" />
        </form>
      )}
    </section>
  );
}

export function OutcomeForm({
  cohort,
  member,
  onDone,
}: {
  cohort: Cohort;
  member: Cohort['roster'][number];
  onDone: () => void;
}) {
  const api = useApi();
  const command = useCommand(['outcome', 'on', 'reason']);
  const who = member.name ?? member.staffId;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = formValues(event.currentTarget);
    void command.run(async () => {
      await api.send('POST', `/api/cohorts/${cohort.id}/enrolments/${member.staffId}/outcome`, body);
      onDone();
    });
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Outcome for ${who}`}>
      <SelectField
        label="Outcome"
        name="outcome"
        command={command}
        options={[
          ['completed', 'Completed'],
          ['failed', 'Did not pass'],
          ['withdrawn', 'Withdrew'],
          ['deferred', 'Deferred'],
        ]}
      />
      <TextField label="On" name="on" type="date" command={command} required />
      <FormActions command={command} label="Record outcome" />
    </form>
  );
}
