/**
 * The messages the diagram's webview may send. A webview is a web page: whatever it posts is checked
 * here, shape and sizes, before the extension acts on it. Anything else is dropped. (No `vscode`
 * import: unit-tested as plain code.)
 */

/** The diagram panel's view type: what VS Code restores it by after a window reload. */
export const DIAGRAM_VIEW_TYPE = 'tenancy.diagram';

/** What the page keeps across a window reload: the file and directory it shows. */
export interface DiagramState {
  uri: string;
  /** A tenant id, a directory's position in the file, or `null` for all directories. */
  directory: string | number | null;
}

/** The saved state, if it has that shape (it comes from the page). */
export function parseState(value: unknown): DiagramState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { uri, directory } = value as Record<string, unknown>;
  if (typeof uri !== 'string' || uri.length === 0 || uri.length > MAX_ID) return undefined;
  const okDirectory = directory === null || (typeof directory === 'string' && directory.length <= MAX_ID)
    || (typeof directory === 'number' && Number.isSafeInteger(directory) && directory >= 0);
  return okDirectory ? { uri, directory: directory as DiagramState['directory'] } : undefined;
}

export type WebviewMessage =
  /** The script loaded: (re)send the diagram. */
  | { type: 'ready' }
  /** A click on an element: reveal its YAML. `id` is a node, container or edge id of the last diagram. */
  | { type: 'reveal'; id: string }
  /** The directory picker: a tenant id, `#<index>` for a directory without one, or `null` for all. */
  | { type: 'focus'; directory: string | null }
  | { type: 'export' }
  /** What the page drew: the `data-id` of every element, after the update numbered `version`, and how many elements it replaced. */
  | { type: 'rendered'; version: number; ids: string[]; changed: number }
  /** The part of the drawing shown: its top-left corner in drawing units, the scale, and whether the user moved it (zoom, pan) away from "fit". */
  | ({ type: 'view' } & DiagramView);

/** What the page shows of the drawing (see media/diagram/diagram.js). */
export interface DiagramView {
  x: number;
  y: number;
  scale: number;
  moved: boolean;
}

/** The controls the extension can work on the page as a user would: toolbar buttons, and keys on the drawing. */
export const PAGE_CONTROLS = ['zoomIn', 'zoomOut', 'fit', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
export type PageControl = typeof PAGE_CONTROLS[number];

const MAX_ID = 2048;
const MAX_IDS = 100_000;

export function parseMessage(value: unknown): WebviewMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const message = value as Record<string, unknown>;
  const keys = Object.keys(message).sort().join(',');
  const id = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
  switch (message.type) {
    case 'ready':
    case 'export':
      return keys === 'type' ? { type: message.type } : undefined;
    case 'reveal':
      return keys === 'id,type' && id(message.id) ? { type: 'reveal', id: message.id } : undefined;
    case 'focus':
      return keys === 'directory,type' && (message.directory === null || id(message.directory))
        ? { type: 'focus', directory: message.directory }
        : undefined;
    case 'rendered': {
      const { version, ids, changed } = message;
      if (keys !== 'changed,ids,type,version' || !Number.isSafeInteger(version) || (version as number) < 0) return undefined;
      if (!Number.isSafeInteger(changed) || (changed as number) < 0) return undefined;
      if (!Array.isArray(ids) || ids.length > MAX_IDS || !ids.every(id)) return undefined;
      return { type: 'rendered', version: version as number, ids: ids as string[], changed: changed as number };
    }
    case 'view': {
      const { x, y, scale, moved } = message;
      const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
      if (keys !== 'moved,scale,type,x,y' || !finite(x) || !finite(y) || !finite(scale) || scale <= 0 || typeof moved !== 'boolean') return undefined;
      return { type: 'view', x, y, scale, moved };
    }
    default:
      return undefined;
  }
}
