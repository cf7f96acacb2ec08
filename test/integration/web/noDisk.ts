/** `node:fs` for the suites bundled for the web worker extension host: there is no disk to read. */
export function readFileSync(path: string): never {
  throw new Error(`cannot read ${path}: the web worker extension host has no disk`);
}
