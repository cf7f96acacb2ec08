/**
 * Completion, hover and quick fixes of a file read in its estate (docs/format.md#estates): a managed
 * service provider's folder, with the provider's file and two customers' files whose guests are the
 * provider's engineers (some written in the `#EXT#` form).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeEstate } from '../../src/core/estate/estate';
import type { EstateAnalysis } from '../../src/core/estate/estate';
import { estateCompletionsAt, estateHoverAt } from '../../src/core/estate/language';
import type { FileEdits } from '../../src/core/estate/language';
import { estateFixableInFile, estateFixAllInFile, estateQuickFixOffers } from '../../src/core/estate/quickFixes';
import { fileLabel } from '../../src/core/estate/fileLabel';
import { applyEdits } from '../../src/core/edits';
import { isRefused } from '../../src/core/refusal';

const FOLDER = 'test/fixtures/estate/msp-editing';
const PROVIDER = 'northwind-msp.tenancy.yaml';
const CONTOSO = 'contoso.tenancy.yaml';
const FABRIKAM = 'fabrikam.tenancy.yaml';
const original = new Map(readdirSync(FOLDER).filter((f) => f.endsWith('.tenancy.yaml')).map((file) => [file, readFileSync(`${FOLDER}/${file}`, 'utf8')]));

function estateOf(texts: ReadonlyMap<string, string>): EstateAnalysis {
  return analyzeEstate([...texts].map(([file, text]) => ({ file, text })));
}

/** The estate with `line` typed after the line holding `after` in `file`; the cursor is at `|` in it. */
function typed(file: string, after: string, line: string): { estate: EstateAnalysis; offset: number } {
  const text = original.get(file)!;
  const lineEnd = text.indexOf('\n', text.indexOf(after)) + 1;
  const cursor = line.indexOf('|');
  const next = `${text.slice(0, lineEnd)}${line.replace('|', '')}\n${text.slice(lineEnd)}`;
  return { estate: estateOf(new Map([...original, [file, next]])), offset: lineEnd + cursor };
}

function at(file: string, needle: string): number {
  const index = original.get(file)!.indexOf(needle);
  assert.ok(index >= 0, `${needle} in ${file}`);
  return index;
}

/** The estate's texts after a fix's edits, file by file. */
function applied(texts: ReadonlyMap<string, string>, plan: readonly FileEdits[]): Map<string, string> {
  const next = new Map(texts);
  for (const { file, edits } of plan) next.set(file, applyEdits(next.get(file)!, edits));
  return next;
}

function problemsOf(estate: EstateAnalysis): string[] {
  return [...estate.files].flatMap(([file, a]) => a.problems.map((p) => `${file} ${p.code} ${a.text.slice(p.start, p.end)}`)).sort();
}

const detailOf = (items: ReadonlyArray<{ label: string; detail?: string }>, label: string) => items.find((i) => i.label === label)?.detail;

