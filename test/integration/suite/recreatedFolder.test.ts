/**
 * A folder of workspace files deleted and re-created at once, as a `git checkout` of another branch,
 * a `git stash` and `git stash pop`, or a delete in the Explorer followed by a paste do: the files of
 * the new folder are checked with their new text (diagnostics, tree), whatever order the file
 * watcher reports the deletion and the creations in — inotify often reports nothing for files
 * written into a folder it has not started watching yet, and a busy machine reports the deletion
 * late — and a file that was not re-created stays gone, even while VS Code still holds its document.
 * The files were open in editors before (VS Code keeps their documents after the editors close).
 */
import * as assert from 'node:assert/strict';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, describeDiagnostics, diagnosticCodes, suiteFolder, tenancyDiagnostics, waitFor, workspaceRoot } from './helpers';

interface Node { kind: string; label: string; uri: vscode.Uri }
interface TestApi {
  store: { all(): unknown[]; get(uri: vscode.Uri): { text: string } | undefined };
  tree: vscode.TreeDataProvider<Node>;
}

const PROVIDER = `# Northwind Managed Services: its engineers are guests in the customers' tenants.
version: 1
directories:
  - id: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d
    name: Northwind Managed Services
    domains: [northwindmsp.onmicrosoft.com, northwindmsp.com]
    users:
      - upn: priya.raman@northwindmsp.com
        displayName: Priya Raman
`;

const CUSTOMER = `# Contoso, a customer managed by Northwind.
version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    guests:
      - upn: priya.raman_northwindmsp.com#EXT#@contoso.onmicrosoft.com
        displayName: Priya Raman (Northwind)
      - upn: sam.okafor@northwindmsp.com
        displayName: Sam Okafor (Northwind)
`;

/** A test tenant that copied the provider's tenant id: TEN001 on it while it is there. */
const SANDBOX = `version: 1
directories:
  - id: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d
    name: Northwind Sandbox
    domains: [northwindsandbox.onmicrosoft.com]
`;

/** The other branch: Sam has his account in the provider's file, and Tom is a new guest without one. */
const PROVIDER_2 = `${PROVIDER}      - upn: sam.okafor@northwindmsp.com
        displayName: Sam Okafor
`;
const CUSTOMER_2 = `${CUSTOMER}      - upn: tom.baker@northwindmsp.com
        displayName: Tom Baker (Northwind)
`;

/** The 0-based line of the only GST001 a customer's text should get: the guest `upn`'s line. */
const lineOfGuest = (text: string, upn: string) => text.split('\n').findIndex((line) => line.includes(`upn: ${upn}`));

