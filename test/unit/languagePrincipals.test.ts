/**
 * Language features for groups, service principals and management groups, on a realistic estate
 * (Woodgrove Bank): a `principal` or group member is a reference to whatever it resolves to, whichever
 * of its names it is written with; hover says what it is; rename changes every place naming it with
 * that name, and nothing else. A cursor is written `|` inside a snippet of the file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analyze';
import { completionsAt, definitionAt, documentSymbols, hoverAt, isRefused, referencesAt, renameAt } from '../../src/core/language';
import { ReferenceIndex } from '../../src/core/references';
import { applyEdits } from '../../src/core/edits';
import { cursorAt, typedAfter } from './support/cursor';

const FIXTURE = readFileSync('test/fixtures/language/woodgrove.tenancy.yaml', 'utf8');
const analysis = analyze(FIXTURE);

const cursor = (marked: string, text = FIXTURE): number => cursorAt(text, marked);
const typed = (after: string, line: string) => typedAfter(FIXTURE, after, line);

/** The problems of a text, as comparable lines (code and message, without positions). */
/** The problems of an analysis, without their "did you mean" (a renamed name is no longer near a typo of the old one). */
function problemsOf(a: Analysis): string[] {
  return a.problems.map((p) => `${p.code} ${p.message.replace(/Did you mean '[^']*'\? /, '')}`).sort();
}

