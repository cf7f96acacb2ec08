/** The relationship diagram: model (`buildDiagram`) and SVG (`renderSvg`), both pure. */
export { buildDiagram } from './build';
export { LAYOUT } from './layout';
export type * from './model';
export { DARK_THEME, LIGHT_THEME, VSCODE_THEME, diagramCss, escapeXml, renderSvg } from './svg';
export type { DiagramTheme } from './svg';
