/**
 * The diagram's webview panel: draws the core's SVG of a workspace file's estate — the directories of
 * every file of its folder (docs/format.md#estates), all of them or one — redraws it when a file of
 * the estate changes, reveals an element's YAML (in the file it is in) when it is clicked, and
 * exports the drawing as an SVG file. The layout runs in a worker thread (layoutClient.ts); a
 * drawing equal to the last one is not sent again, and the page replaces only the elements that
 * changed. The page only draws what it is sent; its script and style sheet come from
 * `media/diagram/` under a strict Content-Security-Policy. The page remembers which file and
 * directory it shows, so a window reload brings the panel back (`DiagramSerializer`).
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import { localeOf } from '../../core/i18n';
import { buildDiagram, DARK_THEME, diagramCss, LIGHT_THEME, renderSvg, VSCODE_THEME } from '../../core/diagram';
import { LayoutClient } from './layoutClient';
import type { DiagramModel } from '../../core/diagram';
import type { Span } from '../../core/model';
import type { EstateView } from '../../core/estate/estateView';
import type { AnalysisStore } from '../analysisStore';
import { DIAGRAM_VIEW_TYPE, parseMessage } from './messages';
import type { DiagramView, PageControl, WebviewMessage } from './messages';


/** Above this many members, guests and subscriptions in the estate, the diagram opens on the file's first directory alone. */
export const LARGE_FILE_ENTRIES = 3000;

/** A directory by tenant id, or by position in the panel's file for one without an id. */
export type DirectoryRef = string | number;

/** What the panel last drew, for "Export as SVG" and for tests. */
export interface DiagramSnapshot {
  uri: vscode.Uri;
  directory?: DirectoryRef;
  model: DiagramModel;
  /** The SVG sent to the webview (classes only; the page's style sheet colours it). */
  svg: string;
  /** Number of the update message that carried it. */
  version: number;
}

