/** How a file of an estate is named to people: the last segment of its path or URI. */
export function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
