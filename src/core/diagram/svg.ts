/**
 * The diagram as an SVG document (a string). Shapes carry classes (`node member sev-error`, …)
 * and `data-id` attributes, never inline styles: the webview styles them with the editor's theme
 * (CSS variables, see `VSCODE_THEME`) under its Content-Security-Policy, and an exported file
 * embeds a `<style>` element with concrete colours. Every text from the file is escaped.
 */
import { messagesFor } from '../i18n';
import type { Locale, Messages } from '../i18n';
import { EDGE_KINDS, NODE_KINDS } from './kinds';
import { LAYOUT } from './layout';
import { textWidth } from './textWidth';
import type { DiagramContainer, DiagramEdge, DiagramModel, DiagramNode } from './model';

export interface DiagramTheme {
  font: string;
  background: string;
  foreground: string;
  /** Secondary text: tenant ids, display names, column titles. */
  muted: string;
  containerFill: string;
  containerBorder: string;
  nodeFill: string;
  nodeBorder: string;
  /** Role assignments. */
  edge: string;
  /** Owners (blue is taken by the info severity, red and yellow by errors and warnings). */
  owner: string;
  creator: string;
  guest: string;
  azure: string;
  office365: string;
  focus: string;
  /**
   * The focus ring in high-contrast themes (a webview's body has the class `vscode-high-contrast`
   * there), when `focus` may look like `error`: VS Code's high-contrast focus border is orange,
   * its error colour salmon.
   */
  focusHighContrast?: string;
  error: string;
  warning: string;
  info: string;
  /** The same severities as text (problem counts, role labels): darker where the stroke colour is too light to read. */
  errorText: string;
  warningText: string;
  infoText: string;
}

export const LIGHT_THEME: DiagramTheme = {
  font: "'Segoe UI', system-ui, -apple-system, 'Liberation Sans', sans-serif",
  background: '#ffffff', foreground: '#1f1f1f', muted: '#616161',
  containerFill: '#f8f8f8', containerBorder: '#c8c8c8', nodeFill: '#ffffff', nodeBorder: '#b0b0b0',
  edge: '#6e7781', owner: '#3b3b3b', creator: '#8250df', guest: '#388a34', azure: '#0078d4', office365: '#d83b01',
  focus: '#005fb8', error: '#e51400', warning: '#bf8803', info: '#1a85ff',
  errorText: '#b01011', warningText: '#855f00', infoText: '#0063d3',
};

export const DARK_THEME: DiagramTheme = {
  font: LIGHT_THEME.font,
  background: '#1f1f1f', foreground: '#cccccc', muted: '#9d9d9d',
  containerFill: '#252526', containerBorder: '#454545', nodeFill: '#2b2b2b', nodeBorder: '#5a5a5a',
  edge: '#8b949e', owner: '#e0e0e0', creator: '#b180d7', guest: '#89d185', azure: '#3794ff', office365: '#f1683c',
  focus: '#0078d4', error: '#f14c4c', warning: '#cca700', info: '#3794ff',
  errorText: '#f88070', warningText: '#cca700', infoText: '#59a4f9',
};

/** The editor's own colours, as CSS variables of a VS Code webview; error / warning / info as in the editor. */
export const VSCODE_THEME: DiagramTheme = {
  font: 'var(--vscode-font-family)',
  background: 'var(--vscode-editor-background)',
  foreground: 'var(--vscode-editor-foreground)',
  muted: 'var(--vscode-descriptionForeground)',
  containerFill: 'var(--vscode-sideBar-background, var(--vscode-editor-background))',
  containerBorder: 'var(--vscode-panel-border, var(--vscode-contrastBorder, #8080807f))',
  nodeFill: 'var(--vscode-editorWidget-background)',
  nodeBorder: 'var(--vscode-editorWidget-border, var(--vscode-widget-border, #8080807f))',
  edge: 'var(--vscode-editorLineNumber-foreground)',
  owner: 'var(--vscode-editor-foreground)',
  creator: 'var(--vscode-charts-purple)',
  guest: 'var(--vscode-charts-green)',
  azure: 'var(--vscode-charts-blue)',
  office365: 'var(--vscode-charts-orange)',
  focus: 'var(--vscode-focusBorder)',
  focusHighContrast: 'var(--vscode-editor-foreground)',
  error: 'var(--vscode-editorError-foreground)',
  warning: 'var(--vscode-editorWarning-foreground)',
  info: 'var(--vscode-editorInfo-foreground)',
  // The colours VS Code gives tree labels with problems (high-contrast themes leave them unset).
  errorText: 'var(--vscode-list-errorForeground, var(--vscode-editorError-foreground))',
  warningText: 'var(--vscode-list-warningForeground, var(--vscode-editorWarning-foreground))',
  infoText: 'var(--vscode-editorInfo-foreground)',
};

