/**
 * Runs in a worker thread: parses a large file's directory blocks off the extension host's main
 * thread and sends them back as plain data. The main thread's `Analyzer` adopts them, so its own
 * analysis of the same text only joins cached blocks and runs the rules.
 */
import { parentPort } from 'node:worker_threads';
import { Analyzer } from '../core/analyze';
import type { AnalyzeOptions, BlockCache } from '../core/analyze';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export interface WorkerResponse {
  id: number;
  blocks?: BlockCache;
  error?: string;
}

parentPort?.on('message', ({ id, text, options }: WorkerRequest) => {
  try {
    const analyzer = new Analyzer();
    analyzer.analyze(text, options);
    parentPort!.postMessage({ id, blocks: analyzer.exportBlocks() } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message } satisfies WorkerResponse);
  }
});
