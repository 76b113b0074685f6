import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Processed } from './process.js';
import type { WorkerTask } from './worker.js';

export interface PoolOptions {
  /** Worker threads to run at most. */
  jobs: number;
  /** Time one document may take before its worker is stopped. */
  timeoutMs: number;
  /** Heap one worker may use (V8 old generation) before it is stopped. */
  maxMemoryMb: number;
  /** V8's young generation of each worker; by default YOUNG_GENERATION_MB. */
  youngGenerationMb?: number;
}

interface Pending {
  task: WorkerTask;
  resolve: (p: Processed) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
  done: number;
  /** Recycled: stopping, and still holding its memory until it has exited. */
  retiring: boolean;
  /** When it last became free (for the idle time). */
  freeSince: number;
}

/** The rule of a document whose parsing was stopped by close(): not a fault of the file, and not recorded as one. */
export const INTERRUPTED = 'ingest/interrupted';

/** Time the workers of this thread's pools spent with nothing to read, summed over workers (for benchmarks). */
export const poolStats = { idleMs: 0, workerMs: 0 };

/**
 * A worker is replaced after this many documents: resource limits cap the
 * JavaScript heap, not the buffers pdfjs and mammoth allocate outside it.
 */
const RECYCLE_AFTER = 500;

/**
 * The young generation of a worker, in MB. V8 sizes it by the machine (up to
 * 3 × 16 MB on 64 bits), and each worker holds it whole once it has been
 * filled; reading a document allocates mostly short-lived objects, which a
 * smaller nursery collects as well, at a small cost in collections (measured
 * with npm run bench: peak RSS and time beside raw pdfjs).
 */
export const YOUNG_GENERATION_MB = 16;

/** STYRDOK_YOUNG_GENERATION_MB sets it otherwise: for measuring what it costs. */
const youngGenerationMb = () => Number(process.env.STYRDOK_YOUNG_GENERATION_MB) || YOUNG_GENERATION_MB;

/** The compiled worker: beside this module once built; from dist/ when this module runs from source (tests). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = path.join(path.dirname(here), 'worker.js');
  if (!here.endsWith('.ts') && existsSync(sibling)) return sibling;
  return path.resolve(path.dirname(here), '../../dist/src/pipeline/worker.js');
}

/**
 * Parses documents in worker threads. Each document has a time and a memory
 * limit: a worker that passes either is stopped, the document comes back as
 * a failure with the reason, and a fresh worker takes the next document.
 */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly file = workerFile();

  constructor(private readonly options: PoolOptions) {}

  run(sourcePath: string, bytes: Uint8Array, hash: string): Promise<Processed> {
    // A buffer that shares its memory with others (Node pools small reads) is copied before it is handed over.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, path: sourcePath, bytes: own, hash }, resolve });
      this.dispatch();
    });
  }

  /** Ends every worker at once; documents queued or being parsed come back as interrupted. */
  async close(): Promise<void> {
    this.closed = true;
    const interrupted: Processed = { ok: false, rule: INTERRUPTED, reason: 'Parsing stopped before the end (the run was interrupted)' };
    for (const pending of this.queue.splice(0)) pending.resolve(interrupted);
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) {
      const pending = slot.busy;
      this.release(slot);
      pending?.resolve(interrupted);
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = [...this.slots].find((s) => !s.busy && !s.retiring);
      if (!slot && this.slots.size < this.options.jobs) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      poolStats.idleMs += performance.now() - slot.freeSince;
      slot.busy = pending;
      slot.timer = setTimeout(() => this.fail(slot!, 'ingest/timeout', `Unexpected document still being read after ${this.options.timeoutMs / 1000} s, expected at most ${this.options.timeoutMs / 1000} s (--timeout)`), this.options.timeoutMs);
      slot.worker.postMessage(pending.task, [pending.task.bytes.buffer as ArrayBuffer]);
    }
  }

  private spawn(): Slot {
    // OCR gets half a document's time, so that a document whose pictures would take longer keeps the rest of its text.
    const env = { ...process.env, STYRDOK_OCR_BUDGET_S: process.env.STYRDOK_OCR_BUDGET_S ?? String(this.options.timeoutMs / 2000) };
    const worker = new Worker(this.file, { env, resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb, maxYoungGenerationSizeMb: this.options.youngGenerationMb ?? youngGenerationMb() } });
    const slot: Slot = { worker, busy: null, timer: null, done: 0, retiring: false, freeSince: performance.now() };
    const born = slot.freeSince;
    worker.on('message', (message: { id: number; result: Processed }) => {
      if (!slot.busy || slot.busy.task.id !== message.id) return;
      const { resolve } = slot.busy;
      this.release(slot);
      // A recycled worker keeps its place until it has exited, so that an old and a new one never hold memory at once.
      if (++slot.done >= RECYCLE_AFTER) {
        slot.retiring = true;
        void slot.worker.terminate();
      }
      resolve(message.result);
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.fail(slot, 'ingest/out-of-memory', `Unexpected document that needs more than ${this.options.maxMemoryMb} MB to read, expected less (--max-memory)`);
      } else {
        this.fail(slot, 'ingest/worker-crash', `Unexpected failure of the reading worker (${error.message})`);
      }
    });
    worker.on('exit', () => {
      poolStats.workerMs += performance.now() - born;
      if (!slot.busy && !slot.retiring) poolStats.idleMs += performance.now() - slot.freeSince;
      if (slot.busy) this.fail(slot, 'ingest/worker-exit', 'Unexpected end of the reading worker while it read this document');
      this.slots.delete(slot);
      this.dispatch();
    });
    worker.unref();
    this.slots.add(slot);
    return slot;
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
    slot.freeSince = performance.now();
  }

  /** Stops the slot's worker and answers its document with the reason; the next document gets a fresh worker. */
  private fail(slot: Slot, rule: string, reason: string): void {
    const pending = slot.busy;
    this.release(slot);
    this.slots.delete(slot);
    void slot.worker.terminate();
    pending?.resolve({ ok: false, rule, reason });
    this.dispatch();
  }
}
