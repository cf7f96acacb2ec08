// The Tenancy diagram page. It draws the SVG the extension sends (built by the extension's core,
// every name escaped, parsed here as XML, never as HTML), and sends back clicks, the directory
// picked, export requests and what it drew. It fetches nothing and runs nothing it is sent.
// Redraws replace only the elements whose markup changed; the view (pan and zoom) is kept across
// redraws and, with the file and directory shown, across window reloads (`setState`).
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('diagram'));
  const picker = /** @type {HTMLSelectElement} */ (document.getElementById('directory'));
  const pickerLabel = /** @type {HTMLElement} */ (document.getElementById('directory-label'));
  const exportButton = /** @type {HTMLButtonElement} */ (document.getElementById('export'));
  const zoomIn = /** @type {HTMLButtonElement} */ (document.getElementById('zoom-in'));
  const zoomOut = /** @type {HTMLButtonElement} */ (document.getElementById('zoom-out'));
  const fitButton = /** @type {HTMLButtonElement} */ (document.getElementById('fit'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  const LAYERS = ['containers', 'groups', 'edges', 'nodes', 'edge-labels'];

  /** @type {{ uri?: string, directory?: string | number | null, view?: { x: number, y: number, scale: number } }} */
  let state = vscode.getState() ?? {};
  /** The drawing's size, and the part of it shown: top-left corner and scale. */
  let size = { width: 0, height: 0 };
  let view = state.view ?? null;
  /** Whether the user moved the view (zoom, pan): until then the drawing follows the window's size. */
  let moved = !!state.moved;
  /** The markup each drawn element was made from, to tell which ones an update changes. */
  const source = new WeakMap();
  const serializer = new XMLSerializer();

  /** Keeps the view for a window reload, and tells the extension what is shown (scale, top-left corner). */
  const save = () => {
    vscode.setState({ ...state, view, moved });
    if (view) vscode.postMessage({ type: 'view', x: view.x, y: view.y, scale: view.scale, moved });
  };

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'error' && typeof message.text === 'string') {
      status.textContent = message.text;
      return;
    }
    if (message && message.type === 'press') {
      press(message.control);
      return;
    }
    if (!message || message.type !== 'update' || typeof message.svg !== 'string') return;
    pickerLabel.textContent = message.labels.directory;
    exportButton.textContent = message.labels.export;
    for (const [button, label] of [[zoomIn, message.labels.zoomIn], [zoomOut, message.labels.zoomOut], [fitButton, message.labels.fit]]) {
      button.title = label;
      button.setAttribute('aria-label', label);
    }
    const all = new Option(message.labels.all, '');
    picker.replaceChildren(all, ...message.directories.map((/** @type {{value: string, label: string}} */ d) => new Option(d.label, d.value)));
    picker.value = message.focus ?? '';
    status.textContent = message.empty ?? '';
    const shown = message.state && message.state.uri === state.uri && message.state.directory === state.directory;
    if (!shown) {
      view = null; // another file or directory: start from the whole drawing
      moved = false;
    }
    state = { ...message.state };

    const parsed = new DOMParser().parseFromString(message.svg, 'image/svg+xml');
    const svg = parsed.documentElement;
    if (svg.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
      root.replaceChildren();
      status.textContent = 'The diagram could not be drawn.';
      return;
    }
    size = { width: Number(svg.getAttribute('width')) || 0, height: Number(svg.getAttribute('height')) || 0 };
    const changed = draw(svg);
    if (!view || !moved) fit();
    else apply();
    save();
    const ids = [...root.querySelectorAll('[data-id]')].map((e) => e.getAttribute('data-id') ?? '');
    vscode.postMessage({ type: 'rendered', version: message.version, ids, changed });
  });

  /**
   * Puts the new drawing in place: the first time whole, then layer by layer, keeping each element
   * whose markup is unchanged (same `data-id`, or same place among elements without one).
   * Returns how many elements were replaced, added or removed.
   * @param {Element} svg
   */
  function draw(svg) {
    const current = root.querySelector('svg');
    if (!current || LAYERS.some((layer) => !current.querySelector(`:scope > g.${layer}`) || !svg.querySelector(`:scope > g.${layer}`))) {
      root.replaceChildren(adopt(svg));
      return root.querySelectorAll('[data-id]').length;
    }
    for (const name of ['width', 'height', 'viewBox', 'aria-label']) {
      const value = svg.getAttribute(name);
      if (value !== null) current.setAttribute(name, value);
    }
    let changed = 0;
    for (const tag of [':scope > title', ':scope > defs', ':scope > rect.background']) {
      const before = current.querySelector(tag);
      const after = svg.querySelector(tag);
      if (before && after && source.get(before) !== serializer.serializeToString(after)) {
        before.replaceWith(adopt(after));
        changed++;
      }
    }
    for (const layer of LAYERS) {
      const before = /** @type {Element} */ (current.querySelector(`:scope > g.${layer}`));
      const after = /** @type {Element} */ (svg.querySelector(`:scope > g.${layer}`));
      /** @type {Map<string, Element>} */
      const kept = new Map();
      [...before.children].forEach((child, i) => kept.set(key(child, i), child));
      const next = [...after.children].map((child, i) => {
        const old = kept.get(key(child, i));
        if (old && source.get(old) === serializer.serializeToString(child)) {
          kept.delete(key(child, i));
          return old;
        }
        changed++;
        return adopt(child);
      });
      changed += kept.size; // removed
      before.replaceChildren(...next);
    }
    return changed;
  }

  /** @param {Element} element @param {number} i */
  function key(element, i) {
    return element.getAttribute('data-id') ?? `#${i}`;
  }

  /** A copy of a parsed element for this page, clickable and focusable where it has an id. @param {Element} element */
  function adopt(element) {
    const copy = /** @type {Element} */ (document.importNode(element, true));
    const pairs = [[copy, element]];
    if (element.nodeName === 'svg') {
      // Every element of a first draw remembers its markup, so the next update can compare.
      for (const layer of LAYERS) {
        const a = copy.querySelector(`:scope > g.${layer}`);
        const b = element.querySelector(`:scope > g.${layer}`);
        if (a && b) [...a.children].forEach((child, i) => pairs.push([child, b.children[i]]));
      }
      for (const tag of [':scope > title', ':scope > defs', ':scope > rect.background']) {
        const a = copy.querySelector(tag);
        const b = element.querySelector(tag);
        if (a && b) pairs.push([a, b]);
      }
    }
    for (const [mine, theirs] of pairs) source.set(mine, serializer.serializeToString(theirs));
    const clickable = copy.matches('[data-id]') ? [copy, ...copy.querySelectorAll('[data-id]')] : [...copy.querySelectorAll('[data-id]')];
    for (const e of clickable) {
      e.setAttribute('tabindex', '0');
      e.setAttribute('role', 'button');
    }
    return copy;
  }

  // ── Pan and zoom: the drawing fills the page; its viewBox is the part shown. ──

  function apply() {
    const svg = root.querySelector('svg');
    if (!svg || !view) return;
    const w = root.clientWidth / view.scale;
    const h = root.clientHeight / view.scale;
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${w} ${h}`);
    svg.setAttribute('width', String(root.clientWidth));
    svg.setAttribute('height', String(root.clientHeight));
  }

  /** The whole drawing in the window, never enlarged beyond 100 %. */
  function fit() {
    const scale = Math.min(1, root.clientWidth / Math.max(1, size.width), root.clientHeight / Math.max(1, size.height));
    view = { x: 0, y: 0, scale: Math.max(0.05, scale) };
    apply();
    save();
  }

  /** Zooms by `factor` around a point of the window (its centre by default). */
  function zoom(factor, px = root.clientWidth / 2, py = root.clientHeight / 2) {
    if (!view) return;
    moved = true;
    const scale = Math.min(4, Math.max(0.05, view.scale * factor));
    view = { x: view.x + px / view.scale - px / scale, y: view.y + py / view.scale - py / scale, scale };
    apply();
    save();
  }

  function pan(dx, dy) {
    if (!view) return;
    moved = true;
    view = { ...view, x: view.x - dx / view.scale, y: view.y - dy / view.scale };
    apply();
    save();
  }

  root.addEventListener('wheel', (event) => {
    event.preventDefault();
    const box = root.getBoundingClientRect();
    // Ctrl + wheel (and a trackpad's pinch) zooms around the pointer; the wheel alone scrolls.
    if (event.ctrlKey || event.metaKey) zoom(Math.exp(-event.deltaY / 300), event.clientX - box.left, event.clientY - box.top);
    else if (event.shiftKey) pan(-event.deltaY, -event.deltaX);
    else pan(-event.deltaX, -event.deltaY);
  }, { passive: false });

  /** @type {{ x: number, y: number, moved: boolean } | null} */
  let drag = null;
  root.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, moved: false };
  });
  window.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) root.setPointerCapture?.(event.pointerId);
    drag.moved = true;
    root.classList.add('panning');
    pan(dx, dy);
    drag.x = event.clientX;
    drag.y = event.clientY;
  });
  window.addEventListener('pointerup', () => {
    root.classList.remove('panning');
    // A drag is not a click: swallow the click that follows it.
    if (drag?.moved) root.addEventListener('click', (e) => e.stopPropagation(), { capture: true, once: true });
    drag = null;
  });
  window.addEventListener('resize', () => (moved ? apply() : fit()));
  zoomIn.addEventListener('click', () => zoom(1.25));
  zoomOut.addEventListener('click', () => zoom(0.8));
  fitButton.addEventListener('click', () => {
    moved = false;
    fit();
  });

  /** @param {Event} event */
  const reveal = (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-id]') : null;
    const id = target?.getAttribute('data-id');
    if (id) vscode.postMessage({ type: 'reveal', id });
  };
  root.addEventListener('click', reveal);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      reveal(event);
    } else if (event.key === '+' || event.key === '=') zoom(1.25);
    else if (event.key === '-') zoom(0.8);
    else if (event.key === '0') {
      moved = false;
      fit();
    }
    else if (event.key.startsWith('Arrow')) {
      const step = 60;
      pan(event.key === 'ArrowLeft' ? step : event.key === 'ArrowRight' ? -step : 0, event.key === 'ArrowUp' ? step : event.key === 'ArrowDown' ? -step : 0);
    } else return;
    event.preventDefault();
  });
  /**
   * The extension works a control the way a user does: a toolbar button is clicked, a key is
   * pressed on the drawing (the same handlers run). Anything else is ignored.
   * @param {unknown} control
   */
  function press(control) {
    const buttons = { zoomIn, zoomOut, fit: fitButton };
    if (typeof control !== 'string') return;
    if (Object.hasOwn(buttons, control)) buttons[/** @type {'zoomIn' | 'zoomOut' | 'fit'} */ (control)].click();
    else if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', '0'].includes(control)) {
      root.dispatchEvent(new KeyboardEvent('keydown', { key: control, bubbles: true, cancelable: true }));
    }
  }

  picker.addEventListener('change', () => vscode.postMessage({ type: 'focus', directory: picker.value || null }));
  exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export' }));
  vscode.postMessage({ type: 'ready' });
})();
