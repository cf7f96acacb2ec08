/** The diagram panel, bundled on its own (dist/diagram.js) and loaded when a diagram is first shown. */
export { DiagramPanel } from './diagramPanel';
