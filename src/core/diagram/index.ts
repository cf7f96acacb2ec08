/** The relationship diagram: model (`buildDiagram`, laid out by an ELK `LayoutEngine`) and SVG (`renderSvg`). */
export { buildDiagram, diagramDraft } from './build';
export { DIAGRAM_GROUPS, EDGE_KINDS, NODE_KINDS } from './kinds';
export { LAYOUT, elkGraph, layout, placed } from './layout';
export type { LayoutEngine } from './layout';
export type * from './model';
export { DARK_THEME, LIGHT_THEME, VSCODE_THEME, diagramCss, escapeXml, renderSvg } from './svg';
export type { DiagramTheme } from './svg';
