/**
 * The texts the core makes up outside of problems, in French: hover, completion details and rename
 * refusals of the language features, and the relationship diagram's titles, placeholders and
 * tooltips, the transfer preview, the edit planners' refusals, the Markdown report and the import
 * from the Azure CLI (its input errors, conflicts, notes and summaries). English stays the default (the other suites compare its texts).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { buildDiagram, renderSvg } from '../../src/core/diagram';
import { elkLayout } from '../../src/core/diagram/elkEngine';
import type { DiagramOptions } from '../../src/core/diagram';

const build = (a: Parameters<typeof buildDiagram>[0], options: DiagramOptions = {}) => buildDiagram(a, options, elkLayout);
import { addDirectory, addUser, fixAllInFile, inviteGuest, quickFixesFor, setOwner } from '../../src/core/edits';
import { parseAzureCliJson, planImport, summaryCounts, summaryToMarkdown, summaryToText } from '../../src/core/import';
import type { ImportInput } from '../../src/core/import';
import { completionsAt, hoverAt, prepareRename, renameAt } from '../../src/core/language';
import { reportMarkdown } from '../../src/core/report';
import { previewTransfer, TRANSFER_CHECKLIST } from '../../src/core/transfer';
import { isRefused } from '../../src/core/refusal';

const FIXTURE = readFileSync('test/fixtures/language/contoso.tenancy.yaml', 'utf8');
const analysis = analyze(FIXTURE);
const FR = { locale: 'fr' as const };

/** Offset of `|` in `marked`, at the snippet's first occurrence in the fixture. */
function cursor(marked: string): number {
  const plain = marked.replace('|', '');
  const at = FIXTURE.indexOf(plain);
  assert.ok(at !== -1, `snippet not in the fixture: ${plain}`);
  return at + marked.indexOf('|');
}

describe('language features in French', () => {
  it('hover on an account: membership, guest entries, ownership and access', async () => {
    const markdown = hoverAt(analysis, cursor('- upn: erin.wa|lsh@fabrikam.com\n        displayName: Erin Walsh'), FR)?.markdown ?? '';
    const lines = markdown.split('\n');
    assert.ok(lines.includes('Membre de **Fabrikam** · rôles : Global Administrator'), markdown);
    assert.ok(lines.includes('- Invité dans **Contoso** · rôles : Directory Readers'), markdown);
    assert.ok(lines.includes('**Propriétaire de :** Fabrikam Analytics (Fabrikam)'), markdown);
    assert.ok(lines.includes('**Accès :**'), markdown);
    assert.ok(lines.includes('- Reader sur Contoso Production (Contoso) à l’étendue `/resourceGroups/analytics`'), markdown);
    assert.ok(lines.includes('- Contributor sur Contoso Dev/Test (Contoso) (en attente, à recréer)'), markdown);
  });

  it('hover on a tenant id and on a subscription id', async () => {
    assert.equal(hoverAt(analysis, cursor('- id: 6f1c|4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f'), FR)?.markdown, [
      '**Contoso** · annuaire Microsoft Entra',
      '',
      'ID de locataire `6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f`',
      '',
      'Domaines : contoso.onmicrosoft.com, contoso.com',
      '',
      '4 utilisateurs, 2 invités, 3 abonnements',
    ].join('\n'));
    assert.equal(hoverAt(analysis, cursor('- id: 9a8b|7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'), FR)?.markdown, [
      '**Microsoft 365 E3** · abonnement Office 365 / Microsoft 365',
      '',
      'ID d’abonnement `9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d` · approuve **Contoso** · active',
      '',
      'Plan : Microsoft 365 E3 · 120 licences',
      '',
      'Créé par : `alice.martin@contoso.com`',
    ].join('\n'));
  });

  it('hover on roles', async () => {
    assert.match(hoverAt(analysis, cursor('roles: [Global Admin|istrator]\n      - upn: bob'), FR)?.markdown ?? '', /^\*\*Global Administrator\*\* · rôle Microsoft Entra \(privilégié\)\n\n/);
    assert.equal(hoverAt(analysis, cursor('role: Contoso VM Oper|ator'), FR)?.markdown, '**Contoso VM Operator** · rôle personnalisé Azure défini dans Contoso');
  });

  it('completion details', async () => {
    const details = new Map(completionsAt(analysis, cursor('{ principal: david|.kim@contoso.com'), FR).items.map((i) => [i.label, i.detail]));
    assert.equal(details.get('alice.martin@contoso.com'), 'Alice Martin · Membre de Contoso');
    assert.equal(details.get('erin.walsh@fabrikam.com'), 'Invité dans Contoso · membre de Fabrikam');
    assert.equal(details.get('sam+contoso@outlook.com'), 'Sam Taylor · Invité dans Contoso · compte externe');
    const roles = new Map(completionsAt(analysis, cursor('role: Contoso VM Oper|ator'), FR).items.map((i) => [i.label, i.detail]));
    assert.equal(roles.get('Contoso VM Operator'), 'Rôle personnalisé de Contoso');
    assert.match(roles.get('Owner') ?? '', /^Rôle intégré Azure · /);
  });

  it('rename refusals', async () => {
    assert.deepEqual(prepareRename(analysis, 0, FR), { refused: 'Seuls un UPN, un ID de locataire, un ID d’abonnement, un groupe, un principal de service ou un id de groupe d’administration peuvent être renommés.' });
    const bob = cursor('- upn: bob.ng|uyen@contoso.com');
    assert.deepEqual(renameAt(analysis, bob, 'alice.martin@contoso.com', FR), {
      refused: '« alice.martin@contoso.com » est déjà un compte de ce fichier : le renommage fusionnerait les deux. Choisissez un autre nom.',
    });
    assert.deepEqual(renameAt(analysis, bob, ' ', FR), { refused: 'Le nouveau nom est vide.' });
    assert.deepEqual(renameAt(analysis, cursor('- id: 6f1c|4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f'), 'x', FR), {
      refused: '« x » n’est pas un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, chiffres hexadécimaux).',
    });
    // English stays the default.
    assert.deepEqual(renameAt(analysis, bob, ' '), { refused: 'The new name is empty.' });
  });
});

