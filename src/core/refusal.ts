/**
 * The one shape of "this cannot be done, and here is why" in the core: an edit planner's refusal, a
 * rename's, an import's (its plan, and its reading of an Azure CLI output). A `Refusable<T>` is either
 * the result or a refusal; `isRefused` tells them apart. The message is for the person who asked, in
 * their language.
 */

/** A place of the input at fault: a value of an Azure CLI output, for instance. */
export interface RefusedAt {
  /** 0-based UTF-16 offset into the input. */
  offset: number;
  /** JSON path of the value at fault, e.g. `$[2].tenantId`; `$` for the whole document. */
  path: string;
}

export interface Refusal {
  refused: string;
  /** Where the input is at fault, when the refusal is about one place of it. */
  at?: RefusedAt;
}

/** A result, or why it cannot be had. `T` never has a `refused` key. */
export type Refusable<T extends object> = T | Refusal;

export function refuse(message: string, at?: RefusedAt): Refusal {
  return at ? { refused: message, at } : { refused: message };
}

export function isRefused<T extends object>(result: Refusable<T>): result is Refusal {
  return 'refused' in result;
}
