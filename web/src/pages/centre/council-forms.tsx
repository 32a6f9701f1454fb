import type { FormEvent } from 'react';
import type { Council, Intake } from '../../api/centre-types';
import { FormActions, SelectField, TextField, formValues } from '../../components/form-fields';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';
import { groupOptions, hoursValue } from './centre-forms';

interface CouncilFormProps {
  intake: Intake;
  council: Council;
  onDone: () => void;
}

const councilPath = (council: Council) => `/api/centre/intakes/${council.intakeYear}/councils/${council.id}`;

/** Selects or declines an application, with the reason the Centre's board gave. */
export function DecisionForm({ council, onDone }: Omit<CouncilFormProps, 'intake'>) {
  const api = useApi();
  const command = useCommand(['outcome', 'on', 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { outcome, ...body } = formValues(event.currentTarget);
    void command.run(async () => {
      await api.send('POST', `${councilPath(council)}/${outcome === 'declined' ? 'decline' : 'selection'}`, body);
      onDone();
      return outcome === 'declined' ? 'Declined.' : 'Selected.';
    });
  };
  return (
    <section aria-labelledby="decision-title" className="actions">
      <h2 id="decision-title">Decide on the application</h2>
      <form onSubmit={submit} noValidate aria-label="Decide on the application">
        <SelectField
          label="Decision"
          name="outcome"
          command={command}
          options={[
            ['selected', 'Select'],
            ['declined', 'Decline'],
          ]}
        />
        <TextField label="Decided on" name="on" type="date" command={command} required />
        <TextField label="Reason" name="reason" command={command} required />
        <FormActions command={command} label="Record the decision" />
      </form>
    </section>
  );
}

/** Registers one member of the council's staff into a group; the server refuses when the group's places are taken. */
export function RegisterForm({ intake, council, onDone }: CouncilFormProps) {
  const api = useApi();
  const command = useCommand(['participants.0.name', 'participants.0.group', 'participants', 'registeredOn', 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const { 'participants.0.name': name, 'participants.0.group': group, ...rest } = formValues(form);
    void command.run(async () => {
      await api.send('POST', `${councilPath(council)}/participants`, { ...rest, participants: [{ name, group }] });
      form.reset();
      onDone();
      return `${name} is registered.`;
    });
  };
  return (
    <section aria-labelledby="register-title" className="actions">
      <h2 id="register-title">Register a participant</h2>
      <form onSubmit={submit} noValidate aria-label="Register a participant">
        <TextField label="Name" name="participants.0.name" command={command} autoComplete="off" required />
        <SelectField
          label="Group"
          name="participants.0.group"
          command={command}
          options={groupOptions(intake, council)}
        />
        <TextField label="Registered on" name="registeredOn" type="date" command={command} required />
        <TextField label="Reason (optional)" name="reason" command={command} />
        <FormActions command={command} label="Register the participant" />
      </form>
    </section>
  );
}

/** A day a Triborough clinician spent at the council: hours that count against their caseload capacity. */
export function OnSiteSupportForm({
  council,
  clinicians,
  hoursPerDay,
  onDone,
}: Omit<CouncilFormProps, 'intake'> & { clinicians: [string, string][]; hoursPerDay: number | null }) {
  const api = useApi();
  const command = useCommand(['staffId', 'on', 'hours', 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { hours, ...rest } = formValues(event.currentTarget);
    void command.run(async () => {
      await api.send('POST', `${councilPath(council)}/on-site-support`, { ...rest, hours: hoursValue(hours) });
      onDone();
      return 'On-site support recorded.';
    });
  };
  return (
    <section aria-labelledby="on-site-title" className="actions">
      <h2 id="on-site-title">Record a day of on-site support</h2>
      <form onSubmit={submit} noValidate aria-label="Record on-site support">
        <SelectField
          label="Triborough clinician"
          name="staffId"
          command={command}
          options={[['', 'Choose a clinician'], ...clinicians]}
        />
        <TextField label="On" name="on" type="date" command={command} required />
        <TextField
          label="Hours (optional)"
          name="hours"
          inputMode="decimal"
          command={command}
          hint={hoursPerDay === null ? 'The plan’s day if left empty' : `${hoursPerDay} (the plan’s day) if left empty`}
        />
        <TextField label="Reason (optional)" name="reason" command={command} />
        <FormActions command={command} label="Record the support" />
      </form>
    </section>
  );
}