export class DiagramPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private version = 0;
  private stale = false;
  private pageReady = false;
  /** The page's picker chose "All directories": draw the whole file, even a large one. */
  private wholeFileChosen = false;
  private readonly disposed = new vscode.EventEmitter<void>();
  private readonly drew = new vscode.EventEmitter<{ version: number; ids: string[]; changed: number }>();
  readonly onDidDispose = this.disposed.event;
  /** Fires when the page reports what it drew. */
  readonly onDidDraw = this.drew.event;
  last?: DiagramSnapshot;
  /** What the page last reported it drew: the `data-id` of each element, and how many it replaced. */
  drawn?: { version: number; ids: string[]; changed: number };
  /** What the page last reported it shows (pan and zoom). */
  view?: DiagramView;
  private readonly layoutClient: LayoutClient;
  /** The render in progress (layouts are asynchronous): the last one started wins. */
  private rendering?: Promise<void>;
  private renderSeq = 0;
  private layingOut = false;
  private again = false;

  /** Opens a new panel, or takes over one VS Code restored after a window reload (`existing`). */
  constructor(
    extensionUri: vscode.Uri,
    private readonly store: AnalysisStore,
    private uri: vscode.Uri,
    private directory: DirectoryRef | undefined,
    existing?: vscode.WebviewPanel,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'media', 'diagram');
    this.layoutClient = new LayoutClient(vscode.Uri.joinPath(extensionUri, 'dist').fsPath);
    this.panel = existing ?? vscode.window.createWebviewPanel(DIAGRAM_VIEW_TYPE, this.title(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(extensionUri));
    if (existing) {
      existing.webview.options = webviewOptions(extensionUri);
      existing.title = this.title();
    }
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'tenancy.svg');
    this.panel.webview.html = this.html(media);
    this.disposables.push(
      this.disposed,
      this.drew,
      this.panel.webview.onDidReceiveMessage((message) => {
        // The page cannot show a failure (a reveal or an export that went wrong): say it here.
        this.handleMessage(message).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          vscode.window.showErrorMessage(vscode.l10n.t('The diagram could not do that: {0}', reason)).then(undefined, () => undefined);
        });
      }),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible && this.stale) this.render();
      }),
      // Any file of the estate: a guest's home account, a directory, may be in another file.
      store.onDidChangeNamed('diagram', (changed) => {
        if (this.inEstate(changed)) this.render();
      }),
      store.onDidRemove((removed) => {
        if (this.inEstate(removed)) this.render();
      }),
    );
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    this.render();
  }

  private inEstate(uri: vscode.Uri): boolean {
    return uri.toString() === this.uri.toString() || this.store.estateKeyOf(uri) === this.store.estateKeyOf(this.uri);
  }

  /** What is drawn: the estate of the panel's file, as one analysis. */
  private source(): EstateView | undefined {
    return this.store.estateViewOf(this.uri);
  }

  /** Shows the panel on another file or directory (or the same again). */
  show(uri: vscode.Uri, directory: DirectoryRef | undefined): void {
    this.uri = uri;
    this.directory = directory;
    this.wholeFileChosen = false;
    this.panel.title = this.title();
    this.panel.reveal(undefined, true);
    this.render();
  }

  /** Resolves once the drawing asked for last is built (laid out and sent to the page if it is ready). */
  async rendered(): Promise<void> {
    let current: Promise<void> | undefined;
    while (current !== this.rendering) {
      current = this.rendering;
      await current;
    }
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  /** Builds the diagram from the file's current analysis and sends it to the page (later, if hidden). */
  render(): void {
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    // One layout at a time: changes during a layout are drawn by one more layout after it, not one each.
    if (this.layingOut) {
      this.again = true;
      return;
    }
    this.layingOut = true;
    const seq = ++this.renderSeq;
    const source = this.source();
    const analysis = source?.analysis;
    const directory = this.effectiveDirectory(analysis);
    const uri = this.uri;
    const done = this.build(source, directory).then((model) => {
      if (seq !== this.renderSeq) return; // a newer render started meanwhile
      const svg = renderSvg(model, null, { locale: localeOf(vscode.env.language) });
      const same = this.last && this.last.svg === svg && this.last.uri.toString() === uri.toString() && this.last.directory === directory;
      this.last = same && this.last ? { ...this.last, model } : { uri, directory, model, svg, version: ++this.version };
      this.panel.title = this.title(analysis);
      // An equal drawing is not sent again: the page keeps what it shows.
      if (!same) this.post(source);
    }, (error: unknown) => {
      if (seq !== this.renderSeq) return;
      const reason = error instanceof Error ? error.message : String(error);
      void this.panel.webview.postMessage({ type: 'error', text: vscode.l10n.t('The diagram could not be laid out: {0}', reason) });
    });
    this.rendering = done.then(() => {
      this.layingOut = false;
      if (!this.again) return undefined;
      this.again = false;
      this.render();
      return this.rendering;
    });
  }

  /**
   * The directory to draw: the one asked for; for a large file nobody asked to see whole, the first
   * (drawing thousands of entries across hundreds of directories helps nobody, and costs seconds).
   */
  private effectiveDirectory(analysis: Analysis | undefined): DirectoryRef | undefined {
    if (this.directory !== undefined || this.wholeFileChosen || !analysis) return this.directory;
    let entries = 0;
    for (const d of analysis.workspace.directories) entries += d.users.length + d.guests.length + d.subscriptions.length;
    return entries > LARGE_FILE_ENTRIES && analysis.workspace.directories.length > 1 ? 0 : undefined;
  }

  private async build(source = this.source(), directory = this.effectiveDirectory(source?.analysis)): Promise<DiagramModel> {
    if (!source) return { width: 0, height: 0, containers: [], nodes: [], edges: [] };
    // A directory without an id is known by its position in its file; the drawing counts across the estate.
    const drawn = typeof directory === 'number' ? source.directoryIndex(this.uri.toString(), directory) ?? -1 : directory;
    return buildDiagram(source.analysis, { directory: drawn, maxPerColumn: maxPerColumn(this.uri), locale: localeOf(vscode.env.language) }, this.layoutClient.layout);
  }

  private post(source = this.source()): void {
    if (!this.pageReady || !this.last) return;
    const analysis = source?.analysis;
    const several = (source?.files.length ?? 0) > 1;
    const directories = (analysis?.workspace.directories ?? []).map((d) => {
      const label = d.name?.value ?? d.id?.value ?? vscode.l10n.t('Directory {0}', d.index + 1);
      // In an estate of several files, the picker says which file holds each directory.
      const file = several ? source!.place(d.start).file.split('/').pop() : undefined;
      return { value: d.id?.value ?? `#${d.index}`, label: file ? `${label} — ${decodeURIComponent(file)}` : label };
    });
    const { model, directory } = this.last;
    const position = typeof directory === 'number' ? source?.directoryIndex(this.uri.toString(), directory) : undefined;
    const focus = directory === undefined ? null : typeof directory === 'number' ? (position === undefined ? null : `#${position}`) : directory;
    void this.panel.webview.postMessage({
      type: 'update',
      version: this.last.version,
      svg: this.last.svg,
      directories,
      focus,
      empty: analysis
        ? model.containers.length === 0 ? vscode.l10n.t('No directory to draw.') : undefined
        : vscode.l10n.t('This file is not analysed (it was deleted, or is not a Tenancy workspace file).'),
      // What the page keeps for a window reload (see DiagramSerializer).
      state: { uri: this.last.uri.toString(), directory: directory ?? null },
      labels: {
        all: vscode.l10n.t('All directories'), export: vscode.l10n.t('Export as SVG…'), directory: vscode.l10n.t('Directory'),
        zoomIn: vscode.l10n.t('Zoom in'), zoomOut: vscode.l10n.t('Zoom out'), fit: vscode.l10n.t('Fit to window'),
      },
    });
  }

  /** Acts on a message from the page, once it has the expected shape; returns whether it was acted on. */
  async handleMessage(raw: unknown): Promise<boolean> {
    const message = parseMessage(raw);
    if (!message) return false;
    return this.act(message);
  }

  private async act(message: WebviewMessage): Promise<boolean> {
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        this.post();
        return true;
      case 'reveal':
        return this.reveal(message.id);
      case 'focus': {
        const source = this.source();
        const directory = parseDirectoryRef(message.directory, source?.analysis);
        if (directory === null) return false;
        if (typeof directory === 'number') {
          // A directory without an id, by its position in the estate: it is known by its file and its position there.
          const at = source!.directoryAt(directory)!;
          this.uri = vscode.Uri.parse(at.file);
          this.directory = at.index;
        } else this.directory = directory;
        this.wholeFileChosen = directory === undefined;
        this.render();
        await this.rendered();
        return true;
      }
      case 'export':
        return (await this.exportSvg()) !== undefined;
      case 'rendered':
        this.drawn = { version: message.version, ids: message.ids, changed: message.changed };
        this.drew.fire(this.drawn);
        return true;
      case 'view': {
        const { x, y, scale, moved } = message;
        this.view = { x, y, scale, moved };
        return true;
      }
    }
  }

  /** Works a control of the page as a user would (a toolbar button, an arrow key on the drawing). */
  press(control: PageControl): Thenable<boolean> {
    return this.panel.webview.postMessage({ type: 'press', control });
  }

  /** Selects the YAML of a node, container or edge of the last diagram in an editor, in the file that holds it. */
  private async reveal(id: string): Promise<boolean> {
    const span = this.last && spanOf(this.last.model, id);
    const source = this.source();
    if (!span || !this.last || !source) return false;
    const { file, offset } = source.place(span.start);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
    const text = document.getText();
    let end = offset + (span.end - span.start);
    if (end > text.length) return false;
    // A map's span runs to the next entry: select up to its last character.
    while (end > offset && /\s/.test(text[end - 1])) end--;
    const range = new vscode.Range(document.positionAt(offset), document.positionAt(end));
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      // Never over the diagram itself: beside it when it is in the first column.
      viewColumn: shown?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One),
      selection: range, preserveFocus: false,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  /**
   * Writes the drawing as a self-contained SVG file (colours of the current theme's kind) to `target`,
   * or where a save dialog says. Returns the file written, or `undefined` if cancelled.
   */
  async exportSvg(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!this.source()) return undefined;
    // The file's current diagram, also when the panel is hidden and has not redrawn it yet.
    const model = await this.build();
    const uri = this.uri;
    const file = target ?? await vscode.window.showSaveDialog({
      defaultUri: uri.with({ path: uri.path.replace(/(\.tenancy)?\.ya?ml$/i, '') + '.diagram.svg' }),
      filters: { SVG: ['svg'] },
      title: vscode.l10n.t('Export Tenancy Diagram as SVG'),
    });
    if (!file) return undefined;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(renderSvg(model, exportTheme(), { locale: localeOf(vscode.env.language) })));
    return file;
  }

  private title(analysis?: Analysis): string {
    const files = this.source()?.files.length ?? 1;
    const parts = this.uri.path.split('/');
    // An estate of several files is named after its folder.
    const name = files > 1 ? vscode.l10n.t('{0} ({1} files)', parts[parts.length - 2] ?? '', files) : parts.pop() ?? '';
    const focus = analysis && this.last?.model.focus;
    const directory = focus ? this.last?.model.containers.find((c) => c.id === focus)?.label : undefined;
    return directory ? vscode.l10n.t('Diagram: {0} ({1})', directory, name) : vscode.l10n.t('Diagram: {0}', name);
  }

  private html(media: vscode.Uri): string {
    const { webview } = this.panel;
    const nonce = makeNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'diagram.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'diagram.css'));
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource}`,
      `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}" nonce="${nonce}">
