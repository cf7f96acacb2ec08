/**
 * Scopes (RBA007): a role assignment's scope is a valid Azure resource path below its subscription,
 * and a scope that names a subscription names its own.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { applyEdits, quickFixesFor } from '../../src/core/edits';
import { parseScope } from '../../src/core/scope';
import { flagged } from './support/expectations';

const OWN = '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c';
const OTHER = '3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c';

const estate = (scopes: string[]) => `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com]
    users:
      - { upn: alice@contoso.onmicrosoft.com, roles: [Global Administrator] }
    subscriptions:
      - id: ${OWN}
        name: Contoso Production
        type: azure
        owner: alice@contoso.onmicrosoft.com
        roleAssignments:
${scopes.map((s, i) => `          - { principal: alice@contoso.onmicrosoft.com, role: ${['Reader', 'Contributor', 'Owner', 'User Access Administrator', 'Storage Blob Data Reader'][i % 5]}, scope: ${s} }`).join('\n')}
      - id: ${OTHER}
        name: Contoso Staging
        type: azure
        owner: alice@contoso.onmicrosoft.com
`;

const found = (text: string) => flagged(analyze(text));

describe('RBA007: scopes are Azure paths within their own subscription', () => {
  it('accepts every form Azure shows, relative or with the own subscription id, in any keyword case', () => {
    const text = estate([
      '/',
      '/resourceGroups/web',
      `/subscriptions/${OWN}/resourceGroups/web-prod/providers/Microsoft.Web/sites/contoso-www`,
      '/resourcegroups/data/providers/Microsoft.Storage/storageAccounts/contosodata/blobServices/default/containers/invoices',
      `/subscriptions/${OWN.toUpperCase()}`,
      '/providers/Microsoft.Security/pricings/VirtualMachines',
    ]);
    assert.deepEqual(found(text), []);
  });

  it('a scope naming another subscription is reported on the id, naming that subscription', () => {
    const text = estate([`/subscriptions/${OTHER}/resourceGroups/web`]);
    const analysis = analyze(text);
    const problems = analysis.problems;
    assert.deepEqual(flagged(analysis), [`RBA007 ${OTHER}`]);
    assert.match(problems[0].message, /names subscription 'Contoso Staging', but the assignment is listed under 'Contoso Production'/);
  });

  it('paths that are not Azure resource paths, with a correction when one is plausible', () => {
    const text = estate(['/resourcegroup/web', '/web', '/resourceGroups/web/providers/Microsoft.Web/sites', '/subscriptions/prod/resourceGroups/web', '/providers/Microsoft.Management/managementGroups/contoso']);
    const problems = analyze(text).problems;
    assert.deepEqual(problems.map((p) => p.code), ['RBA007', 'RBA007', 'RBA007', 'RBA007', 'RBA007']);
    assert.match(problems[0].message, /Did you mean `\/resourceGroups\/web`\?/);
    assert.match(problems[3].message, /names subscription 'prod', which is not a subscription ID/);
    assert.match(problems[4].message, /is a management group/);
    const fix = quickFixesFor(text, problems[0])[0];
    assert.ok(applyEdits(text, fix.plan.edits).includes('scope: /resourceGroups/web }'));
  });

  it('RBA003 knows a scope with the own subscription id is the same scope', () => {
    assert.equal(parseScope(`/subscriptions/${OWN}/resourceGroups/Web/`, OWN).key, parseScope('/resourceGroups/web', OWN).key);
    const text = estate([`/subscriptions/${OWN}/resourceGroups/web`, '/resourceGroups/web', '/resourceGroups/web', '/resourceGroups/web', '/resourceGroups/web', '/resourceGroups/WEB/']);
    assert.deepEqual(analyze(text).problems.map((p) => p.code), ['RBA003']);
  });
});
