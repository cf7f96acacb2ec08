/**
 * A transfer the file records is not a mistake: after the transfer command moves a subscription,
 * its owner and creator from the former directory are expected (a directory change does not change
 * billing ownership), so CRT001 and OWN002 speak to that state — as information, never advising to
 * move the subscription back, which would delete its role assignments a second time.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { applyEdits, isRefused, quickFixesFor, transferSubscription } from '../../src/core/edits';

const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const FABRIKAM = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const SUB = '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c';

const before = `version: 1
directories:
  - id: ${CONTOSO}
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
      - { upn: alice@contoso.com, roles: [Global Administrator] }
  - id: ${FABRIKAM}
    name: Fabrikam
    domains: [fabrikam.onmicrosoft.com, fabrikam.com]
    users:
      - { upn: erin@fabrikam.com, roles: [Global Administrator] }
    subscriptions:
      - id: ${SUB}
        name: Fabrikam Analytics
        type: azure
        owner: erin@fabrikam.com
        createdBy: erin@fabrikam.com
        roleAssignments:
          - { principal: erin@fabrikam.com, role: Owner }
`;

const transferred = () => {
  const plan = transferSubscription(before, { subscriptionId: SUB, targetDirectoryId: CONTOSO });
  assert.ok(!isRefused(plan));
  return applyEdits(before, plan.edits);
};

const rules = (text: string) => analyze(text).problems.filter((p) => p.code === 'CRT001' || p.code === 'OWN002');

describe('a recorded transfer: CRT001 and OWN002 after the transfer command', () => {
  it('the transfer command writes transferredFrom, and the file stays schema-valid', () => {
    const after = transferred();
    assert.match(after, new RegExp(`createdBy: erin@fabrikam.com\\n\\s+transferredFrom: ${FABRIKAM}\\n`));
    assert.deepEqual(analyze(after).problems.filter((p) => p.code === 'SCHEMA'), []);
  });

  it('CRT001 and OWN002 become information about the transfer, with no advice to move it back', () => {
    const problems = rules(transferred());
    assert.deepEqual(problems.map((p) => `${p.code} ${p.severity}`), ['OWN002 info', 'CRT001 info']);
    const [own002, crt001] = problems;
    assert.match(crt001.message, /created by erin@fabrikam\.com in 'Fabrikam' and then transferred to 'Contoso', as the file records/);
    assert.match(own002.message, /Changing directory does not change billing ownership/);
    assert.match(own002.message, /Invite erin@fabrikam\.com as a guest of 'Contoso'/);
    for (const p of problems) assert.doesNotMatch(p.message, /Move the subscription|transfer the subscription to/i);
  });

  it('quick fixes never transfer back after a recorded transfer; OWN002 offers to invite the owner', () => {
    const after = transferred();
    const [own002, crt001] = rules(after);
    assert.deepEqual(quickFixesFor(after, crt001).map((f) => f.title), []);
    const fixes = quickFixesFor(after, own002);
    assert.equal(fixes.length, 1);
    assert.ok(!fixes[0].preview, 'not a transfer');
    assert.match(applyEdits(after, fixes[0].plan.edits), /guests:\n\s+- upn: erin@fabrikam\.com/);
  });

  it('files written before transferredFrom existed: pending fromDirectory records the transfer too', () => {
    const old = transferred().replace(/\n\s+transferredFrom: .*\n/, '\n');
    assert.ok(!old.includes('transferredFrom'));
    assert.deepEqual(rules(old).map((p) => `${p.code} ${p.severity}`), ['OWN002 info', 'CRT001 info']);
  });

  it('without a record the same file is still an error that proposes the transfer', () => {
    const unrecorded = transferred().replace(/\n\s+transferredFrom: .*\n/, '\n').replace(/, fromDirectory: [0-9a-f-]+/g, '');
    const problems = rules(unrecorded);
    assert.deepEqual(problems.map((p) => `${p.code} ${p.severity}`), ['OWN002 error', 'CRT001 error']);
    assert.ok(quickFixesFor(unrecorded, problems[0]).some((f) => f.preview));
  });

  it('a configured severity still wins', () => {
    const problems = analyze(transferred(), { severities: { CRT001: 'warning' } }).problems.filter((p) => p.code === 'CRT001');
    assert.equal(problems[0].severity, 'warning');
  });

  it('renaming the former tenant id updates the record', async () => {
    const { renameAt } = await import('../../src/core/language');
    const after = transferred();
    const result = renameAt(analyze(after), after.indexOf(`- id: ${FABRIKAM}`) + 8, '2d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a');
    assert.ok(!isRefused(result));
    assert.ok(applyEdits(after, result).includes('transferredFrom: 2d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a'));
  });
});
