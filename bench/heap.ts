/**
 * The heap in use after a full collection, in MB: what a piece of work leaves alive. V8 exposes its
 * collector to scripts only with `--expose-gc`; setting the flag at run time and reading `gc` from a
 * new context gives it to a process started without it (the test runner, the extension host).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export function heapAfterCollectionMb(): number {
  collect();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