describe('editing a file of an estate: completion, hover and quick fixes across its files', () => {
  const estate = estateOf(original);

  it('starts from the three problems the fixture plants', () => {
    assert.deepEqual(problemsOf(estate), [
      `${CONTOSO} GST001 jonas.weber@northwindmsp.com`,
      `${CONTOSO} RBA001 lena.fischer@northwindmsp.com`,
      `${PROVIDER} USR002 omar.haddad@northwindmsp.net`,
    ]);
  });

  describe('completion', () => {
    it("proposes a new guest's home account among the members of the other files, naming the file", () => {
      const { estate: e, offset } = typed(CONTOSO, 'displayName: Jonas Weber', '      - upn: |');
      const items = estateCompletionsAt(e, CONTOSO, offset)!.items;
      const labels = items.map((i) => i.label);
      assert.equal(detailOf(items, 'lena.fischer@northwindmsp.com'), 'Lena Fischer · Member of Northwind Managed Services · in northwind-msp.tenancy.yaml');
      assert.equal(detailOf(items, 'chen.li@fabrikam.com'), 'Chen Li · Member of Fabrikam · in fabrikam.tenancy.yaml');
      // Already here: a member, a guest written plainly and one written in the #EXT# form.
      for (const here of ['alice@contoso.com', 'tom.becker@northwindmsp.com', 'priya.raman@northwindmsp.com']) assert.ok(!labels.includes(here), here);
    });

    it("proposes a role assignment's principal: the directory's accounts first, then the estate's, each other file named", () => {
      const { estate: e, offset } = typed(CONTOSO, 'principal: lena.fischer@', '          - { principal: |');
      const items = estateCompletionsAt(e, CONTOSO, offset)!.items;
      assert.deepEqual(items.slice(0, 2).map((i) => i.label), ['alice@contoso.com', 'jonas.weber@northwindmsp.com']);
      assert.equal(detailOf(items, 'alice@contoso.com'), 'Alice Martin · Member of Contoso');
      assert.equal(detailOf(items, 'lena.fischer@northwindmsp.com'),
        'another directory: invite as a guest first · Lena Fischer · Member of Northwind Managed Services · in northwind-msp.tenancy.yaml');
      // A role assignment holds only objects of its directory: another directory's groups are not proposed.
      assert.ok(!items.some((i) => i.label === 'MSP Engineers' || i.label === 'Fabrikam Auditors'));
    });

    it("proposes an owner among the subscription's directory only (OWN002), a creator across the estate", () => {
      const { estate: owners, offset: ownerAt } = typed(CONTOSO, 'name: Contoso Production', '        owner: |');
      const labels = estateCompletionsAt(owners, CONTOSO, ownerAt)!.items.map((i) => i.label);
      assert.ok(labels.includes('alice@contoso.com') && labels.includes('tom.becker@northwindmsp.com'), labels.join(', '));
      assert.ok(!labels.includes('lena.fischer@northwindmsp.com') && !labels.includes('ben@fabrikam.com'), 'members of other directories are no owners here');
      const { estate: creators, offset: creatorAt } = typed(CONTOSO, 'name: Contoso Production', '        createdBy: |');
      assert.equal(detailOf(estateCompletionsAt(creators, CONTOSO, creatorAt)!.items, 'ben@fabrikam.com'),
        'another directory: invite as a guest first · Ben Walker · Member of Fabrikam · in fabrikam.tenancy.yaml');
    });

    it("proposes a pending assignment's principal among the directory it came from, in another file", () => {
      const { estate: e, offset } = typed(CONTOSO, 'principal: ben@fabrikam.com',
        '          - { fromDirectory: 3a8e5f21-9c4b-4d7e-a1f3-6b2c8d4e0f19, role: Reader, principal: | }');
      const items = estateCompletionsAt(e, CONTOSO, offset)!.items;
      assert.deepEqual(items.slice(0, 4).map((i) => `${i.label} — ${i.detail}`), [
        'ben@fabrikam.com — Ben Walker · Member of Fabrikam · in fabrikam.tenancy.yaml',
        'chen.li@fabrikam.com — Chen Li · Member of Fabrikam · in fabrikam.tenancy.yaml',
        'tom.becker_northwindmsp.com#EXT#@fabrikam.onmicrosoft.com — Tom Becker (Northwind) · Guest in Fabrikam · member of Northwind Managed Services · in fabrikam.tenancy.yaml',
        'Fabrikam Auditors — Group of Fabrikam · 1 member · in fabrikam.tenancy.yaml',
      ]);
    });

    it("proposes the estate's tenant ids for fromDirectory, naming their files", () => {
      const { estate: e, offset } = typed(CONTOSO, 'principal: ben@fabrikam.com', '          - { principal: ben@fabrikam.com, role: Reader, fromDirectory: | }');
      const items = estateCompletionsAt(e, CONTOSO, offset)!.items;
      // In the estate's order: its files by name.
      assert.deepEqual(items.map((i) => `${i.label} — ${i.detail}`), [
        '3a8e5f21-9c4b-4d7e-a1f3-6b2c8d4e0f19 — Fabrikam · in fabrikam.tenancy.yaml',
        '5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d — Northwind Managed Services · in northwind-msp.tenancy.yaml',
      ]);
    });
  });

  it('names the other file in French too, by the last segment of its path or URI', () => {
    const { estate: e, offset } = typed(CONTOSO, 'displayName: Jonas Weber', '      - upn: |');
    assert.equal(detailOf(estateCompletionsAt(e, CONTOSO, offset, { locale: 'fr' })!.items, 'lena.fischer@northwindmsp.com'),
      'Lena Fischer · Membre de Northwind Managed Services · dans northwind-msp.tenancy.yaml');
    const hover = estateHoverAt(estate, CONTOSO, at(CONTOSO, 'upn: tom.becker@') + 'upn: '.length + 3, { locale: 'fr' })!;
    assert.match(hover.markdown, /Défini dans `northwind-msp\.tenancy\.yaml`$/);
    assert.equal(fileLabel('file:///home/ops/msp/north%20wind.tenancy.yaml'), 'north wind.tenancy.yaml');
    assert.equal(fileLabel('vscode-vfs://github/northwind/estates/msp/contoso.tenancy.yaml'), 'contoso.tenancy.yaml');
    assert.equal(fileLabel('C:\\estates\\msp\\fabrikam.tenancy.yaml'), 'fabrikam.tenancy.yaml');
    assert.equal(fileLabel('msp/100%.tenancy.yaml'), '100%.tenancy.yaml', 'a path is not decoded');
  });

  describe('hover', () => {
    it("describes a guest's home account as its file defines it, and says which file", () => {
      const start = at(CONTOSO, 'upn: tom.becker@') + 'upn: '.length;
      const hover = estateHoverAt(estate, CONTOSO, start + 3)!;
      assert.equal(original.get(CONTOSO)!.slice(hover.start, hover.end), 'tom.becker@northwindmsp.com');
      assert.match(hover.markdown, /Member of \*\*Northwind Managed Services\*\*.*Global Reader/);
      assert.match(hover.markdown, /Guest in \*\*Fabrikam\*\*/, "the guest entry of the other customer's file too");
      assert.match(hover.markdown, /Defined in `northwind-msp\.tenancy\.yaml`$/);
    });

    it('reads an #EXT# guest of another customer the same way', () => {
      const hover = estateHoverAt(estate, FABRIKAM, at(FABRIKAM, 'principal: tom.becker_') + 'principal: '.length + 2)!;
      assert.match(hover.markdown, /\*\*Tom Becker\*\*/);
      assert.match(hover.markdown, /Defined in `northwind-msp\.tenancy\.yaml`$/);
    });

    it('goes to the directory of a pending assignment in another file, and stays quiet about the file for a name of its own', () => {
      const from = estateHoverAt(estate, CONTOSO, at(CONTOSO, 'fromDirectory: 3a8e') + 'fromDirectory: '.length + 1)!;
      assert.match(from.markdown, /Fabrikam/);
      assert.match(from.markdown, /Defined in `fabrikam\.tenancy\.yaml`$/);
      const own = estateHoverAt(estate, CONTOSO, at(CONTOSO, 'owner: alice@') + 'owner: '.length + 1)!;
      assert.doesNotMatch(own.markdown, /Defined in/);
    });
  });

  describe('quick fixes', () => {
    const problem = (file: string, code: string) => estate.files.get(file)!.problems.find((p) => p.code === code)!;

    it("adds a guest's missing home account to its directory in the provider's file (GST001)", () => {
      const offers = estateQuickFixOffers(estate, CONTOSO, problem(CONTOSO, 'GST001'));
      assert.deepEqual(offers.map((o) => `${o.title} → ${o.files.join(', ')}${o.isPreferred ? ' (preferred)' : ''}`), [
        `Add jonas.weber@northwindmsp.com as a user of Northwind Managed Services (in northwind-msp.tenancy.yaml) → ${PROVIDER} (preferred)`,
        `Mark jonas.weber@northwindmsp.com as an external account → ${CONTOSO}`,
      ]);
      const plan = offers[0].plan();
      assert.ok(!isRefused(plan), isRefused(plan) ? plan.refused : '');
      assert.deepEqual(plan.map((p) => p.file), [PROVIDER]);
      const after = applied(original, plan);
      assert.match(after.get(PROVIDER)!, / {6}- upn: jonas\.weber@northwindmsp\.com\n/);
      assert.equal(after.get(CONTOSO), original.get(CONTOSO), "the customer's file is untouched");
      assert.deepEqual(problemsOf(estateOf(after)), [`${CONTOSO} RBA001 lena.fischer@northwindmsp.com`, `${PROVIDER} USR002 omar.haddad@northwindmsp.net`]);
    });

    it('invites a member of another file as a guest, not as an external account (RBA001)', () => {
      const [invite] = estateQuickFixOffers(estate, CONTOSO, problem(CONTOSO, 'RBA001'));
      assert.deepEqual(invite.files, [CONTOSO]);
      const plan = invite.plan();
      assert.ok(!isRefused(plan));
      const after = applied(original, plan);
      assert.doesNotMatch(after.get(CONTOSO)!, /external: true/);
      assert.deepEqual(problemsOf(estateOf(after)), [`${CONTOSO} GST001 jonas.weber@northwindmsp.com`, `${PROVIDER} USR002 omar.haddad@northwindmsp.net`]);
    });

    it('renames an account everywhere in the estate, the guest entries of other files included (USR002)', () => {
      const offers = estateQuickFixOffers(estate, PROVIDER, problem(PROVIDER, 'USR002'));
      const rename = offers.find((o) => o.isPreferred)!;
      assert.equal(rename.title, 'Rename to omar.haddad@northwindmsp.onmicrosoft.com everywhere');
      assert.deepEqual(rename.files, [PROVIDER, CONTOSO]);
      const plan = rename.plan();
      assert.ok(!isRefused(plan));
      const after = applied(original, plan);
      assert.match(after.get(CONTOSO)!, /upn: omar\.haddad@northwindmsp\.onmicrosoft\.com\n/);
      assert.deepEqual(problemsOf(estateOf(after)), [`${CONTOSO} GST001 jonas.weber@northwindmsp.com`, `${CONTOSO} RBA001 lena.fischer@northwindmsp.com`]);
    });

    it('renames in the file alone when its estate is that file (a standalone provider file)', () => {
      const alone = estateOf(new Map([[PROVIDER, original.get(PROVIDER)!]]));
      const own = alone.files.get(PROVIDER)!;
      const usr002 = own.problems.find((p) => p.code === 'USR002')!;
      const rename = estateQuickFixOffers(alone, PROVIDER, usr002).find((o) => o.isPreferred)!;
      assert.deepEqual(rename.files, [PROVIDER]);
      const plan = rename.plan();
      assert.ok(!isRefused(plan));
      assert.deepEqual(plan.map((f) => f.file), [PROVIDER]);
    });

    it("replaces a misspelt creator by the account another file holds (CRT002), in the problem's file", () => {
      const misspelt = new Map([...original, [CONTOSO, original.get(CONTOSO)!.replace('createdBy: alice@contoso.com', 'createdBy: lena.fisher@northwindmsp.com')]]);
      const e = estateOf(misspelt);
      const crt002 = e.files.get(CONTOSO)!.problems.find((p) => p.code === 'CRT002')!;
      const [use] = estateQuickFixOffers(e, CONTOSO, crt002);
      assert.equal(use.title, 'Use lena.fischer@northwindmsp.com');
      const plan = use.plan();
      assert.ok(!isRefused(plan));
      assert.deepEqual(plan.map((p) => p.file), [CONTOSO]);
      assert.match(applied(misspelt, plan).get(CONTOSO)!, /createdBy: lena\.fischer@northwindmsp\.com/);
    });

    it('fixes together only the problems whose fix stays in the file', () => {
      // Two guests without a home account: one of the provider's domain (its fix writes the provider's file), one outside.
      const text = original.get(CONTOSO)!.replace('    subscriptions:', '      - upn: kai.nakamura@tailspintoys.com\n    subscriptions:');
      const e = estateOf(new Map([...original, [CONTOSO, text]]));
      const fixable = estateFixableInFile(e, CONTOSO, 'GST001');
      assert.deepEqual(fixable.map((p) => text.slice(p.start, p.end)), ['kai.nakamura@tailspintoys.com']);
      const plan = estateFixAllInFile(e, CONTOSO, 'GST001');
      assert.ok(!isRefused(plan));
      const after = applyEdits(text, plan.edits);
      assert.match(after, /upn: kai\.nakamura@tailspintoys\.com\n {8}external: true/);
      assert.doesNotMatch(after, /jonas\.weber@northwindmsp\.com\n {8}displayName: Jonas Weber \(Northwind\)\n {8}external/, 'the guest whose home is in the estate is not marked external');
    });
  });
});
