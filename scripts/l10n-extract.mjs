// Collects every `vscode.l10n.t('…')` message of the extension into l10n/bundle.l10n.json, the
// English bundle translators start from. `--check` only reports whether the bundle is up to date.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLE = 'l10n/bundle.l10n.json';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The messages of `l10n.t(...)` calls: a first argument that is a plain string literal. */
export function extractMessages(source) {
  const messages = [];
  const call = /l10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\\n])*)\1/g;
  for (const match of source.matchAll(call)) messages.push(JSON.parse(`"${match[2].replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`));
  return messages;
}

export function collect() {
  const messages = new Set();
  for (const file of filesUnder('src/vscode').sort()) for (const m of extractMessages(readFileSync(file, 'utf8'))) messages.add(m);
  return Object.fromEntries([...messages].sort().map((m) => [m, m]));
}

if (process.argv[1]?.endsWith('l10n-extract.mjs')) {
  const bundle = collect();
  const text = `${JSON.stringify(bundle, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(BUNDLE, 'utf8');
    if (current !== text) {
      console.error(`${BUNDLE} is out of date: run node scripts/l10n-extract.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(BUNDLE, text);
    console.log(`${BUNDLE}: ${Object.keys(bundle).length} messages`);
  }
}
