import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { ReferenceIndex } from '../../src/core/references';

const text = readFileSync('examples/contoso.tenancy.yaml', 'utf8');
const index = new ReferenceIndex(analyze(text).workspace);

describe('reference index', () => {
  it('finds every use of an account, whatever its case, in file order', () => {
    const uses = index.referencesTo('account', 'ALICE.MARTIN@contoso.com');
    assert.deepEqual(uses.map((u) => u.role), ['member', 'owner', 'createdBy', 'principal', 'createdBy', 'guest', 'owner', 'createdBy']);
    for (const use of uses) assert.equal(text.slice(use.start, use.end).toLowerCase(), 'alice.martin@contoso.com');
  });

  it('resolves the definition of an account to its member entry, even from a guest entry', () => {
    const guestUse = index.referencesTo('account', 'erin.walsh@fabrikam.com').find((r) => r.role === 'guest')!;
    const definition = index.definitionOf('account', guestUse.text)!;
    assert.equal(definition.role, 'member');
    assert.ok(definition.start > guestUse.start, 'Erin is defined in Fabrikam, further down');
  });

  it('finds the reference under a cursor, including at either end of the name', () => {
    const at = text.indexOf('owner: chloe.dubois@contoso.com') + 'owner: '.length;
    assert.equal(index.at(at)?.text, 'chloe.dubois@contoso.com');
    assert.equal(index.at(at + 'chloe.dubois@contoso.com'.length)?.role, 'owner');
    assert.equal(index.at(text.indexOf('name: Contoso Production')), undefined);
  });

  it('indexes directory and subscription ids', () => {
    assert.equal(index.definitionOf('directory', '6F1C4A2E-8D3B-4C5A-9E7F-1A2B3C4D5E6F')?.entity.kind, 'directory');
    assert.equal(index.definitionOf('subscription', '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c')?.entity.kind, 'subscription');
  });
});
