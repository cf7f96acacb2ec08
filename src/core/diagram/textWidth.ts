/**
 * How wide a text is drawn, without a browser: the layout runs in the extension, before the page
 * exists, and must keep room for each role label. Printable ASCII uses the wider of DejaVu Sans
 * and Liberation Sans (Arial's metrics) for each character — the fonts a webview falls back to on
 * Linux, and wider than Segoe UI and San Francisco — so an estimate is never narrower than the
 * drawing; other characters count as a wide Latin letter, or a full em when East Asian or emoji.
 */

/** Advance widths of U+0020…U+007E in hundredths of an em (from the two fonts' `hmtx` tables). */
const ASCII = [
  32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 56,
  102, 69, 69, 73, 78, 67, 62, 78, 76, 30, 50, 67, 56, 87, 75, 79, 67, 79, 73, 67, 62, 74, 69, 99, 69, 67, 69, 40, 34, 40, 84, 56,
  50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, 64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84,
];

/** East Asian wide characters and emoji: a full em. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** Width in pixels of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let hundredths = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    hundredths += code >= 0x20 && code <= 0x7e ? ASCII[code - 0x20] : WIDE.test(char) ? 100 : 72;
  }
  return (hundredths * fontSize) / 100;
}

/**
 * `text` in lines no wider than `maxWidth` at `fontSize`, every character kept: broken at spaces,
 * else after a hyphen, slash or dot (role ids and scopes), else — a word wider than a line — between
 * characters. No character is dropped but the spaces a line is broken at.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const pieces = text.match(/[^\s\-/.]*[-/.]+|\S+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (/^\s+$/.test(piece)) {
      line += piece;
      continue;
    }
    if (line.trim() !== '' && textWidth(line + piece, fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = '';
    }
    line = line.trim() === '' ? piece : line + piece;
    while (textWidth(line, fontSize) > maxWidth && Array.from(line).length > 1) {
      const chars = Array.from(line);
      let fits = 1;
      while (fits < chars.length && textWidth(chars.slice(0, fits + 1).join(''), fontSize) <= maxWidth) fits++;
      lines.push(chars.slice(0, fits).join(''));
      line = chars.slice(fits).join('');
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
