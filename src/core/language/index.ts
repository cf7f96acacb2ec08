/** Language features of the workspace file, as pure functions of an analysis and an offset. */
export { completionsAt } from './completion';
export type { CompletionEntry, CompletionKind, CompletionResult } from './completion';
export { hoverAt } from './hover';
export type { HoverResult } from './hover';
export { definitionAt } from './definition';
export type { TextRange } from './definition';
export { referencesAt } from './findReferences';
export type { ReferenceLocation } from './findReferences';
export { prepareRename, renameAt } from './rename';
export type { RenameTarget, TextEdit } from './rename';
export { isRefused } from '../refusal';
export type { Refusable, Refusal } from '../refusal';
export type { LanguageOptions } from './lookup';
export { directoryName, directoryOutline, documentSymbols, outlinePlan, OUTLINE_MAX_ITEMS } from './documentSymbols';
export type { OutlineKind, OutlineSymbol } from './documentSymbols';
