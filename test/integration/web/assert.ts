/**
 * `node:assert/strict` for the suites bundled for the web worker extension host, which has no Node
 * modules: the assertions the suites use, with Node's strict semantics (`equal` is `Object.is`,
 * `deepEqual` compares prototypes and own enumerable keys) and an error mocha shows with a diff.
 */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
  readonly code = 'ERR_ASSERTION';
  constructor(
    message: string,
    readonly actual: unknown,
    readonly expected: unknown,
    readonly operator: string,
  ) {
    super(message);
  }
}

function fail(given: string | Error | undefined, generated: string, actual: unknown, expected: unknown, operator: string): never {
  if (given instanceof Error) throw given;
  throw new AssertionError(given ?? generated, actual, expected, operator);
}

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true, '==');
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected, 'strictEqual');
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected, 'notStrictEqual');
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!same(actual, expected)) fail(message, `Expected values to be strictly deep-equal:\n${show(actual)}\n!==\n${show(expected)}`, actual, expected, 'deepStrictEqual');
}

export function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || !pattern.test(value)) fail(message, `The input did not match the regular expression ${String(pattern)}. Input: ${show(value)}`, value, pattern, 'match');
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || pattern.test(value)) fail(message, `The input was expected to not match the regular expression ${String(pattern)}. Input: ${show(value)}`, value, pattern, 'doesNotMatch');
}

export function throws(block: () => unknown, message?: string | Error): void {
  try {
    block();
  } catch {
    return;
  }
  fail(message, 'Missing expected exception.', undefined, undefined, 'throws');
}

export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp | ((error: unknown) => boolean), message?: string | Error): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    const text = String(error); // as Node: a pattern is tested against "Name: message"
    if (expected instanceof RegExp && !expected.test(text)) fail(message, `The error "${text}" does not match ${String(expected)}`, error, expected, 'rejects');
    if (typeof expected === 'function' && expected(error) !== true) fail(message, `The validation function rejected the error "${text}"`, error, expected, 'rejects');
    return;
  }
  fail(message, 'Missing expected rejection.', undefined, expected, 'rejects');
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    return a.size === other.size && [...a].every(([key, value]) => other.has(key) && same(value, other.get(key)));
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    return a.size === other.size && [...a].every((value) => other.has(value));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export default { AssertionError, ok, equal, notEqual, deepEqual, match, doesNotMatch, throws, rejects };
