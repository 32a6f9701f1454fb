import type { HistoryEntry } from '../api/types';
import { useAsAt } from '../as-at/as-at-context';
import { cutTimeline } from '../as-at/as-at-view';
import { instant, shortDate } from './status';

/** A stream's events in words, with who recorded each, when and why; cut to the as-at view. */
export function Timeline({ entries, title = 'History' }: { entries: HistoryEntry[]; title?: string }) {
  const { view } = useAsAt();
  const shown = cutTimeline(entries, view);
  return (
    <section aria-label={title} className="timeline">
      <h2>{title}</h2>
      {shown.length < entries.length && (
        <p className="hint">
          {entries.length - shown.length} later entries are hidden: they were recorded after the known-at time.
        </p>
      )}
      <ol>
        {shown.map((e) => (
          <li key={e.eventId} className={e.afterAsAt ? 'after-as-at' : undefined}>
            <div className="timeline-when">
              <span>{e.effectiveOn ? `Effective ${shortDate(e.effectiveOn)}` : 'No effective date'}</span>
              <span className="hint">recorded {instant(e.recordedAt)}</span>
            </div>
            <div className="timeline-what">
              <strong>{e.summary}</strong>
              <span className="hint">
                {e.type} · by {e.actor}
                {e.reason ? ` · “${e.reason}”` : ''}
                {e.afterAsAt ? ' · takes effect after the as-at date' : ''}
              </span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
