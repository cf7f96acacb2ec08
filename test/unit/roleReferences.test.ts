/**
 * A role is one role whether the file names it, spells it in another case, or gives its
 * role-definition id (bare or as a resource path): Azure compares role-definition ids, and refuses
 * a second assignment of the same role to the same principal at the same scope (RoleAssignmentExists).
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { addRoleAssignment, isRefused } from '../../src/core/edits';
import { roleKey, sameRole } from '../../src/core/roleReference';
import { flagged } from './support/expectations';

const READER_ID = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const SUB = '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c';

const estate = (assignments: string[]) => `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com]
    customRoles: [Contoso  VM Operator]
    users:
      - upn: alice@contoso.onmicrosoft.com
        roles: [Global Administrator]
    subscriptions:
      - id: ${SUB}
        name: Contoso Production
        type: azure
        owner: alice@contoso.onmicrosoft.com
        roleAssignments:
${assignments.map((a) => `          - ${a}`).join('\n')}
`;

const codes = (text: string) => flagged(analyze(text));

describe('role references: name, id and case name one role', () => {
  it('canonical keys', () => {
    assert.ok(sameRole('Reader', READER_ID));
    assert.ok(sameRole('reader', READER_ID.toUpperCase()));
    assert.ok(sameRole('Reader', `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${READER_ID}`));
    assert.ok(sameRole('Reader', `/providers/Microsoft.Authorization/roleDefinitions/${READER_ID}`));
    assert.ok(!sameRole('Reader', 'Contributor'));
    assert.equal(roleKey('Contoso  VM  Operator'), roleKey('contoso vm operator'));
  });

  it('RBA003: Reader by name and by role-definition id is a duplicate', () => {
    const text = estate([
      '{ principal: alice@contoso.onmicrosoft.com, role: Reader }',
      `{ principal: Alice@Contoso.onmicrosoft.com, role: ${READER_ID} }`,
    ]);
    assert.deepEqual(analyze(text).problems.map((p) => p.code), ['RBA003']);
  });

  it('RBA003: the resource path of the role definition is the same role too', () => {
    const text = estate([
      `{ principal: alice@contoso.onmicrosoft.com, role: /subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${READER_ID} }`,
      '{ principal: alice@contoso.onmicrosoft.com, role: READER }',
    ]);
    assert.deepEqual(analyze(text).problems.map((p) => p.code), ['RBA003']);
  });

  it('RBA002 accepts a role-definition id or its path, and custom roles whatever their spacing', () => {
    const text = estate([
      `{ principal: alice@contoso.onmicrosoft.com, role: /providers/Microsoft.Authorization/roleDefinitions/${READER_ID} }`,
      '{ principal: alice@contoso.onmicrosoft.com, role: Contoso VM Operator }',
    ]);
    assert.deepEqual(codes(text), []);
  });

  it('the add-role-assignment command refuses a duplicate written with the role id', () => {
    const text = estate(['{ principal: alice@contoso.onmicrosoft.com, role: Reader }']);
    const plan = addRoleAssignment(text, { subscriptionId: SUB, principal: 'alice@contoso.onmicrosoft.com', role: READER_ID });
    assert.ok(isRefused(plan));
  });
});
