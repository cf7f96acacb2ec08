/** Helpers shared by the edit tests. */

/**
 * Every comment of a YAML text, trimmed: full-line comments and end-of-line ones. Simple on purpose:
 * a `#` starts a comment at a line start or after a space, outside quotes (the fixtures put no `#`
 * inside quoted values).
 */
export function commentsOf(text: string): string[] {
  const comments: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /(?:^|\s)(#.*)$/.exec(line);
    if (match) comments.push(match[1].trim());
  }
  return comments;
}

/** The items of `a` left after taking away one occurrence of each item of `b` (multiset difference). */
export function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i === -1) return true;
    rest.splice(i, 1);
    return false;
  });
}
