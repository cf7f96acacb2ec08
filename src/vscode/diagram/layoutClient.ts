/**
 * The panel's side of the layout thread: one worker thread (dist/diagram-layout.js), started on the
 * first layout and ended with the panel. If the thread cannot start or dies — or the host has no
 * Node worker threads (the web worker extension host) — the same bundle is loaded on this thread
 * instead: slower to answer, same drawing.
 */
import type { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutEngine } from '../../core/diagram';
import type * as LayoutBundle from './layoutWorker';
import type { LayoutResponse } from './layoutWorker';

declare const TENANCY_CHUNKS: boolean;

/** Node's worker threads, when the extension host is Node's (the desktop); undefined in the web worker host. */
function nodeWorkerThreads(): typeof import('node:worker_threads') | undefined {
  if (typeof process !== 'object' || !process.versions?.node) return undefined;
  // Not a static import: this bundle also runs in the web worker host, where no Node module exists.
  return (module.require.bind(module) as (id: string) => typeof import('node:worker_threads'))(['node', 'worker_threads'].join(':'));
}

/** How many layouts the client remembers: the directories of a large estate, and one estate graph. */
const REMEMBERED_LAYOUTS = 128;

export class LayoutClient {
  private worker?: Worker;
  private failed = false;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (graph: ElkNode) => void; reject: (error: Error) => void }>();

  constructor(private readonly distFolder: string) {}

  /**
   * The graphs laid out lately and ELK's answers, the most recent last: a drawing is laid out one
   * directory at a time (src/core/diagram/layout.ts), so an edit lays out again only the directory it
   * changed, and one that changes no box, label or edge (a display name, a comment, a problem) none.
   */
  private readonly answers = new Map<string, Promise<ElkNode>>();

  readonly layout: LayoutEngine = (graph) => {
    const key = JSON.stringify(graph);
    const known = this.answers.get(key);
    this.answers.delete(key);
    const result = known ?? this.run(graph);
    this.answers.set(key, result);
    while (this.answers.size > REMEMBERED_LAYOUTS) this.answers.delete(this.answers.keys().next().value!);
    result.catch(() => { if (this.answers.get(key) === result) this.answers.delete(key); });
    return result;
  };

  private run(graph: ElkNode): Promise<ElkNode> {
    const worker = this.ensureWorker();
    if (!worker) return this.inProcess(graph);
    const id = this.nextId++;
    return new Promise<ElkNode>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, graph });
    });
  }

  private inProcess(graph: ElkNode): Promise<ElkNode> {
    const bundle = (TENANCY_CHUNKS ? require('./diagram-layout.js') : require('./layoutWorker')) as typeof LayoutBundle;
    return bundle.elkLayout(graph);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    const threads = nodeWorkerThreads();
    if (!threads) {
      this.failed = true;
      return undefined;
    }
    try {
      const worker = new threads.Worker(`${this.distFolder}/diagram-layout.js`);
      worker.on('message', (response: LayoutResponse) => {
        const waiting = this.pending.get(response.id);
        this.pending.delete(response.id);
        if ('error' in response) waiting?.reject(new Error(response.error));
        else waiting?.resolve(response.graph);
      });
      worker.on('error', () => this.reset(true));
      worker.on('exit', () => this.reset(false));
      worker.unref();
      this.worker = worker;
      return worker;
    } catch {
      this.failed = true;
      return undefined;
    }
  }

  /** Pending layouts of a lost thread fail (the panel says so); after a crash, later ones run on this thread. */
  private reset(crashed: boolean): void {
    this.worker = undefined;
    this.failed ||= crashed;
    for (const { reject } of this.pending.values()) reject(new Error('The layout thread stopped.'));
    this.pending.clear();
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    worker?.terminate().then(undefined, () => undefined);
  }
}
