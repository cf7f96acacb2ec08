/**
 * The layout engine on the current thread: elkjs' bundled build (its own fake worker runs inline).
 * The extension runs it in a worker thread (src/vscode/diagram/layoutWorker.ts); tests and tools
 * call it directly. Importing this module pulls in elkjs (1.6 MB): only the diagram's layout bundle
 * and tests do.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutEngine } from './layout';

let elk: InstanceType<typeof ELK> | undefined;

export const elkLayout: LayoutEngine = (graph) => (elk ??= new ELK()).layout(graph);
