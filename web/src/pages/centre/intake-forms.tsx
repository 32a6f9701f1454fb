import type { FormEvent } from 'react';
import { OFSTED_RATINGS, type Intake } from '../../api/centre-types';
import { FormActions, SelectField, TextAreaField, TextField, formValues } from '../../components/form-fields';
import { shortDate } from '../../components/status';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';

/** A council's application to an intake; the server refuses councils rated Inadequate and applications after selection closes. */
export function ApplicationForm({ intake, onDone }: { intake: Intake; onDone: () => void }) {
  const api = useApi();
  const command = useCommand(['name', 'ofstedRating', 'leadershipNotes', 'appliedOn', 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = formValues(event.currentTarget);
    const form = event.currentTarget;
    void command.run(async () => {
      await api.send('POST', `/api/centre/intakes/${intake.year}/councils`, body);
      form.reset();
      onDone();
      return `${body.name}’s application is recorded, awaiting a decision.`;
    });
  };
  return (
    <section aria-labelledby="apply-title" className="actions">
      <h2 id="apply-title">Record an application to the Year {intake.year} intake</h2>
      <p className="hint">
        Selection closes on {shortDate(intake.selectionClosesOn)}; the intake starts on {shortDate(intake.startsOn)}.
      </p>
      <form onSubmit={submit} noValidate aria-label="Record an application">
        <TextField label="Council name" name="name" command={command} required />
        <SelectField
          label="Ofsted rating"
          name="ofstedRating"
          command={command}
          options={[['', 'Choose the rating'], ...OFSTED_RATINGS]}
          hint="Children’s services, as judged when the council applied"
        />
        <TextAreaField label="Leadership stability" name="leadershipNotes" command={command} required />
        <TextField label="Applied on" name="appliedOn" type="date" command={command} required />
        <TextField label="Reason (optional)" name="reason" command={command} />
        <FormActions command={command} label="Record the application" />
      </form>
    </section>
  );
}
