// The Tenancy diagram page. It draws the SVG the extension sends (built by the extension's core,
// every name escaped, parsed here as XML, never as HTML), and sends back clicks, the directory
// picked, export requests and what it drew. It fetches nothing and runs nothing it is sent.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('diagram'));
  const picker = /** @type {HTMLSelectElement} */ (document.getElementById('directory'));
  const pickerLabel = /** @type {HTMLElement} */ (document.getElementById('directory-label'));
  const exportButton = /** @type {HTMLButtonElement} */ (document.getElementById('export'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.svg !== 'string') return;
    pickerLabel.textContent = message.labels.directory;
    exportButton.textContent = message.labels.export;
    const all = new Option(message.labels.all, '');
    picker.replaceChildren(all, ...message.directories.map((/** @type {{value: string, label: string}} */ d) => new Option(d.label, d.value)));
    picker.value = message.focus ?? '';
    status.textContent = message.empty ?? '';

    const parsed = new DOMParser().parseFromString(message.svg, 'image/svg+xml');
    const svg = parsed.documentElement;
    if (svg.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
      root.replaceChildren();
      status.textContent = 'The diagram could not be drawn.';
      return;
    }
    for (const element of svg.querySelectorAll('[data-id]')) {
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'button');
    }
    root.replaceChildren(document.importNode(svg, true));
    const ids = [...root.querySelectorAll('[data-id]')].map((e) => e.getAttribute('data-id') ?? '');
    vscode.postMessage({ type: 'rendered', version: message.version, ids });
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
    }
  });
  picker.addEventListener('change', () => vscode.postMessage({ type: 'focus', directory: picker.value || null }));
  exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export' }));
  vscode.postMessage({ type: 'ready' });
})();
