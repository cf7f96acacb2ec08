/** Text from the file, made safe to show in hover Markdown. */
import type { Str } from '../model';

/** Escapes Markdown in text taken from the file. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** Text from the file as inline code. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** A list of roles from the file, comma-separated. */
export function roleList(roles: readonly Str[]): string {
  return roles.map((r) => md(r.value)).join(', ');
}
