/** A file of an estate as completion, hover and fix titles name it: the last segment of its path or URI. */
export function fileLabel(file: string): string {
  const last = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  // The extension names files by URI, whose segments are percent-encoded; the command line by path.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
