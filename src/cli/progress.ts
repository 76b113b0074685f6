import type { Outcome } from '../pipeline/batch.js';

/** A progress bar on a terminal; one plain line per document otherwise (cron logs). */
export function progressReporter(stream: NodeJS.WriteStream) {
  const started = Date.now();
  return (o: Outcome, done: number, total: number): void => {
    const label = o.status === 'failed' ? `FAILED ${o.path}: ${o.reason}` : o.status === 'moved' ? `moved ${o.from} → ${o.path}` : `${o.status} ${o.path}`;
    if (!stream.isTTY) {
      stream.write(`[${done}/${total}] ${label}\n`);
      return;
    }
    const width = 24;
    const filled = Math.round((done / total) * width);
    const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
    const eta = (total - done) / rate;
    stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(1)} docs/s ETA ${eta.toFixed(0)}s`);
    if (o.status === 'failed') stream.write(`\n${label}\n`);
    if (done === total) stream.write('\n');
  };
}
