/**
 * Positions in JSON text without building a second copy of it: where the first syntax error is
 * (`JSON.parse` says so only in some Node versions, and in others only as a snippet), and where the
 * value at a path starts. Both walk the text once, iteratively (deep nesting cannot exhaust the
 * stack), keeping only a stack of open brackets: never more memory than the input itself.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const COLON = 0x3a;

const enum Expect { Value, After, Key, FirstKey, Colon }

/** 0-based UTF-16 offset of the first character that makes `text` invalid JSON (its length when it ends too early), or -1. */
export function jsonSyntaxErrorOffset(text: string): number {
  const open: number[] = [];
  let state = Expect.Value;
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    if (state === Expect.After && open.length === 0) return i >= text.length ? -1 : i;
    if (i >= text.length) return text.length;
    const c = text.charCodeAt(i);
    switch (state) {
      case Expect.Value: {
        if (c === OPEN_BRACE) { open.push(c); i++; state = Expect.FirstKey; continue; }
        if (c === OPEN_BRACKET) {
          open.push(c);
          i = skipSpace(text, i + 1);
          if (text.charCodeAt(i) === CLOSE_BRACKET) { open.pop(); i++; state = Expect.After; } else state = Expect.Value;
          continue;
        }
        const end = c === QUOTE ? scanString(text, i) : c === 0x2d || (c >= 0x30 && c <= 0x39) ? scanNumber(text, i) : scanLiteral(text, i);
        if (end < 0) return ~end;
        i = end;
        state = Expect.After;
        continue;
      }
      case Expect.FirstKey:
      case Expect.Key: {
        if (state === Expect.FirstKey && c === CLOSE_BRACE) { open.pop(); i++; state = Expect.After; continue; }
        if (c !== QUOTE) return i;
        const end = scanString(text, i);
        if (end < 0) return ~end;
        i = end;
        state = Expect.Colon;
        continue;
      }
      case Expect.Colon:
        if (c !== COLON) return i;
        i++;
        state = Expect.Value;
        continue;
      case Expect.After: {
        const top = open[open.length - 1];
        if (c === COMMA) { i++; state = top === OPEN_BRACE ? Expect.Key : Expect.Value; continue; }
        if ((c === CLOSE_BRACKET && top === OPEN_BRACKET) || (c === CLOSE_BRACE && top === OPEN_BRACE)) { open.pop(); i++; continue; }
        return i;
      }
    }
  }
}

/**
 * 0-based UTF-16 offset where the value at `path` starts in valid JSON text, or where the deepest
 * value of the path that exists starts. Object keys: the last of duplicates wins, as in `JSON.parse`.
 */
export function locateJsonPath(text: string, path: ReadonlyArray<string | number>): number {
  let at = skipSpace(text, 0);
  for (const step of path) {
    const c = text.charCodeAt(at);
    let found = -1;
    if (typeof step === 'number' && c === OPEN_BRACKET) {
      let i = skipSpace(text, at + 1);
      for (let k = 0; i < text.length && text.charCodeAt(i) !== CLOSE_BRACKET; k++) {
        if (k === step) { found = i; break; }
        i = skipSpace(text, skipValue(text, i));
        if (text.charCodeAt(i) === COMMA) i = skipSpace(text, i + 1);
      }
    } else if (typeof step === 'string' && c === OPEN_BRACE) {
      let i = skipSpace(text, at + 1);
      while (i < text.length && text.charCodeAt(i) === QUOTE) {
        const keyEnd = scanString(text, i);
        if (keyEnd < 0) break;
        const matches = keyEnd - i - 2 >= step.length && JSON.parse(text.slice(i, keyEnd)) === step;
        i = skipSpace(text, keyEnd);
        if (text.charCodeAt(i) === COLON) i = skipSpace(text, i + 1);
        if (matches) found = i;
        i = skipSpace(text, skipValue(text, i));
        if (text.charCodeAt(i) === COMMA) i = skipSpace(text, i + 1);
      }
    }
    if (found === -1) return at;
    at = found;
  }
  return at;
}

function skipSpace(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  return i;
}

/** The offset just past the value starting at `i` (valid JSON assumed). */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return Math.max(scanString(text, i), i + 1);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
      i++;
    }
    return i;
  }
  let depth = 0;
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d === QUOTE) { i = Math.max(scanString(text, i), i + 1); continue; }
    if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
    else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}

/** The offset past the string starting at `i`, or `~offset` of its error. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c < 0x20) return ~j;
    if (c === BACKSLASH) {
      const e = text[j + 1];
      if (e === 'u') {
        for (let k = 2; k < 6; k++) if (!/[0-9a-fA-F]/.test(text[j + k] ?? '')) return ~Math.min(j + k, text.length);
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return ~(j + 1);
    }
  }
  return ~text.length;
}

/** The offset past the number starting at `i`, or `~offset` of its error. */
function scanNumber(text: string, i: number): number {
  const digits = (from: number) => {
    let j = from;
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    return j;
  };
  let j = i;
  if (text.charCodeAt(j) === 0x2d) j++;
  if (text.charCodeAt(j) === 0x30) j++;
  else {
    const end = digits(j);
    if (end === j) return ~j;
    j = end;
  }
  if (text.charCodeAt(j) === 0x2e) {
    const end = digits(j + 1);
    if (end === j + 1) return ~end;
    j = end;
  }
  if (text.charCodeAt(j) === 0x65 || text.charCodeAt(j) === 0x45) {
    j++;
    if (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d) j++;
    const end = digits(j);
    if (end === j) return ~end;
    j = end;
  }
  return j;
}

/** `true`, `false` or `null` at `i`: the offset past it, or `~offset` of the first wrong character. */
function scanLiteral(text: string, i: number): number {
  const word = text[i] === 't' ? 'true' : text[i] === 'f' ? 'false' : text[i] === 'n' ? 'null' : '';
  if (!word) return ~i;
  for (let k = 1; k < word.length; k++) if (text[i + k] !== word[k]) return ~Math.min(i + k, text.length);
  return i + word.length;
}