describe('a folder of workspace files deleted and re-created at once', function () {
  this.timeout(120_000);
  const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
  const { folder, file, write, delete: deleteFolder } = suiteFolder('restored');
  const provider = () => file('northwind-msp.tenancy.yaml');
  const customer = () => file('contoso.tenancy.yaml');
  const sandbox = () => file('sandbox.tenancy.yaml');

  /**
   * Writes the folder as `git` does: the whole folder removed, then made again with its files —
   * at once, or once Tenancy has seen the deletion (`git stash`, then `git stash pop` a moment later).
   */
  async function replaceOnDisk(files: Record<string, string>, { deletionSeen = false } = {}): Promise<void> {
    await rm(folder().fsPath, { recursive: true, force: true });
    if (deletionSeen) await forgotten();
    await mkdir(folder().fsPath);
    for (const [name, text] of Object.entries(files)) await writeFile(join(folder().fsPath, name), text);
  }

  /** Waits until Tenancy has forgotten every file of the folder, after its deletion. */
  async function forgotten(): Promise<void> {
    await waitFor(() => [provider(), customer(), sandbox()].every((uri) => !api().store.get(uri)), { timeoutMs: 20_000, message: 'the deleted files forgotten' });
  }

  /** Opens every file in an editor, then closes the editors: VS Code keeps the documents, as after a user looked at them. */
  async function openAndClose(uris: vscode.Uri[]): Promise<void> {
    for (const uri of uris) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await closeAllEditorsDiscarding();
  }

  /**
   * Waits until every file event raised so far has reached the extension: a file written after them
   * in the workspace's root is reported after them (one watcher, events in order), to this suite's
   * watcher as to Tenancy's.
   */
  async function eventsDelivered(): Promise<void> {
    const name = `restored-sentinel-${Date.now()}.txt`;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${name}`, false, true, true);
    try {
      let seen = false;
      watcher.onDidCreate(() => { seen = true; });
      await writeFile(join(workspaceRoot().fsPath, name), 'sentinel\n');
      await waitFor(() => seen, { timeoutMs: 30_000, message: 'the sentinel file reported by the watcher' });
    } finally {
      watcher.dispose();
      await rm(join(workspaceRoot().fsPath, name), { force: true });
    }
  }

  /** The state a user must end with: both files analysed at their text on disk, the customer's GST001 on `guest`'s line, the sandbox gone. */
  async function expectRestored(providerText: string, customerText: string, guest: string, what: string): Promise<void> {
    const state = () => {
      const line = lineOfGuest(customerText, guest);
      const problems = tenancyDiagnostics(vscode.languages.getDiagnostics(customer()));
      return {
        provider: api().store.get(provider())?.text === providerText,
        customer: api().store.get(customer())?.text === customerText,
        gst001: problems.length === 1 && codeOf(problems[0]) === 'GST001' && problems[0].range.start.line === line,
        sandbox: !api().store.get(sandbox()) && diagnosticCodes(sandbox()).length === 0,
      };
    };
    const describe = () => `${what}: ${JSON.stringify(state())}; customer's diagnostics: ${describeDiagnostics(vscode.languages.getDiagnostics(customer()))}`;
    const holds = () => Object.values(state()).every(Boolean);
    await waitFor(holds, { timeoutMs: 20_000, message: describe });
    // The deletion may be reported after the creations (a busy machine): what holds must still hold once every event is in.
    await eventsDelivered();
    await waitFor(holds, { timeoutMs: 20_000, message: () => `${describe()} (after every file event was delivered)` });
    let roots: Node[] = [];
    await waitFor(async () => {
      roots = (await api().tree.getChildren()) ?? [];
      const estate = roots.find((n) => n.kind === 'estate' && n.label === 'restored');
      const files = estate ? ((await api().tree.getChildren(estate)) ?? []).map((n) => n.label) : [];
      return files.join() === 'contoso.tenancy.yaml,northwind-msp.tenancy.yaml';
    }, { timeoutMs: 20_000, message: () => `${what}: the restored estate with its two files in the tree (roots: ${roots.map((n) => `${n.kind}:${n.label}`).join(', ')})` });
  }

  before(async () => {
    await write('northwind-msp.tenancy.yaml', PROVIDER);
    await write('contoso.tenancy.yaml', CUSTOMER);
    await write('sandbox.tenancy.yaml', SANDBOX);
    await waitFor(() => diagnosticCodes(sandbox()).join() === 'TEN001' && diagnosticCodes(customer()).join() === 'GST001', {
      timeoutMs: 20_000, message: () => `TEN001 on the sandbox, GST001 on the customer (now: ${diagnosticCodes(sandbox()).join()} / ${diagnosticCodes(customer()).join()})`,
    });
  });

  after(async () => {
    await closeAllEditorsDiscarding();
    await deleteFolder();
    await waitFor(() => api().store.all().length === 1, { timeoutMs: 20_000, message: 'only the fixture file left' });
  });

  it('checks the files of another branch checked out over the folder, and the file the branch lacks stays gone', async () => {
    await openAndClose([provider(), customer(), sandbox()]);
    await replaceOnDisk({ 'northwind-msp.tenancy.yaml': PROVIDER_2, 'contoso.tenancy.yaml': CUSTOMER_2 });
    await expectRestored(PROVIDER_2, CUSTOMER_2, 'tom.baker@northwindmsp.com', 'after the checkout');
    assert.ok(!vscode.languages.getDiagnostics(sandbox()).length, 'the sandbox has no diagnostics left');
  });

  it('checks the files a stash took away and gave back with the very same text', async () => {
    await openAndClose([provider(), customer()]);
    await replaceOnDisk({ 'northwind-msp.tenancy.yaml': PROVIDER_2, 'contoso.tenancy.yaml': CUSTOMER_2 }, { deletionSeen: true });
    await expectRestored(PROVIDER_2, CUSTOMER_2, 'tom.baker@northwindmsp.com', 'after the stash was popped');
  });

  it('checks the files written again through VS Code once the deletion of their folder through it was seen', async () => {
    await openAndClose([provider(), customer()]);
    await deleteFolder();
    await forgotten();
    await write('northwind-msp.tenancy.yaml', PROVIDER);
    await write('contoso.tenancy.yaml', CUSTOMER);
    await expectRestored(PROVIDER, CUSTOMER, 'sam.okafor@northwindmsp.com', 'after the folder was written again');
  });

  it('checks the files of a folder moved out of the workspace and back, changed meanwhile', async () => {
    // What a delete to the trash and its undo do, or a folder put aside and brought back: the watcher
    // sees the folder go and come back, never the files inside it.
    await openAndClose([provider(), customer()]);
    const aside = join(await mkdtemp(join(dirname(workspaceRoot().fsPath), 'aside-')), 'restored');
    await rename(folder().fsPath, aside);
    await forgotten();
    await writeFile(join(aside, 'northwind-msp.tenancy.yaml'), PROVIDER_2);
    await writeFile(join(aside, 'contoso.tenancy.yaml'), CUSTOMER_2);
    // The sandbox goes while the folder is away (the first test removes it too; run alone, this one must).
    await rm(join(aside, 'sandbox.tenancy.yaml'), { force: true });
    await rename(aside, folder().fsPath);
    await rm(dirname(aside), { recursive: true });
    await expectRestored(PROVIDER_2, CUSTOMER_2, 'tom.baker@northwindmsp.com', 'after the folder came back');
  });

  it('keeps checking the files through several quick checkouts back and forth', async () => {
    const branches: Array<[string, string, string]> = [[PROVIDER_2, CUSTOMER_2, 'tom.baker@northwindmsp.com'], [PROVIDER, CUSTOMER, 'sam.okafor@northwindmsp.com']];
    for (let round = 0; round < 6; round++) {
      const [providerText, customerText] = branches[round % 2];
      await replaceOnDisk({ 'northwind-msp.tenancy.yaml': providerText, 'contoso.tenancy.yaml': customerText });
    }
    await expectRestored(PROVIDER, CUSTOMER, 'sam.okafor@northwindmsp.com', 'after six checkouts');
  });
});