describe('relationship diagram in French', () => {
  it('names columns, left-out entries and edges in French, in the model and the SVG', async () => {
    const model = (await build(analysis, { locale: 'fr', maxPerColumn: 1 }));
    assert.ok(model.nodes.some((n) => n.kind === 'more' && n.label === '+3 de plus'));
    const svg = renderSvg(model, null, FR);
    assert.ok(svg.includes('aria-label="Diagramme des relations Tenancy"'));
    assert.ok(svg.includes('<title>Diagramme des relations Tenancy</title>'));
    assert.match(svg, />Membres \(1\)<\/text>/);
    assert.match(svg, />Abonnements \(1\)<\/text>/);
    assert.match(svg, />Invités \(1\)<\/text>/);
    assert.match(svg, /<title>propriétaire\nOWN002: [^<]+<\/title>/);
    assert.ok(svg.includes('<title>Default Directory\n2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\n2 erreurs, 1 avertissement'), 'counts with French plurals');
    assert.ok(svg.includes('<title>Fabrikam\n1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a\n1 erreur'));
    assert.ok(svg.includes('<title>appartient à l’annuaire</title>'));
    const english = renderSvg((await build(analysis, { maxPerColumn: 1 })), null);
    assert.ok(/<title>owner\nOWN002: [^<]+<\/title>/.test(english) && english.includes('>Members (1)</text>'));
  });

  it('accounts declared nowhere, placeholders and pending assignments', async () => {
    const text = 'version: 1\ndirectories:\n  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n    domains: [contoso.onmicrosoft.com]\n    subscriptions:\n'
      + '      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c\n        type: azure\n        owner: nobody@fabrikam.com\n'
      + '        pendingRoleAssignments:\n          - { principal: nobody@fabrikam.com, role: Reader, fromDirectory: 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a }\n';
    const model = (await build(analyze(text), { locale: 'fr' }));
    assert.ok(model.containers.some((c) => c.kind === 'unknown' && c.label === 'Non déclarés dans le fichier'));
    assert.ok(model.edges.some((e) => e.pending && e.detail === 'en attente'));
  });
});

