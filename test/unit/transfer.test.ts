/** The transfer preview: what Azure deletes, who exists in the target, and the fixed checklist. */
import * as assert from 'node:assert/strict';
import { isRefused } from '../../src/core/refusal';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { SOURCES } from '../../src/core/catalog/sources';
import { previewTransfer } from '../../src/core/transfer';
import type { TransferPreview } from '../../src/core/transfer';

const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const SANDBOX = '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a';

function preview(text: string, subscription: string, target: string): TransferPreview {
  const result = previewTransfer(text, subscription, target);
  if (isRefused(result)) throw new Error(result.refused);
  return result;
}

describe('transfer preview', () => {
  const text = readFileSync(join('test', 'fixtures', 'edits', 'transfer.before.yaml'), 'utf8');

  it('lists every deleted assignment with its principal in the target, and the custom roles not carried', () => {
    const p = preview(text, SANDBOX, CONTOSO);
    assert.deepEqual(p.subscription, { id: SANDBOX, name: 'Contoso Sandbox', offer: 'MS-AZR-0003P' });
    assert.deepEqual([p.from.name, p.to.name], ['Default Directory', 'Contoso']);
    assert.deepEqual(p.deletedAssignments, [
      { principal: 'alice@contoso.com', role: 'Owner', scope: undefined, principalInTarget: 'member', customRole: false, principalKind: 'guest', recreatable: true },
      { principal: 'bob@contoso.com', role: 'Contributor', scope: '/resourceGroups/web', principalInTarget: 'member', customRole: false, principalKind: 'guest', recreatable: true },
      { principal: 'gabriel@contosolabs.onmicrosoft.com', role: 'Sandbox VM Restarter', scope: undefined, principalInTarget: 'no', customRole: true, principalKind: 'user', recreatable: false },
    ]);
    assert.deepEqual(p.customRoles, ['Sandbox VM Restarter']);
    assert.deepEqual(p.owner, { upn: 'alice@contoso.com', inTarget: 'member' });
    assert.deepEqual(p.blockers, []);
  });

  it('carries the fixed checklist with Microsoft documentation links', () => {
    const p = preview(text, SANDBOX, CONTOSO);
    const ids = p.checklist.map((c) => c.id);
    for (const id of ['actor', 'rbac', 'customRoles', 'classicAdmins', 'managedIdentities', 'keyVault', 'policy', 'billing']) assert.ok(ids.includes(id), id);
    for (const item of p.checklist) assert.ok(item.sources.length && item.sources.every((s) => s.url.startsWith('https://learn.microsoft.com/')));
    assert.ok(p.checklist.every((c) => c.sources.includes(SOURCES.XFER)));
  });

  it('renders Markdown', () => {
    const md = preview(text, SANDBOX, CONTOSO).toMarkdown();
    assert.match(md, /^## Transfer Contoso Sandbox from Default Directory to Contoso/);
    assert.match(md, /\| gabriel@contosolabs\.onmicrosoft\.com \| Sandbox VM Restarter \(custom\) \| \/ \| \*\*no\*\* \|/);
    assert.match(md, /### Custom roles not carried over\n\n- Sandbox VM Restarter/);
    assert.match(md, /- \[ \] \*\*Key Vault tenant ids and access policies\.\*\*/);
    assert.match(md, /\(https:\/\/learn\.microsoft\.com\/azure\/role-based-access-control\/transfer-subscription\)/);
  });

  it('on the bundled example: guests of the target, an owner who is only a guest', () => {
    const example = readFileSync(join('examples', 'contoso.tenancy.yaml'), 'utf8');
    // Contoso Dev/Test to the Default Directory, where Alice and Bob are guests and Chloé is nobody.
    const p = preview(analyze(example).workspace as never, '3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c', '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e');
    assert.deepEqual(p.deletedAssignments.map((a) => [a.principal, a.principalInTarget]), [['chloe.dubois@contoso.com', 'no'], ['david.kim@contoso.com', 'no']]);
    assert.deepEqual(p.owner, { upn: 'chloe.dubois@contoso.com', inTarget: 'no' });
    const sandbox = preview(example, SANDBOX, CONTOSO);
    assert.deepEqual(sandbox.deletedAssignments.map((a) => a.principalInTarget), ['member']);
    const back = preview(example, '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c', '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e');
    assert.deepEqual(back.deletedAssignments.map((a) => a.principalInTarget), ['guest', 'guest', 'no', 'no']);
    assert.deepEqual(back.customRoles, ['Contoso VM Operator']);
    assert.match(back.toMarkdown(), /only a guest of Default Directory/);
  });

  it('reports blockers: an offer whose directory cannot change, an Office 365 subscription', () => {
    const csp = text.replace('offer: MS-AZR-0003P', 'offer: MS-AZR-0145P');
    assert.equal(preview(csp, SANDBOX, CONTOSO).blockers.length, 1);
    assert.match(preview(text, '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e').blockers[0], /not an Azure subscription/);
  });

  it('refuses unknown ids', () => {
    assert.ok(isRefused(previewTransfer(text, '00000000-0000-4000-8000-000000000000', CONTOSO)));
    assert.ok(isRefused(previewTransfer(text, SANDBOX, '00000000-0000-4000-8000-000000000000')));
  });
});
