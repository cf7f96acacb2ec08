import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeEstate } from '../../src/core/estate/estate';
import { estateDefinitionAt, estateReferencesAt, estateRenameAt } from '../../src/core/estate/language';
import { isRefused } from '../../src/core/refusal';

const MSP = 'test/fixtures/estate/msp';
const files = readdirSync(MSP).filter((f) => f.endsWith('.tenancy.yaml')).map((file) => ({ file, text: readFileSync(`${MSP}/${file}`, 'utf8') }));
const textOf = (file: string) => files.find((f) => f.file === file)!.text;
const at = (file: string, needle: string, nth = 0) => {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = textOf(file).indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} in ${file}`);
  return index;
};

describe('language features across the files of an estate', () => {
  const analysis = analyzeEstate(files);

  it("goes from a guest's UPN in a customer's file to the user in the provider's file", () => {
    const definition = estateDefinitionAt(analysis, 'contoso.tenancy.yaml', at('contoso.tenancy.yaml', 'tom.becker@northwindmsp.com') + 2);
    assert.deepEqual(definition && { ...definition, text: textOf(definition.file).slice(definition.start, definition.end) },
      { file: 'northwind-msp.tenancy.yaml', start: at('northwind-msp.tenancy.yaml', 'tom.becker@'), end: at('northwind-msp.tenancy.yaml', 'tom.becker@') + 27, text: 'tom.becker@northwindmsp.com' });
  });

  it("goes from a role assignment's principal to the account in another file", () => {
    const definition = estateDefinitionAt(analysis, 'contoso.tenancy.yaml', at('contoso.tenancy.yaml', 'principal: lena.fischer@') + 12);
    assert.equal(definition?.file, 'northwind-msp.tenancy.yaml');
    assert.equal(textOf('northwind-msp.tenancy.yaml').slice(definition.start, definition.end), 'lena.fischer@northwindmsp.com');
  });

  it('finds every reference of an account in every file of the estate, not in a standalone file', () => {
    const references = estateReferencesAt(analysis, 'northwind-msp.tenancy.yaml', at('northwind-msp.tenancy.yaml', 'tom.becker@'));
    const places = references.map((r) => `${r.file}:${textOf(r.file).slice(r.start, r.end)}:${r.role}`);
    assert.deepEqual(places, [
      'contoso.tenancy.yaml:tom.becker@northwindmsp.com:guest',
      'contoso.tenancy.yaml:tom.becker@northwindmsp.com:principal',
      'fabrikam.tenancy.yaml:tom.becker_northwindmsp.com#EXT#@fabrikam.onmicrosoft.com:guest',
      'fabrikam.tenancy.yaml:tom.becker_northwindmsp.com#EXT#@fabrikam.onmicrosoft.com:principal',
      'northwind-msp.tenancy.yaml:tom.becker@northwindmsp.com:member',
      'northwind-msp.tenancy.yaml:tom.becker@northwindmsp.com:principal',
    ]);
    // lab.tenancy.yaml is standalone: its Priya is another estate's.
    const priya = estateReferencesAt(analysis, 'lab.tenancy.yaml', at('lab.tenancy.yaml', 'priya.raman@'));
    assert.deepEqual([...new Set(priya.map((r) => r.file))], ['lab.tenancy.yaml']);
  });

  it('renames an account in every file, each in the form it is written there', () => {
    const edits = estateRenameAt(analysis, 'northwind-msp.tenancy.yaml', at('northwind-msp.tenancy.yaml', 'tom.becker@'), 'thomas.becker@northwindmsp.com');
    assert.ok(!isRefused(edits));
    const byFile = Object.fromEntries(edits.map((e) => [e.file, e.edits.map((x) => x.newText)]));
    assert.deepEqual(byFile, {
      'contoso.tenancy.yaml': ['thomas.becker@northwindmsp.com', 'thomas.becker@northwindmsp.com'],
      'fabrikam.tenancy.yaml': ['thomas.becker_northwindmsp.com#EXT#@fabrikam.onmicrosoft.com', 'thomas.becker_northwindmsp.com#EXT#@fabrikam.onmicrosoft.com'],
      'northwind-msp.tenancy.yaml': ['thomas.becker@northwindmsp.com', 'thomas.becker@northwindmsp.com'],
    });
    const contoso = edits.find((e) => e.file === 'contoso.tenancy.yaml')!.edits[0];
    assert.equal(textOf('contoso.tenancy.yaml').slice(contoso.start, contoso.end), 'tom.becker@northwindmsp.com');
  });

  it('refuses a new name another file of the estate already uses', () => {
    const edits = estateRenameAt(analysis, 'contoso.tenancy.yaml', at('contoso.tenancy.yaml', 'tom.becker@'), 'lena.fischer@northwindmsp.com');
    assert.ok(isRefused(edits));
    assert.match(edits.refused, /lena\.fischer@northwindmsp\.com/);
  });
});
