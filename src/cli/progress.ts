import path from 'node:path';
import type { Outcome } from '../pipeline/batch.js';

/** What the bar shows: counts, and the files being read with the time each began. */
export interface ProgressState {
  started: number;
  done: number;
  total: number;
  /** Files under way, by the time they began (ms). */
  current: Map<string, number>;
}

const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))}s`;

/**
 * One line of the bar. The ETA is the time the finished documents' rate
 * predicts, but never below what the longest running document has taken so
 * far: a 60-page OCR scan is not going to end in '1s'.
 */
export function progressLine(state: ProgressState, now: number): string {
  const width = 24;
  const { done, total } = state;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const elapsed = now - state.started;
  const rate = done / Math.max(elapsed / 1000, 0.001);
  const oldest = [...state.current].sort((a, b) => a[1] - b[1])[0];
  const running = oldest ? now - oldest[1] : 0;
  const byRate = done > 0 ? ((total - done) * elapsed) / done : running;
  const eta = Math.max(byRate, running);
  const file = oldest ? ` · ${path.basename(oldest[0])} (${seconds(running)})` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(1)} docs/s ETA ${seconds(eta)}${file}`;
}

/** A progress bar on a terminal, redrawn each second; one plain line per document otherwise (cron logs). */
export function progressReporter(stream: NodeJS.WriteStream) {
  const state: ProgressState = { started: Date.now(), done: 0, total: 0, current: new Map() };
  const draw = () => stream.write(`\r\x1b[K${progressLine(state, Date.now())}`);
  let timer: NodeJS.Timeout | null = null;
  return {
    start(file: string, total: number): void {
      state.total = total;
      state.current.set(file, Date.now());
      if (!stream.isTTY) return;
      timer ??= setInterval(draw, 1000).unref();
      draw();
    },
    outcome(o: Outcome, done: number, total: number): void {
      Object.assign(state, { done, total });
      state.current.delete(o.path);
      const label =
        o.status === 'failed' ? `FAILED ${o.path}: ${o.reason}` : o.status === 'moved' ? `moved ${o.from} → ${o.path}` : o.status === 'alias' ? `alias ${o.path} = ${o.of}` : `${o.status} ${o.path}`;
      if (!stream.isTTY) {
        stream.write(`[${done}/${total}] ${label}\n`);
        return;
      }
      draw();
      if (o.status === 'failed') stream.write(`\n${label}\n`);
    },
    stop(): void {
      if (timer) clearInterval(timer);
      if (stream.isTTY && state.total > 0) stream.write('\n');
    },
  };
}
