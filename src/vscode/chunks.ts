/**
 * Features loaded on first use. In the shipped build each is its own bundle beside extension.js
 * (`TENANCY_CHUNKS` is true), so activation only compiles the analysis, the tree and diagnostics;
 * in test builds they are bundled in, and loaded the same way.
 */
import type * as Editing from './commands/editingChunk';
import type * as Diagram from './diagram/diagramChunk';

declare const TENANCY_CHUNKS: boolean;

function once<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

export const editing = once((): typeof Editing => (TENANCY_CHUNKS ? require('./editing.js') : require('./commands/editingChunk')));
export const diagram = once((): typeof Diagram => (TENANCY_CHUNKS ? require('./diagram.js') : require('./diagram/diagramChunk')));
