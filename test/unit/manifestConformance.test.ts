/**
 * The manifest is complete and consistent: every `%key%` it uses has its English and French text,
 * every menu entry names a declared command, and every declared command is reachable (a palette
 * entry or a menu), and every command of the registry (`COMMANDS`, whose functions `EDIT_COMMANDS`
 * holds) is declared. Which of them the extension really registers is checked in the real VS Code
 * (test/integration/suite/manifest.test.ts).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMMANDS } from '../../src/vscode/commands/ids';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const nls: Record<string, Record<string, string>> = {
  en: JSON.parse(readFileSync('package.nls.json', 'utf8')),
  fr: JSON.parse(readFileSync('package.nls.fr.json', 'utf8')),
};

function placeholders(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const m of value.matchAll(/^%([^%]+)%$/g)) found.add(m[1]);
  else if (Array.isArray(value)) value.forEach((v) => placeholders(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, found));
  return found;
}

/** Commands a tree item runs when clicked (its `command`), rather than a menu. */
const RUN_BY_TREE_ITEMS = ['tenancy.tree.showMore'];

describe('manifest conformance', () => {
  const declared: { command: string; title: string }[] = manifest.contributes.commands;
  const ids = new Set(declared.map((c) => c.command));

  it('every %key% of package.json has its text in package.nls.json and package.nls.fr.json', () => {
    for (const key of placeholders(manifest)) {
      for (const [lang, texts] of Object.entries(nls)) assert.ok(texts[key], `${key} has no ${lang} text`);
    }
  });

  it('the French manifest texts translate exactly the English keys', () => {
    assert.deepEqual(Object.keys(nls.fr).sort(), Object.keys(nls.en).sort());
  });

  it('every command is declared once, under the tenancy. prefix, with a localized title', () => {
    assert.equal(ids.size, declared.length, 'a command is declared twice');
    for (const c of declared) {
      assert.match(c.command, /^tenancy\.[a-zA-Z.]+$/);
      assert.match(c.title, /^%[^%]+%$/, `${c.command}'s title is not localized`);
    }
  });

  it('every command of the registry is declared, with its title in both languages', () => {
    for (const id of Object.values(COMMANDS)) {
      const command = declared.find((c) => c.command === id);
      assert.ok(command, `${id} is in COMMANDS (src/vscode/commands/ids.ts) but not in package.json's contributes.commands`);
      const key = command.title.replace(/^%|%$/g, '');
      for (const [lang, texts] of Object.entries(nls)) assert.ok(texts[key], `${id}'s title ${command.title} has no ${lang} text`);
    }
  });

  it('every command hidden from the palette is in another menu', () => {
    const menus = manifest.contributes.menus as Record<string, { command: string; when?: string }[]>;
    const hidden = menus.commandPalette.filter((entry) => entry.when === 'false').map((entry) => entry.command);
    for (const id of hidden) {
      const elsewhere = Object.entries(menus).some(([menu, entries]) => menu !== 'commandPalette' && entries.some((entry) => entry.command === id));
      assert.ok(elsewhere || RUN_BY_TREE_ITEMS.includes(id), `${id} is hidden from the palette and in no menu: nobody can run it`);
    }
  });

  it('in a folder without workspace files: the welcome offers to create or import one, in plain words, and no title action leads to a dead end', () => {
    for (const [lang, texts] of Object.entries(nls)) {
      for (const key of ['tenancy.view.welcome', 'tenancy.view.welcomeNoFolder']) {
        assert.ok(!texts[key].includes('`'), `${lang} ${key}: a welcome view shows backquotes as they are`);
        assert.match(texts[key], /\]\(command:tenancy\.createStarterFile\)/, `${lang} ${key} offers the starter file`);
        assert.match(texts[key], /\]\(command:tenancy\.importFromAzureCli\)/, `${lang} ${key} offers the import`);
      }
    }
    const needFiles = ['tenancy.tree.filter', 'tenancy.tree.showOnlyProblems', 'tenancy.tree.groupByDirectory', 'tenancy.tree.groupByOwner', 'tenancy.tree.groupByUser', 'tenancy.exportReport', 'tenancy.showDiagram'];
    const titleMenu: { command: string; when: string }[] = manifest.contributes.menus['view/title'];
    for (const command of needFiles) {
      const entry = titleMenu.find((m) => m.command === command);
      assert.ok(entry && /tenancy\.hasWorkspaceFiles/.test(entry.when), `${command} is shown only with a workspace file: ${entry?.when}`);
    }
    for (const command of ['tenancy.createStarterFile', 'tenancy.importFromAzureCli']) {
      assert.ok(!/hasWorkspaceFiles/.test(titleMenu.find((m) => m.command === command)?.when ?? ''), `${command} is always offered`);
    }
  });

  it('every menu entry names a declared command', () => {
    for (const [menu, entries] of Object.entries(manifest.contributes.menus as Record<string, { command: string }[]>)) {
      for (const entry of entries) assert.ok(ids.has(entry.command), `${menu} names undeclared ${entry.command}`);
    }
  });

  it('every activation event of a command or view names a declared one', () => {
    const views = new Set(Object.values(manifest.contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id));
    for (const event of manifest.activationEvents as string[]) {
      const [kind, id] = event.split(':');
      if (kind === 'onCommand') assert.ok(ids.has(id), event);
      if (kind === 'onView') assert.ok(views.has(id), event);
    }
  });
});
