/**
 * Lists of entities by key, in the order of the file, whose look-ups can be recorded: the analysis
 * runs each rule on one directory at a time while recording the keys it looked up, and runs it again
 * after an edit only when one of those keys changed (see ruleCache.ts). Iterating a whole map records
 * a read of every key (`name\n*`).
 */

/** Where look-ups are recorded while a rule runs, shared by every map of one index. */
export interface ReadRecorder {
  reads?: Set<string>;
}

/** The read of `key` in the map called `name`, as `ReadRecorder` and the changed keys of an update write it. */
export function readKey(name: string, key: string): string {
  return `${name}\n${key}`;
}

/** A read of the whole map: any change of any of its keys. */
export const EVERY_KEY = '*';

export class KeyedLists<V extends { start: number }> extends Map<string, V[]> {
  constructor(readonly name: string, private readonly recorder: ReadRecorder) {
    super();
  }

  override get(key: string): V[] | undefined {
    this.recorder.reads?.add(readKey(this.name, key));
    return super.get(key);
  }

  override has(key: string): boolean {
    this.recorder.reads?.add(readKey(this.name, key));
    return super.has(key);
  }

  /** The list without recording the read: for the index's own bookkeeping. */
  peek(key: string): V[] | undefined {
    return super.get(key);
  }

  /** Every key, without recording a read: for the index's own look-ups that record their reads themselves. */
  keysUnrecorded(): MapIterator<string> {
    return super.keys();
  }

  override values(): MapIterator<V[]> {
    this.recorder.reads?.add(readKey(this.name, EVERY_KEY));
    return super.values();
  }

  override keys(): MapIterator<string> {
    this.recorder.reads?.add(readKey(this.name, EVERY_KEY));
    return super.keys();
  }

  override entries(): MapIterator<[string, V[]]> {
    this.recorder.reads?.add(readKey(this.name, EVERY_KEY));
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, V[]]> {
    return this.entries();
  }

  override forEach(callback: (value: V[], key: string, map: Map<string, V[]>) => void, thisArg?: unknown): void {
    this.recorder.reads?.add(readKey(this.name, EVERY_KEY));
    super.forEach(callback, thisArg);
  }

  /** Appends `value` (the index is built in file order); a value is listed once. */
  append(key: string, value: V): void {
    const list = super.get(key);
    if (!list) super.set(key, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  }

  /** Inserts `value` at its place in file order (by `start`); a value is listed once. */
  insert(key: string, value: V): void {
    const list = super.get(key);
    if (!list) {
      super.set(key, [value]);
      return;
    }
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (list[mid].start <= value.start) low = mid + 1;
      else high = mid;
    }
    if (list[low - 1] === value) return;
    list.splice(low, 0, value);
  }

  /** Removes every value `gone` holds from the list of `key`. */
  remove(key: string, gone: ReadonlySet<V>): void {
    const list = super.get(key);
    if (!list) return;
    const kept = list.filter((value) => !gone.has(value));
    if (kept.length === 0) super.delete(key);
    else if (kept.length !== list.length) super.set(key, kept);
  }
}