describe('transfer preview in French', () => {
  const text = readFileSync('test/fixtures/edits/transfer.before.yaml', 'utf8');
  const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
  const SANDBOX = '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a';

  it('writes the Markdown, the blockers and the checklist in French', async () => {
    const result = previewTransfer(text, SANDBOX, CONTOSO, FR);
    assert.ok(!isRefused(result));
    const lines = result.toMarkdown().split('\n');
    assert.equal(lines[0], '## Transfert de Contoso Sandbox de Default Directory vers Contoso');
    assert.ok(lines.includes('### Attributions de rôle supprimées par Azure'));
    assert.ok(lines.includes('| principal de sécurité | rôle | étendue | existe dans Contoso |'));
    assert.ok(lines.includes('| gabriel@contosolabs.onmicrosoft.com | Sandbox VM Restarter (personnalisé) | / | **non** |'), lines.join('\n'));
    assert.ok(lines.includes('### Liste de vérification'));
    assert.equal(result.checklist[0].title, 'Un compte dans les deux annuaires');
    assert.deepEqual(result.checklist.map((i) => i.id), TRANSFER_CHECKLIST.map((i) => i.id));
    const same = previewTransfer(text, SANDBOX, result.from.id!, FR);
    assert.ok(!isRefused(same) && same.blockers.includes('Contoso Sandbox approuve déjà Default Directory.'), JSON.stringify(same));
  });

  it('refuses in French', async () => {
    assert.deepEqual(previewTransfer(text, SANDBOX, '00000000-0000-4000-8000-000000000000', FR), {
      refused: 'Ce fichier ne contient aucun annuaire d’ID 00000000-0000-4000-8000-000000000000.',
    });
  });
});

