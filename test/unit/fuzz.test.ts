/**
 * Property-based tests: random workspaces and random edits never make the analysis throw, every
 * problem range lies inside the text, and block mode agrees with a whole-file parse on valid files.
 * Also: truncation at any UTF-8 byte, random garbage, incremental analysis equal to a fresh one (of a
 * file, and of an estate of several files), and
 * linear work in the size of the file (counted, not timed). Run counts are bounded for `npm test`;
 * `npm run fuzz` (3,000 runs each) explores further.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core/analyze';
import { analyzeEstate, Estate } from '../../src/core/estate/estate';
import type { EstateAnalysis } from '../../src/core/estate/estate';
import { ModelIndex } from '../../src/core/modelIndex';
import { RULES } from '../../src/core/rules';
import { DEFAULT_RULE_OPTIONS } from '../../src/core/rules/rule';
import { naming } from '../../src/core/rules/naming';
import { messagesFor } from '../../src/core/i18n';
import type { Workspace } from '../../src/core/model';
import { generateWorkspace } from '../../bench/generateWorkspace';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const upnLocal = fc.constantFrom('alice', 'bob', 'carol', 'dan', 'eve', 'Frank.O');
const domain = fc.constantFrom('contoso.com', 'fabrikam.com', 'contoso.onmicrosoft.com', 'fabrikam.onmicrosoft.com', 'example.org');
const upn = fc.tuple(upnLocal, domain).map(([l, d]) => `${l}@${d}`);
const guid = fc.uuid();
const role = fc.constantFrom('Owner', 'Contributor', 'Reader', 'Contributer', 'Global Administrator', 'Custom Ops');

const assignment = fc.record({ principal: upn, role, scope: fc.option(fc.constantFrom('/resourceGroups/web', '/'), { nil: undefined }) }, { requiredKeys: ['principal', 'role'] });
const subscription = fc.record({
  id: guid,
  name: fc.constantFrom('Production', 'Dev', 'Microsoft 365 E3', 'Sandbox'),
  type: fc.constantFrom('azure', 'office365', 'azur'),
  state: fc.constantFrom('active', 'disabled', 'deleted'),
  owner: upn,
  createdBy: upn,
  roleAssignments: fc.array(assignment, { maxLength: 4 }),
}, { requiredKeys: ['id', 'name', 'type'] });
const directory = fc.record({
  id: guid,
  name: fc.constantFrom('Contoso', 'Fabrikam', 'Default Directory'),
  domains: fc.subarray(['contoso.com', 'contoso.onmicrosoft.com', 'fabrikam.com', 'fabrikam.onmicrosoft.com'], { minLength: 1 }),
  users: fc.array(fc.record({ upn, roles: fc.subarray(['Global Administrator', 'Billing Administrator']), enabled: fc.boolean() }, { requiredKeys: ['upn'] }), { maxLength: 5 }),
  guests: fc.array(fc.record({ upn, external: fc.boolean() }, { requiredKeys: ['upn'] }), { maxLength: 3 }),
  subscriptions: fc.array(subscription, { maxLength: 3 }),
}, { requiredKeys: ['id', 'name', 'domains'] });

/** Block-style YAML as people write it, with flow maps for role assignments and a comment per directory. */
function render(directories: Array<Record<string, unknown>>): string {
  const lines = ['version: 1', 'directories:'];
  for (const d of directories) {
    lines.push(`  # ${String(d.name)}`, `  - id: ${String(d.id)}`);
    for (const [key, value] of Object.entries(d)) {
      if (key === 'id') continue;
      if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
        lines.push(`    ${key}:`);
        for (const item of value as Array<Record<string, unknown>>) {
          const entries = Object.entries(item).filter(([, v]) => v !== undefined);
          entries.forEach(([k, v], i) => {
            if (Array.isArray(v) && v.length && typeof v[0] === 'object') {
              lines.push(`        ${k}:`);
              for (const a of v as Array<Record<string, unknown>>) {
                lines.push(`          - { ${Object.entries(a).filter(([, x]) => x !== undefined).map(([ak, av]) => `${ak}: ${String(av)}`).join(', ')} }`);
              }
            } else {
              lines.push(`${i === 0 ? '      - ' : '        '}${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`);
            }
          });
        }
      } else if (Array.isArray(value)) {
        lines.push(`    ${key}: [${value.join(', ')}]`);
      } else {
        lines.push(`    ${key}: ${String(value)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

const workspaceText = fc.array(directory, { minLength: 1, maxLength: 4 }).map(render);

/** Non-ASCII names (accents, CJK, an emoji outside the BMP) so that byte truncation can split a character. */
const unicodeWorkspaceText = fc.tuple(workspaceText, fc.constantFrom('Zoë Müller', '株式会社 テスト', 'Team 🚀 Ops', 'Ωmega'))
  .map(([text, name]) => text.replace(/name: (Contoso|Fabrikam)/, `name: ${name}`));

/** An edit: insert, delete or replace a few characters anywhere, including garbage and truncation. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom('', '\n', '- ', ': ', '  ', '#', '{', '"', '\t', '&a ', '*a', '---\n', 'upn: x@y.z\n'), fc.string({ maxLength: 6 })),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

function assertInside(text: string, problems: Array<{ start: number; end: number }>): void {
  for (const p of problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `range ${p.start}-${p.end} inside 0-${text.length}`);
}

describe('property-based: random workspaces and random edits', function () {
  // Long sequences of full analyses: bounded by their run counts, not by the clock, which a loaded machine stretches.
  this.timeout(180_000);
  it('analysis never throws and every problem lies inside the text', () => {
    fc.assert(fc.property(workspaceText, fc.array(edit, { maxLength: 8 }), (text, edits) => {
      const analyzer = new Analyzer();
      let current = text;
      assertInside(current, analyzer.analyze(current).problems);
      for (const e of edits) {
        current = applyEdit(current, e);
        assertInside(current, analyzer.analyze(current).problems);
      }
    }), { numRuns: RUNS, seed: 20261124 });
  });

  it('block-by-block analysis agrees with a whole-file parse on every generated workspace', () => {
    fc.assert(fc.property(workspaceText, (text) => {
      const summary = (t: string, split: boolean) =>
        analyze(t, { split }).problems.map((p) => `${p.start}-${p.end} ${p.code} ${p.severity} ${p.message}`);
      assert.deepEqual(summary(text, true), summary(text, false));
    }), { numRuns: RUNS, seed: 20261124 });
  });

  it('truncation at any point never throws', () => {
    fc.assert(fc.property(workspaceText, fc.nat(), (text, cut) => {
      const truncated = text.slice(0, cut % (text.length + 1));
      assertInside(truncated, analyze(truncated).problems);
    }), { numRuns: RUNS, seed: 20261124 });
  });

  it('truncation at any UTF-8 byte never throws (a cut through a multi-byte character included)', () => {
    fc.assert(fc.property(unicodeWorkspaceText, fc.nat(), (text, cut) => {
      const bytes = Buffer.from(text, 'utf8');
      const truncated = bytes.subarray(0, cut % (bytes.length + 1)).toString('utf8');
      assertInside(truncated, analyze(truncated).problems);
      assertInside(truncated, analyze(truncated, { split: false }).problems);
    }), { numRuns: RUNS, seed: 20261124 });
  });

  it('random garbage never throws: any characters, YAML punctuation soup, and garbage spliced into a valid file', () => {
    const punctuation = fc.array(fc.constantFrom('-', ' ', ':', '\n', '\r\n', '[', ']', '{', '}', ',', '#', '&a', '*a', '!', '|', '>', '"', "'", '?', '%', '@', '`', '\t', '---', '...', '\uFEFF', 'directories:', 'version: 1', '  - id: x'), { maxLength: 200 })
      .map((parts) => parts.join(''));
    const garbage = fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), fc.string({ maxLength: 300, unit: 'grapheme' }), punctuation);
    fc.assert(fc.property(garbage, workspaceText, fc.nat(), (junk, text, at) => {
      assertInside(junk, analyze(junk).problems);
      const where = at % (text.length + 1);
      const spliced = text.slice(0, where) + junk + text.slice(where);
      assertInside(spliced, analyze(spliced).problems);
    }), { numRuns: RUNS, seed: 20261124 });
  });

  /** What a user sees of an analysis: every problem with its related locations and fix data, and the directories' places. */
  const seen = (a: ReturnType<typeof analyze>) => ({
    problems: a.problems.map((p) => `${p.start}-${p.end} ${p.code} ${p.severity} ${p.message} ${JSON.stringify(p.related ?? [])} ${JSON.stringify(p.data ?? {})}`),
    directories: a.workspace.directories.map((d) => `${d.index} ${d.start}-${d.end} ${d.name?.value} ${d.users.length}/${d.guests.length}/${d.subscriptions.length}`),
  });

  it('an analyser that saw earlier versions gives exactly what a fresh analysis of the same text gives', () => {
    fc.assert(fc.property(workspaceText, fc.array(edit, { minLength: 1, maxLength: 8 }), (text, edits) => {
      const analyzer = new Analyzer();
      analyzer.analyze(text);
      let current = text;
      for (const e of edits) {
        current = applyEdit(current, e);
        assert.deepEqual(seen(analyzer.analyze(current)), seen(analyze(current)));
      }
    }), { numRuns: RUNS, seed: 20261124 });
  });

  /**
   * Typing: a value changed letter by letter, a line added or removed, a directory pasted or cut —
   * the kind of edits after which the analyser keeps most blocks and most rule results. Each version
   * must read exactly as a whole-file parse of the same text does.
   */
  const typing = fc.oneof(
    // Retype part of a value: a UPN's domain, a name, an id.
    fc.record({ kind: fc.constant('value' as const), pick: fc.nat(), keep: fc.nat({ max: 20 }), insert: fc.constantFrom('', 'x', 'contoso.com', '@fabrikam.com', 'alice@contoso.com', 'Contoso', 'Production', 'Owner') }),
    // Add an entry to a list of users, guests or subscriptions, or remove one.
    fc.record({ kind: fc.constant('line' as const), pick: fc.nat(), insert: fc.constantFrom('      - upn: alice@contoso.com', '      - upn: bob@fabrikam.com\n        enabled: false', '      - upn: Frank.O@example.org\n        external: true', '', '') }),
    // Cut a whole directory, or paste a copy of one.
    fc.record({ kind: fc.constant('directory' as const), pick: fc.nat(), insert: fc.boolean() }),
  );

  function type(text: string, t: { kind: 'value' | 'line' | 'directory'; pick: number; keep?: number; insert: string | boolean }): string {
    const lines = text.split('\n');
    if (t.kind === 'value') {
      const values = [...text.matchAll(/: ([^\n]+)/g)];
      if (!values.length) return text;
      const v = values[t.pick % values.length];
      const at = v.index! + 2;
      const keep = Math.min(t.keep ?? 0, v[1].length);
      return text.slice(0, at + keep) + String(t.insert) + text.slice(at + v[1].length);
    }
    if (t.kind === 'line') {
      const entries = lines.flatMap((line, i) => (line.startsWith('      - ') ? [i] : []));
      if (!entries.length) return text;
      const at = entries[t.pick % entries.length];
      if (t.insert !== '') lines.splice(at, 0, String(t.insert));
      else {
        let end = at + 1;
        while (end < lines.length && lines[end].startsWith('        ')) end++;
        lines.splice(at, end - at);
      }
      return lines.join('\n');
    }
    const starts = lines.flatMap((line, i) => (line.startsWith('  - id: ') ? [i] : []));
    if (!starts.length) return text;
    const k = t.pick % starts.length;
    const from = starts[k] - 1; // its comment line
    const to = k + 1 < starts.length ? starts[k + 1] - 1 : lines.length - 1;
    const directory = lines.slice(from, to);
    if (t.insert) lines.splice(to, 0, ...directory);
    else if (starts.length > 1) lines.splice(from, to - from);
    return lines.join('\n');
  }

  it('typing: an analyser that saw every earlier version reads each one as a whole-file parse does', () => {
    fc.assert(fc.property(workspaceText, fc.array(typing, { minLength: 1, maxLength: 12 }), (text, edits) => {
      const analyzer = new Analyzer();
      analyzer.analyze(text);
      let current = text;
      for (const t of edits) {
        current = type(current, t);
        const incremental = seen(analyzer.analyze(current));
        const fresh = seen(analyze(current));
        const whole = analyze(current, { split: false });
        assert.deepEqual(incremental, fresh);
        // A file the edit broke may be read differently by the whole-file parse (a directory's range may
        // also end at another blank or comment line): on a valid file, the problems must be the same.
        if (!whole.problems.some((p) => p.code === 'YAML')) assert.deepEqual(incremental.problems, seen(whole).problems);
      }
    }), { numRuns: RUNS, seed: 20261201 });
  });

  /**
   * Groups, service principals and management groups read across directories: Fourth Coffee's and
   * Tailspin's assignments and groups name Woodgrove's groups, service principals and users (found
   * "elsewhere", and in the first directory that has them), Tailspin repeats some of Woodgrove's names,
   * and management groups list other directories' subscriptions. Renaming or removing one of those
   * in one directory changes what the others' references resolve to.
   */
  const ESTATE = `${withoutStandaloneMark(readFileSync('test/fixtures/rules/enterprise-groups.tenancy.yaml', 'utf8'))}
  - id: 5c0ffee0-4d2b-4a8e-9f31-7b6a5c4d3e2f
    name: Fourth Coffee
    domains: [fourthcoffee.onmicrosoft.com, fourthcoffee.com]
    users:
      - upn: nadia@fourthcoffee.com
        displayName: Nadia Petrova
      - upn: tom.baker@fourthcoffee.com
        displayName: Tom Baker
    guests:
      - upn: chen.wei_woodgrovebank.com#EXT#@fourthcoffee.onmicrosoft.com
        displayName: Chen Wei (Woodgrove)
    groups:
      - name: Roasters
        members: [tom.baker@fourthcoffee.com, Platform Engineers, maria.santos@woodgrovebank.com]
      - name: Shared Deployers
        members:
          - github-deploy
          - Landing Zone Consultants
    servicePrincipals:
      - name: roastery-api
        type: managedIdentity
        identity: systemAssigned
        resource: /subscriptions/3a5c7e9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b/resourceGroups/roastery/providers/Microsoft.Web/sites/roastery-api
    subscriptions:
      - id: 8e2f4a6c-0b1d-4e3f-9a5b-7c9d1e3f5a7b
        name: Fourth Coffee Roastery
        type: azure
        offer: MS-AZR-0003P
        owner: nadia@fourthcoffee.com
        createdBy: nadia@fourthcoffee.com
        roleAssignments:
          - principal: Landing Zone Consultants
            role: Reader
          - principal: id-batch-jobs
            principalType: ServicePrincipal
            role: Reader
          - principal: chen.wei@woodgrovebank.com
            role: Contributor
          - principal: sofia.lindqvist@woodgrovebank.com
            role: Reader
          - principal: Roasters
            role: Contributor
    managementGroups:
      - id: mg-fourthcoffee
        name: Fourth Coffee
        subscriptions: [8e2f4a6c-0b1d-4e3f-9a5b-7c9d1e3f5a7b, 3a5c7e9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b]
        roleAssignments:
          - principal: App Developers
            role: Reader
          - principal: Roasters
            role: Reader
  - id: 9b7d5f3a-1c2e-4f6a-8b0d-2e4f6a8c0d1e
    name: Tailspin Toys
    domains: [tailspintoys.onmicrosoft.com]
    users:
      - upn: admin@tailspintoys.onmicrosoft.com
        roles: [Global Administrator]
    groups:
      - name: Landing Zone Consultants
        members: [admin@tailspintoys.onmicrosoft.com]
      - name: Platform Engineers
        members: [github-deploy]
    servicePrincipals:
      - name: github-deploy
        type: application
        appId: 2c4e6a8b-0d1f-4a3c-9e5b-7d9f1a3c5e7b
    subscriptions:
      - id: 1f3b5d7e-9a0c-4b2d-8e4f-6a8c0e2a4c6e
        name: Tailspin Games
        type: azure
        offer: MS-AZR-0003P
        owner: admin@tailspintoys.onmicrosoft.com
        createdBy: admin@tailspintoys.onmicrosoft.com
        roleAssignments:
          - principal: Shared Deployers
            role: Reader
          - principal: maria.santos@woodgrovebank.com
            role: Reader
    managementGroups:
      - id: mg-tailspin
        name: Tailspin
        subscriptions: [1f3b5d7e-9a0c-4b2d-8e4f-6a8c0e2a4c6e, 4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e]
`;
  /** Names other entries refer to: groups, service principals, management groups, accounts, subscription ids. */
  const NAMES = [
    'Platform Engineers', 'Landing Zone Consultants', 'App Developers', 'Roasters', 'Shared Deployers',
    'github-deploy', 'woodgrove-web', 'id-batch-jobs', '0d9c8b7a-6f5e-4d3c-b2a1-f0e9d8c7b6a5',
    'mg-woodgrove', 'mg-landing-zones', 'mg-corp', 'mg-fourthcoffee',
    'maria.santos@woodgrovebank.com', 'chen.wei@woodgrovebank.com', 'sofia.lindqvist@woodgrovebank.com', 'chen.wei_woodgrovebank.com#EXT#@fourthcoffee.onmicrosoft.com',
    '4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e', '3a5c7e9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b', '8e2f4a6c-0b1d-4e3f-9a5b-7c9d1e3f5a7b',
  ];
  const principalEdit = fc.oneof(
    // Rename one place a name is written: into another name of the file, a new name, or half-typed.
    fc.record({ kind: fc.constant('rename' as const), name: fc.constantFrom(...NAMES), pick: fc.nat(), into: fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(' 2', '-old', '')) }),
    // Remove an entry (a group, a member, an assignment, a service principal, a management group, a user…).
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    // Cut a directory, or paste a copy of it after itself.
    fc.record({ kind: fc.constant('directory' as const), pick: fc.nat(), paste: fc.boolean() }),
  );

  function editPrincipals(text: string, e: { kind: 'rename' | 'remove' | 'directory'; name?: string; pick: number; into?: string; paste?: boolean }): string {
    if (e.kind === 'rename') {
      const places = [...text.matchAll(new RegExp(e.name!.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&'), 'g'))];
      if (!places.length) return text;
      const at = places[e.pick % places.length].index!;
      // A suffix appends (or, empty, drops the last letter: a name being typed); a name replaces.
      const into = NAMES.includes(e.into!) ? e.into! : e.into ? e.name + e.into : e.name!.slice(0, -1);
      return text.slice(0, at) + into + text.slice(at + e.name!.length);
    }
    const lines = text.split('\n');
    if (e.kind === 'remove') {
      const entries = lines.flatMap((line, i) => (/^ {6,}- /.test(line) ? [i] : []));
      if (!entries.length) return text;
      const at = entries[e.pick % entries.length];
      const indent = lines[at].indexOf('-');
      let end = at + 1;
      while (end < lines.length && lines[end].trim() !== '' && lines[end].search(/\S/) > indent) end++;
      lines.splice(at, end - at);
      return lines.join('\n');
    }
    const starts = lines.flatMap((line, i) => (line.startsWith('  - id: ') ? [i] : []));
    if (!starts.length) return text;
    const k = e.pick % starts.length;
    const to = k + 1 < starts.length ? starts[k + 1] : lines.length - 1;
    const directory = lines.slice(starts[k], to);
    if (e.paste) lines.splice(to, 0, ...directory);
    else if (starts.length > 1) lines.splice(starts[k], to - starts[k]);
    return lines.join('\n');
  }

  it('groups, service principals and management groups across directories: each edited version reads as a whole-file parse does', function () {
    this.timeout(600_000);
    const start = analyze(ESTATE);
    // The workload does reach across directories (else the property would prove little).
    for (const code of ['RBA001', 'GRP003', 'MID001', 'MGT005']) assert.ok(start.problems.some((p) => p.code === code), `${code} in the starting estate`);
    fc.assert(fc.property(fc.array(principalEdit, { minLength: 1, maxLength: 10 }), (edits) => {
      const analyzer = new Analyzer();
      analyzer.analyze(ESTATE);
      let current = ESTATE;
      for (const e of edits) {
        current = editPrincipals(current, e);
        const incremental = seen(analyzer.analyze(current));
        assert.deepEqual(incremental, seen(analyze(current)));
        const whole = analyze(current, { split: false });
        if (!whole.problems.some((p) => p.code === 'YAML')) assert.deepEqual(incremental.problems, seen(whole).problems);
      }
    }), { numRuns: RUNS, seed: 20261202 });
  });

  /**
   * An estate of several files kept from edit to edit (estate/join.ts keeps the joined model, the
   * estate's index and the file-wide rules' findings per directory): the directories of the estate
   * above, one file each, beside generated files; each step edits a file (typing, renaming or removing
   * what others refer to, any characters), edits two at once, adds or removes a file, or marks one
   * `estate: standalone` or unmarks it. After each step the kept estate must say exactly what a fresh
   * `analyzeEstate` of the same files says.
   */
  const HEADER = 'version: 1\ndirectories:\n';
  const estateFiles = (() => {
    const text = ESTATE;
    const starts = [...text.matchAll(/^ {2}- id: /gm)].map((m) => m.index!);
    return starts.map((start, k) => ({ file: `${['woodgrove', 'contoso', 'fabrikam', 'fourthcoffee', 'tailspin', 'northwind'][k] ?? `d${k}`}.tenancy.yaml`, text: HEADER + text.slice(start, starts[k + 1] ?? text.length).trimEnd() + '\n' }));
  })();
  const FILE_NAMES = ['adatum.tenancy.yaml', 'zz-contoso.tenancy.yaml', 'm.tenancy.yaml', ...estateFiles.map((f) => f.file)];
  const estateStep = fc.oneof(
    fc.record({ kind: fc.constant('type' as const), file: fc.nat(), t: typing }),
    fc.record({ kind: fc.constant('principal' as const), file: fc.nat(), e: principalEdit }),
    fc.record({ kind: fc.constant('chars' as const), file: fc.nat(), e: edit }),
    fc.record({ kind: fc.constant('two' as const), file: fc.nat(), t: typing, e: principalEdit }),
    fc.record({ kind: fc.constant('add' as const), name: fc.constantFrom(...FILE_NAMES), text: workspaceText }),
    fc.record({ kind: fc.constant('remove' as const), file: fc.nat() }),
    fc.record({ kind: fc.constant('standalone' as const), file: fc.nat() }),
  );
  /** What a user sees of an estate: each file's problems (related locations with their files) and each joined estate's directories. */
  const seenEstate = (a: EstateAnalysis, files: readonly string[]) => ({
    files: files.map((file) => ({ file, ...seen(a.files.get(file)!) })),
    estates: a.estates.map((e) => ({ files: e.files, directories: seen({ ...a.files.get(e.files[0])!, workspace: e.workspace, problems: [] }).directories })),
  });
  const STANDALONE = '\nestate: standalone\n';
  const toggleStandalone = (text: string) => (text.includes(STANDALONE) ? text.replace(STANDALONE, '\n') : text.replace(HEADER, `version: 1${STANDALONE}directories:\n`));

  it('an estate of several files, kept from edit to edit, says what a fresh analysis of its files says', function () {
    this.timeout(600_000);
    const start = analyzeEstate(estateFiles);
    // The files do reach across each other (else the property would prove little).
    const codes = new Set([...start.files.values()].flatMap((a) => a.problems.map((p) => p.code)));
    for (const code of ['RBA001', 'GRP003', 'MGT005']) assert.ok(codes.has(code), `${code} in the starting estate`);
    fc.assert(fc.property(fc.array(workspaceText, { maxLength: 2 }), fc.array(estateStep, { minLength: 1, maxLength: 10 }), (generated, steps) => {
      const current = new Map(estateFiles.map(({ file, text }) => [file, text]));
      generated.forEach((text, k) => current.set(FILE_NAMES[k], text));
      const estate = new Estate();
      for (const [file, text] of current) estate.set(file, text);
      estate.analyze();
      const pick = (n: number) => [...current.keys()][n % current.size];
      const change = (file: string, text: string) => {
        current.set(file, text);
        estate.set(file, text);
      };
      for (const step of steps) {
        if (step.kind === 'add') change(step.name, step.text);
        else if (current.size === 0) continue;
        else if (step.kind === 'remove') {
          const file = pick(step.file);
          current.delete(file);
          estate.delete(file);
        } else {
          const file = pick(step.file);
          const text = current.get(file)!;
          if (step.kind === 'type') change(file, type(text, step.t));
          else if (step.kind === 'principal') change(file, editPrincipals(text, step.e));
          else if (step.kind === 'chars') change(file, applyEdit(text, step.e));
          else if (step.kind === 'standalone') change(file, toggleStandalone(text));
          else {
            change(file, type(text, step.t));
            const other = pick(step.file + 1);
            change(other, editPrincipals(current.get(other)!, step.e));
          }
        }
        const files = [...current.keys()];
        const fresh = analyzeEstate([...current].map(([file, text]) => ({ file, text })));
        assert.deepEqual(seenEstate(estate.analyze(), files), seenEstate(fresh, files), step.kind);
      }
    }), { numRuns: RUNS, seed: 20261203 });
  });
});

/**
 * Linear time, measured without a clock: every property read the index and the rules make on the
 * model is counted through a proxy, at n and 4n users. Linear work grows 4×, quadratic work 16×; the
 * bound allows 6×. Deterministic, so it cannot flake on a slow machine. (Parsing is the `yaml`
 * package's and timed in `npm run bench`.)
 */
describe('property-based: work grows linearly with the file', () => {
  const plantedWorkspace = (users: number) => generateWorkspace({ users, plantProblems: 7 });

  /** A view of the model that counts every property read made through it (identity kept: one proxy per object). */
  function countingView(workspace: Workspace): { view: Workspace; reads: () => number } {
    let reads = 0;
    const proxies = new WeakMap<object, object>();
    const wrap = <T>(value: T): T => {
      if (value === null || typeof value !== 'object') return value;
      let proxy = proxies.get(value as object);
      if (!proxy) {
        proxy = new Proxy(value as object, { get: (target, key, receiver) => (reads++, wrap(Reflect.get(target, key, receiver))) });
        proxies.set(value as object, proxy);
      }
      return proxy as T;
    };
    return { view: wrap(workspace), reads: () => reads };
  }

  const english = messagesFor('en');

  function countedWork(workspace: Workspace): number {
    const { view, reads } = countingView(workspace);
    const context = { workspace: view, index: new ModelIndex(view), options: DEFAULT_RULE_OPTIONS, messages: english, name: naming(english) };
    let findings = 0;
    for (const rule of RULES) findings += rule.check(context).length;
    assert.ok(findings > 0, 'the planted problems are found');
    return reads();
  }

  it('the model index and every rule read the model a number of times linear in its size', () => {
    const small = analyze(plantedWorkspace(1_000));
    const large = analyze(plantedWorkspace(4_000));
    assert.equal(large.stats.mode, 'blocks');
    const ratio = countedWork(large.workspace) / countedWork(small.workspace);
    assert.ok(ratio > 3 && ratio < 6, `reads grew ${ratio.toFixed(2)}× for 4× the users (linear: 4×, quadratic: 16×)`);
  });

  it('each rule on its own stays linear', () => {
    const small = analyze(plantedWorkspace(1_000)).workspace;
    const large = analyze(plantedWorkspace(4_000)).workspace;
    for (const rule of RULES) {
      const work = (workspace: Workspace) => {
        const { view, reads } = countingView(workspace);
        const index = new ModelIndex(view);
        const before = reads();
        rule.check({ workspace: view, index, options: DEFAULT_RULE_OPTIONS, messages: english, name: naming(english) });
        return reads() - before + 1;
      };
      const ratio = work(large) / work(small);
      assert.ok(ratio < 6, `${rule.id}: reads grew ${ratio.toFixed(2)}× for 4× the users`);
    }
  });
});

/** The fixture's closing `estate: standalone` (and its comment) removed, so directories can follow. */
function withoutStandaloneMark(text: string): string {
  return text.replace(/(?:\n#[^\n]*)?\nestate: standalone\s*$/, '').trimEnd();
}
