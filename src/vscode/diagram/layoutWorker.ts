/**
 * The diagram's layout thread (dist/diagram-layout.js): runs ELK on the graphs the panel sends, so a
 * large directory's layout (hundreds of milliseconds) never blocks the extension host. Without a
 * parent port (the module required on the main thread, when a worker cannot start) it only exports
 * the engine. elkjs lives in this bundle alone.
 */
import { parentPort } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { elkLayout } from '../../core/diagram/elkEngine';

export { elkLayout };

export interface LayoutRequest {
  id: number;
  graph: ElkNode;
}

export type LayoutResponse = { id: number; graph: ElkNode } | { id: number; error: string };

parentPort?.on('message', ({ id, graph }: LayoutRequest) => {
  elkLayout(graph).then(
    (result) => parentPort!.postMessage({ id, graph: result } satisfies LayoutResponse),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies LayoutResponse),
  );
});