const ARROWS = ['edge', 'owner', 'creator', 'guest', 'office365', 'error', 'warning', 'info'] as const;

/** The style sheet of the diagram's classes in a theme (embedded in exports, a nonce'd `<style>` in the webview). */
export function diagramCss(t: DiagramTheme): string {
  const severities = (['error', 'warning', 'info'] as const).map((s) => [
    `.tenancy-diagram .sev-${s} > rect.box, .tenancy-diagram .sev-${s} > path { stroke: ${t[s]}; stroke-width: 2; }`,
    `.tenancy-diagram .edge-label.sev-${s}, .tenancy-diagram .counts.sev-${s} { fill: ${t[`${s}Text`]}; }`,
  ].join('\n')).join('\n');
  return `
.tenancy-diagram { font-family: ${t.font}; font-size: 12px; }
.tenancy-diagram .background { fill: ${t.background}; }
.tenancy-diagram .container > rect.box { fill: ${t.containerFill}; stroke: ${t.containerBorder}; stroke-width: 1; }
.tenancy-diagram .container.partial > rect.box { stroke-dasharray: 6 4; }
.tenancy-diagram .container > rect.focus-ring { fill: none; stroke: ${t.focus}; stroke-width: 3; }${t.focusHighContrast ? `
body.vscode-high-contrast .tenancy-diagram .container > rect.focus-ring, body.vscode-high-contrast-light .tenancy-diagram .container > rect.focus-ring { stroke: ${t.focusHighContrast}; }` : ''}
.tenancy-diagram .group > rect.box { fill: none; stroke: ${t.containerBorder}; stroke-width: 1; stroke-dasharray: 1 3; }
.tenancy-diagram .counts { font-size: 11px; font-weight: 600; }
.tenancy-diagram .title { fill: ${t.foreground}; font-size: 13px; font-weight: 600; }
.tenancy-diagram .detail, .tenancy-diagram .column-title { fill: ${t.muted}; font-size: 11px; }
.tenancy-diagram .node > rect.box { fill: ${t.nodeFill}; stroke: ${t.nodeBorder}; stroke-width: 1; }
.tenancy-diagram .node .label { fill: ${t.foreground}; }
.tenancy-diagram .node.dashed > rect.box { stroke-dasharray: 4 3; }
.tenancy-diagram .node.ghost > rect.box { fill: none; stroke-dasharray: 2 3; }
.tenancy-diagram .node.more .label { fill: ${t.muted}; font-style: italic; }
.tenancy-diagram .node.inactive { opacity: 0.6; }
.tenancy-diagram .stripe.azure { fill: ${t.azure}; }
.tenancy-diagram .stripe.office365 { fill: ${t.office365}; }
.tenancy-diagram .edge > path { fill: none; stroke: ${t.edge}; stroke-width: 1.5; }
.tenancy-diagram .edge.owner > path { stroke: ${t.owner}; stroke-width: 2; }
.tenancy-diagram .edge.directory > path { stroke: ${t.office365}; }
.tenancy-diagram .edge.creator > path { stroke: ${t.creator}; stroke-dasharray: 5 3; }
.tenancy-diagram .edge.directory > path { stroke-dasharray: 1 3; }
.tenancy-diagram .edge.guest > path { stroke: ${t.guest}; stroke-dasharray: 2 3; }
.tenancy-diagram .edge.pending > path { stroke-dasharray: 6 3; opacity: 0.7; }
.tenancy-diagram .edge-label { fill: ${t.foreground}; font-size: 10px; paint-order: stroke; stroke: ${t.background}; stroke-width: 3px; }
${ARROWS.map((a) => `.tenancy-diagram .arrow-${a} { fill: ${t[a]}; }`).join('\n')}
${severities}
`.trimStart();
}

