/**
 * Who can manage Office 365 (OWN004) and which directory roles are real (USR004): a guest whose home
 * account is disabled cannot sign in anywhere, and a misspelt role grants nothing — OWN004 then
 * points at the misspelling, which is the actual fix.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { applyEdits, quickFixesFor } from '../../src/core/edits';
import { flagged } from './support/expectations';

const estate = (contosoUsers: string, fabrikamEnabled = true) => `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
${contosoUsers}
    guests:
      - upn: carol@fabrikam.com
        roles: [Global Administrator]
    subscriptions:
      - id: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        name: Microsoft 365 E3
        type: office365
  - id: 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a
    name: Fabrikam
    domains: [fabrikam.onmicrosoft.com, fabrikam.com]
    users:
      - upn: carol@fabrikam.com
        enabled: ${fabrikamEnabled}
`;

const found = (text: string) => flagged(analyze(text));

describe('OWN004 and USR004: directory roles that really let someone manage Office 365', () => {
  it('a guest Global Administrator counts while its home account is enabled', () => {
    assert.deepEqual(found(estate('      - upn: alice@contoso.com')), []);
  });

  it('a guest blocked from the directory (enabled: false on the guest) cannot manage Office 365', () => {
    const text = estate('      - upn: alice@contoso.com').replace('        roles: [Global Administrator]\n', '        roles: [Global Administrator]\n        enabled: false\n');
    assert.deepEqual(analyze(text).problems.map((p) => p.code), ['OWN004']);
  });

  it('a guest whose home account is disabled cannot manage Office 365 (OWN004 says why)', () => {
    const text = estate('      - upn: alice@contoso.com', false);
    const problems = analyze(text).problems;
    assert.deepEqual(problems.map((p) => p.code), ['OWN004']);
    assert.match(problems[0].message, /carol@fabrikam\.com hold\(s\) such a role as guest\(s\), but their home account is disabled/);
    assert.equal(text.slice(problems[0].related![0].start, problems[0].related![0].end), 'carol@fabrikam.com');
  });

  it('USR004: an Azure role among directory roles, and a misspelt Entra role with its correction', () => {
    const text = estate('      - { upn: alice@contoso.com, roles: [Owner, Global Adminstrator, Company Administrator, 62e90394-69f5-4237-9190-012177145e10] }');
    const problems = analyze(text).problems.filter((p) => p.code === 'USR004');
    assert.deepEqual(problems.map((p) => text.slice(p.start, p.end)), ['Owner', 'Global Adminstrator']);
    assert.match(problems[0].message, /is an Azure role, not a Microsoft Entra directory role/);
    assert.match(problems[1].message, /Did you mean 'Global Administrator'\?/);
    const fix = quickFixesFor(text, problems[1])[0];
    assert.ok(fix);
    assert.ok(applyEdits(text, fix.plan.edits).includes('roles: [Owner, Global Administrator,'));
  });

  it('OWN004 names the near miss that is the actual fix, with its location', () => {
    const text = estate('      - { upn: alice@contoso.com, roles: [Global Adminstrator] }', false);
    const own004 = analyze(text).problems.find((p) => p.code === 'OWN004')!;
    assert.match(own004.message, /Correct the misspelt role: 'Global Adminstrator' of alice@contoso\.com \(Global Administrator\)\./);
    assert.ok(own004.related!.some((r) => text.slice(r.start, r.end) === 'Global Adminstrator'));
  });

  it('French texts', () => {
    const text = estate('      - { upn: alice@contoso.com, roles: [Global Adminstrator] }', false);
    const problems = analyze(text, { locale: 'fr' }).problems;
    assert.match(problems.find((p) => p.code === 'USR004')!.message, /Vouliez-vous dire « Global Administrator »/);
    assert.match(problems.find((p) => p.code === 'OWN004')!.message, /Corrigez le rôle mal orthographié/);
  });
});

describe('RBA006: access kept by an account that cannot sign in', () => {
  it('a guest blocked from the subscription\'s directory still holding a role assignment', () => {
    const text = `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
      - upn: alice@contoso.com
        roles: [Global Administrator]
    guests:
      - upn: carol@fabrikam.com
        external: true
        enabled: false
    subscriptions:
      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c
        name: Contoso Production
        type: azure
        offer: MS-AZR-0003P
        owner: alice@contoso.com
        createdBy: alice@contoso.com
        roleAssignments:
          - { principal: carol@fabrikam.com, role: Reader }
`;
    const problems = analyze(text).problems;
    assert.deepEqual(found(text), ['RBA006 carol@fabrikam.com']);
    assert.match(problems[0].message, /carol@fabrikam\.com is disabled in 'Contoso' but still holds Reader/);
    assert.ok(problems[0].explain?.some((fact) => fact === "guest of 'Contoso' with enabled: false"), JSON.stringify(problems[0].explain));
  });
});
