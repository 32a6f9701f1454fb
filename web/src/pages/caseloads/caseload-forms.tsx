import type { FormEvent } from 'react';
import type { CaseloadCommandResult } from '../../api/caseload-types';
import { FormActions, TextField, formValues } from '../../components/form-fields';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';
import { resultText } from './caseload-figures';

interface NumberSpec {
  name: 'openCases' | 'cases' | 'maxOpenCases';
  label: string;
  hint: string;
  min: number;
}

interface Spec {
  title: string;
  method: 'POST' | 'PUT';
  /** Under /api/staff/:id/caseload. */
  path: string;
  dateName: 'on' | 'from';
  dateLabel: string;
  number?: NumberSpec;
  reasonHint: string;
  button: string;
}

/** The five records a clinical lead makes; each says when and why, as the API requires. */
const SPECS: Spec[] = [
  {
    title: 'Record a count',
    method: 'POST',
    path: 'counts',
    dateName: 'on',
    dateLabel: 'Counted as at',
    number: { name: 'openCases', label: 'Open cases', hint: 'Every case open that day', min: 0 },
    reasonHint: 'For example, monthly supervision stocktake',
    button: 'Record the count',
  },
  {
    title: 'Record an allocation',
    method: 'POST',
    path: 'allocations',
    dateName: 'on',
    dateLabel: 'Allocated on',
    number: { name: 'cases', label: 'Cases allocated', hint: 'A whole number, 1 or more', min: 1 },
    reasonHint: 'For example, allocation meeting',
    button: 'Record the allocation',
  },
  {
    title: 'Record a closure',
    method: 'POST',
    path: 'closures',
    dateName: 'on',
    dateLabel: 'Closed on',
    number: { name: 'cases', label: 'Cases closed', hint: 'A whole number, 1 or more', min: 1 },
    reasonHint: 'For example, cases stepped down',
    button: 'Record the closure',
  },
  {
    title: 'Set an individual cap',
    method: 'PUT',
    path: 'cap',
    dateName: 'from',
    dateLabel: 'Applies from',
    number: {
      name: 'maxOpenCases',
      label: 'Most open cases',
      hint: 'In place of the plan’s cap, not pro rata: set knowing their hours',
      min: 0,
    },
    reasonHint: 'For example, phased return after illness',
    button: 'Set the cap',
  },
  {
    title: 'Clear the individual cap',
    method: 'POST',
    path: 'cap/clearance',
    dateName: 'from',
    dateLabel: 'Plan cap applies again from',
    reasonHint: 'For example, phased return complete',
    button: 'Clear the cap',
  },
];

function CaseloadForm({ staffId, spec, onDone }: { staffId: string; spec: Spec; onDone: () => void }) {
  const api = useApi();
  const command = useCommand([spec.dateName, ...(spec.number ? [spec.number.name] : []), 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values: Record<string, string | number> = formValues(event.currentTarget);
    // The API takes whole numbers; an empty field is left out so the server says it is required.
    const number = spec.number && values[spec.number.name];
    if (spec.number && number !== undefined) values[spec.number.name] = Number(number);
    void command.run(async () => {
      const result = await api.send<CaseloadCommandResult>(
        spec.method,
        `/api/staff/${staffId}/caseload/${spec.path}`,
        values,
      );
      onDone();
      return resultText(result);
    });
  };
  return (
    <details>
      <summary>{spec.title}</summary>
      <form onSubmit={submit} noValidate aria-label={spec.title}>
        <TextField label={spec.dateLabel} name={spec.dateName} type="date" command={command} required />
        {spec.number && (
          <TextField
            label={spec.number.label}
            name={spec.number.name}
            type="number"
            inputMode="numeric"
            min={spec.number.min}
            max={1000}
            step={1}
            hint={spec.number.hint}
            command={command}
            required
          />
        )}
        <TextField label="Reason" name="reason" hint={spec.reasonHint} maxLength={500} command={command} required />
        <FormActions command={command} label={spec.button} />
      </form>
    </details>
  );
}

/** Forms to record counts, movements and an individual cap; only for those the API lets write. */
export function CaseloadForms({ staffId, onDone }: { staffId: string; onDone: () => void }) {
  return (
    <section aria-labelledby="caseload-actions-title" className="actions">
      <h2 id="caseload-actions-title">Record a change</h2>
      {SPECS.map((spec) => (
        <CaseloadForm key={spec.path} staffId={staffId} spec={spec} onDone={onDone} />
      ))}
    </section>
  );
}
