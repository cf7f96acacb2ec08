/**
 * Files of the extension read on first use in the web worker extension host — the editing and
 * diagram bundles, the French catalog, the role descriptions — where no `require` reaches them.
 *
 * The host reaches the extension's folder through a URL of its own (on a VS Code server, a
 * resource route of the server; on vscode.dev, the extension's CDN address). `locateExtensionFiles`
 * learns it once, at activation, from one request for the entry bundle; after that a file is read
 * synchronously (XMLHttpRequest, allowed in a worker), so callers stay as synchronous as Node's
 * `require` is for the desktop bundles. A bundle is run the way the host runs the extension's own
 * entry: as the body of a function given `module`, `exports` and `require`. Only the extension's own
 * files are run so; nothing read from the workspace is.
 */
import * as vscode from 'vscode';

/** A file of dist/ that is always there: the web entry itself. */
const PROBE = 'extension.web.js';

interface WebGlobals {
  XMLHttpRequest: new () => {
    open(method: string, url: string, async: boolean): void;
    send(): void;
    readonly status: number;
    readonly responseText: string;
  };
}

let urlOf: ((name: string) => string) | undefined;
let notLocated = 'activation has not located them yet';
const loaded = new Map<string, unknown>();

/**
 * Learns how the browser reaches dist/: call once, at activation, before any file is loaded. Never
 * throws: if the folder cannot be located, activation goes on and loading a file says why it failed.
 */
export async function locateExtensionFiles(extensionUri: vscode.Uri): Promise<void> {
  const probe = vscode.Uri.joinPath(extensionUri, 'dist', PROBE).toString();
  try {
    // The host's `fetch` turns the extension's own URI into the browser's; the response tells which.
    let response = await fetch(probe, { method: 'HEAD' });
    if (!response.ok) response = await fetch(probe);
    const url = response.url || probe;
    const at = url.lastIndexOf(PROBE);
    if (!response.ok || at < 0) throw new Error(`${probe} answered ${response.status} from ${url}`);
    urlOf = (name) => `${url.slice(0, at)}${name}${url.slice(at + PROBE.length)}`;
  } catch (error) {
    notLocated = error instanceof Error ? error.message : String(error);
  }
}

/**
 * A file of dist/ by name: the exports of a bundle (`editing.js`), or the value of a JSON file.
 * Loaded once; throws (with the file's name) when it cannot be read.
 */
export function loadExtensionFile(name: string): unknown {
  if (loaded.has(name)) return loaded.get(name);
  const text = readText(name);
  let value: unknown;
  if (name.endsWith('.json')) {
    value = JSON.parse(text);
  } else {
    const module = { exports: {} as unknown };
    const body = new Function('module', 'exports', 'require', `${text}\n//# sourceURL=${name}`) as (m: typeof module, e: unknown, r: (id: string) => unknown) => void;
    body(module, module.exports, requireFromBundle);
    value = module.exports;
  }
  loaded.set(name, value);
  return value;
}

/** What a bundle loaded here may `require`: the VS Code API and its siblings in dist/. */
function requireFromBundle(id: string): unknown {
  if (id === 'vscode') return vscode;
  const sibling = /^\.\/([\w.-]+\.(?:js|json))$/.exec(id);
  if (sibling) return loadExtensionFile(sibling[1]!);
  throw new Error(`Cannot load module '${id}' in the web worker extension host`);
}

function readText(name: string): string {
  if (!urlOf) throw new Error(`cannot load ${name}: the extension's files were not located (${notLocated})`);
  const request = new (globalThis as unknown as WebGlobals).XMLHttpRequest();
  request.open('GET', urlOf(name), false);
  request.send();
  if (request.status !== 200) throw new Error(`cannot load ${name} from the extension: HTTP ${request.status}`);
  return request.responseText;
}

/** The browser's URL of a file of dist/, once located (for a Web Worker's script). */
export function urlOfExtensionFile(name: string): string | undefined {
  return urlOf?.(name);
}
