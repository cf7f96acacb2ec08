/**
 * Transfers across the files of an estate (docs/format.md#estates, docs/edits.md#transfers): the
 * managed-service provider's folder of test/fixtures/estate/transfer — the provider's file, two
 * customers' files and a standalone lab. The preview reads who exists where across files; the plan
 * takes the subscription out of one file and into the other (golden files), keeping every comment,
 * and the estate analysed again has the problems that drove the transfer gone and no new one.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, recreateRoleAssignments, transferSubscription } from '../../src/core/edits';
import { analyzeEstate } from '../../src/core/estate/estate';
import type { EstateAnalysis } from '../../src/core/estate/estate';
import type { FileEdits } from '../../src/core/estate/language';
import { estateDirectories, fileOfSubscription, planEstateTransfer, previewEstateTransfer } from '../../src/core/estate/transfer';
import { isRefused } from '../../src/core/refusal';
import type { Refusable } from '../../src/core/refusal';
import type { TransferPreview } from '../../src/core/transfer';
import { assertGolden } from './support/golden';
import { commentsOf } from './support/editing';

const MSP = join('test', 'fixtures', 'estate', 'transfer');
const GOLDEN = join(MSP, 'golden');
const NORTHWIND = '5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d';
const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const FABRIKAM = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const LAB = '8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b';
const LANDING_ZONE = '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const TOOLING = '2f3e4d5c-6b7a-4c8d-9e0f-1a2b3c4d5e6f';
const DATA_PLATFORM = '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d';
const M365 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

type Files = Record<string, string>;

const refusal = (result: Refusable<object>) => (isRefused(result) ? result.refused : assert.fail('not refused'));

const fixture: Files = Object.fromEntries(readdirSync(MSP).filter((f) => f.endsWith('.tenancy.yaml')).map((f) => [f, readFileSync(join(MSP, f), 'utf8')]));
const analyse = (files: Files) => analyzeEstate(Object.entries(files).map(([file, text]) => ({ file, text })));

function ok<T extends object>(result: Refusable<T>): T {
  if (isRefused(result)) assert.fail(result.refused);
  return result;
}

function applied(files: Files, plan: FileEdits[]): Files {
  const after = { ...files };
  for (const { file, edits } of plan) after[file] = applyEdits(files[file], edits);
  return after;
}

/** Each file's problems: code and severity. */
function problemsOf(analysis: EstateAnalysis): string[] {
  return [...analysis.files].flatMap(([file, a]) => a.problems.map((p) => `${file} ${p.code} ${p.severity}`)).sort();
}

