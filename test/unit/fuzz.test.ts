/**
 * Property-based tests: random workspaces and random edits never make the analysis throw, every
 * problem range lies inside the text, and block mode agrees with a whole-file parse on valid files.
 * Run counts are bounded for `npm test`; `FUZZ_RUNS=2000 npm run test:unit` explores further.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core/analyze';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const upnLocal = fc.constantFrom('alice', 'bob', 'carol', 'dan', 'eve', 'Frank.O');
const domain = fc.constantFrom('contoso.com', 'fabrikam.com', 'contoso.onmicrosoft.com', 'fabrikam.onmicrosoft.com', 'example.org');
const upn = fc.tuple(upnLocal, domain).map(([l, d]) => `${l}@${d}`);
const guid = fc.uuid();
const role = fc.constantFrom('Owner', 'Contributor', 'Reader', 'Contributer', 'Global Administrator', 'Custom Ops');

const assignment = fc.record({ principal: upn, role, scope: fc.option(fc.constantFrom('/resourceGroups/web', '/'), { nil: undefined }) }, { requiredKeys: ['principal', 'role'] });
const subscription = fc.record({
  id: guid,
  name: fc.constantFrom('Production', 'Dev', 'Microsoft 365 E3', 'Sandbox'),
  type: fc.constantFrom('azure', 'office365', 'azur'),
  state: fc.constantFrom('active', 'disabled', 'deleted'),
  owner: upn,
  createdBy: upn,
  roleAssignments: fc.array(assignment, { maxLength: 4 }),
}, { requiredKeys: ['id', 'name', 'type'] });
const directory = fc.record({
  id: guid,
  name: fc.constantFrom('Contoso', 'Fabrikam', 'Default Directory'),
  domains: fc.subarray(['contoso.com', 'contoso.onmicrosoft.com', 'fabrikam.com', 'fabrikam.onmicrosoft.com'], { minLength: 1 }),
  users: fc.array(fc.record({ upn, roles: fc.subarray(['Global Administrator', 'Billing Administrator']), enabled: fc.boolean() }, { requiredKeys: ['upn'] }), { maxLength: 5 }),
  guests: fc.array(fc.record({ upn, external: fc.boolean() }, { requiredKeys: ['upn'] }), { maxLength: 3 }),
  subscriptions: fc.array(subscription, { maxLength: 3 }),
}, { requiredKeys: ['id', 'name', 'domains'] });

/** Block-style YAML as people write it, with flow maps for role assignments and a comment per directory. */
function render(directories: Array<Record<string, unknown>>): string {
  const lines = ['version: 1', 'directories:'];
  for (const d of directories) {
    lines.push(`  # ${String(d.name)}`, `  - id: ${String(d.id)}`);
    for (const [key, value] of Object.entries(d)) {
      if (key === 'id') continue;
      if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
        lines.push(`    ${key}:`);
        for (const item of value as Array<Record<string, unknown>>) {
          const entries = Object.entries(item).filter(([, v]) => v !== undefined);
          entries.forEach(([k, v], i) => {
            if (Array.isArray(v) && v.length && typeof v[0] === 'object') {
              lines.push(`        ${k}:`);
              for (const a of v as Array<Record<string, unknown>>) {
                lines.push(`          - { ${Object.entries(a).filter(([, x]) => x !== undefined).map(([ak, av]) => `${ak}: ${String(av)}`).join(', ')} }`);
              }
            } else {
              lines.push(`${i === 0 ? '      - ' : '        '}${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`);
            }
          });
        }
      } else if (Array.isArray(value)) {
        lines.push(`    ${key}: [${value.join(', ')}]`);
      } else {
        lines.push(`    ${key}: ${String(value)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

const workspaceText = fc.array(directory, { minLength: 1, maxLength: 4 }).map(render);

/** An edit: insert, delete or replace a few characters anywhere, including garbage and truncation. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom('', '\n', '- ', ': ', '  ', '#', '{', '"', '\t', '&a ', '*a', '---\n', 'upn: x@y.z\n'), fc.string({ maxLength: 6 })),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

function assertInside(text: string, problems: Array<{ start: number; end: number }>): void {
  for (const p of problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `range ${p.start}-${p.end} inside 0-${text.length}`);
}

describe('property-based: random workspaces and random edits', () => {
  it('analysis never throws and every problem lies inside the text', () => {
    fc.assert(fc.property(workspaceText, fc.array(edit, { maxLength: 8 }), (text, edits) => {
      const analyzer = new Analyzer();
      let current = text;
      assertInside(current, analyzer.analyze(current).problems);
      for (const e of edits) {
        current = applyEdit(current, e);
        assertInside(current, analyzer.analyze(current).problems);
      }
    }), { numRuns: RUNS, seed: 20261124 });
  });

  it('block-by-block analysis agrees with a whole-file parse on every generated workspace', () => {
    fc.assert(fc.property(workspaceText, (text) => {
      const summary = (t: string, split: boolean) =>
        analyze(t, { split }).problems.map((p) => `${p.start}-${p.end} ${p.code} ${p.severity} ${p.message}`);
      assert.deepEqual(summary(text, true), summary(text, false));
    }), { numRuns: RUNS, seed: 20261124 });
  });

  it('truncation at any point never throws', () => {
    fc.assert(fc.property(workspaceText, fc.nat(), (text, cut) => {
      const truncated = text.slice(0, cut % (text.length + 1));
      assertInside(truncated, analyze(truncated).problems);
    }), { numRuns: RUNS, seed: 20261124 });
  });
});
