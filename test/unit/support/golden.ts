/**
 * Golden files: the expected output lives in a committed file. A missing golden file is a failure —
 * a test that writes its own expectation checks nothing. `UPDATE_GOLDEN=1` rewrites them on purpose
 * (review the diff before committing).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const UPDATING_GOLDEN = process.env.UPDATE_GOLDEN === '1';

export function assertGolden(path: string, actual: string): void {
  if (UPDATING_GOLDEN) writeFileSync(path, actual);
  assert.ok(existsSync(path), `golden file ${path} is missing: run the tests with UPDATE_GOLDEN=1 to write it, then review it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs (UPDATE_GOLDEN=1 rewrites it; review the diff)`);
}