describe('a transfer between files of an estate', () => {
  const before = analyse(fixture);

  it('offers the directories of every file of the estate, with their files; a standalone file keeps its own', () => {
    const offered = estateDirectories(before, 'northwind-msp.tenancy.yaml').map(({ directory, file }) => `${directory.name?.value} (${file})`);
    assert.deepEqual(offered, ['Contoso (contoso.tenancy.yaml)', 'Fabrikam (fabrikam.tenancy.yaml)', 'Northwind Managed Services (northwind-msp.tenancy.yaml)']);
    assert.deepEqual(estateDirectories(before, 'lab.tenancy.yaml').map(({ file }) => file), ['lab.tenancy.yaml']);
  });

  describe("the provider hands a customer's landing zone over to the customer's tenant", () => {
    const preview = ok(previewEstateTransfer(before, 'northwind-msp.tenancy.yaml', LANDING_ZONE, CONTOSO)) as TransferPreview;

    it("previews who exists in the customer's directory, kept in another file", () => {
      assert.deepEqual([preview.from, preview.to], [
        { id: NORTHWIND, name: 'northwind', file: 'northwind-msp.tenancy.yaml' },
        { id: CONTOSO, name: 'Contoso', file: 'contoso.tenancy.yaml' },
      ]);
      assert.deepEqual(preview.deletedAssignments.map((a) => [a.principal, a.principalKind, a.principalInTarget]), [
        ['alice@contoso.com', 'guest', 'member'],
        ['tom.becker@northwindmsp.com', 'user', 'guest'],
        ['lena.fischer@northwindmsp.com', 'user', 'no'],
        ['MSP Engineers', 'group', 'no'],
      ]);
      assert.deepEqual(preview.deletedAssignments[3].members, ['priya.raman@northwindmsp.com', 'tom.becker@northwindmsp.com', 'lena.fischer@northwindmsp.com']);
      assert.deepEqual(preview.inheritedAccess.map((a) => [a.principal, a.role, a.chain.join(' › ')]), [['MSP Engineers', 'Owner', 'Onboarding']]);
      assert.deepEqual(preview.owner, { upn: 'alice@contoso.com', inTarget: 'member' });
      assert.deepEqual(preview.blockers, []);
    });

    it('says in the Markdown which file the entry moves to, in English and in French', () => {
      assert.match(preview.toMarkdown(), /^## Transfer Contoso Landing Zone from northwind to Contoso\n\nIn the estate, its entry moves from `northwind-msp\.tenancy\.yaml` to `contoso\.tenancy\.yaml`, the file of Contoso\./);
      const fr = ok(previewEstateTransfer(before, 'northwind-msp.tenancy.yaml', LANDING_ZONE, CONTOSO, { locale: 'fr' }));
      assert.match(fr.toMarkdown(), /Dans le parc, son entrée passe de `northwind-msp\.tenancy\.yaml` à `contoso\.tenancy\.yaml`, le fichier de Contoso\./);
    });

    const plan = ok(planEstateTransfer(before, 'northwind-msp.tenancy.yaml', { subscriptionId: LANDING_ZONE, targetDirectoryId: CONTOSO }));
    const after = applied(fixture, plan);

    it("edits the provider's file and the customer's file, and no other", () => {
      assert.deepEqual(plan.map((p) => p.file), ['northwind-msp.tenancy.yaml', 'contoso.tenancy.yaml']);
      assertGolden(join(GOLDEN, 'landing-zone.northwind-msp.after.yaml'), after['northwind-msp.tenancy.yaml']);
      assertGolden(join(GOLDEN, 'landing-zone.contoso.after.yaml'), after['contoso.tenancy.yaml']);
    });

    it('keeps every comment: those of the moved entry go with it', () => {
      const all = (files: Files) => Object.values(files).flatMap(commentsOf).sort();
      assert.deepEqual(all(after), all(fixture));
      for (const comment of ['# Built for Contoso during onboarding; handed over to Contoso\'s tenant once signed off.', '# Contoso pays for it from day one', '# Lena reviews costs for every customer.']) {
        assert.ok(commentsOf(after['contoso.tenancy.yaml']).includes(comment), comment);
      }
    });

    it('leaves the estate without the problems that asked for the transfer, and with no new one', () => {
      assert.deepEqual(problemsOf(before), [
        'fabrikam.tenancy.yaml CRT001 error', 'fabrikam.tenancy.yaml OWN002 error', 'northwind-msp.tenancy.yaml ASC001 warning', 'northwind-msp.tenancy.yaml OWN002 error',
      ]);
      // CRT001 stays, as information: the file records the transfer (`transferredFrom`).
      assert.deepEqual(problemsOf(analyse(after)), ['contoso.tenancy.yaml CRT001 info', 'fabrikam.tenancy.yaml CRT001 error', 'fabrikam.tenancy.yaml OWN002 error']);
    });

    it('then recreates, in the customer\'s file, the assignments whose principal exists there', () => {
      const moved = analyse(after);
      assert.equal(fileOfSubscription(moved, 'northwind-msp.tenancy.yaml', LANDING_ZONE), 'contoso.tenancy.yaml');
      const recreate = ok(recreateRoleAssignments(after['contoso.tenancy.yaml'], { subscriptionId: LANDING_ZONE }));
      const recreated = applyEdits(after['contoso.tenancy.yaml'], recreate.edits);
      assertGolden(join(GOLDEN, 'landing-zone.contoso.recreated.yaml'), recreated);
      assert.deepEqual(problemsOf(analyse({ ...after, 'contoso.tenancy.yaml': recreated })), ['contoso.tenancy.yaml CRT001 info', 'fabrikam.tenancy.yaml CRT001 error', 'fabrikam.tenancy.yaml OWN002 error']);
    });
  });

  describe("a customer's subscription run by the provider moves into the provider's file, written with CRLF", () => {
    const crlf: Files = { ...fixture, 'northwind-msp.tenancy.yaml': fixture['northwind-msp.tenancy.yaml'].replace(/\n/g, '\r\n') };
    const estate = analyse(crlf);

    it("previews guests whose home account is in the target's file as members there", () => {
      const preview = ok(previewEstateTransfer(estate, 'fabrikam.tenancy.yaml', DATA_PLATFORM, NORTHWIND));
      assert.deepEqual(preview.deletedAssignments.map((a) => [a.principal, a.principalKind, a.principalInTarget]), [
        ['tom.becker_northwindmsp.com#EXT#@fabrikam.onmicrosoft.com', 'guest', 'member'],
        ['ben@fabrikam.com', 'user', 'no'],
      ]);
      assert.deepEqual(preview.owner, { upn: 'tom.becker_northwindmsp.com#EXT#@fabrikam.onmicrosoft.com', inTarget: 'member' });
    });

    it('writes the moved lines with the line breaks of the file they move into', () => {
      const after = applied(crlf, ok(planEstateTransfer(estate, 'fabrikam.tenancy.yaml', { subscriptionId: DATA_PLATFORM, targetDirectoryId: NORTHWIND })));
      assert.equal(after['northwind-msp.tenancy.yaml'].replace(/\r\n/g, '').includes('\n'), false, 'every line ends with CRLF');
      assertGolden(join(GOLDEN, 'data-platform.northwind-msp.after.yaml'), after['northwind-msp.tenancy.yaml'].replace(/\r\n/g, '\n'));
      assertGolden(join(GOLDEN, 'data-platform.fabrikam.after.yaml'), after['fabrikam.tenancy.yaml']);
      // Only the landing zone's problems are left: Tom, owner and creator, is a member of Northwind.
      assert.deepEqual(problemsOf(analyse(after)), ['northwind-msp.tenancy.yaml ASC001 warning', 'northwind-msp.tenancy.yaml OWN002 error']);
    });
  });

  it('plans a transfer within one file as before: that file only, the same edits as the one-file planner', () => {
    const text = readFileSync(join('test', 'fixtures', 'edits', 'transfer.before.yaml'), 'utf8');
    const [sandbox, contoso] = ['4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a', CONTOSO];
    const plan = ok(planEstateTransfer(analyse({ 'contoso.tenancy.yaml': text }), 'contoso.tenancy.yaml', { subscriptionId: sandbox, targetDirectoryId: contoso }));
    const alone = ok(transferSubscription(text, { subscriptionId: sandbox, targetDirectoryId: contoso }));
    assert.deepEqual(plan, [{ file: 'contoso.tenancy.yaml', edits: alone.edits }]);
    assert.match(refusal(planEstateTransfer(before, 'contoso.tenancy.yaml', { subscriptionId: '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c', targetDirectoryId: CONTOSO })), /already trusts Contoso/);
  });

  describe('refusals', () => {

    it('a directory in no file of the estate, or only in a standalone file', () => {
      assert.match(refusal(planEstateTransfer(before, 'northwind-msp.tenancy.yaml', { subscriptionId: TOOLING, targetDirectoryId: LAB })),
        /no directory with id 8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b in this file or in the other files of its estate/);
      assert.match(refusal(previewEstateTransfer(before, 'lab.tenancy.yaml', TOOLING, NORTHWIND)), /no subscription with id 2f3e4d5c/);
    });

    it('a tenant id two other files share: the target file would be a guess', () => {
      const twice = { ...fixture, 'fabrikam.tenancy.yaml': fixture['fabrikam.tenancy.yaml'].replace(FABRIKAM, CONTOSO) };
      const message = refusal(planEstateTransfer(analyse(twice), 'northwind-msp.tenancy.yaml', { subscriptionId: LANDING_ZONE, targetDirectoryId: CONTOSO }));
      assert.match(message, /several files of the estate have the id 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f \(contoso\.tenancy\.yaml, fabrikam\.tenancy\.yaml\)/);
      assert.match(message, /TEN001/);
    });

    it('an Office 365 subscription, and a target file with YAML errors (named)', () => {
      assert.match(refusal(planEstateTransfer(before, 'contoso.tenancy.yaml', { subscriptionId: M365, targetDirectoryId: NORTHWIND })), /not an Azure subscription/);
      const broken = { ...fixture, 'contoso.tenancy.yaml': `${fixture['contoso.tenancy.yaml']}  - { unclosed\n` };
      const message = refusal(planEstateTransfer(analyse(broken), 'northwind-msp.tenancy.yaml', { subscriptionId: LANDING_ZONE, targetDirectoryId: CONTOSO }));
      assert.match(message, /^In contoso\.tenancy\.yaml: The file has YAML syntax errors/);
      assert.match(refusal(planEstateTransfer(analyse(broken), 'northwind-msp.tenancy.yaml', { subscriptionId: LANDING_ZONE, targetDirectoryId: CONTOSO }, { locale: 'fr' })), /^Dans contoso\.tenancy\.yaml : Le fichier contient des erreurs de syntaxe YAML/);
    });
  });
});
