/**
 * Language features of the core on a realistic workspace file: completion (also on half-typed
 * lines that do not parse), hover, definition, references, rename and the outline. A cursor is
 * written `|` inside a snippet of the file; a half-typed line is inserted after a line of the file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analyze';
import {
  completionsAt, definitionAt, documentSymbols, hoverAt, OUTLINE_MAX_ITEMS, isRefused, prepareRename, referencesAt, renameAt,
} from '../../src/core/language';
import { cursorContext } from '../../src/core/language/cursorContext';
import { cursorAt, typedAfter } from './support/cursor';
import { generateWorkspace } from '../../bench/generateWorkspace';

const FIXTURE = readFileSync('test/fixtures/language/contoso.tenancy.yaml', 'utf8');
const analysis = analyze(FIXTURE);

const cursor = cursorAt;
const typed = (after: string, line: string) => typedAfter(FIXTURE, after, line);

function labels(result: ReturnType<typeof completionsAt>): string[] {
  return result.items.map((i) => i.label);
}

describe('language features', () => {
  describe('cursor context from the line text', () => {
    const cases: Array<{ name: string; after: string; line: string; path: string; kind: 'key' | 'value'; key?: string; prefix: string }> = [
      { name: 'a half-typed key in a subscription', after: 'offer: MS-AZR-0023P', line: '        ow|', path: 'directories/[]/subscriptions/[]', kind: 'key', prefix: 'ow' },
      { name: 'an empty value', after: 'offer: MS-AZR-0023P', line: '        state: |', path: 'directories/[]/subscriptions/[]', kind: 'value', key: 'state', prefix: '' },
      { name: 'a fresh item of users', after: 'displayName: David Kim', line: '      - |', path: 'directories/[]/users/[]', kind: 'key', prefix: '' },
      { name: 'a flow map being typed', after: 'role: Contoso VM Operator', line: '          - { principal: chl|', path: 'directories/[]/subscriptions/[]/roleAssignments/[]', kind: 'value', key: 'principal', prefix: 'chl' },
      { name: 'a block list item of roles', after: 'displayName: Gabriel Rossi', line: '        roles:\n          - Glob|', path: 'directories/[]/users/[]', kind: 'value', key: 'roles', prefix: 'Glob' },
      { name: 'a new directory', after: 'licenses: 35', line: '  - |', path: 'directories/[]', kind: 'key', prefix: '' },
      { name: 'a sequence not indented under its key', after: 'displayName: Ivy Chen', line: '    - up|', path: 'directories/[]/users/[]', kind: 'key', prefix: 'up' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { analysis: a, offset } = typed(c.after, c.line);
        const context = cursorContext(a.text, offset);
        assert.equal(context.path.join('/'), c.path);
        assert.equal(context.kind, c.kind);
        assert.equal(context.key, c.key);
        assert.equal(context.prefix, c.prefix);
      });
    }

    it('a file that starts with empty lines or a line break', () => {
      for (const text of ['\n\nversion: 1\n', '\n', '', '\r\n- ']) {
        for (let offset = 0; offset <= text.length; offset++) {
          const context = cursorContext(text, offset);
          assert.ok(context.start <= offset && context.end <= text.length, JSON.stringify({ text, offset }));
        }
      }
      assert.deepEqual(labels(completionsAt(analyze('\n\nversion: 1\n'), 1)), ['directories', 'estate']);
    });

    it('the root map, at the start of an empty line', () => {
      const context = cursorContext('version: 1\n\ndirectories: []\n', 'version: 1\n'.length);
      assert.deepEqual(context.path, []);
      assert.equal(context.kind, 'key');
      assert.deepEqual([...context.siblings.keys()].sort(), ['directories', 'version']);
    });
  });

  describe('completion', () => {
    it('proposes the keys a subscription may still have, with descriptions, on a line that does not parse', () => {
      const { analysis: a, offset } = typed('licenses: 120', '        ow|');
      const result = completionsAt(a, offset);
      const keys = labels(result);
      assert.ok(keys.includes('owner') && keys.includes('state') && keys.includes('alias'), keys.join(', '));
      for (const present of ['id', 'name', 'type', 'plan', 'licenses', 'createdBy']) assert.ok(!keys.includes(present), `${present} is already there`);
      assert.ok(!keys.includes('offer'), 'offer is Azure only');
      const owner = result.items.find((i) => i.label === 'owner')!;
      assert.match(owner.documentation!, /Account Administrator/);
      assert.equal(owner.insertText, 'owner: ');
      assert.equal(owner.suggestValues, true, 'the accounts are proposed right after');
      assert.equal(result.items.find((i) => i.label === 'alias')!.suggestValues, undefined);
      assert.equal(a.text.slice(result.start, result.end), 'ow');
      const azure = typed('offer: MS-AZR-0023P', '        pl|');
      const azureKeys = labels(completionsAt(azure.analysis, azure.offset));
      assert.ok(!azureKeys.includes('plan') && !azureKeys.includes('licenses'), 'plan and licenses are Office 365 only');
      assert.deepEqual(azureKeys, ['alias', 'state', 'transferredFrom', 'managedByTenants', 'unknown']);
    });

    it('proposes the required keys first for a fresh item', () => {
      const { analysis: a, offset } = typed('licenses: 35', '  - |');
      const keys = labels(completionsAt(a, offset));
      assert.deepEqual(keys.slice(0, 3), ['id', 'name', 'domains']);
      assert.ok(keys.includes('customRoles'));
    });

    it('leaves out the keys already in a flow map', () => {
      const { analysis: a, offset } = typed('role: Contoso VM Operator', '          - { role: Reader, | }');
      assert.deepEqual(labels(completionsAt(a, offset)), ['principal', 'principalType', 'scope']);
      const under = completionsAt(analysis, cursor(FIXTURE, '{ principal: frank.ito@fabrikam.com, ro|le: Contributer }'));
      assert.deepEqual(labels(under), ['role', 'principalType', 'scope'], 'the key under the cursor is offered again, to be replaced');
      assert.equal(FIXTURE.slice(under.start, under.end), 'role');
      assert.equal(under.items[0].insertText, 'role', 'the colon is there already');
    });

    it('proposes the values of an enum', () => {
      const { analysis: a, offset } = typed('offer: MS-AZR-0023P', '        state: |');
      assert.deepEqual(labels(completionsAt(a, offset)), ['active', 'disabled', 'expired', 'deleted']);
      const type = completionsAt(analysis, cursor(FIXTURE, 'type: o|ffice365                      # owned'));
      assert.deepEqual(labels(type), ['azure', 'office365']);
      assert.equal(FIXTURE.slice(type.start, type.end), 'office365', 'the whole value is replaced, not the comment');
    });

    it('proposes true and false for a flag, marking the default', () => {
      const result = completionsAt(analysis, cursor(FIXTURE, 'external: t|rue'));
      assert.deepEqual(result.items.map((i) => `${i.label}${i.detail ? ` (${i.detail})` : ''}`), ['true', 'false (default)']);
    });

    it('proposes offer ids with their names', () => {
      const result = completionsAt(analysis, cursor(FIXTURE, 'offer: MS-AZR-00|23P'));
      const free = result.items.find((i) => i.label === 'MS-AZR-0044P')!;
      assert.equal(free.detail, 'Free Trial');
      assert.equal(FIXTURE.slice(result.start, result.end), 'MS-AZR-0023P');
      assert.ok(result.items.findIndex((i) => i.label === 'MS-AZR-0041P') > result.items.findIndex((i) => i.label === 'MS-AZR-0017G'), 'support plans come last');
    });

    it('proposes Microsoft Entra roles in a roles list, block or flow', () => {
      const { analysis: a, offset } = typed('displayName: Gabriel Rossi', '        roles:\n          - Glob|');
      const block = completionsAt(a, offset);
      assert.ok(labels(block).includes('Global Administrator'));
      assert.ok(!labels(block).includes('Owner'), 'Azure roles are not directory roles');
      const flow = completionsAt(analysis, cursor(FIXTURE, 'roles: [Dir|ectory Readers]'));
      const readers = flow.items.find((i) => i.label === 'Directory Readers')!;
      assert.match(readers.documentation!, /read basic directory information/i);
      assert.equal(FIXTURE.slice(flow.start, flow.end), 'Directory Readers');
      const more = typed('displayName: Gabriel Rossi', '        roles: [Global Administrator, |, Billing Administrator]');
      const others = labels(completionsAt(more.analysis, more.offset));
      assert.ok(others.includes('Global Reader'));
      assert.ok(!others.includes('Global Administrator') && !others.includes('Billing Administrator'), 'roles already listed are not proposed');
      const second = typed('displayName: Gabriel Rossi', '        roles:\n          - Global Administrator\n          - |');
      assert.ok(!labels(completionsAt(second.analysis, second.offset)).includes('Global Administrator'));
    });

    it("proposes the directory's custom roles first, then Azure built-in roles", () => {
      const result = completionsAt(analysis, cursor(FIXTURE, 'principal: chloe.dubois@contoso.com, role: Cont|oso VM Operator'));
      assert.equal(result.items[0].label, 'Contoso VM Operator');
      assert.equal(result.items[0].kind, 'customRole');
      assert.deepEqual(labels(result).slice(1, 3), ['Contributor', 'Owner']);
      assert.ok(result.items.length > 500);
      const other = completionsAt(analysis, cursor(FIXTURE, '{ principal: erin.walsh@fabrikam.com, role: Ow|ner }'));
      assert.ok(!labels(other).includes('Contoso VM Operator'), "Fabrikam's subscription does not see Contoso's custom roles");
    });

    it('quotes a value that YAML would not read as plain text in a flow map', () => {
      const result = completionsAt(analysis, cursor(FIXTURE, 'principal: chloe.dubois@contoso.com, role: Cont|oso VM Operator'));
      const withComma = result.items.find((i) => /[,{}[\]]/.test(i.label));
      if (withComma) assert.match(withComma.insertText, /^'.*'$/);
      assert.equal(result.items.find((i) => i.label === 'Owner')!.insertText, 'Owner');
    });

    it("ranks the owner's candidates: members of the directory, then its guests; no account of another directory (OWN002)", () => {
      const { analysis: a, offset } = typed('offer: MS-AZR-0023P', '        owner: |');
      const result = completionsAt(a, offset);
      const details = result.items.map((i) => `${i.label} — ${i.detail}`);
      assert.deepEqual(details.slice(0, 6), [
        'alice.martin@contoso.com — Alice Martin · Member of Contoso',
        'bob.nguyen@contoso.com — Bob Nguyen · Member of Contoso',
        'chloe.dubois@contoso.com — Chloé Dubois · Member of Contoso',
        // What makes a poor owner comes first: a disabled account cannot sign in.
        'david.kim@contoso.com — disabled: cannot sign in · David Kim · Member of Contoso',
        'erin.walsh@fabrikam.com — Guest in Contoso · member of Fabrikam',
        'sam+contoso@outlook.com — Sam Taylor · Guest in Contoso · external account',
      ]);
      // An Azure subscription's owner is a member of its directory: a member of another directory is not proposed.
      assert.equal(result.items.length, 6);
      assert.equal(new Set(labels(result)).size, result.items.length, 'each account once');
      // A creator may be of another directory (CRT001 then says where the subscription belongs): said first.
      const { analysis: c, offset: at } = typed('offer: MS-AZR-0023P', '        createdBy: |');
      const creators = completionsAt(c, at).items;
      assert.equal(creators.find((i) => i.label === 'frank.ito@fabrikam.com')?.detail, 'another directory: invite as a guest first · Frank Ito · Member of Fabrikam');
    });

    it('ranks principals by the directory of their subscription, in a flow collection being typed', () => {
      const { analysis: a, offset } = typed('offer: MS-AZR-0044P', '        pendingRoleAssignments: [{ principal: |');
      const result = completionsAt(a, offset);
      assert.deepEqual(result.items.slice(0, 3).map((i) => `${i.label} — ${i.detail}`), [
        'gabriel.rossi@contosolabs.onmicrosoft.com — Gabriel Rossi · Member of Default Directory',
        'alice.martin@contoso.com — Guest in Default Directory · member of Contoso',
        'bob.nguyen@contoso.com — Guest in Default Directory · member of Contoso',
      ]);
      assert.equal(result.items.length, 10);
    });

    it('proposes home accounts for a new guest: members of the other directories, not those already here', () => {
      const { analysis: a, offset } = typed('guests:\n      - upn: alice.martin@contoso.com', '      - upn: |');
      const result = completionsAt(a, offset);
      const keys = labels(result);
      assert.ok(!keys.includes('gabriel.rossi@contosolabs.onmicrosoft.com'), 'a member of this directory');
      assert.ok(!keys.includes('alice.martin@contoso.com'), 'already a guest here');
      assert.equal(result.items[0].detail, 'Chloé Dubois · Member of Contoso');
      assert.equal(keys[keys.length - 1], 'sam+contoso@outlook.com');
    });

    it('proposes nothing where the format has no fixed set of values', () => {
      assert.deepEqual(labels(completionsAt(analysis, cursor(FIXTURE, 'name: Contoso Dev/T|est'))), []);
    });
  });

  describe('hover', () => {
    it('describes an account: name, directory, roles, what it owns, created and can access', () => {
      const hover = hoverAt(analysis, cursor(FIXTURE, 'owner: chloe|.dubois@contoso.com'))!;
      assert.equal(FIXTURE.slice(hover.start, hover.end), 'chloe.dubois@contoso.com');
      assert.match(hover.markdown, /\*\*Chloé Dubois\*\*/);
      assert.match(hover.markdown, /Member of \*\*Contoso\*\*/);
      assert.match(hover.markdown, /\*\*Owns:\*\* Contoso Dev\/Test \(Contoso\)/);
      assert.match(hover.markdown, /\*\*Created:\*\* Contoso Dev\/Test \(Contoso\)/);
      assert.match(hover.markdown, /- Contoso VM Operator on Contoso Production \(Contoso\) at `\/resourceGroups\/vms`/);
      assert.match(hover.markdown, /- Owner on Contoso Dev\/Test \(Contoso\)/);
    });

    it('describes a guest account with its home, its guest entries and pending access', () => {
      const hover = hoverAt(analysis, cursor(FIXTURE, '- upn: erin|.walsh@fabrikam.com         #'))!;
      assert.match(hover.markdown, /Member of \*\*Fabrikam\*\* · roles: Global Administrator/);
      assert.match(hover.markdown, /- Guest in \*\*Contoso\*\* · roles: Directory Readers/);
      assert.match(hover.markdown, /Contributor on Contoso Dev\/Test \(Contoso\) \(pending, to recreate\)/);
      const sam = hoverAt(analysis, cursor(FIXTURE, "principal: 'sam+con|toso@outlook.com'"))!;
      assert.match(sam.markdown, /External account/);
    });

    it('describes a tenant id and a subscription id', () => {
      const tenant = hoverAt(analysis, cursor(FIXTURE, '- id: 1d2e|3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a'))!;
      assert.match(tenant.markdown, /\*\*Fabrikam\*\* · Microsoft Entra directory/);
      assert.match(tenant.markdown, /2 users, 0 guests, 2 subscriptions/);
      const subscription = hoverAt(analysis, cursor(FIXTURE, 'id: 0b1e|5a7c'))!;
      assert.match(subscription.markdown, /\*\*Contoso Production\*\* · Azure subscription/);
      assert.match(subscription.markdown, /Offer `MS-AZR-0003P`: Pay-as-you-go/i);
      assert.match(subscription.markdown, /trusts \*\*Contoso\*\*/);
    });

    it('describes roles, offers and keys', () => {
      assert.match(hoverAt(analysis, cursor(FIXTURE, 'roles: [Billing Adm|inistrator]\n      - upn: chloe'))!.markdown, /Microsoft Entra role/);
      const owner = hoverAt(analysis, cursor(FIXTURE, '{ principal: erin.walsh@fabrikam.com, role: Ow|ner }'))!;
      assert.match(owner.markdown, /\*\*Owner\*\* · Azure built-in role \(Privileged\)\n\nGrants full access/);
      assert.match(hoverAt(analysis, cursor(FIXTURE, 'role: Contoso VM Op|erator'))!.markdown, /Azure custom role defined in Contoso/);
      assert.match(hoverAt(analysis, cursor(FIXTURE, 'role: Contri|buter'))!.markdown, /neither an Azure built-in role/);
      assert.match(hoverAt(analysis, cursor(FIXTURE, 'offer: MS-AZR-00|44P'))!.markdown, /\*\*Free Trial\*\* · Azure offer `MS-AZR-0044P`/);
      assert.match(hoverAt(analysis, cursor(FIXTURE, 'lic|enses: 120'))!.markdown, /\*\*Licenses\*\*\n\nOffice 365 only/);
      assert.equal(hoverAt(analysis, cursor(FIXTURE, 'name: Contoso Dev/T|est')), undefined);
    });
  });

  describe('definition and references', () => {
    it('goes from an owner, a principal or a guest entry to the member entry', () => {
      for (const marked of ['owner: erin|.walsh@fabrikam.com', '{ principal: erin|.walsh@fabrikam.com, role: Owner }', 'upn: erin|.walsh@fabrikam.com         #']) {
        const definition = definitionAt(analysis, cursor(FIXTURE, marked))!;
        assert.equal(definition.start, cursor(FIXTURE, '      - upn: |erin.walsh@fabrikam.com\n        displayName: Erin Walsh'), marked);
      }
      assert.equal(definitionAt(analysis, cursor(FIXTURE, "'sam+con|toso@outlook.com'"))!.start, cursor(FIXTURE, '- upn: |sam+contoso@outlook.com'), 'an outside account: its guest entry');
      assert.equal(definitionAt(analysis, cursor(FIXTURE, 'name: Contoso Dev/T|est')), undefined);
    });

    it('lists every use of an account, with or without the definition', () => {
      const all = referencesAt(analysis, cursor(FIXTURE, 'owner: chloe|.dubois@contoso.com'));
      assert.deepEqual(all.map((r) => r.role), ['member', 'principal', 'owner', 'createdBy', 'principal']);
      assert.equal(all.filter((r) => r.isDefinition).length, 1);
      assert.equal(referencesAt(analysis, cursor(FIXTURE, 'owner: chloe|.dubois@contoso.com'), false).length, 4);
      for (const r of all) assert.equal(FIXTURE.slice(r.start, r.end), 'chloe.dubois@contoso.com');
    });

    it("goes from a pending assignment's fromDirectory to the directory", () => {
      const at = cursor(FIXTURE, 'fromDirectory: 1d2e|3f4a');
      assert.equal(definitionAt(analysis, at)!.start, cursor(FIXTURE, '- id: |1d2e3f4a'));
      assert.deepEqual(referencesAt(analysis, at).map((r) => r.role), ['fromDirectory', 'id']);
      assert.match(hoverAt(analysis, at)!.markdown, /\*\*Fabrikam\*\* · Microsoft Entra directory/);
    });

    it('finds tenant and subscription ids', () => {
      assert.deepEqual(referencesAt(analysis, cursor(FIXTURE, 'id: 0b1e|5a7c')).map((r) => r.role), ['id']);
      assert.equal(definitionAt(analysis, cursor(FIXTURE, 'id: 0b1e|5a7c'))!.start, cursor(FIXTURE, 'id: |0b1e5a7c'));
    });
  });

  describe('rename', () => {
    it('renames every use of an account, keeping quotes where the file has them', () => {
      const target = prepareRename(analysis, cursor(FIXTURE, "'sam+con|toso@outlook.com'"));
      assert.ok(!isRefused(target));
      assert.equal(target.placeholder, 'sam+contoso@outlook.com');
      const edits = renameAt(analysis, cursor(FIXTURE, "'sam+con|toso@outlook.com'"), 'sam.taylor@outlook.com');
      assert.ok(!isRefused(edits));
      assert.deepEqual(edits.map((e) => e.newText), ['sam.taylor@outlook.com', "'sam.taylor@outlook.com'"]);
      const renamed = applyEdits(FIXTURE, edits);
      assert.equal(analyze(renamed).problems.length, analysis.problems.length, 'no new problem');
      assert.ok(!renamed.includes('sam+contoso'));
    });

    it('renames a member everywhere, and the file keeps its meaning', () => {
      const edits = renameAt(analysis, cursor(FIXTURE, 'owner: chloe|.dubois@contoso.com'), 'chloe.martin@contoso.com');
      assert.ok(!isRefused(edits));
      assert.equal(edits.length, 5);
      const renamed = analyze(applyEdits(FIXTURE, edits));
      assert.deepEqual(renamed.problems.map((p) => p.code), analysis.problems.map((p) => p.code));
    });

    it("renames a tenant id, with the pending assignments' fromDirectory that name it", () => {
      const edits = renameAt(analysis, cursor(FIXTURE, '- id: 1d2e|3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a'), '11111111-2222-4333-8444-555555555555');
      assert.ok(!isRefused(edits));
      assert.deepEqual(edits.map((e) => e.start), [cursor(FIXTURE, 'fromDirectory: |1d2e'), cursor(FIXTURE, '- id: |1d2e')]);
      const renamed = analyze(applyEdits(FIXTURE, edits));
      assert.deepEqual(renamed.problems.map((p) => p.code), analysis.problems.map((p) => p.code));
    });

    const refusals: Array<{ name: string; at: string; newName: string; message: RegExp }> = [
      { name: 'an existing account', at: 'owner: chloe|.dubois@contoso.com', newName: 'alice.martin@contoso.com', message: /already an account/ },
      { name: 'an existing account in another case', at: 'owner: chloe|.dubois@contoso.com', newName: 'Bob.Nguyen@Contoso.com', message: /already an account/ },
      { name: 'an invalid UPN for a member', at: 'owner: chloe|.dubois@contoso.com', newName: 'chloe+x@contoso.com', message: /not a valid UPN/ },
      { name: 'no address at all', at: "'sam+con|toso@outlook.com'", newName: 'sam taylor', message: /not a valid account address/ },
      { name: 'an empty name', at: 'owner: chloe|.dubois@contoso.com', newName: '  ', message: /empty/ },
      { name: 'a tenant id that is not a GUID', at: '- id: 1d2e|3f4a', newName: '{1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a}', message: /not a GUID/ },
      { name: 'an existing subscription id', at: 'id: 0b1e|5a7c', newName: '3C9D2B41-7E5A-4F08-9B6C-2D4E6F8A0B1C', message: /already a subscription/ },
      { name: 'something that is not a name', at: 'name: Contoso Dev/T|est', newName: 'x', message: /Only a UPN/ },
    ];
    for (const r of refusals) {
      it(`refuses ${r.name}`, () => {
        const result = renameAt(analysis, cursor(FIXTURE, r.at), r.newName);
        assert.ok(isRefused(result));
        assert.match(result.refused, r.message);
      });
    }

    it('allows changing only the letter case', () => {
      const result = renameAt(analysis, cursor(FIXTURE, 'owner: chloe|.dubois@contoso.com'), 'Chloe.Dubois@contoso.com');
      assert.ok(!isRefused(result));
    });
  });

  describe('document symbols', () => {
    it('lists directories with their users, guests and subscriptions', () => {
      const symbols = documentSymbols(analysis);
      assert.deepEqual(symbols.map((s) => s.name), ['Contoso', 'Fabrikam', 'Default Directory', 'Northwind Traders']);
      const contoso = symbols[0];
      assert.equal(contoso.detail, '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f');
      assert.deepEqual(contoso.children.map((c) => `${c.kind}:${c.name}`), [
        'user:alice.martin@contoso.com', 'user:bob.nguyen@contoso.com', 'user:chloe.dubois@contoso.com', 'user:david.kim@contoso.com',
        'guest:erin.walsh@fabrikam.com', 'guest:sam+contoso@outlook.com',
        'subscription:Contoso Production', 'subscription:Contoso Dev/Test', 'subscription:Microsoft 365 E3',
      ]);
      assert.equal(contoso.children[3].detail, 'David Kim · sign-in blocked');
      for (const s of [contoso, ...symbols.flatMap((d) => d.children)]) {
        assert.ok(s.start <= s.selectionStart && s.selectionEnd <= s.end, `${s.name}: selection inside the range`);
      }
      assert.equal(FIXTURE.slice(contoso.selectionStart, contoso.selectionEnd), 'Contoso');
      assert.match(FIXTURE.slice(contoso.start, contoso.end), /^id: 6f1c4a2e[\s\S]*createdBy: alice\.martin@contoso\.com$/, 'the range ends with the entry, not on the next line');
    });

    it('stops listing entries at the outline\'s size, in file order, keeping every directory', () => {
      const full = documentSymbols(analysis);
      const count = (symbols: typeof full) => symbols.length + symbols.reduce((n, d) => n + d.children.length, 0);
      assert.ok(count(full) <= OUTLINE_MAX_ITEMS, 'the fixture is listed whole by default');
      // 4 directories and 8 entries: Contoso's 9 are cut to 8, the others show none.
      const cut = documentSymbols(analysis, { maxItems: 12 });
      assert.deepEqual(cut.map((s) => s.name), full.map((s) => s.name));
      assert.deepEqual(cut[0].children.map((c) => c.name), full[0].children.slice(0, 8).map((c) => c.name));
      assert.deepEqual(cut.slice(1).map((d) => d.children.length), [0, 0, 0]);
      assert.equal(count(cut), 12);
    });

    it('lists the first 5,000 symbols of a 6,000-user file, the same as the whole outline\'s first ones', () => {
      const big = analyze(generateWorkspace({ users: 6_000 }));
      const outline = documentSymbols(big, { maxItems: OUTLINE_MAX_ITEMS });
      const whole = documentSymbols(big);
      assert.equal(outline.length, whole.length, 'every directory');
      const flat = (symbols: typeof whole) => symbols.flatMap((d) => [`${d.name}@${d.start}`, ...d.children.map((c) => `${c.name}@${c.start}-${c.end}`)]);
      const listed = flat(outline);
      assert.equal(listed.length, OUTLINE_MAX_ITEMS);
      // The directories come first in each list, then their entries: compare entries per directory.
      outline.forEach((d, i) => assert.deepEqual(d.children, whole[i].children.slice(0, d.children.length)));
    });
  });

  describe('at every offset, on damaged text too', () => {
    /** Every feature at `offset`: none throws, every range lies inside the text. */
    function check(a: Analysis, offset: number): void {
      const inside = (start: number, end: number, what: string) =>
        assert.ok(start >= 0 && start <= end && end <= a.text.length, `${what} [${start}, ${end}) at offset ${offset}`);
      const completion = completionsAt(a, offset);
      inside(completion.start, completion.end, 'completion');
      assert.ok(completion.start <= offset, `completion starts after the cursor at ${offset}`);
      const hover = hoverAt(a, offset);
      if (hover) inside(hover.start, hover.end, 'hover');
      const definition = definitionAt(a, offset);
      if (definition) inside(definition.start, definition.end, 'definition');
      for (const r of referencesAt(a, offset)) inside(r.start, r.end, 'reference');
      const rename = renameAt(a, offset, 'new.name@contoso.com');
      if (!isRefused(rename)) for (const e of rename) inside(e.start, e.end, 'rename');
    }

    it('every offset of the fixture', () => {
      for (let offset = 0; offset <= FIXTURE.length; offset++) check(analysis, offset);
      for (const s of documentSymbols(analysis).flatMap((d) => [d, ...d.children])) assert.ok(s.end <= FIXTURE.length);
    });

    it('random cuts and insertions (seeded)', () => {
      let seed = 7;
      const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const pieces = ['- ', '{ ', '[', ': ', '\n      ', 'role: ', '#', "'", ',', '}', '\t'];
      for (let run = 0; run < 60; run++) {
        const at = Math.floor(next() * FIXTURE.length);
        const cut = Math.floor(next() * 40);
        const text = `${FIXTURE.slice(0, at)}${pieces[run % pieces.length]}${FIXTURE.slice(at + cut)}`;
        const a = analyze(text);
        for (let k = 0; k < 30; k++) check(a, Math.floor(next() * (text.length + 1)));
        check(a, at);
        documentSymbols(a);
      }
    });
  });

  describe('on a large workspace', () => {
    const large = analyze(generateWorkspace({ users: 5_000 }));
    it('completes a creator among every account, an owner among its directory, and hovers an account (no timing assertion)', () => {
      const at = large.text.indexOf('owner: ', large.text.length / 2) + 'owner: '.length;
      const creator = large.text.indexOf('createdBy: ', at) + 'createdBy: '.length;
      const result = completionsAt(large, creator);
      assert.ok(result.items.length >= 5_000);
      assert.match(result.items[0].detail!, /Member of/);
      const owners = completionsAt(large, at);
      assert.ok(owners.items.length >= 250 && owners.items.length < 1_000, `${owners.items.length} candidates: the directory's members and guests`);
      assert.ok(hoverAt(large, at + 2)!.markdown.includes('**Owns:**'));
    });
  });
});

function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; newText: string }>): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