/**
 * The SVG document of a diagram. With a theme (light by default) it is self-contained, for a file;
 * with `null` it has only classes, for a page that brings the style sheet (`diagramCss`). Its title
 * and tooltips are in `options.locale` (default `en`).
 */
export function renderSvg(model: DiagramModel, theme: DiagramTheme | null = LIGHT_THEME, options: { locale?: Locale } = {}): string {
  const m = messagesFor(options.locale);
  const title = escapeXml(m.diagramTitle());
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="tenancy-diagram" width="${model.width}" height="${model.height}" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-label="${title}">`);
  out.push(`<title>${title}</title>`);
  out.push('<defs>');
  // Text content of an XML element: only `&` and `<` need escaping, so the CSS child combinator `>` stays readable.
  if (theme) out.push(`<style>${diagramCss(theme).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</style>`);
  for (const arrow of ARROWS) {
    out.push(`<marker id="tenancy-arrow-${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow-${arrow}" d="M 0 0 L 10 5 L 0 10 z"/></marker>`);
  }
  out.push('</defs>');
  out.push(`<rect class="background" x="0" y="0" width="${model.width}" height="${model.height}"/>`);
  out.push('<g class="containers">', ...model.containers.map((c) => container(c, model.focus, m)), '</g>');
  out.push('<g class="groups">', ...model.containers.flatMap((c) => c.columns.map((g) => group(g, m))), '</g>');
  out.push('<g class="edges">', ...model.edges.map((e) => edge(e, m)), '</g>');
  out.push('<g class="nodes">', ...model.nodes.map(node), '</g>');
  out.push('<g class="edge-labels">', ...model.edges.filter((e) => e.labelBox && EDGE_KINDS[e.kind].labelled).map(edgeLabel), '</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function container(c: DiagramContainer, focus: string | undefined, m: Messages): string {
  const focused = c.id === focus;
  const classes = ['container', c.kind, c.partial && 'partial', focused && 'focus', c.severity && `sev-${c.severity}`];
  const counts = c.counts && m.diagramCounts(c.counts);
  const tip = [c.label, c.detail, c.partial ? m.diagramPartial() : undefined, counts, ...(c.problems ?? [])].filter(Boolean).join('\n');
  const parts = [
    `<g ${cls(classes)}${c.span ? ` data-id="${escapeXml(c.id)}"` : ''}>`,
    `<title>${escapeXml(tip)}</title>`,
    // The focus is a ring outside the box, so the box keeps its problem colour.
    focused ? `<rect class="focus-ring" x="${c.x - 4}" y="${c.y - 4}" width="${c.width + 8}" height="${c.height + 8}" rx="9"/>` : '',
    `<rect class="box" x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}" rx="6"/>`,
    `<text class="title" x="${c.x + 12}" y="${c.y + 20}">${escapeXml(fit(c.label, c.width - 24, 13, true))}</text>`,
  ];
  // Counts first when there is no tenant id, else under it: never hidden behind a long name.
  let line = c.y + 36;
  if (c.detail) {
    parts.push(`<text class="detail" x="${c.x + 12}" y="${line}">${escapeXml(fit(c.detail, c.width - 24, 11))}</text>`);
    line += 15;
  }
  if (counts) parts.push(`<text class="counts sev-${c.severity}" x="${c.x + 12}" y="${line}">${escapeXml(fit(counts, c.width - 24, 11, true))}</text>`);
  parts.push('</g>');
  return parts.join('');
}

