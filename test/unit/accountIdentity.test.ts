/**
 * One canonical account identity: letter case and the `#EXT#` form of a guest's UPN name the same
 * account for every rule, the reference index (definition, references, rename), completion and
 * the diagram.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { buildDiagram } from '../../src/core/diagram/build';
import { elkLayout } from '../../src/core/diagram/elkEngine';
import type { DiagramOptions } from '../../src/core/diagram';

const build = (a: Parameters<typeof buildDiagram>[0], options: DiagramOptions = {}) => buildDiagram(a, options, elkLayout);
import { accountKey, externalHomeAddress, inFormOf } from '../../src/core/identity';
import { completionsAt, definitionAt, isRefused, referencesAt, renameAt } from '../../src/core/language';
import { flagged } from './support/expectations';

const ESTATE = `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
      - upn: alice@contoso.com
        roles: [Global Administrator]
    guests:
      - upn: carol_fabrikam.com#EXT#@contoso.onmicrosoft.com
        displayName: Carol Smith
      - upn: John_Doe_Fabrikam.com#EXT#@contoso.onmicrosoft.com
    subscriptions:
      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c
        name: Contoso Production
        type: azure
        owner: alice@contoso.com
        createdBy: alice@contoso.com
        roleAssignments:
          - { principal: carol@fabrikam.com, role: Reader }
          - { principal: JOHN_DOE@fabrikam.com, role: Reader }
          - { principal: Carol@Fabrikam.com, role: Contributor }
  - id: 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a
    name: Fabrikam
    domains: [fabrikam.onmicrosoft.com, fabrikam.com]
    users:
      - { upn: carol@fabrikam.com, roles: [Global Administrator] }
      - upn: john_doe@fabrikam.com
`;

const at = (text: string, needle: string, delta = 1) => text.indexOf(needle) + delta;

describe('account identity: case and the #EXT# form name one account', () => {
  it('decodes the #EXT# form to the home address (the last _ stands for @)', async () => {
    assert.equal(externalHomeAddress('carol_fabrikam.com#EXT#@contoso.onmicrosoft.com'), 'carol@fabrikam.com');
    assert.equal(externalHomeAddress('John_Doe_Fabrikam.com#ext#@contoso.onmicrosoft.com'), 'John_Doe@Fabrikam.com');
    assert.equal(externalHomeAddress('carol@fabrikam.com'), undefined);
    assert.equal(accountKey('Carol@Fabrikam.COM'), accountKey('carol_fabrikam.com#EXT#@contoso.onmicrosoft.com'));
    assert.equal(inFormOf('carol_fabrikam.com#EXT#@contoso.onmicrosoft.com', 'carol.smith@fabrikam.com'), 'carol.smith_fabrikam.com#EXT#@contoso.onmicrosoft.com');
    assert.equal(inFormOf('carol@fabrikam.com', 'carol.smith@fabrikam.com'), 'carol.smith@fabrikam.com');
  });

  it('rules: an #EXT# guest has its home account (no GST001) and is a guest for RBA001', async () => {
    assert.deepEqual(flagged(analyze(ESTATE)), []);
  });

  it('a guest listed once as an address and once in #EXT# form is listed twice (USR001)', async () => {
    const text = ESTATE.replace('      - upn: John_Doe', '      - upn: carol@fabrikam.com\n      - upn: John_Doe');
    assert.deepEqual(analyze(text).problems.map((p) => p.code), ['USR001']);
  });

  it('definition and references go from the #EXT# guest to the home member and every principal', async () => {
    const analysis = analyze(ESTATE);
    const definition = definitionAt(analysis, at(ESTATE, 'carol_fabrikam'))!;
    assert.equal(ESTATE.slice(definition.start, definition.end), 'carol@fabrikam.com');
    assert.ok(definition.start > ESTATE.indexOf('name: Fabrikam'));
    const references = referencesAt(analysis, at(ESTATE, 'principal: Carol@', 12)).map((r) => ESTATE.slice(r.start, r.end));
    assert.deepEqual(references, ['carol_fabrikam.com#EXT#@contoso.onmicrosoft.com', 'carol@fabrikam.com', 'Carol@Fabrikam.com', 'carol@fabrikam.com']);
  });

  it('rename keeps the #EXT# form where the file uses it', async () => {
    const analysis = analyze(ESTATE);
    const result = renameAt(analysis, at(ESTATE, 'upn: carol@fabrikam.com', 6), 'carol.smith@fabrikam.com');
    assert.ok(!isRefused(result));
    const texts = result.map((e) => e.newText);
    assert.deepEqual(texts, ['carol.smith_fabrikam.com#EXT#@contoso.onmicrosoft.com', 'carol.smith@fabrikam.com', 'carol.smith@fabrikam.com', 'carol.smith@fabrikam.com']);
  });

  it('rename refuses a name that is another spelling of an account the file has', async () => {
    const analysis = analyze(ESTATE);
    const result = renameAt(analysis, at(ESTATE, 'upn: alice@contoso.com', 6), 'JOHN_DOE@fabrikam.com');
    assert.ok(isRefused(result));
  });

  it('completion proposes each account once, whatever its spelling', async () => {
    const text = ESTATE.replace('          - { principal: Carol@Fabrikam.com, role: Contributor }', '          - { principal: , role: Contributor }');
    const labels = completionsAt(analyze(text), text.indexOf('principal: , role: Contributor') + 'principal: '.length).items.map((i) => i.label);
    const carols = labels.filter((l) => accountKey(l) === 'carol@fabrikam.com');
    assert.equal(carols.length, 1, labels.join(', '));
    const guestText = ESTATE.replace('      - upn: John_Doe_Fabrikam.com#EXT#@contoso.onmicrosoft.com', '      - upn: ');
    const guestLabels = completionsAt(analyze(guestText), guestText.indexOf('      - upn: \n') + 13).items.map((i) => i.label);
    assert.ok(!guestLabels.includes('carol@fabrikam.com'), 'Carol is already a guest of Contoso (in #EXT# form)');
    assert.ok(guestLabels.includes('john_doe@fabrikam.com'));
  });

  it('the diagram links the #EXT# guest to its home member', async () => {
    const model = (await build(analyze(ESTATE), { directory: '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f' }));
    const guestEdges = model.edges.filter((e) => e.kind === 'guest');
    assert.equal(guestEdges.length, 2);
    const roles = model.edges.filter((e) => e.kind === 'role');
    const guestNodes = new Set(model.nodes.filter((n) => n.kind === 'guest').map((n) => n.id));
    assert.equal(roles.length, 3);
    assert.ok(roles.every((e) => guestNodes.has(e.from)), 'role edges start at the guest nodes, not at unknown accounts');
  });
});
