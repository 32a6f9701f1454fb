import cliProgress from 'cli-progress';

/** One phase of a long command, shown as a bar on stderr. */
export interface ProgressBar {
  update(done: number, total?: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /** `--progress` / `--no-progress`; unset: a bar only when stderr is a terminal. */
  progress?: boolean;
  stream?: NodeJS.WriteStream;
}

const silent: ProgressBar = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar (cli-progress) on stderr, so stdout keeps only the command's answer. Off when
 * stderr is not a terminal (a pipe, a log file, CI) unless `--progress` asks for it; then it is
 * written as a line every second instead of being redrawn.
 */
export function progressBar(label: string, total: number, options: ProgressOptions = {}): ProgressBar {
  const stream = options.stream ?? process.stderr;
  const enabled = options.progress ?? Boolean(stream.isTTY);
  if (!enabled) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label.padEnd(14)} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`,
      noTTYOutput: !stream.isTTY,
      notTTYSchedule: 1000,
      etaBuffer: 50,
      hideCursor: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let last = 0;
  bar.start(Math.max(total, 1), 0, { rate: '0' });
  return {
    update: (done, newTotal) => {
      if (newTotal !== undefined) bar.setTotal(Math.max(newTotal, 1));
      last = done;
      const rate = (done * 1000) / Math.max(1, Date.now() - started);
      bar.update(done, { rate: Math.round(rate).toLocaleString('en-GB') });
    },
    stop: () => {
      bar.update(last);
      bar.stop();
    },
  };
}
