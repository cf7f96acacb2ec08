/**
 * The analysis worker of the web worker extension host (dist/worker.web.js): a Web Worker that
 * parses a large file's directory blocks and sends them back as plain data, like the desktop's
 * worker thread (`../analysisWorker.ts`) with the browser's messaging.
 */
import { answer } from '../workerRequests';
import type { WorkerRequest, WorkerResponse } from '../workerRequests';

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => scope.postMessage(answer(data));
