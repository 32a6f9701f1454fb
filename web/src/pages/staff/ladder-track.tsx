import { ladderProgress, ladderSteps, type LadderInput } from './ladder';

/** Year 1 → Year 4 → dual qualified as a track of steps; the list is the accessible form of it. */
export function LadderTrack({ person }: { person: LadderInput }) {
  const steps = ladderSteps(person);
  const progress = ladderProgress(steps);
  return (
    <section aria-labelledby="ladder-title" className="ladder">
      <h2 id="ladder-title">Systemic ladder</h2>
      <div
        className="ladder-bar"
        role="progressbar"
        aria-label="Progress to dual qualification"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div className="ladder-bar-fill" style={{ width: `${progress * 100}%` }} />
      </div>
      <ol className="ladder-steps">
        {steps.map((step) => (
          <li
            key={step.key}
            className={`step step--${step.state}`}
            data-testid={`ladder-${step.key}`}
            data-state={step.state}
          >
            <span className="step-mark" aria-hidden="true">
              {step.state === 'done' ? '✓' : step.state === 'in-training' ? '●' : '○'}
            </span>
            <span className="step-label">{step.label}</span>
            <span className="step-note">{step.note}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
