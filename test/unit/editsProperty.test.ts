/**
 * Property-based: planners applied to random valid workspaces (block and flow styles, comments
 * everywhere, blank lines, quoted values, LF or CRLF) keep every comment that is not on a removed
 * line, and yield a file that parses with no new YAML or schema problem.
 * `FUZZ_RUNS=2000 npm run test:unit` explores further.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import {
  addDirectory, addRoleAssignment, addSubscription, addUser, applyEdits, inviteGuest, isRefused, recreateRoleAssignments, refuse, removeEntity,
  renameUpn, setOwner, transferSubscription,
} from '../../src/core/edits';
import type { EditPlan } from '../../src/core/edits';
import { commentsOf, multisetMinus } from './support/editing';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

interface Dir { id: string; name: string; n: number; users: string[]; guests: string[]; subs: Sub[] }
interface Sub { id: string; name: string; azure: boolean; owner?: string; assignments: Array<{ principal: string; role: string; scope?: string }> }

interface Style { flowAssignments: boolean; flowDomains: boolean; comments: boolean[]; quote: boolean; crlf: boolean; blank: boolean }

const LOCALS = ['alice', 'bob', 'carol', 'dan', 'eve'];

const workspace = fc.record({
  dirs: fc.array(fc.record({
    id: fc.uuid(),
    name: fc.constantFrom('Contoso', 'Fabrikam', 'Default Directory', 'Northwind: Traders'),
    users: fc.subarray(LOCALS, { minLength: 1 }),
    guestPicks: fc.array(fc.nat(), { maxLength: 2 }),
    subs: fc.array(fc.record({
      id: fc.uuid(),
      name: fc.constantFrom('Production', 'Dev/Test', 'Microsoft 365 E3', "Bob's sandbox"),
      azure: fc.boolean(),
      ownerPick: fc.nat(),
      assignmentPicks: fc.array(fc.tuple(fc.nat(), fc.constantFrom('Owner', 'Contributor', 'Reader'), fc.boolean()), { maxLength: 3 }),
    }), { maxLength: 3 }),
  }), { minLength: 1, maxLength: 3 }),
  style: fc.record({
    flowAssignments: fc.boolean(), flowDomains: fc.boolean(), comments: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    quote: fc.boolean(), crlf: fc.boolean(), blank: fc.boolean(),
  }),
}).map(({ dirs, style }) => {
  const ids = new Set<string>();
  const model: Dir[] = [];
  dirs.forEach((d, n) => {
    if (ids.has(d.id)) return;
    ids.add(d.id);
    const users = d.users.map((l) => `${l}${n}@d${n}.com`);
    const subs: Sub[] = [];
    for (const s of d.subs) {
      if (ids.has(s.id)) continue;
      ids.add(s.id);
      const assignments = s.azure ? uniqueBy(s.assignmentPicks.map(([p, role, scoped]) => ({ principal: users[p % users.length], role, scope: scoped ? '/resourceGroups/web' : undefined })), (a) => `${a.principal}|${a.role}|${a.scope}`) : [];
      subs.push({ id: s.id, name: s.name, azure: s.azure, owner: s.azure ? users[s.ownerPick % users.length] : undefined, assignments });
    }
    model.push({ id: d.id, name: d.name, n, users, guests: [], subs });
  });
  // Guests: members of other directories.
  dirs.forEach((d, n) => {
    const dir = model.find((m) => m.n === n);
    if (!dir) return;
    const others = model.filter((m) => m !== dir).flatMap((m) => m.users);
    if (others.length) dir.guests = uniqueBy(d.guestPicks.map((p) => others[p % others.length]), (g) => g);
  });
  return { model, style, text: render(model, style) };
});

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

function render(dirs: Dir[], style: Style): string {
  let c = 0;
  const comment = (text: string) => (style.comments[c++ % style.comments.length] ? `   # ${text} ${c}` : '');
  const fullComment = (indent: number, text: string) => (style.comments[c++ % style.comments.length] ? [`${' '.repeat(indent)}# ${text} ${c}`] : []);
  const q = (s: string) => (style.quote ? JSON.stringify(s) : /[:#'"]/.test(s) ? JSON.stringify(s) : s);
  const lines = ['# workspace header', 'version: 1', 'directories:'];
  dirs.forEach((d, i) => {
    if (i && style.blank) lines.push('');
    lines.push(...fullComment(2, `directory ${d.name}`));
    lines.push(`  - id: ${d.id}${comment('tenant')}`, `    name: ${q(d.name)}`);
    const domains = [`d${d.n}.onmicrosoft.com`, `d${d.n}.com`];
    if (style.flowDomains) lines.push(`    domains: [${domains.join(', ')}]`);
    else lines.push('    domains:', ...domains.map((x) => `      - ${x}`));
    lines.push('    users:');
    for (const u of d.users) lines.push(...fullComment(6, 'user'), `      - upn: ${u}${comment('member')}`, `        displayName: ${q(u.split('@')[0])}`);
    if (d.guests.length) {
      lines.push('    guests:');
      for (const g of d.guests) lines.push(`      - upn: ${g}${comment('guest')}`);
    }
    if (d.subs.length) {
      lines.push('    subscriptions:');
      for (const s of d.subs) {
        lines.push(...fullComment(6, `subscription ${s.name}`));
        lines.push(`      - id: ${s.id}`, `        name: ${q(s.name)}${comment('name')}`, `        type: ${s.azure ? 'azure' : 'office365'}`);
        if (s.owner) lines.push(`        owner: ${s.owner}`, `        createdBy: ${s.owner}`);
        if (s.assignments.length) {
          lines.push(`        roleAssignments:${comment('rbac')}`);
          for (const a of s.assignments) {
            if (style.flowAssignments) lines.push(`          - { principal: ${a.principal}, role: ${a.role}${a.scope ? `, scope: ${a.scope}` : ''} }${comment('assignment')}`);
            else lines.push(`          - principal: ${a.principal}${comment('assignment')}`, `            role: ${a.role}`, ...(a.scope ? [`            scope: ${a.scope}`] : []));
          }
        }
      }
    }
  });
  const text = `${lines.join('\n')}\n`;
  return style.crlf ? text.replace(/\n/g, '\r\n') : text;
}

type Op = (w: { model: Dir[]; text: string }, pick: number) => { plan: EditPlan; removes: boolean; text?: string };

const at = <T>(items: T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);

const OPS: Op[] = [
  (w) => ({ plan: addDirectory(w.text, { id: '00000000-0000-4000-8000-00000000abcd', name: 'New: directory', domains: ['new.onmicrosoft.com'] }), removes: false }),
  (w, n) => ({ plan: addUser(w.text, { directoryId: at(w.model, n)!.id, upn: `zed@d${at(w.model, n)!.n}.com`, displayName: "Zed O'Hara", roles: ['Global Reader'] }), removes: false }),
  (w, n) => {
    const d = at(w.model, n)!;
    const other = at(w.model.filter((m) => m !== d).flatMap((m) => m.users), n);
    return { plan: other ? inviteGuest(w.text, { directoryId: d.id, upn: other }) : refuse('no other directory'), removes: false };
  },
  (w, n) => {
    const d = at(w.model, n)!;
    return { plan: addSubscription(w.text, { directoryId: d.id, id: '00000000-0000-4000-8000-0000000000ef', name: 'Added', type: 'azure', owner: d.users[0], offer: 'MS-AZR-0003P' }), removes: false };
  },
  (w, n) => {
    const s = at(w.model.flatMap((d) => d.subs.filter((x) => x.azure).map((x) => ({ d, x }))), n);
    return { plan: s ? addRoleAssignment(w.text, { subscriptionId: s.x.id, principal: s.d.users[0], role: 'Storage Blob Data Reader', scope: '/resourceGroups/data' }) : refuse('none'), removes: false };
  },
  (w, n) => {
    const s = at(w.model.flatMap((d) => d.subs.filter((x) => x.azure).map((x) => ({ d, x }))), n);
    return { plan: s ? setOwner(w.text, { subscriptionId: s.x.id, owner: at(s.d.users, n + 1)! }) : refuse('none'), removes: false };
  },
  (w, n) => ({ plan: renameUpn(w.text, { from: at(w.model.flatMap((d) => d.users), n)!, to: 'renamed.person@d0.com' }), removes: false }),
  (w, n) => {
    const s = at(w.model.flatMap((d) => d.subs.filter((x) => x.azure).map((x) => ({ d, x }))), n);
    const target = s && at(w.model.filter((m) => m !== s.d), n);
    if (!s || !target) return { plan: refuse('none'), removes: false };
    const plan = transferSubscription(w.text, { subscriptionId: s.x.id, targetDirectoryId: target.id });
    if (isRefused(plan)) return { plan, removes: false };
    // …and recreate what can be, on the transferred text.
    const moved = applyEdits(w.text, plan.edits);
    const again = recreateRoleAssignments(moved, { subscriptionId: s.x.id });
    return isRefused(again) ? { plan, removes: false } : { plan: again, removes: false, text: moved };
  },
  (w, n) => {
    const kinds = ['directory', 'user', 'guest', 'subscription', 'roleAssignment'] as const;
    const kind = kinds[n % kinds.length];
    const d = at(w.model, n)!;
    const s = at(w.model.flatMap((x) => x.subs), n);
    const target =
      kind === 'directory' ? { kind, id: d.id } as const :
      kind === 'user' ? { kind, upn: at(d.users, n)! } as const :
      kind === 'guest' && d.guests.length ? { kind, directoryId: d.id, upn: at(d.guests, n)! } as const :
      kind === 'subscription' && s ? { kind, id: s.id } as const :
      kind === 'roleAssignment' && s?.assignments.length ? { kind, subscriptionId: s.id, index: n % s.assignments.length } as const :
      undefined;
    return { plan: target ? removeEntity(w.text, target) : refuse('none'), removes: true };
  },
];

function structural(text: string): number {
  return analyze(text).problems.filter((p) => p.code === 'YAML' || p.code === 'SCHEMA').length;
}

describe('property-based: edit planners on random workspaces', () => {
  it('the generated workspaces are valid', () => {
    fc.assert(fc.property(workspace, (w) => assert.equal(structural(w.text), 0, w.text)), { numRuns: Math.min(RUNS, 30), seed: 20261125 });
  });

  it('every planner keeps the comments and yields a file that parses, in the same line-ending style', () => {
    // A refused plan checks nothing: count them, and fail if refusals crowd out the real checks. About
    // one plan in five is refused (a workspace without an Azure subscription, a guest or a second
    // directory has nothing for some planners): 21% over 1,800 runs, so the bound leaves room above it.
    const refusals = new Map<string, number>();
    let runs = 0;
    fc.assert(fc.property(workspace, fc.nat({ max: OPS.length - 1 }), fc.nat(), (w, op, pick) => {
      runs++;
      const { plan, removes, text: base = w.text } = OPS[op](w, pick);
      if (isRefused(plan)) {
        refusals.set(plan.refused, (refusals.get(plan.refused) ?? 0) + 1);
        return;
      }
      const after = applyEdits(base, plan.edits);
      const lost = multisetMinus(commentsOf(base), commentsOf(after));
      if (!removes) assert.deepEqual(lost, [], 'no comment lost');
      else for (const comment of lost) assert.ok(plan.edits.some((e) => base.slice(e.start, e.end).includes(comment)), `${comment} was on a removed line`);
      assert.equal(analyze(after).problems.filter((p) => p.code === 'YAML').length, 0, after);
      assert.equal(structural(after), 0, `no schema problem:\n${after}`);
      if (base.includes('\r\n')) assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'CRLF kept');
    }), { numRuns: RUNS * 3, seed: 20261125 });
    const refused = [...refusals.values()].reduce((a, b) => a + b, 0);
    assert.ok(refused <= runs * 0.3, `${refused} of ${runs} plans were refused (at most 30%): ${JSON.stringify([...refusals])}`);
  });
});