describe('edit refusals in French', () => {
  const text = readFileSync('test/fixtures/language/contoso.tenancy.yaml', 'utf8');
  const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';

  it('words each planner refusal in the locale asked for', async () => {
    assert.deepEqual(addUser(text, { directoryId: CONTOSO, upn: 'erin.walsh@fabrikam.com' }, FR), {
      refused: 'erin.walsh@fabrikam.com est déjà un utilisateur de Fabrikam ; un UPN désigne un seul compte, avec un seul annuaire d’origine.',
    });
    assert.deepEqual(addDirectory(text, { id: 'x', name: 'X', domains: ['x.onmicrosoft.com'] }, FR), {
      refused: 'x n’est pas un ID de locataire : les ID d’annuaire sont des GUID comme 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.',
    });
    assert.deepEqual(inviteGuest(text, { directoryId: '00000000-0000-4000-8000-000000000000', upn: 'a@b.com' }, FR), {
      refused: 'Ce fichier ne contient aucun annuaire d’ID 00000000-0000-4000-8000-000000000000.',
    });
    assert.deepEqual(setOwner(text, { subscriptionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', owner: 'alice.martin@contoso.com' }, FR), {
      refused: 'Microsoft 365 E3 est un abonnement Office 365 : il appartient à l’annuaire lui-même, pas à un utilisateur.',
    });
    assert.deepEqual(fixAllInFile(text, [], 'USR001', FR), { refused: 'Aucun problème USR001 de ce fichier n’a de correction automatique.' });
    // English stays the default.
    assert.deepEqual(fixAllInFile(text, [], 'USR001'), { refused: 'No USR001 problem of this file has an automatic fix.' });
  });
});

describe('edits on a file that is not a workspace, in French', () => {
  it('says why nothing can be planned', async () => {
    assert.deepEqual(addUser('- a\n- b\n', { directoryId: 'x', upn: 'a@b.com' }, FR), {
      refused: 'Le fichier n’est pas un espace de travail Tenancy (son niveau supérieur n’est pas une table avec `version` et `directories`).',
    });
  });
});

describe('Markdown report in French', () => {
  it('writes its titles, headers and counts in French, around the analysis\' own problems', async () => {
    const text = readFileSync('examples/contoso.tenancy.yaml', 'utf8');
    const lines = reportMarkdown(analyze(text, { locale: 'fr' }), { title: 'contoso.tenancy.yaml', locale: 'fr' }).split('\n');
    assert.equal(lines[0], '# Rapport Tenancy — contoso.tenancy.yaml');
    assert.match(lines[2], /^\d+ annuaires, \d+ abonnements ; \d+ erreurs?, \d+ avertissements?, \d+ informations?\.$/);
    assert.ok(lines.includes('| UPN | Nom d’affichage | Rôles Entra | Connexion |'));
    assert.ok(lines.includes('| Ligne | Gravité | Code | Problème |'));
    assert.ok(lines.some((l) => /^\| \d+ \| (erreur|avertissement|information) \| [A-Z]{3}\d{3} \| /.test(l)));
    assert.ok(lines.some((l) => /^- ID de locataire : `[0-9a-f-]{36}`$/.test(l)));
  });
});

describe('quick fix titles in French', () => {
  it('titles the fixes in the locale asked for', async () => {
    const text = readFileSync('examples/contoso.tenancy.yaml', 'utf8');
    const analysis = analyze(text);
    const titles = (locale?: 'fr') => analysis.problems.flatMap((p) => quickFixesFor(text, p, { locale }).map((f) => f.title));
    const french = titles('fr');
    assert.ok(french.includes('Utiliser le rôle « Contributor »'), french.join('\n'));
    assert.ok(french.some((t) => t.startsWith('Transférer l’abonnement vers ')), french.join('\n'));
    assert.equal(french.length, titles().length);
    assert.ok(titles().includes("Use role 'Contributor'"));
  });
});

describe('import from the Azure CLI in French', () => {
  const read = (name: string) => readFileSync(`test/fixtures/import/${name}`, 'utf8');
  const input = (name: string, directoryId?: string): ImportInput => {
    const parsed = parseAzureCliJson(read(name), 'fr');
    assert.ok(!isRefused(parsed), name);
    return { name, document: parsed, directoryId };
  };
  const names = ['az-account-tenant-list.json', 'az-account-list.json', 'az-ad-user-list-fabrikam.json'];
  const inputs = [...names.map((name) => input(name)), input('az-ad-user-list-contoso.json', '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f')];

  it('summary: counts, sources, entries with their notes, conflicts with their proposals', async () => {
    const plan = planImport(read('workspace.before.tenancy.yaml'), inputs, { locale: 'fr' });
    assert.ok(!isRefused(plan));
    assert.equal(summaryCounts(plan.summary, 'fr'), '9 ajouts, 4 mises à jour, 4 inchangés, 4 conflits');
    const lines = summaryToText(plan.summary, 'fr').split('\n');
    assert.equal(lines[0], 'Import : 9 ajouts, 4 mises à jour, 4 inchangés, 4 conflits');
    assert.ok(lines.includes('  depuis az-account-list.json : az account list, 6 éléments'), lines.join('\n'));
    assert.ok(lines.includes('Conflits (laissés tels quels) :'), lines.join('\n'));
    assert.ok(lines.includes('  + utilisateur frank@fabrikam.com dans Fabrikam — connexion bloquée'), lines.join('\n'));
    assert.ok(lines.includes('  + abonnement Northwind Web (2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d) dans Northwind Traders — propriétaire, créateur et offre ne sont pas indiqués par Azure CLI : notés `unknown`, à renseigner ; listé par alice@contoso.com ; géré via Azure Lighthouse par Contoso'), lines.join('\n'));
    assert.ok(lines.includes('  ~ invité carol@fabrikam.com dans Contoso : displayName (aucun) → Carol Smith (Fabrikam)'), lines.join('\n'));
    assert.ok(lines.includes('  ! utilisateur ivy@fabrikam.com : le fichier a ce compte comme utilisateur de Contoso, mais l’import le liste dans Fabrikam ; un compte n’a qu’un annuaire d’origine. Proposition : vérifiez de quel annuaire vient la liste ; si le compte a été déplacé, supprimez-le de Contoso et importez à nouveau.'), lines.join('\n'));
    assert.ok(lines.includes('Inchangés : 4 (1 annuaire, 1 abonnement, 2 utilisateurs)'), lines.join('\n'));
    const markdown = summaryToMarkdown(plan.summary, 'fr').split('\n');
    assert.equal(markdown[0], '## Import depuis Azure CLI');
    assert.ok(markdown.includes('### Mises à jour'), markdown.join('\n'));
    assert.ok(markdown.includes('4 : 1 annuaire, 1 abonnement, 2 utilisateurs.'), markdown.join('\n'));
    // The English default is unchanged.
    assert.equal(summaryCounts(plan.summary), '9 added, 4 updated, 4 unchanged, 4 conflicts');
  });

  it('input errors and refusals', async () => {
    const error = (text: string) => {
      const parsed = parseAzureCliJson(text, 'fr');
      assert.ok(isRefused(parsed));
      return parsed.refused;
    };
    assert.equal(error(read('bad-state.json')), 'État d’abonnement inconnu « Suspended » : attendu Enabled, Warned, PastDue, Disabled, Expired ou Deleted.');
    assert.equal(error('[{ "tenantId": "x", "displayName": "A" }]'), '« x » n’est pas un ID de locataire : attendu un GUID comme 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.');
    assert.ok(error('[1]').endsWith(', mais l’élément 0 est le nombre 1.'));
    const users = inputs[inputs.length - 1];
    assert.deepEqual(planImport('', [{ ...users, directoryId: 'contoso' }], { locale: 'fr' }),
      { refused: 'contoso n’est pas un ID de locataire (un GUID comme 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f).' });
  });
});
