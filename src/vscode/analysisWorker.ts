/**
 * Runs in a worker thread: parses directory blocks off the extension host's main thread — a large
 * file's first version, then the large directories an edit changes — and sends them back as plain
 * data. The main thread's `Analyzer` adopts them, so its own analysis only places cached blocks and
 * runs the rules.
 */
import { parentPort } from 'node:worker_threads';
import { answer } from './workerRequests';
import type { WorkerRequest } from './workerRequests';

parentPort?.on('message', (request: WorkerRequest) => parentPort!.postMessage(answer(request)));
