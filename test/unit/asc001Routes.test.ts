/**
 * ASC001 tells apart, from what the file shows, a stray "Default Directory" created by a sign-up
 * (move the subscription to the Office 365 directory), a customer that runs its own subscription
 * and lets a managed-service provider's staff in as guests (B2B as designed: no finding), and an
 * organisation of its own that the Office 365 accounts run (both routes).
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const estate = (customer: { name: string; domains: string; admin: boolean; owner: string }) => `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Northwind Managed Services
    domains: [northwindmsp.onmicrosoft.com, northwindmsp.com]
    users:
      - { upn: priya@northwindmsp.com, roles: [Global Administrator] }
      - upn: tom@northwindmsp.com
    subscriptions:
      - id: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        name: Microsoft 365 Business Premium
        type: office365
  - id: 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a
    name: ${customer.name}
    domains: [${customer.domains}]
    users:
      - upn: ${customer.domains.split(',').pop()!.trim().replace(/^/, 'it@')}
${customer.admin ? '        roles: [Global Administrator]\n' : ''}    guests:
      - upn: priya@northwindmsp.com
      - upn: tom@northwindmsp.com
    subscriptions:
      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c
        name: Customer Production
        type: azure
        owner: ${customer.owner}
        roleAssignments:
          - { principal: priya@northwindmsp.com, role: Contributor }
          - { principal: tom@northwindmsp.com, role: Reader }
`;

const asc001 = (text: string) => analyze(text).problems.filter((p) => p.code === 'ASC001');

describe('ASC001 advice follows what the file shows about the directory', () => {
  it('a managed-service provider reaching a customer that administers itself, as guests: B2B, no finding', () => {
    const text = estate({ name: 'Tailspin Toys', domains: 'tailspintoys.onmicrosoft.com, tailspintoys.com', admin: true, owner: 'it@tailspintoys.com' });
    assert.deepEqual(analyze(text).problems.map((p) => p.code), []);
  });

  it('a stray Default Directory from a sign-up: move the subscription to the Office 365 directory', () => {
    const text = estate({ name: 'Default Directory', domains: 'priyanorthwind.onmicrosoft.com', admin: true, owner: 'it@priyanorthwind.onmicrosoft.com' });
    const [problem] = asc001(text);
    assert.ok(problem);
    assert.match(problem.message, /Transfer the subscription to 'Northwind Managed Services'/);
    assert.doesNotMatch(problem.message, /B2B guests/);
  });

  it('an organisation of its own that the Office 365 accounts run: both routes, with their consequences', () => {
    const text = estate({ name: 'Tailspin Toys', domains: 'tailspintoys.onmicrosoft.com, tailspintoys.com', admin: false, owner: 'it@tailspintoys.com' });
    const [problem] = asc001(text);
    assert.ok(problem);
    assert.match(problem.message, /Two routes work: associate the subscription with 'Northwind Managed Services' \(Transfer subscription\)/);
    assert.match(problem.message, /Azure then deletes its role assignments/);
    assert.match(problem.message, /as B2B guests of 'Tailspin Toys'/);
    assert.equal(problem.data?.routes, 'both');
    assert.match(analyze(text, { locale: 'fr' }).problems.find((p) => p.code === 'ASC001')!.message, /Deux voies sont possibles/);
  });
});
