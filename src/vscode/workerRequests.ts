/**
 * What the extension host asks the analysis worker (a worker thread on the desktop, a Web Worker on
 * the web), and how the worker answers: the blocks of a large file's first version, or the blocks an
 * edit changed. Blocks cross as plain data; the host's `Analyzer` adopts them.
 */
import { Analyzer, parseBlockTexts } from '../core/analyze';
import type { AnalyzeOptions, BlockCache } from '../core/analyze';

/** What is asked, before the request's number and options. */
export type BlockRequest =
  /** A whole text: every block of it (the first parse of a large file). */
  | { text: string }
  /** The directory blocks an edit changed (`Analyzer.blocksToParse`), each parsed on its own. */
  | { blockTexts: string[] };

export type WorkerRequest = BlockRequest & { id: number; options: AnalyzeOptions };

export interface WorkerResponse {
  id: number;
  blocks?: BlockCache;
  error?: string;
}

/** The worker's answer to one request. */
export function answer(request: WorkerRequest): WorkerResponse {
  try {
    if ('blockTexts' in request) return { id: request.id, blocks: parseBlockTexts(request.blockTexts, request.options) };
    const analyzer = new Analyzer();
    analyzer.analyze(request.text, request.options);
    return { id: request.id, blocks: analyzer.exportBlocks() };
  } catch (error) {
    return { id: request.id, error: (error as Error).message };
  }
}
