/**
 * Where completion and hover look names up. A file alone is its own model; a file of an estate
 * (docs/format.md#estates) reads the estate's joined model, where its offsets start at `base`, so a
 * guest's home account, a principal or a tenant id of another file is found and named with its file.
 */
import type { Analysis } from '../analyze';
import type { Directory, Span } from '../model';
import { directoryAt } from './lookup';

export interface ModelView {
  /** The model the names are looked up in: the file's own analysis, or its estate's joined model. */
  model: Analysis;
  /** The model offset of the file's offset 0. */
  base: number;
  /** The name of the file an entity of the model is in, when it is not this file. */
  otherFile(entity: Span): string | undefined;
}

/** A file read alone. */
export function ownView(analysis: Analysis): ModelView {
  return { model: analysis, base: 0, otherFile: () => undefined };
}

/** The directory of this file an offset of it belongs to (never one of an earlier file of the estate). */
export function directoryInView(view: ModelView, offset: number): Directory | undefined {
  const directory = directoryAt(view.model.workspace, view.base + offset);
  return directory && directory.start >= view.base ? directory : undefined;
}
