/**
 * What a directory change deletes or breaks beyond accounts' assignments — groups', service
 * principals', managed identities', inherited management-group access, custom roles — and the
 * transfer edit taking the subscription out of its management groups.
 */
import * as assert from 'node:assert/strict';
import { isRefused } from '../../src/core/refusal';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { transferSubscription } from '../../src/core/edits/transferSubscription';
import { applyEdits } from '../../src/core/edits/types';
import { previewTransfer } from '../../src/core/transfer';
import type { TransferPreview } from '../../src/core/transfer';
import { assertGolden } from './support/golden';
import { commentsOf, multisetMinus } from './support/editing';

const DIR = join('test', 'fixtures', 'edits');
const FABRIKAM = '121b2824-f550-4eff-8e30-9337f343f16f';
const ANALYTICS = 'cb8d12ca-b8a6-4d0b-a659-f6efa08ea893';
const LAB = 'de3b057b-5493-4352-bdb3-b1c6e5afceb0';
const before = readFileSync(join(DIR, 'transfer-hierarchy.before.yaml'), 'utf8');

function preview(text: string, subscription: string, target: string, locale: 'en' | 'fr' = 'en'): TransferPreview {
  const result = previewTransfer(text, subscription, target, { locale });
  if (isRefused(result)) throw new Error(result.refused);
  return result;
}

describe('transfer consequences: groups, service principals, managed identities, management groups', () => {
  const p = preview(before, ANALYTICS, FABRIKAM);

  it('names what each deleted assignment grants to, and whether the same principal exists in the target', () => {
    assert.deepEqual(p.deletedAssignments.map((a) => [a.principal, a.principalKind, a.principalInTarget, a.recreatable, a.customRole]), [
      ['Data Scientists', 'group', 'member', true, true], // Fabrikam has a group of that name
      ['etl-pipeline', 'servicePrincipal', 'no', false, false],
      ['fr-analytics-func', 'servicePrincipal', 'no', false, false],
      ['paul.weber@fabrikamresearch.com', 'user', 'no', false, false],
    ]);
    assert.deepEqual(p.deletedAssignments[0].members, ['ines.moreau@fabrikamresearch.com', 'paul.weber@fabrikamresearch.com']);
  });

  it('lists the managed identities of the subscription: system-assigned to re-enable, user-assigned to recreate, with every assignment they lose', () => {
    assert.deepEqual(p.managedIdentities.map((i) => [i.name, i.identity, i.action]), [
      ['fr-analytics-func', 'systemAssigned', 'reenable'],
      ['id-ingest', 'userAssigned', 'recreate'],
    ]);
    // id-ingest lives in the moving subscription but reads the lab, which stays: that assignment is lost too.
    assert.deepEqual(p.managedIdentities[1].assignments, [{ role: 'Storage Blob Data Reader', scope: undefined, where: 'Research Lab' }]);
    assert.deepEqual(p.managedIdentities[0].assignments, [{ role: 'Storage Blob Data Reader', scope: '/resourceGroups/analytics', where: 'Research Analytics' }]);
  });

  it('lists the management-group access that stops applying, with the chain, and where the subscription lands', () => {
    assert.deepEqual(p.inheritedAccess.map((a) => [a.principal, a.role, a.managementGroup.id, a.chain.join(' › '), a.recreatable]), [
      ['Research Admins', 'Owner', 'mg-research', 'Research data › Research', false],
      ['Research Admins', 'Reader', 'dd081d30-979f-4f15-8952-6ac46c63e3f3', 'Research data › Research › Tenant Root Group', false],
    ]);
    assert.deepEqual(p.hierarchy, { from: { id: 'mg-research-data', name: 'Research data' }, chain: ['Research data', 'Research', 'Tenant Root Group'], toRootGroupId: FABRIKAM });
  });

  it('says which custom roles the target already declares', () => {
    assert.deepEqual(p.customRoles, ['Research Data Reader']);
    assert.deepEqual(p.customRolesInTarget, ['Research Data Reader']);
  });

  it('renders every consequence in Markdown, in English and in French', () => {
    const md = p.toMarkdown();
    assert.match(md, /\| Data Scientists \(group: 2 account\(s\)\) \| Research Data Reader \(custom\) \| \/ \| yes \(member\) \|/);
    assert.match(md, /\| etl-pipeline \(service principal\) \| Data Factory Contributor \| \/resourceGroups\/analytics \| \*\*no\*\* \|/);
    assert.match(md, /### Managed identities of the subscription's resources\n\n- \*\*fr-analytics-func\*\* \(system-assigned, of `\/subscriptions\/cb8d12ca/);
    assert.match(md, /\*\*id-ingest\*\* \(user-assigned\): delete it, recreate it.*Storage Blob Data Reader on Research Lab\./);
    assert.match(md, /\| Research Admins \(group: 1 account\(s\)\) \| Owner \| Research data › Research \| \*\*no\*\* \|/);
    assert.match(md, /leaves management group Research data .* lands directly under the target's tenant root group \(121b2824/);
    assert.match(md, /- Research Data Reader \(the target already declares it\)/);
    const fr = preview(before, ANALYTICS, FABRIKAM, 'fr').toMarkdown();
    assert.match(fr, /### Identités managées des ressources de l’abonnement/);
    assert.match(fr, /### Accès hérité des groupes d’administration qui cesse de s’appliquer/);
    assert.match(fr, /\| Data Scientists \(groupe : 2 compte\(s\)\) \|/);
  });

  it('a subscription outside any management group and without identities: nothing inherited, none listed', () => {
    const lab = preview(before.replace(/subscriptions: \[cb8d12ca[^\]]*\]/, 'subscriptions: []'), LAB, FABRIKAM);
    assert.equal(lab.hierarchy.from, undefined);
    assert.deepEqual(lab.hierarchy.chain, ['Tenant Root Group']);
    assert.deepEqual(lab.managedIdentities, []);
    assert.deepEqual(lab.inheritedAccess.map((a) => a.role), ['Reader']); // the tenant root group's
    assert.deepEqual(lab.deletedAssignments.map((a) => [a.principal, a.principalKind]), [['id-ingest', 'servicePrincipal']]);
  });
});

describe('transfer edit: the subscription leaves its management groups', () => {
  it('removes its id from every management group of the source (golden), keeping the other entries and comments', () => {
    const plan = transferSubscription(before, { subscriptionId: ANALYTICS, targetDirectoryId: FABRIKAM });
    assert.ok(!isRefused(plan), isRefused(plan) ? plan.refused : '');
    const after = applyEdits(before, plan.edits);
    assertGolden(join(DIR, 'transfer-hierarchy.after.yaml'), after);
    assert.match(after, /subscriptions: \[de3b057b-5493-4352-bdb3-b1c6e5afceb0\]   # placed by the landing-zone pipeline/);
    // The entry only the moving subscription used goes with its comment; every other comment stays.
    assert.deepEqual(multisetMinus(commentsOf(before), commentsOf(after)), ['# listed twice by mistake']);
    const problems = analyze(after).problems;
    assert.ok(!problems.some((x) => x.code === 'MGT004' || x.code === 'MGT005' || x.code === 'SCHEMA' || x.code === 'YAML'), problems.map((x) => x.code).join());
    // What the preview announced: the identities of the moved subscription are now broken.
    assert.deepEqual(problems.filter((x) => x.code === 'MID001').map((x) => after.slice(x.start, x.end).split('/')[2]), [ANALYTICS, ANALYTICS]);
  });
});
