/** The last segment of a file's path or URI, as it is written (estates order their files by it). */
export function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/** A file of an estate as messages, completion, hover and fix titles name it to people. */
export function fileLabel(file: string): string {
  const last = fileName(file);
  // The extension names files by URI, whose segments are percent-encoded; the command line by path.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