describe('language features: groups, service principals, management groups', () => {
  describe('reference index', () => {
    const index = new ReferenceIndex(analysis.workspace, analysis.index);

    it('indexes a group principal as the group, not as an account', () => {
      const use = index.at(cursor('- principal: Platform| Engineers\n            role: Reader'))!;
      assert.equal(use.kind, 'group');
      assert.equal(use.target?.kind === 'group' && use.target.name?.value, 'Platform Engineers');
      assert.equal(index.referencesTo('account', 'Platform Engineers').length, 0);
    });

    it('links every name of a principal to one symbol: name, object id and app id', () => {
      const github = index.at(cursor('- name: github|-deploy'))!;
      const uses = index.sameSymbol(github);
      assert.deepEqual(uses.map((u) => `${u.role}:${u.spelling}`), [
        'groupMember:name', 'groupMember:id', 'name:name', 'appId:appId', 'id:id', 'principal:name', 'principal:appId',
      ]);
    });

    it('settles a name a group and an application share with principalType, and leaves an ambiguous one out', () => {
      const settled = index.at(cursor('{ principal: Data| Pipeline, principalType: Group'))!;
      assert.equal(settled.kind, 'group');
      assert.equal(index.at(cursor('{ principal: Data| Pipeline, role: Reader }')), undefined, 'ambiguous: no symbol');
      assert.equal(index.at(cursor('{ principal: Platform| Engineer, role: Reader }')), undefined, 'unknown: no symbol');
    });

    it('indexes management group parents, placed subscriptions, and the subscription inside a resource id', () => {
      const parent = index.at(cursor('parent: mg-landing|-zones'))!;
      assert.equal(parent.kind, 'managementGroup');
      assert.deepEqual(index.sameSymbol(parent).map((r) => r.role), ['id', 'parent']);
      const production = index.referencesTo('subscription', '4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e');
      assert.deepEqual(production.map((r) => r.role), ['resource', 'id', 'placed']);
      const resource = production[0];
      assert.equal(FIXTURE.slice(resource.start, resource.end), '4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e');
    });

    it('makes the tenant root group entry a use of the tenant id', () => {
      const uses = index.referencesTo('directory', '2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a');
      assert.deepEqual(uses.map((r) => r.role), ['id', 'rootGroup']);
      assert.equal(index.definitionOf('directory', '2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a')?.entity.kind, 'directory');
    });

    it('keeps two directories apart: a group of the same name elsewhere is another symbol', () => {
      const fabrikam = analyze(`${FIXTURE}      - name: Platform Engineers\n`);
      const other = new ReferenceIndex(fabrikam.workspace, fabrikam.index);
      const woodgrove = other.at(cursor('- name: Platform| Engineers\n        id: 8c1d', fabrikam.text))!;
      const fabrikamGroup = fabrikam.workspace.directories[1].groups.at(-1)!;
      assert.notEqual(woodgrove.key, other.referencesToEntity(fabrikamGroup)[0].key);
      assert.equal(other.referencesToEntity(fabrikamGroup).length, 1);
    });
  });

  describe('definition and references', () => {
    it('goes from a principal, a member or an object id to the group or service principal', () => {
      const platform = cursor('- name: |Platform Engineers');
      assert.equal(definitionAt(analysis, cursor('- principal: Platform| Engineers\n            role: Reader'))!.start, platform);
      assert.equal(definitionAt(analysis, cursor("{ principal: 'Platform| Engineers'"))!.start, platform);
      const consultants = cursor('- name: |Landing Zone Consultants');
      assert.equal(definitionAt(analysis, cursor('- Landing Zone| Consultants        # nested group'))!.start, consultants);
      const github = cursor('- name: |github-deploy');
      assert.equal(definitionAt(analysis, cursor('4392-8170-6f5e4d3c2b1a]   # github-deploy, by object id'.replace('4392', '43|92')))!.start, github);
      assert.equal(definitionAt(analysis, cursor('{ principal: 5e6f|7a8b'))!.start, github, 'by app id');
      assert.equal(definitionAt(analysis, cursor('- principal: 0d9c|8b7a'))!.start, cursor('- name: |id-batch-jobs'), 'by object id');
    });

    it('goes from a parent to its management group, and from a placed subscription to the subscription', () => {
      assert.equal(definitionAt(analysis, cursor('parent: mg-landing|-zones'))!.start, cursor('- id: |mg-landing-zones'));
      assert.equal(definitionAt(analysis, cursor('subscriptions: [3a5c|7e9b'))!.start, cursor('- id: |3a5c7e9b'));
    });

    it('lists every place naming a group, by name or id, in file order, the definition once', () => {
      const all = referencesAt(analysis, cursor('- name: Platform| Engineers'));
      assert.deepEqual(all.map((r) => r.role), ['name', 'id', 'principal', 'principal', 'principal']);
      assert.deepEqual(all.filter((r) => r.isDefinition).map((r) => FIXTURE.slice(r.start, r.end)), ['Platform Engineers']);
      assert.equal(referencesAt(analysis, cursor('- name: Platform| Engineers'), false).length, 4);
      assert.deepEqual(referencesAt(analysis, cursor('{ principal: Fabrikam| Auditors')).map((r) => r.role), ['principal', 'name'], 'a group of another directory is still found');
    });
  });

  describe('hover', () => {
    it('on a group principal: what it resolves to, its members direct and nested, its access', () => {
      const hover = hoverAt(analysis, cursor('- principal: Platform| Engineers\n            role: Reader'))!;
      assert.match(hover.markdown, /\*\*Platform Engineers\*\* · security group of \*\*Woodgrove Bank\*\*/);
      assert.match(hover.markdown, /Object ID `8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f`/);
      assert.match(hover.markdown, /4 direct members \(3 accounts, 1 group\) · 4 accounts in all, nested groups included/);
      assert.match(hover.markdown, /Reader on management group Tenant Root Group/);
      assert.match(hover.markdown, /Contributor on management group Woodgrove/);
      assert.match(hover.markdown, /- Reader on Woodgrove Production/);
      assert.equal(FIXTURE.slice(hover.start, hover.end), 'Platform Engineers');
    });

    it('on a nested group: the groups it is in, and through which', () => {
      const hover = hoverAt(analysis, cursor('- name: Landing Zone| Consultants'))!.markdown;
      assert.match(hover, /\*\*Member of:\*\* Platform Engineers/);
      const nadia = hoverAt(analysis, cursor('members: [nadia|_fourthcoffee'))!.markdown;
      assert.match(nadia, /\*\*Groups in Woodgrove Bank:\*\* Landing Zone Consultants, Platform Engineers \(through Landing Zone Consultants\)/);
      assert.match(nadia, /- Contributor on management group Woodgrove \(Woodgrove Bank\), inherited below it · through Landing Zone Consultants › Platform Engineers/);
    });

    it('on an account or a service principal: the access it gets through its groups', () => {
      const sofia = hoverAt(analysis, cursor('members: [sofia|.lindqvist@woodgrovebank.com, github-deploy]'))!.markdown;
      assert.match(sofia, /- Contributor on Woodgrove Production \(Woodgrove Bank\) at `\/resourceGroups\/web-prod` · through App Developers/);
      const github = hoverAt(analysis, cursor('- name: github|-deploy'))!.markdown;
      assert.match(github, /- Website Contributor on Woodgrove Production \(Woodgrove Bank\) at `\/resourceGroups\/web-prod`\n/, 'its own assignment, first');
      assert.match(github, /- Contributor on Woodgrove Production .* · through App Developers/);
    });

    it('on a service principal: its kind, ids, resource and access', () => {
      const app = hoverAt(analysis, cursor('{ principal: 5e6f|7a8b'))!.markdown;
      assert.match(app, /\*\*github-deploy\*\* · application \(service principal\) of \*\*Woodgrove Bank\*\*/);
      assert.match(app, /Application ID `5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9` · Object ID `9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a`/);
      assert.match(app, /\*\*Member of:\*\* App Developers, Data Pipeline/);
      assert.match(app, /- AcrPush on Woodgrove Production/);
      const identity = hoverAt(analysis, cursor('- principal: woodgrove|-web'))!.markdown;
      assert.match(identity, /system-assigned managed identity of/);
      assert.match(identity, /Resource `\/subscriptions\/4b8c2d6e.*woodgrove-web` · in Woodgrove Production/);
    });

    it('on a management group: its path from the root, subscriptions and the assignments it inherits', () => {
      const hover = hoverAt(analysis, cursor('- id: mg-|corp'))!.markdown;
      assert.match(hover, /\*\*Corp\*\* · management group `mg-corp` of \*\*Woodgrove Bank\*\*/);
      assert.match(hover, /Path: Tenant Root Group › Woodgrove › Landing zones › Corp/);
      assert.match(hover, /\*\*Subscriptions:\*\* Woodgrove Production, Woodgrove Data/);
      assert.match(hover, /- Reader → Platform Engineers \(inherited from Tenant Root Group\)/);
      assert.match(hover, /- Cost Management Reader → Finance Readers \(inherited from Landing zones\)/);
      const subscription = hoverAt(analysis, cursor('- id: 7c3e|9a1f'))!.markdown;
      assert.match(subscription, /Management groups: Tenant Root Group › Woodgrove › Landing zones › Corp/);
      const unlisted = analyze(FIXTURE.replace('      - id: 2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a   # the tenant root group\n        name: Tenant Root Group\n', '      - id: 2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a   # the tenant root group\n'));
      assert.match(hoverAt(unlisted, cursor('- id: mg-|corp', unlisted.text))!.markdown, /Path: Tenant Root Group › Woodgrove › Landing zones › Corp/, 'the root named when the file gives it no name');
    });

    it('on a principal that names nothing or two things: why, with a did-you-mean or the candidates', () => {
      const typo = hoverAt(analysis, cursor('{ principal: Platform| Engineer, role: Reader }'))!.markdown;
      assert.match(typo, /`Platform Engineer` names no account, group or service principal of \*\*Woodgrove Bank\*\*\. Did you mean `Platform Engineers`\?/);
      const both = hoverAt(analysis, cursor('{ principal: Data| Pipeline, role: Reader }'))!.markdown;
      assert.match(both, /names more than one principal .*: Data Pipeline \(group\), Data Pipeline \(service principal\)\. Add `principalType`/);
      const elsewhere = hoverAt(analysis, cursor('{ principal: Fabrikam| Auditors'))!.markdown;
      assert.match(elsewhere, /Not an object of this directory: it is in \*\*Fabrikam\*\*/);
    });

    it('speaks French', () => {
      const hover = hoverAt(analysis, cursor('- id: mg-|corp'), { locale: 'fr' })!.markdown;
      assert.match(hover, /groupe d’administration `mg-corp`/);
      assert.match(hover, /Chemin : Tenant Root Group › Woodgrove › Landing zones › Corp/, 'the names the file gives');
      assert.match(hover, /- Reader → Platform Engineers \(hérité de Tenant Root Group\)/);
    });
  });

  describe('rename', () => {
    it('renames a group at its definition and every principal and member naming it, keeping quotes and comments', () => {
      const edits = renameAt(analysis, cursor('{ principal: Data| Pipeline, principalType: Group'), 'Data Platform Owners');
      assert.ok(!isRefused(edits), isRefused(edits) ? edits.refused : '');
      assert.equal(edits.length, 2, 'the definition and the settled principal; the ambiguous one names nothing');
      const consultants = renameAt(analysis, cursor('- name: Landing| Zone Consultants'), 'LZ Consultants, Contoso');
      assert.ok(!isRefused(consultants));
      const platform = renameAt(analysis, cursor('- name: Platform| Engineers'), "Platform Engineers (Bob's)");
      assert.ok(!isRefused(platform));
      assert.equal(platform.length, 4, 'the name, two management group principals and the one in quotes; the id stays');
      const renamed = applyEdits(FIXTURE, platform);
      assert.match(renamed, /\{ principal: 'Platform Engineers \(Bob''s\)', role: Reader \}/);
      assert.match(renamed, /- Landing Zone Consultants        # nested group/, 'comments stay');
      assert.deepEqual(problemsOf(analyze(renamed)), problemsOf(analysis), 'the file means the same');
      const nested = applyEdits(FIXTURE, consultants);
      assert.match(nested, /- 'LZ Consultants, Contoso'        # nested group/, 'quoted where a comma needs it');
      assert.deepEqual(problemsOf(analyze(nested)), problemsOf(analysis));
    });

    it('renames the name of a service principal and leaves the uses by id or app id alone', () => {
      const edits = renameAt(analysis, cursor('- principal: github|-deploy'), 'github-deploy-prod');
      assert.ok(!isRefused(edits));
      assert.deepEqual(edits.map((e) => FIXTURE.slice(e.start, e.end)), ['github-deploy', 'github-deploy', 'github-deploy']);
      const renamed = applyEdits(FIXTURE, edits);
      assert.ok(renamed.includes('5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9, principalType'), 'the app id use stays');
      assert.deepEqual(problemsOf(analyze(renamed)), problemsOf(analysis));
    });

    it('renames an object id where the file writes it', () => {
      const edits = renameAt(analysis, cursor('id: 0d9c|8b7a'), '0e9c8b7a-6f5e-4d3c-b2a1-f0e9d8c7b6a5');
      assert.ok(!isRefused(edits));
      assert.equal(edits.length, 2);
      assert.deepEqual(problemsOf(analyze(applyEdits(FIXTURE, edits))), problemsOf(analysis));
    });

    it('renames a management group id and the parents naming it, nothing else', () => {
      const edits = renameAt(analysis, cursor('- id: mg-wood|grove'), 'mg-woodgrove-bank');
      assert.ok(!isRefused(edits));
      assert.deepEqual(edits.map((e) => FIXTURE.slice(e.start, e.end)), ['mg-woodgrove', 'mg-woodgrove', 'mg-woodgrove']);
      const renamed = applyEdits(FIXTURE, edits);
      assert.ok(renamed.includes('name: Woodgrove\n'), 'the display name stays');
      assert.deepEqual(problemsOf(analyze(renamed)), problemsOf(analysis));
    });

    it('renames a subscription id inside the resource ids and management groups naming it', () => {
      const edits = renameAt(analysis, cursor('- id: 4b8c|2d6e'), '4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4f');
      assert.ok(!isRefused(edits));
      assert.equal(edits.length, 3);
      const renamed = applyEdits(FIXTURE, edits);
      assert.ok(renamed.includes('resource: /subscriptions/4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4f/resourceGroups/web-prod/'));
      assert.deepEqual(problemsOf(analyze(renamed)), problemsOf(analysis));
    });

    const refusals: Array<{ name: string; at: string; newName: string; message: RegExp }> = [
      { name: 'a group name another group has', at: '- name: Platform| Engineers', newName: 'app developers', message: /already names a group of this directory/ },
      { name: 'a group name a service principal has', at: '- name: Platform| Engineers', newName: 'woodgrove-web', message: /already names a service principal/ },
      { name: 'a group name with @', at: '- name: Platform| Engineers', newName: 'platform@woodgrovebank.com', message: /read as an account/ },
      { name: 'a group name that is a GUID', at: '- name: Platform| Engineers', newName: '11111111-2222-4333-8444-555555555555', message: /read as an object id/ },
      { name: 'an object id that is not a GUID', at: 'id: 0d9c|8b7a', newName: 'batch', message: /not a GUID/ },
      { name: "an object id another principal has", at: 'id: 0d9c|8b7a', newName: '8C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F', message: /already names a group/ },
      { name: 'a management group id that is not one', at: '- id: mg-wood|grove', newName: 'mg woodgrove', message: /not a management group id/ },
      { name: 'the id of another management group', at: '- id: mg-wood|grove', newName: 'MG-CORP', message: /already names a management group/ },
      { name: 'the tenant id for a management group', at: '- id: mg-wood|grove', newName: '2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a', message: /is the tenant id/ },
    ];
    for (const r of refusals) {
      it(`refuses ${r.name}`, () => {
        const result = renameAt(analysis, cursor(r.at), r.newName);
        assert.ok(isRefused(result));
        assert.match(result.refused, r.message);
      });
    }
  });

  describe('completion', () => {
    it("proposes a principal among the directory's accounts, groups and service principals, with their kind", () => {
      const { analysis: a, offset } = typed('role: Storage Blob Data Contributor', '          - { principal: |');
      const items = completionsAt(a, offset).items;
      const detail = (label: string) => items.find((i) => i.label === label)?.detail;
      assert.match(detail('Platform Engineers')!, /^Group of Woodgrove Bank · 4 members$/);
      assert.equal(detail('github-deploy'), 'Application of Woodgrove Bank');
      assert.equal(detail('woodgrove-web'), 'Managed identity (system-assigned) of Woodgrove Bank');
      const order = items.map((i) => i.label);
      assert.ok(order.indexOf('james.okafor@woodgrovebank.com') < order.indexOf('App Developers'), 'accounts of the directory first');
      assert.ok(order.indexOf('App Developers') < order.indexOf('github-deploy'), 'then groups, then service principals');
      assert.ok(order.indexOf('github-deploy') < order.indexOf('erin.walsh@fabrikam.com'), 'accounts of other directories last');
      assert.ok(!order.includes('Fabrikam Auditors'), "another directory's group is not proposed");
    });

    it("proposes a group's new member among the directory's objects, without itself and those listed", () => {
      const { analysis: a, offset } = typed('- Landing Zone Consultants        # nested group', '          - |');
      const labels = completionsAt(a, offset).items.map((i) => i.label);
      assert.ok(labels.includes('sofia.lindqvist@woodgrovebank.com') && labels.includes('nadia_fourthcoffee.com#EXT#@woodgrovebank.onmicrosoft.com'));
      assert.ok(labels.includes('App Developers') && labels.includes('id-batch-jobs'));
      for (const absent of ['Platform Engineers', 'james.okafor@woodgrovebank.com', 'Landing Zone Consultants', 'erin.walsh@fabrikam.com', 'Fabrikam Auditors']) {
        assert.ok(!labels.includes(absent), absent);
      }
    });

    it('proposes principalType values, and service principal type and identity values', () => {
      const { analysis: a, offset } = typed('role: Storage Blob Data Contributor', '          - { principal: Data Pipeline, principalType: |');
      assert.deepEqual(completionsAt(a, offset).items.map((i) => i.label), ['User', 'Group', 'ServicePrincipal']);
      const type = typed('appId: 2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', '        identity: |');
      assert.deepEqual(completionsAt(type.analysis, type.offset).items.map((i) => i.label), ['systemAssigned', 'userAssigned']);
    });

    it('proposes parents: the tenant root group, then the other management groups, never itself', () => {
      const { analysis: a, offset } = typed('name: Sandboxes', '        parent: |');
      const items = completionsAt(a, offset).items;
      assert.deepEqual(items.map((i) => i.label), ['2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a', 'mg-woodgrove', 'mg-landing-zones', 'mg-corp']);
      assert.equal(items[0].detail, 'Tenant root group (the tenant id)');
      assert.equal(items[1].detail, 'Management group · Woodgrove');
    });

    it("proposes the directory's Azure subscriptions to place, with their names, those not placed first", () => {
      const { analysis: a, offset } = typed('name: Sandboxes', '        subscriptions: [3a5c7e9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b, |]');
      const items = completionsAt(a, offset).items;
      assert.deepEqual(items.map((i) => i.detail), ['Woodgrove Production · now in Corp', 'Woodgrove Data · now in Corp']);
      assert.ok(!items.some((i) => i.label.startsWith('6d1e3f5a')), 'Office 365 is not placed in management groups');
    });
  });

  describe('outline', () => {
    it('lists groups, service principals and management groups under their directory, in file order', () => {
      const woodgrove = documentSymbols(analysis)[0];
      const kinds = woodgrove.children.map((c) => c.kind);
      assert.equal(kinds.filter((k) => k === 'group').length, 6);
      assert.equal(kinds.filter((k) => k === 'servicePrincipal').length, 4);
      assert.equal(kinds.filter((k) => k === 'managementGroup').length, 5);
      const corp = woodgrove.children.find((c) => c.name === 'Corp')!;
      assert.equal(corp.detail, 'management group · mg-corp · under mg-landing-zones');
      const web = woodgrove.children.find((c) => c.name === 'woodgrove-web')!;
      assert.equal(web.detail, 'managed identity (system-assigned)');
      const starts = woodgrove.children.map((c) => c.start);
      assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
    });
  });
});
