/**
 * The relationship diagram of the core: which nodes and edges a realistic workspace gives, the
 * problem severity each carries, one-directory mode, the per-column limit, the layout's geometry,
 * and the SVG (well formed, every name escaped, hostile names included).
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { buildDiagram, diagramDraft, escapeXml, renderSvg, DARK_THEME, LAYOUT } from '../../src/core/diagram';
import { elkLayout } from '../../src/core/diagram/elkEngine';
import { analyzeEstate } from '../../src/core/estate/estate';
import { estateView } from '../../src/core/estate/estateView';
import { textWidth, wrapText } from '../../src/core/diagram/textWidth';
import type { DiagramOptions } from '../../src/core/diagram';

const build = (a: Parameters<typeof buildDiagram>[0], options: DiagramOptions = {}) => buildDiagram(a, options, elkLayout);
import type { Box, DiagramModel } from '../../src/core/diagram';
import { parseMessage, parseState } from '../../src/vscode/diagram/messages';
import { escapeMarkdown } from '../../src/vscode/markdown';
import { DIAGRAM_GROUPS, NODE_KINDS, EDGE_KINDS, diagramCss, LIGHT_THEME } from '../../src/core/diagram';
import { messagesFor } from '../../src/core/i18n';
import { generateWorkspace } from '../../bench/generateWorkspace';

const TEXT = readFileSync('test/fixtures/diagram/partners.tenancy.yaml', 'utf8');
const analysis = analyze(TEXT);

const CONTOSO = 'dir:6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const FABRIKAM = 'dir:1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const C_PROD = `${CONTOSO}/sub:0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c`;
const C_ANALYTICS = `${CONTOSO}/sub:3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c`;
const C_M365 = `${CONTOSO}/sub:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d`;
const F_ANALYTICS = `${FABRIKAM}/sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f`;
const ALICE = `${CONTOSO}/member:alice@contoso.com`;
const BOB = `${CONTOSO}/member:bob@contoso.com`;
const DAVE = `${CONTOSO}/member:dave@contoso.com`;
const CAROL_GUEST = `${CONTOSO}/guest:carol@fabrikam.com`;
const CAROL = `${FABRIKAM}/member:carol@fabrikam.com`;
const FRANK = `${FABRIKAM}/member:frank@fabrikam.com`;
const GHOST = 'unknown/account:ghost@nowhere.example';

/** `kind from → to [label] severity` for each edge, with the long ids shortened. */
function edges(model: DiagramModel): string[] {
  const short = (id: string) => id.replace(/^dir:[^/]+\//, '').replace(/^dir:6f1c.*/, 'Contoso').replace(/^unknown\/account:/, '?');
  return model.edges.map((e) => `${e.kind} ${short(e.from)} → ${short(e.to)}${e.label ? ` [${e.label}]` : ''}${e.pending ? ' pending' : ''}${e.severity ? ` ${e.severity}` : ''}`);
}

function node(model: DiagramModel, id: string) {
  const found = model.nodes.find((n) => n.id === id);
  assert.ok(found, `node ${id} among ${model.nodes.map((n) => n.id).join(', ')}`);
  return found;
}

describe('diagram model', () => {
  let model: DiagramModel;
  before(async () => { model = await build(analysis); });

  it('has one container per directory, in file order, and one for the account declared nowhere', async () => {
    assert.deepEqual(model.containers.map((c) => [c.id, c.label, c.detail, c.severity, c.partial]), [
      [CONTOSO, 'Contoso', '6F1C4A2E-8D3B-4C5A-9E7F-1A2B3C4D5E6F', 'error', false],
      [FABRIKAM, 'Fabrikam', '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', 'error', false],
      ['unknown', 'Not declared in the file', undefined, undefined, false],
    ]);
    assert.equal(model.focus, undefined);
  });

  it('puts members, subscriptions and guests in their directory, with details and the worst problem of their YAML', async () => {
    assert.deepEqual(model.nodes.map((n) => [n.id, n.kind, n.column, n.label, n.detail, n.severity, n.inactive]), [
      [ALICE, 'member', 'members', 'alice@contoso.com', 'Alice Martin', undefined, undefined],
      [BOB, 'member', 'members', 'bob@contoso.com', 'Bob Nguyen', undefined, undefined],
      [DAVE, 'member', 'members', 'dave@contoso.com', 'Dave Kim', undefined, true],
      [C_PROD, 'subscription', 'subscriptions', 'Contoso Production', 'Azure · MS-AZR-0003P', 'error', undefined],
      [C_ANALYTICS, 'subscription', 'subscriptions', 'Contoso Analytics', 'Azure', 'error', undefined],
      [C_M365, 'subscription', 'subscriptions', 'Microsoft 365 E3', 'Office 365 · Microsoft 365 E3', undefined, undefined],
      [CAROL_GUEST, 'guest', 'guests', 'carol@fabrikam.com', undefined, undefined, undefined],
      [CAROL, 'member', 'members', 'carol@fabrikam.com', 'Carol Smith', undefined, undefined],
      [FRANK, 'member', 'members', 'frank@fabrikam.com', 'Frank Ito', undefined, undefined],
      [F_ANALYTICS, 'subscription', 'subscriptions', 'Fabrikam Analytics', 'Azure · MS-AZR-0003P', 'error', undefined],
      [GHOST, 'unknown', 'members', 'ghost@nowhere.example', undefined, undefined, undefined],
    ]);
    assert.equal(node(model, C_M365).subscriptionType, 'office365');
    assert.equal(node(model, C_PROD).subscriptionType, 'azure');
  });

  it('links owners, creators, the directory to its Office 365 subscription, guests to their home account, and principals with their roles', async () => {
    assert.deepEqual(edges(model), [
      'guest guest:carol@fabrikam.com → member:carol@fabrikam.com',
      'owner member:alice@contoso.com → sub:0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c',
      'creator member:alice@contoso.com → sub:0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c',
      'role member:bob@contoso.com → sub:0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c [Contributer] error',
      'role guest:carol@fabrikam.com → sub:0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c [Reader]',
      'role member:dave@contoso.com → sub:0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c [Reader] info',
      // Carol owns Contoso Analytics through her guest entry in Contoso: OWN002 is on the owner.
      'owner guest:carol@fabrikam.com → sub:3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c error',
      'creator member:alice@contoso.com → sub:3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c',
      'directory Contoso → sub:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      'owner member:carol@fabrikam.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f',
      'creator member:carol@fabrikam.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f',
      'role member:frank@fabrikam.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f [Owner]',
      // Alice is not invited into Fabrikam: the edge crosses to her home directory (RBA001).
      'role member:alice@contoso.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f [Reader] error',
      'role ?ghost@nowhere.example → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f [Reader] error',
      'role member:frank@fabrikam.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f [Contributor] pending',
    ]);
    assert.equal(new Set(model.edges.map((e) => e.id)).size, model.edges.length, 'edge ids are unique');
  });

  it('draws groups, service principals and management groups: memberships, placements and their role assignments', async () => {
    const estate = analyze(readFileSync('test/fixtures/rules/enterprise-groups.tenancy.yaml', 'utf8'));
    const drawn = await buildDiagram(estate, {}, elkLayout);
    const kinds = (kind: string) => drawn.nodes.filter((n) => n.kind === kind).map((n) => n.label);
    assert.deepEqual(kinds('group'), ['Platform Engineers', 'Landing Zone Consultants', 'App Developers', 'Helpdesk Operators', 'Finance Readers']);
    assert.deepEqual(kinds('servicePrincipal'), ['github-deploy', 'woodgrove-web', 'id-batch-jobs']);
    assert.deepEqual(kinds('managementGroup'), ['Tenant Root Group', 'Woodgrove', 'Landing zones', 'Corp', 'Sandboxes']);
    assert.equal(drawn.nodes.find((n) => n.label === 'id-batch-jobs')?.detail, messagesFor('en').reportServicePrincipalKind({ type: 'managedIdentity', identity: 'userAssigned' }));
    const all = edges(drawn);
    for (const expected of [
      'memberOf member:james.okafor@woodgrovebank.com → group:platform engineers',
      'memberOf group:landing zone consultants → group:platform engineers',
      'memberOf servicePrincipal:github-deploy → group:app developers',
      'role group:app developers → sub:4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e [Contributor]',
      'role servicePrincipal:id-batch-jobs → sub:7c3e9a1f-2b4d-4e6f-8a0c-1d2e3f4a5b6c [Storage Blob Data Contributor]',
      'role group:platform engineers → managementGroup:tenant root group [Reader]',
      'placedIn sub:4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e → managementGroup:corp',
      'placedIn managementGroup:corp → managementGroup:landing zones',
    ]) assert.ok(all.includes(expected), `${expected} among\n${all.join('\n')}`);
    assert.ok(!all.some((e) => e.includes('?')), 'every principal is drawn as what it names');
  });

  it('gives each node and edge the span of its YAML, for revealing it in the editor', async () => {
    const text = (span?: { start: number; end: number }) => (span ? TEXT.slice(span.start, span.end) : undefined);
    assert.match(text(node(model, ALICE).span)!, /^upn: alice@contoso\.com\n\s+displayName: Alice Martin\n\s+roles: \[Global Administrator\]$/);
    assert.match(text(node(model, C_ANALYTICS).span)!, /^id: 3c9d2b41[\s\S]*createdBy: alice@contoso\.com$/);
    const byId = (kind: string, to: string) => model.edges.find((e) => e.kind === kind && e.to === to)!;
    assert.equal(text(byId('owner', C_ANALYTICS).span), 'owner: carol@fabrikam.com');
    assert.equal(text(byId('creator', C_ANALYTICS).span), 'createdBy: alice@contoso.com');
    assert.equal(text(byId('directory', C_M365).span), 'type');
    assert.equal(text(model.edges.find((e) => e.label === 'Contributer')!.span), '{ principal: bob@contoso.com, role: Contributer }');
    assert.equal(text(model.edges.find((e) => e.kind === 'guest')!.span), 'upn: carol@fabrikam.com');
    assert.equal(text(model.containers[0].span), 'id');
    assert.equal(node(model, GHOST).span, undefined, 'an account declared nowhere has no YAML of its own');
  });

  it('tells a warning from an error: ASC001 on Fabrikam Analytics alone would be a warning', async () => {
    // Fabrikam as a partner that administers itself is B2B, not ASC001; without its own administrator it is.
    const unadministered = TEXT.replace('        displayName: Carol Smith\n        roles: [Global Administrator]\n', '        displayName: Carol Smith\n');
    assert.notEqual(unadministered, TEXT);
    const withoutErrors = analyze(unadministered, { severities: { RBA001: 'off', CRT002: 'off', RBA002: 'off', OWN002: 'off' } });
    const quiet = (await build(withoutErrors));
    assert.equal(node(quiet, F_ANALYTICS).severity, 'warning');
    assert.equal(node(quiet, C_PROD).severity, 'info', 'RBA006 (disabled account keeps a role) is an info');
    assert.deepEqual(quiet.containers.map((c) => c.severity), ['info', 'warning', undefined]);
  });

  it('lays out directories as boxes holding their groups, entries inside their group, no two boxes overlapping, deterministically', async () => {
    const [contoso, fabrikam, unknown] = model.containers;
    assert.deepEqual(contoso.columns.map((c) => [c.column, c.count]), [['members', 3], ['subscriptions', 3], ['guests', 1]]);
    assert.deepEqual(fabrikam.columns.map((c) => c.column), ['members', 'subscriptions'], 'only groups holding entries');
    const inside = (a: Box, b: Box) => a.x >= b.x && a.x + a.width <= b.x + b.width && a.y >= b.y && a.y + a.height <= b.y + b.height;
    const apart = (a: Box, b: Box) => a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
    for (const c of model.containers) for (const g of c.columns) assert.ok(inside(g, c), `${c.id}'s ${g.column} inside it`);
    for (const n of model.nodes) {
      const c = model.containers.find((x) => x.id === n.container)!;
      assert.ok(inside(n, c.columns.find((g) => g.column === n.column)!), `${n.id} inside its group`);
      for (const m of model.nodes) if (m !== n) assert.ok(apart(n, m), `${n.id} and ${m.id} overlap`);
    }
    for (const a of [contoso, fabrikam, unknown]) for (const b of [contoso, fabrikam, unknown]) if (a !== b) assert.ok(apart(a, b), `${a.id} and ${b.id} overlap`);
    // An owner stands before what it owns, a guest entry before the account it stands for.
    assert.ok(node(model, ALICE).x + node(model, ALICE).width < node(model, C_PROD).x);
    // Reading order: a guest link runs right, or on to the next row when the estate wraps into rows.
    const before = (a: Box, b: Box) => a.x + a.width < b.x || a.y + a.height < b.y;
    assert.ok(before(node(model, CAROL_GUEST), node(model, CAROL)), 'the guest before the account it stands for');
    assert.ok(model.width >= Math.max(...model.containers.map((c) => c.x + c.width)) && model.height >= Math.max(...model.containers.map((c) => c.y + c.height)));
    assert.deepEqual(await build(analyze(TEXT)), model, 'the same text gives the same model');
  });

  it('routes every edge at right angles and around every box it does not join: no line through an unrelated entry', () => {
    const boxes = new Map<string, Box>([...model.nodes, ...model.containers].map((b) => [b.id, b]));
    for (const e of model.edges) {
      assert.match(e.path, /^M -?\d+ -?\d+( L -?\d+ -?\d+)+$/, e.id);
      for (let i = 1; i < e.points.length; i++) {
        const [a, b] = [e.points[i - 1], e.points[i]];
        assert.ok(a.x === b.x || a.y === b.y, `${e.id}: segment ${i} is not horizontal or vertical`);
        for (const n of model.nodes) {
          if (n.id === e.from || n.id === e.to) continue;
          assert.ok(!crosses(a, b, n), `${e.id} passes through ${n.id}`);
        }
      }
      assert.ok(boxes.has(e.from) && boxes.has(e.to));
    }
  });

  it('labels every role assignment with its role', () => {
    const labelled = model.edges.filter((e) => e.kind === 'role');
    assert.equal(labelled.length, 7, 'six role assignments and a pending one');
    assert.ok(labelled.every((e) => e.labelBox), 'every role assignment has its label');
  });
});

describe('diagram: role labels', () => {
  const estates = [
    'test/fixtures/diagram/partners.tenancy.yaml',
    'test/fixtures/diagram/platform-roles.tenancy.yaml',
    'test/fixtures/rules/enterprise-groups.tenancy.yaml',
    'test/fixtures/rules/access.tenancy.yaml',
    'test/fixtures/rules/msp.tenancy.yaml',
    'examples/contoso.tenancy.yaml',
  ];
  for (const file of estates) {
    it(`${file.split('/').pop()}: every role name whole, no label over another label, an entry or another line`, async () => {
      const analysed = analyze(readFileSync(file, 'utf8'));
      for (const directory of [undefined, 0]) {
        const laid = await build(analysed, { directory });
        const labelled = laid.edges.filter((e) => e.kind === 'role');
        assert.ok(labelled.length > 0, 'the estate has role assignments');
        const svg = renderSvg(laid, null);
        for (const e of labelled) {
          const box = e.labelBox;
          assert.ok(box, `${e.id} has a label`);
          assert.equal(box.lines.join(' ').replace(/\s+/g, ''), e.label!.replace(/\s+/g, ''), `"${e.label}" is drawn whole`);
          for (const line of box.lines) assert.ok(textWidth(line, LAYOUT.labelFontSize) <= box.width - 2 * LAYOUT.labelPadding + 0.5, `"${line}" fits its room`);
          assert.ok(box.height >= box.lines.length * LAYOUT.labelLineHeight, `"${e.label}" has room for its ${box.lines.length} lines`);
          const drawn = new RegExp(`<text class="edge-label[^"]*" data-id="${escapeRegExp(escapeXml(e.id))}"[^>]*>(.*?)</text>`).exec(svg);
          assert.ok(drawn, `${e.id}'s label is in the SVG`);
          assert.deepEqual([...drawn[1].matchAll(/<tspan [^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]), box.lines.map(escapeXml), 'no ellipsis: the lines as laid out');
          for (const other of labelled) if (other !== e) assert.ok(apart(box, other.labelBox!), `"${e.label}" and "${other.label}" overlap`);
          for (const n of laid.nodes) assert.ok(apart(box, n), `"${e.label}" covers ${n.id}`);
          for (const other of laid.edges) {
            if (other === e) continue;
            for (let i = 1; i < other.points.length; i++) assert.ok(!crosses(other.points[i - 1], other.points[i], box), `${other.id} runs through "${e.label}"`);
          }
        }
      }
    });
  }

  it('wraps a long role name between words, a role id after its hyphens, and never drops a character', () => {
    assert.deepEqual(wrapText('Reader', 150, 10), ['Reader']);
    assert.deepEqual(wrapText('Azure Kubernetes Service RBAC Cluster Admin', 150, 10), ['Azure Kubernetes Service', 'RBAC Cluster Admin']);
    assert.deepEqual(wrapText('acdd72a7-3385-48ef-bd42-f606fba81ae7', 150, 10), ['acdd72a7-3385-48ef-bd42-', 'f606fba81ae7']);
    const unbroken = 'W'.repeat(40);
    const lines = wrapText(unbroken, 150, 10);
    assert.equal(lines.join(''), unbroken);
    for (const line of lines) assert.ok(textWidth(line, 10) <= 150);
    assert.ok(textWidth('WWWW', 10) > textWidth('iiii', 10), 'wide letters are measured wider');
    assert.ok(textWidth('管理者', 10) >= 30, 'East Asian characters count a full em');
  });
});

const apart = (a: Box, b: Box) => a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether an axis-parallel segment passes through a box's inside (touching its border is not). */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x2 > box.x + 1 && x1 < box.x + box.width - 1 && y2 > box.y + 1 && y1 < box.y + box.height - 1;
}

describe('diagram: one directory', () => {
  it('shows the directory and, as partial containers, only the foreign entries its edges touch', async () => {
    const model = (await build(analysis, { directory: '1D2E3F4A-5B6C-4D7E-8F9A-0B1C2D3E4F5A' }));
    assert.equal(model.focus, FABRIKAM);
    assert.deepEqual(model.containers.map((c) => [c.id, c.partial]), [[CONTOSO, true], [FABRIKAM, false], ['unknown', false]]);
    // From Contoso only Alice (a role on Fabrikam Analytics) and Carol's guest entry (a guest link to Carol).
    assert.deepEqual(model.nodes.filter((n) => n.container === CONTOSO).map((n) => n.id), [ALICE, CAROL_GUEST]);
    // Edges between two Contoso entries (Carol's guest entry → Contoso Production) are not Fabrikam's.
    assert.deepEqual(edges(model), [
      'guest guest:carol@fabrikam.com → member:carol@fabrikam.com',
      'owner member:carol@fabrikam.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f',
      'creator member:carol@fabrikam.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f',
      'role member:frank@fabrikam.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f [Owner]',
      'role member:alice@contoso.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f [Reader] error',
      'role ?ghost@nowhere.example → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f [Reader] error',
      'role member:frank@fabrikam.com → sub:7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f [Contributor] pending',
    ]);
  });

  it('accepts the directory by position; Contoso alone draws Carol in Fabrikam, and no account declared nowhere', async () => {
    const model = (await build(analysis, { directory: 0 }));
    assert.equal(model.focus, CONTOSO);
    assert.deepEqual(model.containers.map((c) => [c.id, c.partial]), [[CONTOSO, false], [FABRIKAM, true]]);
    assert.deepEqual(model.nodes.filter((n) => n.container === FABRIKAM).map((n) => n.id), [CAROL, F_ANALYTICS]);
    assert.ok(edges(model).includes('directory Contoso → sub:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'));
    assert.ok(!edges(model).some((e) => e.startsWith('owner member:carol')), 'Fabrikam\'s own ownerships are left out');
  });

  it('finds through the index exactly the relationships the whole file has with the directory', async () => {
    for (const [name, source] of [['partners', analysis], ['generated', analyze(generateWorkspace({ users: 1500, seed: 3 }))]] as const) {
      // Which edges, not where: the drafts before layout.
      const whole = diagramDraft(source);
      source.workspace.directories.forEach((_, i) => {
        const one = diagramDraft(source, { directory: i });
        const nodes = whole.containers.flatMap((c) => Object.values(c.columns).flat());
        const touches = (id: string) => id === one.focus || nodes.find((n) => n.id === id)?.container === one.focus;
        const key = (e: { kind: string; from: string; to: string; span: { start: number } }) => `${e.kind} ${e.from} ${e.to} ${e.span.start}`;
        assert.deepEqual(one.edges.map(key), whole.edges.filter((e) => touches(e.from) || touches(e.to)).map(key), `${name}, directory ${i}`);
      });
    }
  });

  it('is empty for a directory the file does not have', async () => {
    const model = (await build(analysis, { directory: '00000000-0000-4000-8000-000000000000' }));
    assert.deepEqual([model.containers, model.nodes, model.edges], [[], [], []]);
    assert.ok(renderSvg(model).startsWith('<svg'));
  });
});

describe('diagram: limits for large files', () => {
  it('keeps the first N entries of each column and a "+K more" node pointing at the first one left out', async () => {
    const model = (await build(analysis, { maxPerColumn: 2 }));
    const contoso = model.nodes.filter((n) => n.container === CONTOSO);
    assert.deepEqual(contoso.map((n) => n.id), [ALICE, BOB, `${CONTOSO}/members:more`, C_PROD, C_ANALYTICS, `${CONTOSO}/subscriptions:more`, CAROL_GUEST]);
    const more = node(model, `${CONTOSO}/members:more`);
    assert.deepEqual([more.kind, more.label, more.hidden], ['more', '+1 more', 1]);
    assert.equal(TEXT.slice(more.span!.start, more.span!.end).split('\n')[0], 'upn: dave@contoso.com');
    assert.deepEqual(model.containers[0].columns.map((c) => c.count), [2, 2, 1], 'column titles count the entries drawn');
    assert.ok(!model.edges.some((e) => e.from === DAVE || e.to === C_M365), 'no edge to an entry left out');
  });

  it('bounds a 5,000-user workspace to what fits on a screen', async () => {
    const big = analyze(generateWorkspace({ users: 5000, seed: 7 }));
    const model = (await build(big, { directory: 0, maxPerColumn: 25 }));
    const perColumn = new Map<string, number>();
    for (const n of model.nodes) perColumn.set(`${n.container} ${n.column}`, (perColumn.get(`${n.container} ${n.column}`) ?? 0) + 1);
    assert.ok(Math.max(...perColumn.values()) <= 26, `at most 25 entries and a "+K more" per column: ${JSON.stringify([...perColumn])}`);
    assert.ok(model.nodes.some((n) => n.kind === 'more'));
    assert.ok(renderSvg(model).length < 2_000_000);
  });
});

describe('diagram SVG', () => {
  it('draws every container, node and edge with its kind and severity as classes and its id for clicks', async () => {
    const model = (await build(analysis));
    const svg = renderSvg(model);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="tenancy-diagram"'));
    for (const n of model.nodes.filter((x) => x.span)) assert.ok(svg.includes(`data-id="${n.id}"`), n.id);
    for (const e of model.edges) assert.ok(svg.includes(`data-id="${escapeXml(e.id)}"`), e.id);
    assert.match(svg, /<g class="node subscription azure sev-error" data-id="dir:6f1c[^"]*\/sub:0b1e[^"]*">/);
    // Tooltips say what the problem is, not only that there is one.
    assert.match(svg, /<g class="edge role sev-error" data-id="[^"]*"><title>role · Contributer\nRBA002: &#39;Contributer&#39; is not an Azure built-in role[^<]*Did you mean &#39;Contributor&#39;\?<\/title>/);
    assert.match(svg, /<g class="node subscription azure sev-error" data-id="[^"]*"><title>Contoso Analytics\nAzure\nOWN002: Owner carol@fabrikam\.com/);
    assert.match(svg, /<g class="container directory sev-error" data-id="dir:6f1c[^"]*"><title>Contoso\n6F1C4A2E-8D3B-4C5A-9E7F-1A2B3C4D5E6F\n2 errors, 1 info<\/title>/);
    assert.match(svg, /<g class="node member inactive" /);
    assert.match(svg, />Members \(3\)</);
    assert.ok(!/ style="/.test(svg), 'no inline style: the webview\'s Content-Security-Policy forbids them');
  });

  it('embeds a style sheet with the theme\'s colours for a file, and none for the webview', async () => {
    const model = (await build(analysis));
    assert.match(renderSvg(model), /<style>[\s\S]*\.tenancy-diagram \.sev-error > rect\.box[^}]*#e51400/);
    assert.match(renderSvg(model, DARK_THEME), /<style>[\s\S]*#f14c4c/);
    assert.ok(!renderSvg(model, null).includes('<style>'));
  });

  it('escapes hostile names in text and attributes, and replaces characters XML cannot hold', async () => {
    const hostile = [
      'version: 1', 'directories:',
      '  - id: "<script>alert(1)</script>"', '    name: "Tom & Jerry\'s <b>\\"quoted\\"</b>"', '    domains: [evil.com]',
      '    users:', '      - upn: "\\"><img src=x onerror=alert(1)>@evil.com"', '        displayName: "a\\x01b\\ud800c & <svg onload=alert(1)>"',
      '    subscriptions:', '      - { id: "]]><script>x</script>", name: "</text></svg><script>alert(2)</script>", type: azure,',
      '          owner: "\\"><img src=x onerror=alert(1)>@evil.com", roleAssignments: [{ principal: "x\' onmouseover=\'alert(3)@evil.com", role: "<Owner & \\"Co\\">" }] }',
      '',
    ].join('\n');
    const model = (await build(analyze(hostile)));
    assert.ok(model.nodes.length >= 3, JSON.stringify(model.nodes.map((n) => n.label)));
    const svg = renderSvg(model);
    assert.ok(!/<script|<img|<b>|<svg onload|<\/text><\/svg>/i.test(svg), svg);
    assert.ok(!/="[^"]*"[^ />]/.test(svg.replace(/<style>[\s\S]*<\/style>/, '')), 'no attribute value breaks out of its quotes');
    assert.ok(svg.includes('Tom &amp; Jerry&#39;s &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;'));
    assert.ok(!/[\u0001\uD800]/.test(svg) && svg.includes('a\uFFFDb\uFFFDc'));
    assert.ok(svg.includes('&lt;Owner &amp; &quot;Co&quot;&gt;'), 'the role label is escaped');
    // Well formed: every element opened is closed, in order.
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of svg.replace(/<style>[\s\S]*?<\/style>/, '').matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (close) assert.equal(stack.pop(), name);
      else stack.push(name);
    }
    assert.deepEqual(stack, []);
  });

  it('the diagram core is pure: no module under src/core/diagram imports vscode', async () => {
    for (const name of readdirSync('src/core/diagram')) {
      assert.doesNotMatch(readFileSync(`src/core/diagram/${name}`, 'utf8'), /from ['"]vscode['"]|require\(['"]vscode['"]\)/, name);
    }
  });

  it('escapeXml escapes the five special characters', async () => {
    assert.equal(escapeXml(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });
});

describe('diagram webview messages (checked before the extension acts on them)', () => {
  it('accepts the six messages the page sends, exactly', async () => {
    assert.deepEqual(parseMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseMessage({ type: 'export' }), { type: 'export' });
    assert.deepEqual(parseMessage({ type: 'reveal', id: CONTOSO }), { type: 'reveal', id: CONTOSO });
    assert.deepEqual(parseMessage({ type: 'focus', directory: null }), { type: 'focus', directory: null });
    assert.deepEqual(parseMessage({ type: 'focus', directory: '#2' }), { type: 'focus', directory: '#2' });
    assert.deepEqual(parseMessage({ type: 'rendered', version: 3, ids: [ALICE], changed: 2 }), { type: 'rendered', version: 3, ids: [ALICE], changed: 2 });
    assert.deepEqual(parseMessage({ type: 'view', x: -12.5, y: 40, scale: 1.25, moved: true }), { type: 'view', x: -12.5, y: 40, scale: 1.25, moved: true });
  });

  it('drops anything else: other types, missing or extra keys, wrong types, oversized values', async () => {
    for (const message of [
      undefined, null, 42, 'reveal', [], {}, { type: 'Reveal', id: 'x' }, { type: 'reveal' }, { type: 'reveal', id: '' },
      { type: 'reveal', id: 7 }, { type: 'reveal', id: 'x', span: { start: 0, end: 9 } }, { type: 'reveal', id: 'x'.repeat(2049) },
      { type: 'ready', extra: 1 }, { type: 'focus' }, { type: 'focus', directory: 0 }, { type: 'rendered', version: 1.5, ids: [], changed: 0 }, { type: 'rendered', version: 1, ids: [] }, { type: 'rendered', version: 1, ids: [], changed: -1 },
      { type: 'rendered', version: 1, ids: 'x' }, { type: 'rendered', version: 1, ids: [null] }, { type: 'open', uri: 'file:///etc/passwd' },
      { type: 'view', x: 0, y: 0, scale: 0, moved: false }, { type: 'view', x: Number.NaN, y: 0, scale: 1, moved: false },
      { type: 'view', x: 0, y: 0, scale: 1 }, { type: 'view', x: '0', y: 0, scale: 1, moved: true }, { type: 'view', x: 0, y: 0, scale: Infinity, moved: true },
      Object.assign(Object.create({ type: 'ready' }), {}),
    ]) {
      assert.equal(parseMessage(message), undefined, JSON.stringify(message));
    }
  });
});

describe('diagram kinds are data', () => {
  it('every kind of node goes in a listed group, and every group and style it uses is titled and styled', () => {
    const css = diagramCss(LIGHT_THEME);
    for (const [kind, style] of Object.entries(NODE_KINDS)) {
      assert.ok(DIAGRAM_GROUPS.includes(style.group), `${kind} goes in a listed group`);
      for (const cls of style.style) assert.ok(css.includes(`.node.${cls} > rect.box`), `${kind}'s class ${cls} is styled`);
    }
    for (const group of DIAGRAM_GROUPS) {
      assert.notEqual(messagesFor('en').diagramColumn({ column: group }), messagesFor('fr').diagramColumn({ column: group }), `${group} titled in both languages`);
    }
    for (const [kind, style] of Object.entries(EDGE_KINDS)) assert.ok(css.includes(`.arrow-${style.arrow} {`), `${kind}'s arrow is styled`);
  });
});

describe('diagram state kept across a window reload (read back from the page)', () => {
  it('accepts a file and a directory, and nothing else', () => {
    assert.deepEqual(parseState({ uri: 'file:///w/contoso.tenancy.yaml', directory: null }), { uri: 'file:///w/contoso.tenancy.yaml', directory: null });
    assert.deepEqual(parseState({ uri: 'file:///w/a.yaml', directory: 2, view: { x: 0 } }), { uri: 'file:///w/a.yaml', directory: 2 });
    for (const bad of [null, 'x', {}, { uri: '' }, { uri: 7, directory: null }, { uri: 'file:///a', directory: -1 }, { uri: 'file:///a', directory: 1.5 }, { uri: 'x'.repeat(3000), directory: null }]) {
      assert.equal(parseState(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('tooltip text', () => {
  it('escapes Markdown and icons but keeps ordinary spaces, so a tooltip wraps between words', () => {
    assert.equal(escapeMarkdown('bob.nguyen@contoso.com lives in *Paris* $(zap) [x](y)'), 'bob\\.nguyen@contoso\\.com lives in \\*Paris\\* \\$\\(zap\\) \\[x\\]\\(y\\)');
    assert.ok(!/\u00a0|&nbsp;/.test(escapeMarkdown('a b  c')));
    assert.equal(escapeMarkdown('two\nlines'), 'two lines');
  });
});

describe('diagram: the whole estate', () => {
  // "All directories" arranged in rows near a window's proportions, not one strip as wide as every
  // directory side by side; each directory still laid out whole (entries in their groups, no overlaps).
  const estates = ['examples/contoso.tenancy.yaml', 'test/fixtures/rules/msp.tenancy.yaml'];
  for (const file of estates) {
    it(`${file.split('/').pop()}: the whole-estate drawing fits a window of ordinary proportions (width / height within 0.6–2.2)`, async () => {
      const drawn = await build(analyze(readFileSync(file, 'utf8')));
      const ratio = drawn.width / drawn.height;
      assert.equal(drawn.containers.length, 4, 'four directories');
      assert.ok(ratio <= 2.2 && ratio >= 0.6, `${drawn.width} × ${drawn.height} px (ratio ${ratio.toFixed(2)})`);
      const rows = new Set(drawn.containers.map((c) => c.y));
      assert.ok(rows.size >= 2, 'in more than one row');
      const apart = (a: Box, b: Box) => a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
      for (const a of drawn.containers) for (const b of drawn.containers) if (a !== b) assert.ok(apart(a, b), `${a.label} and ${b.label} overlap`);
      for (const e of drawn.edges) {
        for (let i = 1; i < e.points.length; i++) {
          const [p, q] = [e.points[i - 1], e.points[i]];
          assert.ok(p.x === q.x || p.y === q.y, `${e.id}: segment ${i} is slanted`);
          for (const n of drawn.nodes) if (n.id !== e.from && n.id !== e.to) assert.ok(!crosses(p, q, n), `${e.id} passes through ${n.id}`);
        }
      }
    });
  }
});

describe('diagram of an estate in several files', () => {
  const PROVIDER = [
    'version: 1', 'directories:', '  - id: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d', '    name: Northwind Managed Services',
    '    domains: [northwindmsp.onmicrosoft.com, northwindmsp.com]', '    users:', '      - upn: priya.raman@northwindmsp.com', '        displayName: Priya Raman', '',
  ].join('\n');
  const CUSTOMER = [
    'version: 1', 'directories:', '  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', '    name: Contoso', '    domains: [contoso.onmicrosoft.com, contoso.com]',
    '    users:', '      - upn: alice@contoso.com', '    guests:', '      - upn: priya.raman@northwindmsp.com', '',
  ].join('\n');
  const estate = analyzeEstate([{ file: 'msp/contoso.tenancy.yaml', text: CUSTOMER }, { file: 'msp/northwind.tenancy.yaml', text: PROVIDER }]);

  it('draws the directories of every file, the guest linked to its home account in the other file, each element placed back in its file', async () => {
    const view = estateView('msp/contoso.tenancy.yaml', estate.files.get('msp/contoso.tenancy.yaml')!, estate);
    assert.deepEqual(view.files, ['msp/contoso.tenancy.yaml', 'msp/northwind.tenancy.yaml']);
    const drawn = await build(view.analysis);
    assert.deepEqual(drawn.containers.map((c) => c.label), ['Contoso', 'Northwind Managed Services']);
    const guest = drawn.edges.find((e) => e.kind === 'guest')!;
    assert.equal(guest.from, `${CONTOSO}/guest:priya.raman@northwindmsp.com`);
    assert.equal(guest.to, 'dir:5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d/member:priya.raman@northwindmsp.com');
    assert.equal(drawn.containers.find((c) => c.kind === 'unknown'), undefined, 'nothing declared nowhere');
    const home = drawn.nodes.find((n) => n.id === guest.to)!;
    const at = view.place(home.span!.start);
    assert.equal(at.file, 'msp/northwind.tenancy.yaml');
    assert.ok(PROVIDER.slice(at.offset).startsWith('upn: priya.raman@northwindmsp.com'), 'the home account in its own file');
    // A directory's position in the drawing, from its file and its position there (how a directory without an id is known), and back.
    assert.equal(view.directoryIndex('msp/northwind.tenancy.yaml', 0), 1);
    assert.deepEqual(view.directoryAt(1), { file: 'msp/northwind.tenancy.yaml', index: 0 });
    assert.equal(view.directoryIndex('msp/northwind.tenancy.yaml', 1), undefined);
  });

  it('draws a file checked alone by itself', async () => {
    const alone = analyzeEstate([{ file: 'a.tenancy.yaml', text: CUSTOMER }]);
    const view = estateView('a.tenancy.yaml', alone.files.get('a.tenancy.yaml')!, alone);
    assert.deepEqual(view.files, ['a.tenancy.yaml']);
    assert.equal(view.analysis, alone.files.get('a.tenancy.yaml'));
    assert.deepEqual(view.place(42), { file: 'a.tenancy.yaml', offset: 42 });
  });
});
