/**
 * The main thread's side of the analysis worker: one worker thread, started on first use, that
 * parses large files' blocks (a first version's, then the large directories an edit changed). If
 * the thread cannot start or fails, callers fall back to parsing on the main thread, so a missing
 * worker costs speed, never results.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, BlockCache } from '../core/analyze';
import type { BlockRequest, WorkerRequest, WorkerResponse } from './workerRequests';

/** Parses a large file's blocks off the extension host's thread; `undefined` when it cannot. */
export interface BlockParser {
  /** Every block of a text. */
  parse(text: string, options: AnalyzeOptions): Promise<BlockCache | undefined>;
  /** Directory blocks on their own (those an edit changed: `Analyzer.blocksToParse`). */
  parseBlocks(blockTexts: string[], options: AnalyzeOptions): Promise<BlockCache | undefined>;
  dispose(): void;
}

/** The desktop (Node) extension host's block parser: a `worker_threads` worker running dist/worker.js. */
export class WorkerThreadBlockParser implements BlockParser {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (blocks: BlockCache | undefined) => void }>();

  constructor(private readonly distFolder: string) {}

  parse(text: string, options: AnalyzeOptions): Promise<BlockCache | undefined> {
    return this.request({ text }, options);
  }

  parseBlocks(blockTexts: string[], options: AnalyzeOptions): Promise<BlockCache | undefined> {
    return this.request({ blockTexts }, options);
  }

  /** The blocks asked for, parsed in the worker; `undefined` when the worker is unavailable. */
  private request(payload: BlockRequest, options: AnalyzeOptions): Promise<BlockCache | undefined> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      try {
        // Settings objects are proxies that cannot cross threads: send plain data.
        const plain = JSON.parse(JSON.stringify(options)) as AnalyzeOptions;
        worker.postMessage({ id, ...payload, options: plain } satisfies WorkerRequest);
      } catch {
        this.settle(id, undefined);
      }
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(join(this.distFolder, 'worker.js'));
      worker.on('message', ({ id, blocks }: WorkerResponse) => this.settle(id, blocks));
      worker.on('error', () => this.reset());
      worker.on('exit', () => this.reset());
      worker.unref(); // an idle worker never keeps the extension host alive
      this.worker = worker;
      return worker;
    } catch {
      return undefined;
    }
  }

  private settle(id: number, blocks: BlockCache | undefined): void {
    this.pending.get(id)?.resolve(blocks);
    this.pending.delete(id);
  }

  /** A crashed worker answers its pending requests with "unavailable"; the next request starts a new one. */
  private reset(): void {
    this.worker = undefined;
    for (const { resolve } of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }

  dispose(): void {
    const worker = this.worker;
    this.reset();
    // Terminating a worker that already stopped may reject: nothing is left to clean up then.
    worker?.terminate().catch(() => undefined);
  }
}
