/**
 * Work that can pause: a generator that yields between steps and returns its result at the end. The
 * editor runs an analysis a few steps per task, so that a keystroke in a large file never holds the
 * extension host for the whole re-analysis; the command line and the tests run it to the end at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
