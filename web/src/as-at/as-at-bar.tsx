import { useState, type FormEvent } from 'react';
import { useAsAt } from './as-at-context';
import { describeView, instantToLocal, localToInstant } from './as-at-view';

/** The pickers that turn every page into its as-at view. */
export function AsAtBar() {
  const { view, active, setView } = useAsAt();
  const [asAt, setAsAt] = useState(view.asAt ?? '');
  const [knownAt, setKnownAt] = useState(instantToLocal(view.knownAt));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setView({ asAt: asAt || undefined, knownAt: localToInstant(knownAt) });
  };
  const clear = () => {
    setAsAt('');
    setKnownAt('');
    setView({});
  };
  return (
    <form className="as-at-bar" onSubmit={apply} aria-label="View the past">
      <div className="field field--inline">
        <label htmlFor="as-at-date">As at date</label>
        <input id="as-at-date" type="date" value={asAt} onChange={(e) => setAsAt(e.target.value)} />
      </div>
      <div className="field field--inline">
        <label htmlFor="known-at">Known at</label>
        <input
          id="known-at"
          type="datetime-local"
          step={1}
          value={knownAt}
          onChange={(e) => setKnownAt(e.target.value)}
        />
      </div>
      <button type="submit">Show</button>
      {active && (
        <button type="button" className="secondary" onClick={clear}>
          Back to today
        </button>
      )}
    </form>
  );
}

export function AsAtBanner() {
  const { view, active } = useAsAt();
  if (!active) return null;
  return (
    <div className="as-at-banner" role="status" data-testid="as-at-banner">
      <strong>Looking at the past:</strong> every figure on this page is {describeView(view)}. Changes are switched off
      in this view.
    </div>
  );
}
