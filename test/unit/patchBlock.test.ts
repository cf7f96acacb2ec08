/**
 * Typing inside one entry of a directory re-reads only the entries the edit touched
 * (src/core/parse/patchBlock.ts). Whatever the edit, the analysis must be exactly the one a fresh
 * analysis of the same text gives: every problem with its data (schema pointers numbered by position
 * included), every entity of the model with every offset.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analyze';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** A directory an administrator might keep by hand: comments everywhere (one less indented than the entries), a flow entry, a folded name, an item that is not an entry, keys the schema does not know. */
const AWKWARD = `# Fabrikam and its partner, kept by hand.
version: 1
directories:
  - id: 0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9
    name: Fabrikam
    domains: [fabrikam.onmicrosoft.com, fabrikam.com]
    users:
      - upn: ines.moreau@fabrikam.com   # the first admin
        displayName: Inès Moreau
        roles: [Global Administrator]
    # a comment less indented than the entries, between two users
      - upn: tom.baker@fabrikam.com
        displayName: Tom Baker
        department: Finance
      - {upn: lea.martin@fabrikam.com, displayName: Léa Martin}
      - upn: omar.haddad@fabrikam.com
        displayName: >-
          Omar
          Haddad
      - upn: sara.nilsson@fabrikam.com
        displayName: Sara Nilsson
        enabled: false
      -
        upn: ken.ito@fabrikam.com
        displayName: Ken Ito
      - upn: ana.silva@fabrikam.com
        displayName: Ana Silva
      - upn: ana.s@fabrikam.com
        displayName: Ana Silva
      - upn: last.user@fabrikam.com
    guests:
      - upn: chen.wei_woodgrovebank.com#EXT#@fabrikam.onmicrosoft.com
        displayName: Chen Wei (Woodgrove)
      - upn: maria@example.org
        external: true
      - just a name, not an entry
      - upn: nobody@woodgrovebank.com
    groups:
      - name: Finance Readers
        members: [tom.baker@fabrikam.com, chen.wei_woodgrovebank.com#EXT#@fabrikam.onmicrosoft.com]
      - name: Platform Engineers
        members:
          - ines.moreau@fabrikam.com
          - deploy-pipeline
      - name: Empty
    servicePrincipals:
      - name: deploy-pipeline
        type: application
        appId: 11111111-2222-4333-8444-555555555555
      - name: id-batch
        type: managedIdentity
        identity: userAssigned
    subscriptions:
      - id: 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d
        name: Fabrikam Production
        type: azure
        owner: ines.moreau@fabrikam.com
        roleAssignments:
          - principal: Finance Readers
            role: Reader
          - principal: deploy-pipeline
            principalType: ServicePrincipal
            role: Contributor
      - id: 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f
        name: Fabrikam Sandbox
        type: azure
        owner: tom.baker@fabrikam.com
  - id: 5c0ffee0-4d2b-4a8e-9f31-7b6a5c4d3e2f
    name: Woodgrove Bank
    domains: [woodgrovebank.onmicrosoft.com, woodgrovebank.com]
    users:
      - upn: chen.wei@woodgrovebank.com
        displayName: Chen Wei
      - upn: tom.baker@fabrikam.com
        displayName: Tom Baker (moonlighting)
      - upn: priya@woodgrovebank.com
        displayName: Priya Raman
`;

const BASES = [
  AWKWARD,
  AWKWARD.replace(/\n/g, '\r\n'),
  readFileSync('examples/contoso.tenancy.yaml', 'utf8'),
  readFileSync('test/fixtures/rules/enterprise-groups.tenancy.yaml', 'utf8'),
  readFileSync('test/fixtures/rules/msp.tenancy.yaml', 'utf8'),
];

/** Everything of an analysis, offsets included. */
function everything(analysis: Analysis) {
  return { problems: analysis.problems, workspace: analysis.workspace };
}

/** An edit somewhere in the lines of a directory's entries (indented six or more), where typing mostly happens. */
const SNIPPETS = [
  'x', '', 'e', '.com', '@contoso.com', '\n', '\n      - upn: new.person@fabrikam.com\n', '      - upn: pasted@fabrikam.com\n        displayName: Pasted\n',
  '# note', ' # trailing', ' &a', ' *ana', '"', "'", '- ', '  ', '\n    ', '\n  ', 'displayName: X', 'upn: bad value', 'roles: [Reader]',
  '{', '}', '[', ': ', '|\n', '\t', '\r\n', 'guests:\n', '...', '---\n', 'enabled: maybe', 'unknownKey: 1', '\n# comment\n',
];
/** Mostly what typing does (a character or a word in a value, a line), sometimes what breaks a file. */
const typing = fc.oneof(
  { weight: 6, arbitrary: fc.record({ line: fc.nat(), column: fc.integer({ min: 8, max: 60 }), remove: fc.nat({ max: 3 }), insert: fc.constantFrom(...SNIPPETS.slice(0, 8)), acrossLines: fc.constant(false) }) },
  { weight: 1, arbitrary: fc.record({ line: fc.nat(), column: fc.nat({ max: 60 }), remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...SNIPPETS), acrossLines: fc.constant(true) }) },
);

