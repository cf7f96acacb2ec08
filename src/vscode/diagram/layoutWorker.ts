/**
 * The diagram's layout thread (dist/diagram-layout.js): runs ELK on the graphs the panel sends, so a
 * large directory's layout (hundreds of milliseconds) never blocks the extension host. Without a
 * parent port (the module required on the main thread, when a worker cannot start) it only exports
 * the engine. elkjs lives in this bundle alone.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { elkLayout } from '../../core/diagram/elkEngine';

export { elkLayout };

export interface LayoutRequest {
  id: number;
  graph: ElkNode;
}

export type LayoutResponse = { id: number; graph: ElkNode } | { id: number; error: string };

/** The port to the panel when this bundle runs as a Node worker thread; none when required on a thread of its own host (desktop fallback, or the web worker host, which has no Node modules). */
const parentPort: MessagePort | null | undefined = typeof process === 'object' && process.versions?.node
  ? (module.require.bind(module) as (id: string) => typeof import('node:worker_threads'))(['node', 'worker_threads'].join(':')).parentPort
  : undefined;

parentPort?.on('message', ({ id, graph }: LayoutRequest) => {
  elkLayout(graph).then(
    (result) => parentPort!.postMessage({ id, graph: result } satisfies LayoutResponse),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies LayoutResponse),
  );
});
