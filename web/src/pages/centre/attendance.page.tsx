import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ATTENDANCE_KINDS, type IntakeList, type Participant } from '../../api/centre-types';
import type { Staff } from '../../api/types';
import { useAsAt } from '../../as-at/as-at-context';
import { CheckboxesField, FormActions, SelectField, TextField, formValues } from '../../components/form-fields';
import { LoadError, Loading, shortDate } from '../../components/status';
import { useAllPages } from '../../components/use-all-pages';
import { useCommand } from '../../components/use-command';
import { useResource } from '../../components/use-resource';
import { useApi } from '../../session/session-context';
import { boroughOptions } from '../staff/staff-options';
import { attendanceBody, staffOptions } from './centre-forms';

const FIELDS = ['on', 'kind', 'service', 'borough', 'staffId', 'participantIds', 'reason'];

const who = (p: Participant) =>
  `${p.name} (${p.group.replace(/-/g, ' ')}; so far ${p.classroomDays} classroom, ${p.embeddedDays} embedded, ${p.onSiteDays} on-site)`;

/** A day's register for an intake: who was present, and where (classroom, embedded in a named service, on site). */
export default function CentreAttendancePage() {
  const { year = '' } = useParams();
  const api = useApi();
  const { active: pastView } = useAsAt();
  const [round, setRound] = useState(0);
  const [kind, setKind] = useState('classroom');
  const command = useCommand(FIELDS);
  const intakes = useResource<IntakeList>('/api/centre/intakes');
  const participants = useAllPages<Participant>('/api/centre/participants', { intakeYear: year }, round);
  const clinicians = useAllPages<Staff>('/api/staff', { role: 'clinician' });
  const intake = intakes.data?.items.find((i) => String(i.year) === year);
  // Completed participants take no more days, so they are not offered.
  const present = (participants.items ?? []).filter((p) => p.status === 'registered');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const ticked = new FormData(form).getAll('participantIds').map(String);
    const body = attendanceBody(formValues(form), ticked);
    void command.run(async () => {
      const { recorded } = await api.send<{ recorded: number }>('POST', `/api/centre/intakes/${year}/attendance`, body);
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="participantIds"]')) box.checked = false;
      setRound((r) => r + 1);
      return `Recorded the day for ${recorded} ${recorded === 1 ? 'participant' : 'participants'}.`;
    });
  };
  return (
    <>
      <p>
        <Link to={`/centre?year=${year}`}>Intakes and councils</Link>
      </p>
      <h1>Attendance register, Year {year} intake</h1>
      {intake && (
        <p className="hint">
          The intake starts on {shortDate(intake.startsOn)}. Each participant has{' '}
          {intakes.data?.classroomDaysPerParticipant ?? '?'} classroom days and{' '}
          {intakes.data?.embeddedDaysPerParticipant ?? '?'} days embedded in a Triborough service.
        </p>
      )}
      <LoadError error={intakes.error ?? participants.error} />
      {pastView && <p>Changes are switched off in the as-at view: go back to today to record a register.</p>}
      {!pastView && participants.items === null && <Loading what="the participants" />}
      {!pastView && participants.items !== null && present.length === 0 && (
        <p>No participant of this intake is still in training.</p>
      )}
      {!pastView && present.length > 0 && (
        <form onSubmit={submit} noValidate aria-label="Record a day’s register">
          <TextField label="Day" name="on" type="date" command={command} required />
          <SelectField
            label="Kind of day"
            name="kind"
            command={command}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            options={ATTENDANCE_KINDS}
          />
          {kind === 'embedded' && (
            <>
              <TextField label="Triborough service" name="service" command={command} required />
              <SelectField label="Borough of the service" name="borough" command={command} options={boroughOptions} />
            </>
          )}
          {kind === 'on-site' && (
            <SelectField
              label="Clinician who gave the support"
              name="staffId"
              command={command}
              options={[['', 'Choose a clinician'], ...staffOptions(clinicians.items ?? [])]}
              hint="Their support at the participants’ council must be recorded for that day"
            />
          )}
          <CheckboxesField
            label="Present"
            name="participantIds"
            command={command}
            options={present.map((p) => ({
              value: p.id,
              label: who(p),
              group: p.councilName ?? p.councilId,
            }))}
          />
          <TextField label="Reason (optional)" name="reason" command={command} />
          <FormActions command={command} label="Record the register" />
        </form>
      )}
    </>
  );
}
