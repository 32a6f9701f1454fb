import { useState, type FormEvent } from 'react';
import type { Staff } from '../../api/types';
import { FormActions, SelectField, TextField, formValues } from '../../components/form-fields';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';
import { boroughOptions, fteValue, roleOptions } from './staff-options';

interface FormProps {
  person: Staff;
  onDone: () => void;
}

export function ChangeDetailsForm({ person, onDone }: FormProps) {
  const api = useApi();
  const command = useCommand(['effectiveOn', 'role', 'fte', 'borough', 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { effectiveOn, role, fte, borough, reason } = formValues(event.currentTarget);
    const body = {
      effectiveOn,
      ...(role !== person.role ? { role } : {}),
      ...(fteValue(fte) !== person.fte ? { fte: fteValue(fte) } : {}),
      ...(borough !== person.borough ? { borough } : {}),
      reason,
    };
    void command.run(async () => {
      await api.send('POST', `/api/staff/${person.id}/changes`, body);
      onDone();
      return 'Change recorded.';
    });
  };
  return (
    <details>
      <summary>Change role, FTE or borough</summary>
      <form onSubmit={submit} noValidate aria-label="Change details">
        <TextField label="From (date)" name="effectiveOn" type="date" command={command} required />
        <SelectField label="Role" name="role" command={command} options={roleOptions} defaultValue={person.role} />
        <TextField
          label="FTE"
          name="fte"
          inputMode="decimal"
          command={command}
          defaultValue={String(person.fte)}
          hint="More than 0, at most 1, two decimals"
        />
        <SelectField
          label="Borough"
          name="borough"
          command={command}
          options={boroughOptions}
          defaultValue={person.borough}
        />
        <TextField label="Reason (optional)" name="reason" command={command} />
        <FormActions command={command} label="Record the change" />
      </form>
    </details>
  );
}

export function QualificationForm({ person, onDone }: FormProps) {
  const api = useApi();
  const [kind, setKind] = useState('social-work-registration');
  const command = useCommand(['kind', 'evidenceRef', 'achievedOn', 'registrationNumber', 'level', 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { registrationNumber, level, ...rest } = formValues(event.currentTarget);
    const body = {
      ...rest,
      ...(kind === 'social-work-registration' ? { registrationNumber } : {}),
      ...(kind === 'systemic-level' ? { level: level ? Number(level) : undefined } : {}),
    };
    void command.run(async () => {
      await api.send('POST', `/api/staff/${person.id}/qualifications`, body);
      onDone();
      return 'Qualification recorded.';
    });
  };
  return (
    <details>
      <summary>Record a qualification</summary>
      <form onSubmit={submit} noValidate aria-label="Record a qualification">
        <SelectField
          label="Qualification"
          name="kind"
          command={command}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          options={[
            ['social-work-registration', 'Social work registration'],
            ['systemic-level', 'Systemic level (prior learning)'],
            ['family-therapy', 'Family therapy qualification'],
          ]}
        />
        {kind === 'social-work-registration' && (
          <TextField
            label="Registration number"
            name="registrationNumber"
            command={command}
            hint="SW followed by digits"
          />
        )}
        {kind === 'systemic-level' && (
          <SelectField
            label="Level"
            name="level"
            command={command}
            options={[
              ['1', 'Year 1'],
              ['2', 'Year 2'],
              ['3', 'Year 3'],
              ['4', 'Year 4'],
            ]}
          />
        )}
        <TextField label="Achieved on" name="achievedOn" type="date" command={command} required />
        <TextField
          label="Evidence reference"
          name="evidenceRef"
          command={command}
          hint="Where the evidence is kept"
          required
        />
        <TextField label="Reason (optional)" name="reason" command={command} />
        <FormActions command={command} label="Record the qualification" />
      </form>
    </details>
  );
}

export function LeaverForm({ person, onDone }: FormProps) {
  const api = useApi();
  const command = useCommand(['leftOn', 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = formValues(event.currentTarget);
    void command.run(async () => {
      await api.send('POST', `/api/staff/${person.id}/departure`, body);
      onDone();
      return 'Leaver recorded.';
    });
  };
  return (
    <details>
      <summary>Record that this person has left</summary>
      <form onSubmit={submit} noValidate aria-label="Record a leaver">
        <TextField label="Left on" name="leftOn" type="date" command={command} required />
        <TextField label="Why they left" name="reason" command={command} required />
        <FormActions command={command} label="Record the leaver" />
      </form>
    </details>
  );
}
