/**
 * Every string the extension shows can be translated: code messages go through `vscode.l10n.t` and
 * are in the English bundle; every `%key%` of package.json has its text in package.nls.json.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const messagePattern = /l10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\\n])*)\1/g;

describe('localization', () => {
  it('every vscode.l10n.t message of the extension is in l10n/bundle.l10n.json', () => {
    const bundle = JSON.parse(readFileSync('l10n/bundle.l10n.json', 'utf8')) as Record<string, string>;
    const missing: string[] = [];
    for (const file of filesUnder('src/vscode')) {
      for (const match of readFileSync(file, 'utf8').matchAll(messagePattern)) {
        const message = match[2].replace(/\\'/g, "'").replace(/\\"/g, '"');
        if (!(message in bundle)) missing.push(`${file}: ${message}`);
      }
    }
    assert.deepEqual(missing, [], 'run `node scripts/l10n-extract.mjs` to update the bundle');
  });

  it('every %key% of package.json has a text in package.nls.json, and no text is unused', () => {
    const manifest = readFileSync('package.json', 'utf8');
    const nls = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
    const keys = new Set([...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]));
    assert.deepEqual([...keys].filter((k) => !(k in nls)), [], 'keys without a text');
    assert.deepEqual(Object.keys(nls).filter((k) => !keys.has(k)), [], 'texts no key uses');
  });

  it('user-facing calls in the extension never pass a bare string literal', () => {
    const offenders: string[] = [];
    const bare = /(show(Information|Warning|Error)Message|showInputBox\(\{[^}]*?(title|prompt|placeHolder)|title):\s*'|show(Information|Warning|Error)Message\(\s*'/g;
    for (const file of filesUnder('src/vscode')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(bare)) offenders.push(`${file}: ${match[0]}`);
    }
    assert.deepEqual(offenders, []);
  });
});

/** French texts that may stay as in English: names and words French shares with English. */
const SAME_IN_FRENCH = new Set(['Tenancy', 'Alias', 'Type', 'JSON', 'Application', 'application', 'Description', 'Parent', '{0} ({1})']);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
}

/** Every key of the English file has a French text with the same placeholders and links; none is left in English. */
function checkFrench(englishFile: string, frenchFile: string): void {
  const english = JSON.parse(readFileSync(englishFile, 'utf8')) as Record<string, string>;
  const french = JSON.parse(readFileSync(frenchFile, 'utf8')) as Record<string, string>;
  assert.deepEqual(Object.keys(english).filter((k) => !(k in french)), [], `keys missing from ${frenchFile}`);
  assert.deepEqual(Object.keys(french).filter((k) => !(k in english)), [], `keys of ${frenchFile} that English no longer has`);
  for (const [key, text] of Object.entries(english)) {
    const translated = french[key];
    assert.equal(typeof translated, 'string', key);
    assert.deepEqual(placeholders(translated), placeholders(text), `placeholders of ${key}`);
    assert.deepEqual([...translated.matchAll(/\(command:[\w.]+\)/g)].map(String), [...text.matchAll(/\(command:[\w.]+\)/g)].map(String), `command links of ${key}`);
    if (!SAME_IN_FRENCH.has(text)) assert.notEqual(translated, text, `${key} is not translated in ${frenchFile}`);
  }
}

describe('localization: French', () => {
  it('package.nls.fr.json has every key of package.nls.json, translated', () => {
    checkFrench('package.nls.json', 'package.nls.fr.json');
  });

  it('l10n/bundle.l10n.fr.json has every message of the English bundle, translated, with the same placeholders', () => {
    checkFrench('l10n/bundle.l10n.json', 'l10n/bundle.l10n.fr.json');
  });
});
