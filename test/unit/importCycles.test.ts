/**
 * No module of src/ imports itself through others, not even for types: a cycle makes the order of
 * initialisation depend on who loads first, and says two modules are one concern cut in two.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)[^'\n]*from '(\.[^']+)'/gm)) {
    const target = normalize(join(dirname(file), match[1]));
    const resolved = [`${target}.ts`, join(target, 'index.ts')].find((candidate) => existsSync(candidate));
    if (resolved) found.push(resolved);
  }
  return found;
}

/** A cycle reachable from `start`, as the list of files along it, or undefined. */
function cycleFrom(start: string, graph: Map<string, string[]>, done: Set<string>): string[] | undefined {
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    if (onPath.has(file)) return [...path.slice(path.indexOf(file)), file];
    if (done.has(file)) return undefined;
    path.push(file);
    onPath.add(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
    return undefined;
  };
  return visit(start);
}

describe('module structure', () => {
  it('has no import cycle in src/, type-only imports included', () => {
    const files = sources('src');
    const graph = new Map(files.map((file) => [normalize(file), localImports(file)]));
    const done = new Set<string>();
    for (const file of graph.keys()) {
      const cycle = cycleFrom(file, graph, done);
      assert.equal(cycle, undefined, `import cycle: ${cycle?.join(' → ')}`);
    }
  });
});
