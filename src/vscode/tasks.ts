/**
 * Macrotasks of the extension host. Tenancy splits the work of a keystroke into short tasks (the
 * text, the analysis, each listener of the new analysis) so that between two of them the host
 * handles what is waiting: other extensions' events, VS Code's requests, the next keystroke.
 */

/** A scheduled task; `cancel` keeps it from running. */
export interface Scheduled {
  cancel(): void;
}

/**
 * Runs `task` in a macrotask of its own, after `delayMs` (0: as soon as the host has handled what is
 * already waiting — `setImmediate` in the Node host, which runs after the pending I/O; the web worker
 * host has only `setTimeout`).
 */
export function inTask(task: () => void, delayMs = 0): Scheduled {
  if (delayMs <= 0 && typeof setImmediate === 'function') {
    const id = setImmediate(task);
    return { cancel: () => clearImmediate(id) };
  }
  const id = setTimeout(task, Math.max(0, delayMs));
  return { cancel: () => clearTimeout(id) };
}

/**
 * Who waits for a piece of work that runs over several tasks to be done (`settled()` waits on the
 * analyses, their deliveries and the diagnostics' collections this way).
 */
export class IdleWaiters {
  private waiters: Array<() => void> = [];

  /** Resolves at once when nothing is `busy`, else at the next `release`. */
  wait(busy: boolean): Promise<void> {
    return busy ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }

  /** Resolves everyone waiting: the work is done (or disposed of). */
  release(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
