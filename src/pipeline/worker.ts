import { parentPort } from 'node:worker_threads';
import { processDocument } from './process.js';

/** A parsing worker: one document at a time in, its rows out. The database stays with the main thread. */
export interface WorkerTask {
  id: number;
  path: string;
  bytes: Uint8Array;
  hash: string;
}

parentPort?.on('message', (task: WorkerTask) => {
  void processDocument(task.path, task.bytes, task.hash).then((result) => parentPort!.postMessage({ id: task.id, result }));
});