function type(text: string, t: { line: number; column: number; remove: number; insert: string; acrossLines: boolean }): string {
  const starts = [...text.matchAll(/^ {6,}\S/gm)].map((m) => m.index!);
  if (starts.length === 0) return text;
  const lineStart = starts[t.line % starts.length];
  const lineEnd = text.indexOf('\n', lineStart);
  const end = lineEnd === -1 ? text.length : lineEnd;
  const at = Math.min(lineStart + t.column, end);
  return text.slice(0, at) + t.insert + text.slice(Math.min(t.acrossLines ? text.length : end, at + t.remove));
}

describe('typing inside an entry re-reads only the entries it touched', () => {
  it('a display name retyped in the middle of a directory: one block re-read in part, the same analysis as a fresh one', () => {
    const text = readFileSync('test/fixtures/rules/enterprise-groups.tenancy.yaml', 'utf8');
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    const at = text.indexOf('displayName: ', text.indexOf('users:', text.indexOf('- id:', text.indexOf('- id:') + 1))) + 'displayName: '.length;
    const edited = text.slice(0, at) + 'Dr ' + text.slice(at);
    const analysis = analyzer.analyze(edited);
    assert.equal(analysis.stats.patchedBlocks, 1);
    assert.deepEqual(everything(analysis), everything(analyze(edited)));
  });

  it('a user added before another: the schema problems of the entries after it name their new positions', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(AWKWARD);
    const pointer = (a: Analysis) => a.problems.find((p) => p.code === 'SCHEMA' && p.data?.unknownKey === 'department')?.data?.pointer;
    assert.equal(pointer(analyze(AWKWARD)), '/users/1');
    const at = AWKWARD.indexOf('      - upn: tom.baker');
    const edited = `${AWKWARD.slice(0, at)}      - upn: new.person@fabrikam.com\n${AWKWARD.slice(at)}`;
    const analysis = analyzer.analyze(edited);
    assert.equal(analysis.stats.patchedBlocks, 1);
    assert.equal(pointer(analysis), '/users/2');
    assert.deepEqual(everything(analysis), everything(analyze(edited)));
  });

  it('a line typed less indented than the entries is not read as an entry: the block is parsed, as a fresh analysis does', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(AWKWARD);
    const at = AWKWARD.indexOf('      - upn: sara.nilsson');
    const edited = `${AWKWARD.slice(0, at)}    roles: [Reader]\n${AWKWARD.slice(at)}`;
    const analysis = analyzer.analyze(edited);
    assert.equal(analysis.stats.mode, 'blocks');
    assert.equal(analysis.stats.patchedBlocks, undefined);
    assert.deepEqual(everything(analysis), everything(analyze(edited)));
  });

  it('a role assignment retyped inside a subscription re-reads that subscription; a subscription added parses the block (they are numbered)', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(AWKWARD);
    const at = AWKWARD.indexOf('role: Reader') + 'role: '.length;
    const retyped = `${AWKWARD.slice(0, at)}Storage Blob Data ${AWKWARD.slice(at)}`;
    const first = analyzer.analyze(retyped);
    assert.equal(first.stats.patchedBlocks, 1);
    assert.deepEqual(everything(first), everything(analyze(retyped)));
    const before = retyped.indexOf('      - id: 9a8b7c6d');
    const added = `${retyped.slice(0, before)}      - id: 1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e\n        name: Fabrikam Sandbox\n        type: azure\n${retyped.slice(before)}`;
    const second = analyzer.analyze(added);
    assert.equal(second.stats.patchedBlocks, undefined);
    assert.deepEqual(everything(second), everything(analyze(added)));
  });

  it('random typing in the entries of hand-kept files: every version reads exactly as a fresh analysis (property)', function () {
    this.timeout(120_000);
    let patched = 0;
    let analyses = 0;
    fc.assert(fc.property(fc.constantFrom(...BASES), fc.array(typing, { minLength: 1, maxLength: 10 }), (base, edits) => {
      const analyzer = new Analyzer();
      analyzer.analyze(base);
      let current = base;
      for (const t of edits) {
        current = type(current, t);
        const incremental = analyzer.analyze(current);
        patched += incremental.stats.patchedBlocks ?? 0;
        analyses++;
        assert.deepEqual(everything(incremental), everything(analyze(current)));
      }
    }), { numRuns: RUNS * 3, seed: 20261202 });
    // The property is about the re-read entries: a good share of this typing must have gone through them
    // (the rest broke a line, left a YAML error in its directory, or typed outside the lists of entries).
    assert.ok(patched > analyses / 20, `${patched} of ${analyses} analyses re-read entries alone`);
  });
});