function group(g: DiagramContainer['columns'][number], m: Messages): string {
  return `<g class="group ${g.column}"><rect class="box" x="${g.x}" y="${g.y}" width="${g.width}" height="${g.height}" rx="4"/>`
    + `<text class="column-title" x="${g.x + LAYOUT.groupPadding}" y="${g.y + 14}">${escapeXml(m.diagramColumn({ column: g.column }))} (${g.count})</text></g>`;
}

function node(n: DiagramNode): string {
  const classes = ['node', n.kind, ...NODE_KINDS[n.kind].style, n.subscriptionType, n.inactive && 'inactive', n.severity && `sev-${n.severity}`];
  const tip = [n.label, n.detail, ...(n.problems ?? [])].filter(Boolean).join('\n');
  const parts = [
    `<g ${cls(classes)}${n.span ? ` data-id="${escapeXml(n.id)}"` : ''}>`,
    `<title>${escapeXml(tip)}</title>`,
    `<rect class="box" x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="4"/>`,
  ];
  if (n.subscriptionType) parts.push(`<rect class="stripe ${n.subscriptionType}" x="${n.x + 1}" y="${n.y + 1}" width="4" height="${n.height - 2}"/>`);
  const textX = n.x + 10;
  if (n.detail) {
    parts.push(`<text class="label" x="${textX}" y="${n.y + 16}">${escapeXml(fit(n.label, n.width - 16, 12))}</text>`);
    parts.push(`<text class="detail" x="${textX}" y="${n.y + 31}">${escapeXml(fit(n.detail, n.width - 16, 11))}</text>`);
  } else {
    parts.push(`<text class="label" x="${textX}" y="${n.y + n.height / 2 + 4}">${escapeXml(fit(n.label, n.width - 16, 12))}</text>`);
  }
  parts.push('</g>');
  return parts.join('');
}

function edge(e: DiagramEdge, m: Messages): string {
  const classes = ['edge', e.kind, e.pending && 'pending', e.severity && `sev-${e.severity}`];
  const arrow = e.severity ?? EDGE_KINDS[e.kind].arrow;
  const tip = [[m.diagramEdge({ edge: e.kind }), e.label, e.detail].filter(Boolean).join(' · '), ...(e.problems ?? [])].join('\n');
  return `<g ${cls(classes)} data-id="${escapeXml(e.id)}"><title>${escapeXml(tip)}</title><path d="${e.path}" marker-end="url(#tenancy-arrow-${arrow})"/></g>`;
}

/** A role label, whole, one `<tspan>` a line, centred in the room the layout kept for it. */
function edgeLabel(e: DiagramEdge): string {
  const box = e.labelBox!;
  const classes = ['edge-label', e.severity && `sev-${e.severity}`];
  const x = box.x + box.width / 2;
  // Each line's baseline: its line box's top plus about the font's ascent.
  const lines = box.lines.map((line, i) => `<tspan x="${x}" y="${box.y + LAYOUT.labelPadding + i * LAYOUT.labelLineHeight + 9}">${escapeXml(line)}</tspan>`);
  return `<text ${cls(classes)} data-id="${escapeXml(e.id)}" text-anchor="middle">${lines.join('')}</text>`;
}

function cls(classes: Array<string | false | undefined>): string {
  return `class="${classes.filter(Boolean).join(' ')}"`;
}

/** Cuts a text to `width` pixels at `fontSize` (bold counts a tenth wider), with an ellipsis (never inside a surrogate pair). */
function fit(text: string, width: number, fontSize: number, bold = false): string {
  const size = bold ? fontSize * 1.1 : fontSize;
  if (textWidth(text, size) <= width) return text;
  const chars = Array.from(text);
  let kept = chars.length;
  while (kept > 1 && textWidth(`${chars.slice(0, kept).join('')}…`, size) > width) kept--;
  return `${chars.slice(0, kept).join('')}…`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text or attribute value safe in XML: the five special characters as entities, and characters XML 1.0
 * cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
