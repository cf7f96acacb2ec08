/**
 * A file's diagnostics spread over collections by line, handed to VS Code a few collections per
 * task. VS Code's host serialises a collection's whole list for a file on every `set` (about 30 µs
 * per diagnostic), so one list of 500 costs about 15 ms per keystroke, and a line added near the
 * top of a large file moves every diagnostic after it: setting all of them at once held the host
 * for 55–155 ms. Spread over `SHARDS` collections (buckets of `BUCKET_LINES` lines dealt in turn),
 * each set is a small part of the list; a collection whose diagnostics did not change is not set
 * again, and the collections of the lines in view and being edited go first.
 *
 * The changed collections are set together in one task, up to `SET_PER_TASK` diagnostics: every
 * task's sets reach the workbench as one message, and the workbench hands each change of a file's
 * markers — all of them, every collection's — to every other extension host (a web worker host
 * beside the Node one, in a browser), so a change in four tasks costs it four copies of the file's
 * markers where one task costs one. An edit that changes a few problems sets its collections in one
 * task; a line added near the top, which moves all 500, in two (400 per task took up to 52 ms of
 * the host's CPU under load; 150 made six or seven copies of 1,000 markers per such edit).
 *
 * A newer publication of a file replaces its collections still waiting, and a publication whose
 * analysis is no longer the file's when its turn comes is dropped (the newer analysis brings its
 * own): what stays in the collections in the end is the last analysis's.
 */
import * as vscode from 'vscode';
import { IdleWaiters, inTask } from './tasks';
import type { Scheduled } from './tasks';
import { timed } from './timings';

/** The collections a file's diagnostics are spread over, and the lines of each bucket dealt to them in turn. */
export const SHARDS = 32;
const BUCKET_LINES = 64;
/** The most diagnostics one task hands over (it always hands over at least one changed collection). */
const SET_PER_TASK = 250;

/** The collection of a line's diagnostics. */
export function shardOf(line: number): number {
  return Math.floor(line / BUCKET_LINES) % SHARDS;
}

/** The collections holding lines `first` to `last`, in line order, each once. */
export function shardsOfLines(first: number, last: number): number[] {
  const from = Math.floor(first / BUCKET_LINES);
  const to = Math.min(Math.floor(last / BUCKET_LINES), from + SHARDS - 1);
  const shards: number[] = [];
  for (let bucket = from; bucket <= to; bucket++) shards.push(bucket % SHARDS);
  return shards;
}

/** What to hand over for a file: each collection's diagnostics, made when that collection's turn comes. */
export interface Publication {
  /** The collections to hand over before the others (those of the lines in view and being edited). */
  readonly first: readonly number[];
  /** Whether the publication still stands (its analysis is still the file's). */
  readonly current: () => boolean;
  /** The diagnostics of collection `shard`, given those it holds now (kept ones may be reused). */
  readonly make: (shard: number, held: readonly vscode.Diagnostic[]) => vscode.Diagnostic[];
}

interface File {
  readonly uri: vscode.Uri;
  /** What each collection holds for the file. */
  readonly held: vscode.Diagnostic[][];
  /** The collections still to hand over, in order, and what they are made from. */
  waiting?: { publication: Publication; shards: number[] };
}

export class ShardedCollections implements vscode.Disposable {
  private readonly collections: readonly vscode.DiagnosticCollection[];
  private readonly files = new Map<string, File>();
  /** The files with collections waiting, in the order they were published. */
  private readonly waiting = new Set<File>();
  private next?: Scheduled;
  private readonly idle = new IdleWaiters();

  /** @param name the first collection's name; the others are `name.1` … `name.31`. */
  constructor(name: string) {
    this.collections = Array.from({ length: SHARDS }, (_, k) => vscode.languages.createDiagnosticCollection(k === 0 ? name : `${name}.${k}`));
  }

  /** Hands over a file's diagnostics, one changed collection per task; replaces what was still waiting for the file. */
  publish(uri: vscode.Uri, publication: Publication): void {
    const file = this.fileOf(uri);
    const shards = [...new Set([...publication.first, ...Array.from({ length: SHARDS }, (_, k) => k)])];
    file.waiting = { publication, shards };
    this.waiting.add(file);
    this.next ??= inTask(() => this.handOver());
  }

  /** Takes the file's diagnostics out of every collection. */
  delete(uri: vscode.Uri): void {
    const file = this.files.get(uri.toString());
    if (file) this.waiting.delete(file);
    this.files.delete(uri.toString());
    for (const collection of this.collections) collection.delete(uri);
  }

  /** Whether collections are waiting for their task. */
  get busy(): boolean {
    return this.waiting.size > 0;
  }

  /** Resolves once no collection is waiting any more (handed over, or dropped for a newer publication). */
  whenIdle(): Promise<void> {
    return this.idle.wait(this.busy);
  }

  private fileOf(uri: vscode.Uri): File {
    const key = uri.toString();
    let file = this.files.get(key);
    if (!file) this.files.set(key, (file = { uri, held: Array.from({ length: SHARDS }, () => []) }));
    return file;
  }

  /**
   * One task: the waiting collections are made in turn, and those that differ from what VS Code
   * holds are set, until `SET_PER_TASK` diagnostics were set (making a collection that did not
   * change costs little; the serialisation of a set is the cost worth a task).
   */
  private handOver(): void {
    this.next = undefined;
    try {
      timed('diagnostics: a collection', () => {
        let set = 0;
        for (const file of this.waiting) {
          while (file.waiting && set < SET_PER_TASK) {
            const { publication, shards } = file.waiting;
            const shard = shards.shift();
            if (shards.length === 0 || !publication.current()) file.waiting = undefined;
            if (shard === undefined || !publication.current()) break;
            const diagnostics = timed('diagnostics: make', () => publication.make(shard, file.held[shard]));
            if (sameDiagnostics(file.held[shard], diagnostics)) continue;
            file.held[shard] = diagnostics;
            timed('diagnostics: set', () => this.collections[shard].set(file.uri, diagnostics));
            set += Math.max(1, diagnostics.length);
          }
          if (file.waiting) return;
          this.waiting.delete(file);
        }
      });
    } finally {
      if (this.waiting.size > 0) this.next = inTask(() => this.handOver());
      else this.idle.release();
    }
  }

  dispose(): void {
    this.next?.cancel();
    this.waiting.clear();
    for (const collection of this.collections) collection.dispose();
    this.idle.release();
  }
}

function sameDiagnostics(a: readonly vscode.Diagnostic[], b: readonly vscode.Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
