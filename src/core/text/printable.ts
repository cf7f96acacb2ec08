/**
 * Text from a file or from Azure CLI output, made safe to print on one terminal line: a name holding
 * a newline cannot forge a second line, an ESC sequence cannot recolour or retitle the terminal, and
 * a bidirectional override cannot reorder what the reader sees.
 */

/** ESC/CSI/OSC/DCS sequences as terminals read them (OSC ends at BEL or ST; a cut one runs to the end). */
const TERMINAL_SEQUENCE = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c|$)|\x1b[ -/]*[0-~]?/g;

/** C0 and C1 controls, DEL, line and paragraph separators, bidirectional embeddings, overrides and isolates. */
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Control characters as visible escapes: a newline becomes `\n`, ESC `\x1b`, U+202E `\u202e`. */
export function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (c) => SHORT[c] ?? (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/** Terminal escape sequences removed, then the remaining control characters escaped. */
export function stripTerminalEscapes(text: string): string {
  return escapeControls(text.replace(TERMINAL_SEQUENCE, ''));
}

function hex(c: string, width: number): string {
  return c.charCodeAt(0).toString(16).padStart(width, '0');
}
