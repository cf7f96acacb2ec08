/**
 * The core's message catalog: both languages have every message with the same parameters, the French
 * analysis of the example says the same things at the same places as the English one, and a cached
 * block never serves one language's messages to the other.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, Analyzer } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analyze';
import { localeOf, messagesFor } from '../../src/core/i18n';
import type { Messages } from '../../src/core/i18n';
import { en } from '../../src/core/i18n/en';
import { fr } from '../../src/core/i18n/fr';

// ── Type-level guarantee: same ids, same parameter types (this file does not compile otherwise) ──
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameIds: Same<keyof Messages, keyof typeof fr> = true;
const sameParameters: { [K in keyof Messages]: true } = {} as { [K in keyof Messages]: Same<Parameters<Messages[K]>, Parameters<(typeof fr)[K]>> };
void sameIds;
void sameParameters;

/** Messages whose French text may equal the English one: they hold no words, or only a product name. */
const SAME_IN_BOTH = new Set(['list', 'xferPolicyTitle']);

/** A sample value for a parameter, by its name: enough for every message to render. */
function sample(name: string): unknown {
  if (['count', 'limit', 'size', 'number', 'offset'].includes(name)) return 3;
  if (['items', 'allowed'].includes(name)) return ['a', 'b'];
  if (['bothAliased', 'alsoGuest', 'isSuppression', 'each', 'integer', 'item'].includes(name)) return true;
  if (['kind', 'owner', 'child', 'noun'].includes(name)) return 'user';
  if (name === 'reason') return 'labels';
  if (name === 'hint') return 'indent';
  if (name === 'state') return 'disabled';
  if (name === 'actual' || name === 'expected') return 'string';
  return `‹${name}›`;
}

/** Renders a message with sample values and records which parameters it read. */
function render(message: (p: never) => string): { text: string; read: string[] } {
  const read = new Set<string>();
  const params = new Proxy({}, {
    get: (_target, key) => {
      if (typeof key !== 'string') return undefined;
      read.add(key);
      return sample(key);
    },
  });
  return { text: (message as (p: unknown) => string)(params), read: [...read].sort() };
}

describe('message catalog', () => {
  it('has every message id in English and in French, each a function with the same arity', () => {
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
    for (const id of Object.keys(en) as Array<keyof Messages>) {
      assert.equal(typeof fr[id], 'function', id);
      assert.equal(fr[id].length, en[id].length, `${id}: arity`);
    }
  });

  it('each French message reads the same named parameters as the English one, and says something else', () => {
    for (const id of Object.keys(en) as Array<keyof Messages>) {
      const english = render(en[id]);
      const french = render(fr[id]);
      assert.deepEqual(french.read, english.read, `${id}: parameters`);
      assert.ok(french.text.length > 0 && !french.text.includes('undefined'), `${id}: ${french.text}`);
      if (!SAME_IN_BOTH.has(id)) assert.notEqual(french.text, english.text, `${id} is not translated`);
    }
  });

  it('reads language tags and POSIX locale names: fr… is French, anything else English', () => {
    for (const tag of ['fr', 'FR', 'fr-FR', 'fr-CA', 'fr_FR.UTF-8', 'fr_BE@euro', 'fr.UTF-8']) assert.equal(localeOf(tag), 'fr', tag);
    for (const tag of [undefined, '', 'C', 'POSIX', 'C.UTF-8', 'en', 'en-US', 'en_GB.UTF-8', 'de_DE.UTF-8', 'fri', 'french']) assert.equal(localeOf(tag), 'en', String(tag));
    assert.equal(messagesFor(), en);
    assert.equal(messagesFor('fr'), fr);
  });
});

const EXAMPLE = readFileSync('examples/contoso.tenancy.yaml', 'utf8');

/** Everything about problems but their words. */
function shape(analysis: Analysis) {
  return analysis.problems.map((p) => ({
    code: p.code, severity: p.severity, start: p.start, end: p.end, data: p.data,
    related: p.related?.map((r) => [r.start, r.end]), explain: p.explain?.length,
  }));
}

function texts(analysis: Analysis): string[] {
  return analysis.problems.flatMap((p) => [p.message, ...(p.explain ?? []), ...(p.related ?? []).map((r) => r.message)]);
}

