/**
 * Moves a cached piece of the model or a cached problem to where its block now sits: every `start` /
 * `end` offset moves by `delta`, and directory positions are renumbered. Copies; never mutates the
 * cached value, which earlier analyses may still be holding.
 */
import type { Directory } from '../model';
import type { Problem } from '../problems';

export function shiftDirectory(directory: Directory, delta: number, index: number): Directory {
  if (delta === 0 && directory.index === index) return directory;
  return copy(directory, delta, index) as Directory;
}

export function shiftProblem(problem: Problem, delta: number): Problem {
  if (delta === 0) return problem;
  return {
    ...problem,
    start: problem.start + delta,
    end: problem.end + delta,
    related: problem.related?.map((r) => ({ ...r, start: r.start + delta, end: r.end + delta })),
  };
}

function copy(value: unknown, delta: number, index: number): unknown {
  if (Array.isArray(value)) return value.map((item) => copy(item, delta, index));
  if (value === null || typeof value !== 'object') return value;
  // Same prototype as the original (a map of the user's keys has none), and every key defined, not
  // assigned: a user's `__proto__` key is copied as a key.
  const result: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  for (const [key, field] of Object.entries(value)) {
    const shifted = key === 'start' || key === 'end' ? (field as number) + delta
      : key === 'directoryIndex' || (key === 'index' && (value as { kind?: string }).kind === 'directory') ? index
      : copy(field, delta, index);
    if (key === '__proto__') Object.defineProperty(result, key, { value: shifted, enumerable: true, writable: true, configurable: true });
    else result[key] = shifted;
  }
  return result;
}
