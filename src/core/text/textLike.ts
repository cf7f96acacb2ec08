/**
 * What the incremental analysis reads of a document's text: a `string`, or a `Rope` (rope.ts) that
 * holds a large text in pieces so an edit never copies it whole. Every method means what it means on
 * a string (`String.prototype`), so a string is one as it is.
 */
export interface TextLike {
  readonly length: number;
  slice(start?: number, end?: number): string;
  charCodeAt(index: number): number;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  startsWith(search: string, position?: number): boolean;
  includes(search: string, position?: number): boolean;
}
