import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormActions, SelectField, TextField, formValues } from '../../components/form-fields';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';
import { boroughOptions, fteValue, roleOptions } from './staff-options';

const FIELDS = [
  'name',
  'borough',
  'role',
  'fte',
  'startedOn',
  'registration.number',
  'registration.registeredOn',
  'registration',
  'reason',
];

export function HirePage() {
  const api = useApi();
  const navigate = useNavigate();
  const command = useCommand(FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const {
      'registration.number': number,
      'registration.registeredOn': registeredOn,
      fte,
      ...rest
    } = formValues(event.currentTarget);
    const body = {
      ...rest,
      fte: fteValue(fte),
      ...(number || registeredOn ? { registration: { number, registeredOn } } : {}),
    };
    void command.run(async () => {
      const { id } = await api.send<{ id: string }>('POST', '/api/staff', body);
      navigate(`/staff/${id}`);
    });
  };
  return (
    <>
      <h1>Hire someone</h1>
      <form onSubmit={submit} noValidate aria-label="Hire">
        <TextField label="Full name" name="name" command={command} required autoComplete="off" />
        <SelectField label="Borough" name="borough" command={command} options={boroughOptions} />
        <SelectField label="Role" name="role" command={command} options={roleOptions} />
        <TextField
          label="FTE"
          name="fte"
          inputMode="decimal"
          command={command}
          defaultValue="1"
          hint="More than 0, at most 1, two decimals"
        />
        <TextField label="Start date" name="startedOn" type="date" command={command} required />
        <fieldset>
          <legend>Social Work England registration, if any</legend>
          <TextField
            label="Registration number"
            name="registration.number"
            command={command}
            hint="SW followed by digits"
          />
          <TextField label="Registered on" name="registration.registeredOn" type="date" command={command} />
        </fieldset>
        <TextField label="Reason (optional)" name="reason" command={command} />
        <FormActions command={command} label="Hire" busyLabel="Hiring…" />
      </form>
    </>
  );
}
