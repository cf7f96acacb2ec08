/** Opens a file's text for the planners: parsed once per task, refused when it can't be edited safely. */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Source } from './source';
import { messagesFor } from '../../i18n';
import type { Messages } from '../../i18n';
import { lineBreakOf, loneCrAsLf } from '../../text/lineBreaks';
import { column } from './lines';
import { dashBefore, pairOf } from './nodes';


/** Parses the text for planning, or returns why it can't be edited safely. */
/**
 * The last text parsed for editing, and its document. Planners only read the document, so several
 * planners called in one go on the same text (a "fix all") parse a large file once. It is let go as
 * soon as the current task ends: a parsed copy of a large file is tens of megabytes, and the
 * analysis already holds what the editor needs between edits.
 */
let lastParsed: { text: string; doc: Document.Parsed } | undefined;

function parseForEditing(text: string): Document.Parsed {
  if (lastParsed?.text !== text) {
    if (!lastParsed) queueMicrotask(() => { lastParsed = undefined; });
    lastParsed = { text, doc: parseDocument(loneCrAsLf(text), { prettyErrors: false, uniqueKeys: true, logLevel: 'silent' }) };
  }
  return lastParsed.doc;
}

export function openSource(text: string, m: Messages = messagesFor('en')): Source | string {
  const doc = parseForEditing(text);
  if (doc.errors.length) {
    return m.editYamlErrors({ detail: doc.errors[0].message.split('\n')[0] });
  }
  if (!isMap(doc.contents)) return m.editNotWorkspace();
  const eol = lineBreakOf(text);
  // Planners find lines by LF; a lone-CR file is read as LF, same length, so their offsets fit the file.
  const source: Source = { text: loneCrAsLf(text), doc, eol, seqIndent: 2 };
  const directories = pairOf(doc.contents, 'directories');
  if (directories && isSeq(directories.value) && !directories.value.flow && directories.value.items.length) {
    const first = directories.value.items[0] as Node;
    const dash = dashBefore(text, first);
    if (dash !== undefined) source.seqIndent = Math.max(0, column(text, dash) - column(text, (directories.key as Node).range![0]));
  }
  return source;
}
