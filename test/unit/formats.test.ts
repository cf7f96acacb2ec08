/**
 * One definition of each format: the schema's patterns are the only ones, and every part of
 * Tenancy (schema check, rename, edit planners, completion) accepts and rejects the same values.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { addSubscription, addUser, applyEdits, isRefused } from '../../src/core/edits';
import { FORMAT_PATTERNS, isAccountAddress, isOfferId, isUpn } from '../../src/core/formats';
import { completionsAt, renameAt } from '../../src/core/language';
import schema from '../../src/core/schema/tenancy.schema.json';

const REAL_UPN = '$azure-cli-test-user#000001@AzureSDKTeam.onmicrosoft.com';

const ESTATE = `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Azure SDK Team
    domains: [azuresdkteam.onmicrosoft.com]
    users:
      - upn: ${REAL_UPN}
        roles: [Global Administrator]
      - upn: admin@AzureSDKTeam.onmicrosoft.com
    subscriptions:
      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c
        name: Azure SDK Test Resources
        type: azure
        offer: MS-AZR-0017P
        owner: ${REAL_UPN}
        createdBy: ${REAL_UPN}
        roleAssignments:
          - { principal: ${REAL_UPN}, role: Owner }
`;

function patternsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => patternsIn(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') found.push(value);
      else patternsIn(value, found);
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('formats: one definition each', () => {
  it('every pattern of the schema is one of the named formats', () => {
    const known = new Set(Object.values(FORMAT_PATTERNS));
    assert.deepEqual(patternsIn(schema).filter((p) => !known.has(p)), []);
  });

  it('no source file writes its own GUID or UPN regular expression', () => {
    // The formats live in formats.ts; the account identity (the `#EXT#` form) in identity.ts.
    const HOMES = [join('src', 'core', 'formats.ts'), join('src', 'core', 'identity.ts')];
    const offenders = sourceFiles('src').filter((path) => {
      const text = readFileSync(path, 'utf8');
      return !HOMES.includes(path) && /\{8\}-\[0-9a-f|\[\^@\\s\]\+@\[\^@\\s\]\+|\[A-Za-z0-9'\._!#\^~|#EXT#@\/i\.test/i.test(text);
    });
    assert.deepEqual(offenders, []);
  });

  it(`a real Entra UPN such as ${REAL_UPN} is valid everywhere`, () => {
    assert.ok(isUpn(REAL_UPN) && isAccountAddress(REAL_UPN));
    assert.deepEqual(analyze(ESTATE).problems.map((p) => `${p.code} ${p.message}`), []);
    const renamed = renameAt(analyze(ESTATE), ESTATE.indexOf('admin@') + 1, '$svc-deploy#000002@AzureSDKTeam.onmicrosoft.com');
    assert.ok(!isRefused(renamed), isRefused(renamed) ? renamed.refused : '');
    const added = addUser(ESTATE, { directoryId: '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', upn: '$azure-cli-test-user#000002@AzureSDKTeam.onmicrosoft.com' });
    assert.ok(!isRefused(added));
    assert.deepEqual(analyze(applyEdits(ESTATE, added.edits)).problems, []);
  });

  it('edit planners refuse what the schema would reject (an owner with + is an address, not a UPN)', () => {
    const plan = addSubscription(ESTATE, {
      directoryId: '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'Sandbox', type: 'azure',
      owner: 'sam+azure@outlook.com',
    });
    assert.ok(isRefused(plan));
    const user = addUser(ESTATE, { directoryId: '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', upn: 'sam+azure@AzureSDKTeam.onmicrosoft.com' });
    assert.ok(isRefused(user));
  });

  it('completion proposes only offer ids the schema accepts', () => {
    const text = ESTATE.replace('offer: MS-AZR-0017P', 'offer: ');
    const labels = completionsAt(analyze(text), text.indexOf('offer: ') + 7).items.map((i) => i.label);
    assert.ok(labels.length > 20);
    assert.deepEqual(labels.filter((l) => !isOfferId(l)), []);
    assert.ok(!labels.includes('MS-AZR-159P'));
  });
});
