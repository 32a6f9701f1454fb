import { Elapsed } from '../../components/elapsed';
import type { RunPhase } from './use-import-run';

const KB = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const size = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${KB.format(bytes / 1024)} kB`);

/** Real upload progress while the file is sent; then, while the server works, the time it has taken. */
export function ImportProgress({ phase }: { phase: RunPhase }) {
  const { dryRun } = phase;
  if (phase.step === 'sending')
    return (
      <div className="progress" role="status" data-testid="import-progress">
        <progress max={phase.total || 1} value={phase.sent} aria-label="Sending the file" />
        <span>
          Sending the file: {size(phase.sent)} of {size(phase.total)}
        </span>
      </div>
    );
  const doing = dryRun ? 'Checking every row' : 'Checking and writing every row, then updating the pages';
  return (
    <div className="progress" role="status" data-testid="import-progress">
      <progress aria-label={dryRun ? 'Checking the file' : 'Importing the file'} />
      <span>
        {doing}… <Elapsed since={phase.since} />
      </span>
    </div>
  );
}
