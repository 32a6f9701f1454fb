import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { Command } from './use-command';

interface FieldProps {
  label: string;
  /** The API's field name, which the server's errors are keyed by. */
  name: string;
  command?: Command;
  hint?: string;
}

function useFieldIds(name: string, command?: Command, hint?: string) {
  const id = `${useId()}-${name}`;
  const messages = command?.errors?.fields[name] ?? [];
  const described = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, messages, described: described || undefined };
}

/** The shell around one control, and the attributes that tie the control to its label, hint and errors. */
function useControl(name: string, command?: Command, hint?: string) {
  const { id, messages, described } = useFieldIds(name, command, hint);
  const control = { id, name, 'aria-invalid': messages.length > 0 || undefined, 'aria-describedby': described };
  return { id, messages, control };
}

function FieldShell({
  id,
  label,
  hint,
  messages,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  messages: string[];
  children: ReactNode;
}) {
  return (
    <div className={`field${messages.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {messages.length > 0 && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {messages.join(' ')}
        </span>
      )}
      {children}
    </div>
  );
}

export function TextField({
  label,
  name,
  command,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { id, messages, control } = useControl(name, command, hint);
  return (
    <FieldShell id={id} label={label} hint={hint} messages={messages}>
      <input {...control} {...input} />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  command,
  hint,
  options,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: [string, string][] }) {
  const { id, messages, control } = useControl(name, command, hint);
  return (
    <FieldShell id={id} label={label} hint={hint} messages={messages}>
      <select {...control} {...select}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  name,
  command,
  hint,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, messages, control } = useControl(name, command, hint);
  return (
    <FieldShell id={id} label={label} hint={hint} messages={messages}>
      <textarea {...control} {...textarea} />
    </FieldShell>
  );
}

/** Boxes sharing one name (sent as a list), in a fieldset whose legend is the label; errors go beside the legend. */
export function CheckboxesField({
  label,
  name,
  command,
  hint,
  options,
}: FieldProps & { options: { value: string; label: string; group?: string }[] }) {
  const { id, messages, described } = useFieldIds(name, command, hint);
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  return (
    <fieldset
      className={`field checkboxes${messages.length ? ' field--invalid' : ''}`}
      aria-describedby={described}
      aria-invalid={messages.length > 0 || undefined}
    >
      <legend>{label}</legend>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {messages.length > 0 && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {messages.join(' ')}
        </span>
      )}
      {groups.map((group) => (
        <div key={group} role={group ? 'group' : undefined} aria-label={group || undefined}>
          {group && <p className="checkbox-group">{group}</p>}
          {options
            .filter((o) => (o.group ?? '') === group)
            .map((o) => (
              <label key={o.value} className="checkbox">
                <input type="checkbox" name={name} value={o.value} /> {o.label}
              </label>
            ))}
        </div>
      ))}
    </fieldset>
  );
}

/** The action's button, with the errors that belong to no field and what the last run did. */
export function FormActions({ command, label, busyLabel }: { command: Command; label: string; busyLabel?: string }) {
  return (
    <div className="form-actions">
      <button type="submit" disabled={command.busy} aria-busy={command.busy}>
        {command.busy ? (busyLabel ?? 'Saving…') : label}
      </button>
      <CommandMessages command={command} />
    </div>
  );
}

export function CommandMessages({ command }: { command: Command }) {
  return (
    <>
      {command.errors && command.errors.general.length > 0 && (
        <p className="form-error" role="alert">
          {command.errors.general.join(' ')}
        </p>
      )}
      {command.done && (
        <p className="form-done" role="status">
          {command.done}
        </p>
      )}
    </>
  );
}

/** Reads a form's fields by name, leaving out empty ones (the API treats absent and empty differently). */
export const formValues = (form: HTMLFormElement): Record<string, string> =>
  Object.fromEntries(
    [...new FormData(form).entries()]
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  );
