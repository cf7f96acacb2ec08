/**
 * The web worker extension host's block parser: one Web Worker (dist/worker.web.js), started on
 * first use, parses large files' blocks (a first version's, then the large directories an edit
 * changed). As on the desktop, a worker that cannot start or fails answers "unavailable" and the
 * store parses on the host's thread: a missing worker costs speed, never results.
 */
import type { AnalyzeOptions, BlockCache } from '../../core/analyze';
import type { BlockRequest, WorkerRequest, WorkerResponse } from '../workerRequests';
import type { BlockParser } from '../blockParser';
import { urlOfExtensionFile } from './extensionFiles';

interface WebWorker {
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  onerror: (() => void) | null;
  postMessage(message: WorkerRequest): void;
  terminate(): void;
}

type WorkerConstructor = new (url: string, options?: { name?: string }) => WebWorker;

export class WebWorkerBlockParser implements BlockParser {
  private worker?: WebWorker;
  private nextId = 0;
  private readonly pending = new Map<number, (blocks: BlockCache | undefined) => void>();

  parse(text: string, options: AnalyzeOptions): Promise<BlockCache | undefined> {
    return this.request({ text }, options);
  }

  parseBlocks(blockTexts: string[], options: AnalyzeOptions): Promise<BlockCache | undefined> {
    return this.request({ blockTexts }, options);
  }

  private request(payload: BlockRequest, options: AnalyzeOptions): Promise<BlockCache | undefined> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      try {
        // Settings objects are proxies that cannot be cloned: send plain data.
        worker.postMessage({ id, ...payload, options: JSON.parse(JSON.stringify(options)) as AnalyzeOptions } satisfies WorkerRequest);
      } catch {
        this.settle(id, undefined);
      }
    });
  }

  private ensureWorker(): WebWorker | undefined {
    if (this.worker) return this.worker;
    const url = urlOfExtensionFile('worker.web.js');
    const Worker = (globalThis as unknown as { Worker?: WorkerConstructor }).Worker;
    if (!url || !Worker) return undefined;
    try {
      const worker = new Worker(url, { name: 'Tenancy analysis' });
      worker.onmessage = ({ data: { id, blocks } }) => this.settle(id, blocks);
      worker.onerror = () => this.reset();
      this.worker = worker;
      return worker;
    } catch {
      return undefined;
    }
  }

  private settle(id: number, blocks: BlockCache | undefined): void {
    this.pending.get(id)?.(blocks);
    this.pending.delete(id);
  }

  /** A failed worker answers its pending requests with "unavailable"; the next request starts a new one. */
  private reset(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }

  dispose(): void {
    this.reset();
  }
}
