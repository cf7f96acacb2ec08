/**
 * The store's "this file has a new analysis" event, delivered to each listener in a task of its own
 * (diagnostics, tree, status bar, diagram…), in the order they subscribed and the analyses were
 * published: after a keystroke in a 5 MB file no single task holds the extension host for the sum of
 * them. A delivery whose analysis is no longer the file's current one when its turn comes is
 * dropped (the newer analysis is delivered after it), so a listener never sees an outdated
 * analysis. Each delivery is timed under its listener's name. A listener may go on in later tasks of
 * its own (the diagnostics hand each collection to VS Code in a task): it returns a promise, and the
 * events are not idle until that settles. A listener subscribed as `first` (the diagnostics: what
 * the user sees where they type) is finished before any later delivery: its later tasks run one
 * after the other, not each after another listener's task.
 */
import * as vscode from 'vscode';
import { IdleWaiters, inTask } from './tasks';
import type { Scheduled } from './tasks';
import { timed } from './timings';

interface Listener {
  readonly name: string;
  readonly call: (uri: vscode.Uri) => void | PromiseLike<void>;
  /** What it goes on with is done before the next delivery. */
  readonly first: boolean;
  disposed: boolean;
}

interface Delivery {
  readonly listener: Listener;
  readonly uri: vscode.Uri;
  /** Whether the analysis published is still the file's current one. */
  readonly current: () => boolean;
}

/** The name of the listeners subscribed through `event`, which gives none. */
const UNNAMED = 'listener of a new analysis';

export class AnalysisEvents implements vscode.Disposable {
  private readonly listeners: Listener[] = [];
  private readonly queue: Delivery[] = [];
  private next?: Scheduled;
  private readonly idle = new IdleWaiters();
  /** The work listeners go on with after their delivery's task. */
  private readonly continuing = new Set<Promise<void>>();
  /** The work of a `first` listener that the next delivery waits for. */
  private holding?: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** As a `vscode.Event`: a listener subscribed this way is timed as "listener of a new analysis". */
  readonly event: vscode.Event<vscode.Uri> = (listener, thisArgs?, disposables?) => {
    const subscription = this.subscribe(UNNAMED, (uri) => { listener.call(thisArgs, uri); });
    disposables?.push(subscription);
    return subscription;
  };

  /**
   * Subscribes a listener whose deliveries are timed under `name`; a promise it returns is work it
   * goes on with in later tasks, which with `first` the next delivery waits for.
   */
  subscribe(name: string, call: (uri: vscode.Uri) => void | PromiseLike<void>, options: { first?: boolean } = {}): vscode.Disposable {
    const listener: Listener = { name, call, first: options.first === true, disposed: false };
    this.listeners.push(listener);
    return new vscode.Disposable(() => {
      if (listener.disposed) return;
      listener.disposed = true;
      this.listeners.splice(this.listeners.indexOf(listener), 1);
    });
  }

  /** Queues a delivery of the file's new analysis to every listener; `current` says later whether it still is the file's. */
  publish(uri: vscode.Uri, current: () => boolean): void {
    for (const listener of this.listeners) this.queue.push({ listener, uri, current });
    if (!this.holding) this.next ??= inTask(() => this.deliver());
  }

  /** Whether deliveries are waiting for their task, or a listener goes on with one. */
  get busy(): boolean {
    return this.queue.length > 0 || this.continuing.size > 0;
  }

  /** Resolves once every delivery queued so far (and any queued meanwhile) has run or been dropped, and what listeners went on with is done. */
  whenIdle(): Promise<void> {
    return this.idle.wait(this.busy);
  }

  /** One task: the first delivery still due (outdated ones are dropped on the way). */
  private deliver(): void {
    this.next = undefined;
    for (let delivery = this.queue.shift(); delivery; delivery = this.queue.shift()) {
      const { listener, uri, current } = delivery;
      if (listener.disposed || !current()) continue;
      try {
        const continued = timed(listener.name, () => listener.call(uri));
        if (continued) {
          const done = this.follow(continued, listener.name, uri);
          if (listener.first) this.holding = done;
        }
      } catch (error) {
        this.failed(listener.name, uri, error);
      }
      break;
    }
    if (this.holding) return; // the deliveries go on once its work is done
    if (this.queue.length > 0) this.next = inTask(() => this.deliver());
    else this.resolveIdle();
  }

  /** Keeps the events busy until a listener's work in later tasks is done. */
  private follow(continued: PromiseLike<void>, name: string, uri: vscode.Uri): Promise<void> {
    const done: Promise<void> = Promise.resolve(continued)
      .catch((error: unknown) => this.failed(name, uri, error))
      .finally(() => {
        this.continuing.delete(done);
        if (this.holding === done) {
          this.holding = undefined;
          if (this.queue.length > 0) this.next ??= inTask(() => this.deliver());
        }
        this.resolveIdle();
      });
    this.continuing.add(done);
    return done;
  }

  private resolveIdle(): void {
    if (!this.busy) this.idle.release();
  }

  private failed(name: string, uri: vscode.Uri, error: unknown): void {
    this.log.error(`${name} failed on ${uri.toString()}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }

  dispose(): void {
    this.next?.cancel();
    this.queue.length = 0;
    this.holding = undefined;
    this.continuing.clear();
    this.listeners.length = 0;
    this.idle.release();
  }
}
