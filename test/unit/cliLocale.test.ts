/** The CLI speaks the language of LC_ALL / LC_MESSAGES / LANG, or of `--lang`. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { run } from '../../src/cli/main';

const EXAMPLE = 'examples/contoso.tenancy.yaml';

function cli(env: Record<string, string>, ...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) }, env);
  return { code, out, err };
}

describe('tenancy in French', () => {
  it('LANG=fr_FR.UTF-8: problems and summary in French, codes and lines unchanged', () => {
    const english = cli({}, 'check', EXAMPLE);
    const french = cli({ LANG: 'fr_FR.UTF-8' }, 'check', EXAMPLE);
    assert.equal(french.code, english.code);
    const prefixes = (out: string) => out.trim().split('\n').map((line) => /^(.+?:\d+:\d+: \w+ [A-Z0-9]+) /.exec(line)![1]);
    assert.deepEqual(prefixes(french.out), prefixes(english.out));
    assert.match(french.out, /: info RBA006 david\.kim@contoso\.com est désactivé dans « Contoso » mais détient encore le rôle Reader/);
    assert.match(french.err, /^\d+ erreurs?, \d+ avertissements?, \d+ informations? dans 1 fichier\n$/);
    assert.match(english.err, /^\d+ errors?, \d+ warnings?, \d+ info in 1 file\n$/);
  });

  it('LC_ALL wins over LC_MESSAGES, which wins over LANG', () => {
    assert.match(cli({ LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' }, 'check', EXAMPLE).err, / in 1 file/);
    assert.match(cli({ LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' }, 'check', EXAMPLE).err, / dans 1 fichier/);
    assert.match(cli({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }, 'check', EXAMPLE).err, / in 1 file/);
  });

  it('--lang overrides the environment, in either direction', () => {
    assert.match(cli({ LANG: 'fr_FR.UTF-8' }, 'check', '--lang', 'en', EXAMPLE).err, / in 1 file/);
    assert.match(cli({ LANG: 'en_US.UTF-8' }, 'check', '--lang=fr', EXAMPLE).err, / dans 1 fichier/);
  });

  it('usage, usage errors and file errors in French', () => {
    const help = cli({ LANG: 'fr_FR.UTF-8' }, '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /^Utilisation : tenancy <commande> \[options\] CHEMIN…/);
    assert.match(help.out, /--lang LANGUE/);
    const wrong = cli({ LANG: 'fr_FR.UTF-8' }, 'check', '--format', 'xml', EXAMPLE);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /^tenancy: format « xml » inconnu \(utilisez text, json, sarif, junit, github\)\n\nUtilisation :/);
    assert.match(cli({}, 'check', '--lang', 'de', EXAMPLE).err, /^tenancy: --lang takes en, fr \(got 'de'\)/);
    assert.match(cli({ LANG: 'fr_FR.UTF-8' }, 'check', 'no/such.tenancy.yaml').err, /^tenancy: impossible de lire no\/such\.tenancy\.yaml : fichier introuvable\n/);
    assert.match(cli({ LANG: 'fr_FR.UTF-8' }, 'frobnicate').err, /^tenancy: commande « frobnicate » inconnue/);
  });

  it('prints the tree in French', () => {
    const { out } = cli({ LANG: 'fr_FR.UTF-8' }, 'tree', EXAMPLE);
    assert.match(out, /Utilisateurs \(\d+\)/);
    assert.match(out, /Abonnements \(\d+\)/);
    assert.match(out, /⚠ \d+ (erreur|avertissement)/);
  });

  it('the built command reads LANG from its environment', function () {
    const env = { ...process.env, LANG: 'fr_FR.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const result = spawnSync(process.execPath, ['dist/cli.js', 'check', EXAMPLE], { env, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /RBA002 « Contributer » n’est ni un rôle intégré Azure/);
    assert.match(result.stderr, / dans 1 fichier\n$/);
  });
});
