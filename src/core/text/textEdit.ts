/** One replacement in a file's text: [start, end) becomes `newText` (0-based UTF-16 offsets). Edit plans and rename both produce these. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}