<style nonce="${nonce}">
${diagramCss(VSCODE_THEME)}</style>
<title>Tenancy diagram</title>
</head>
<body>
<div class="toolbar" role="toolbar">
  <label for="directory" id="directory-label"></label>
  <select id="directory"></select>
  <span class="zoom">
    <button id="zoom-out" type="button" class="icon">−</button>
    <button id="fit" type="button" class="icon">⤢</button>
    <button id="zoom-in" type="button" class="icon">+</button>
  </span>
  <button id="export" type="button"></button>
  <span id="status" role="status"></span>
</div>
<div id="diagram" tabindex="0"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.layoutClient.dispose();
    this.disposed.fire();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

/** The span behind an id of the diagram: a node's, a container's or an edge's YAML. */
export function spanOf(model: DiagramModel, id: string): Span | undefined {
  return model.nodes.find((n) => n.id === id)?.span
    ?? model.containers.find((c) => c.id === id)?.span
    ?? model.edges.find((e) => e.id === id)?.span;
}

/** `null` when the page names a directory the file does not have. */
function parseDirectoryRef(value: string | null, analysis: Analysis | undefined): DirectoryRef | undefined | null {
  if (value === null) return undefined;
  const directories = analysis?.workspace.directories ?? [];
  const index = /^#(\d+)$/.exec(value);
  if (index) return Number(index[1]) < directories.length ? Number(index[1]) : null;
  return directories.some((d) => d.id?.value.toLowerCase() === value.toLowerCase()) ? value : null;
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')], retainContextWhenHidden: false };
}

function maxPerColumn(uri: vscode.Uri): number {
  return Math.max(1, vscode.workspace.getConfiguration('tenancy', uri).get('diagram.maxEntriesPerColumn', 30));
}

function exportTheme() {
  const kind = vscode.window.activeColorTheme.kind;
  return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? DARK_THEME : LIGHT_THEME;
}

function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/[^A-Za-z0-9]/g, '');
}