describe('analysis in French', () => {
  const english = analyze(EXAMPLE);
  const french = analyze(EXAMPLE, { locale: 'fr' });

  it('finds the same problems in the example, with the same codes, places, data and chains', () => {
    assert.ok(french.problems.length >= 5);
    assert.deepEqual(shape(french), shape(english));
  });

  it('words every message, fact and related location of the example in French', () => {
    for (let i = 0; i < french.problems.length; i++) {
      assert.notEqual(french.problems[i].message, english.problems[i].message, french.problems[i].code);
    }
    for (const text of texts(french)) assert.doesNotMatch(text, /\b(the|is|are|has|but|with|of|in)\b/, text);
  });

  it('says exactly these sentences', () => {
    const message = (code: string) => french.problems.find((p) => p.code === code)!;
    assert.equal(
      message('RBA006').message,
      'david.kim@contoso.com est désactivé dans « Contoso » mais détient encore le rôle Reader sur « Contoso Dev/Test ». ' +
        'Un compte désactivé ne peut pas se connecter : l’attribution ne fait que conserver un accès périmé. Supprimez l’attribution.',
    );
    assert.equal(
      message('RBA002').message,
      '« Contributer » n’est ni un rôle intégré Azure ni un rôle personnalisé de « Fabrikam ». ' +
        'Une attribution de rôle attribue une définition de rôle qui existe dans l’annuaire. Vouliez-vous dire « Contributor » ?',
    );
    assert.deepEqual(message('CRT001').explain, [
      'abonnement « Contoso Sandbox » dans « Default Directory »',
      'créé par alice.martin@contoso.com',
      'annuaire d’origine « Contoso » ≠ « Default Directory »',
    ]);
    assert.match(message('OWN004').message, /^Personne dans « Northwind Traders » ne peut gérer l’abonnement Office 365 /);
  });

  it('words schema, YAML and suppression problems in French too', () => {
    const text = [
      'version: 1',
      'directories:',
      '  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f',
      '    name: Contoso',
      '    domains: [contoso.onmicrosoft.com]',
      '    users:',
      '      # tenancy-disable-next-line XYZ999',
      '      - upn: alice@contoso.com',
      '        enabled: yes',
      '        colour: blue',
      '        colour: red',
      '',
    ].join('\n');
    const problems = analyze(text, { locale: 'fr' }).problems;
    const byCode = (code: string) => problems.filter((p) => p.code === code).map((p) => p.message);
    assert.deepEqual(byCode('SUP001'), [
      'XYZ999 n’est pas un ID de règle Tenancy : ce commentaire ne masque rien. Corrigez l’ID (voir la liste des règles dans la documentation) ou retirez-le.',
    ]);
    assert.ok(byCode('YAML').includes(
      'Cette clé apparaît deux fois dans la même table ; YAML n’autorise chaque clé qu’une fois. Supprimez l’une des deux (seule la première est lue).',
    ));
    assert.ok(byCode('SCHEMA').includes(
      '`enabled` doit valoir `true` ou `false`, mais c’est du texte. Écrivez `true` (YAML 1.2 lit `yes` comme du texte).',
    ), byCode('SCHEMA').join('\n'));
    assert.ok(byCode('SCHEMA').some((m) => m.startsWith('Clé `colour` inconnue pour un utilisateur.')), byCode('SCHEMA').join('\n'));
  });

  it('words the too-large and binary-file problems in French', () => {
    assert.match(analyze('x'.repeat(2 * 1024 * 1024), { locale: 'fr', maxLength: 1024 * 1024 }).problems[0].message, /^Le fichier est trop volumineux pour être vérifié \(2 Mio ; la limite est de 1 Mio\)\./);
    assert.match(analyze('version: 1\0', { locale: 'fr' }).problems[0].message, /^Le fichier contient un caractère NUL/);
  });
});

describe('analysis cache and locale', () => {
  it('never serves the blocks parsed in one language to an analysis in the other', () => {
    const broken = EXAMPLE.replace('name: Contoso Sandbox', 'name: Contoso Sandbox\n        colour: blue');
    const schemaMessages = (analysis: Analysis) => analysis.problems.filter((p) => p.code === 'SCHEMA').map((p) => p.message);
    const englishText = schemaMessages(analyze(broken));
    const frenchText = schemaMessages(analyze(broken, { locale: 'fr' }));
    assert.equal(englishText.length, 1);
    assert.notDeepEqual(frenchText, englishText);

    const analyzer = new Analyzer();
    assert.deepEqual(schemaMessages(analyzer.analyze(broken)), englishText);
    const switched = analyzer.analyze(broken, { locale: 'fr' });
    assert.deepEqual(schemaMessages(switched), frenchText);
    assert.equal(switched.stats.parsedBlocks, switched.stats.blocks, 'every block parsed again in French');
    const again = analyzer.analyze(broken, { locale: 'fr' });
    assert.equal(again.stats.parsedBlocks, 0, 'French blocks reused for French');
    assert.deepEqual(schemaMessages(analyzer.analyze(broken, { locale: 'en' })), englishText);

    // Blocks parsed elsewhere (the extension's worker) in English are not adopted for French.
    const worker = new Analyzer();
    worker.analyze(broken);
    const main = new Analyzer();
    main.importBlocks(worker.exportBlocks());
    assert.deepEqual(schemaMessages(main.analyze(broken, { locale: 'fr' })), frenchText);
  });
});
