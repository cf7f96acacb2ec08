// Regenerates src/core/catalog/azureRoles.ts from a copy of Microsoft's "Azure built-in roles"
// page (MicrosoftDocs/azure-docs, articles/role-based-access-control/built-in-roles.md).
//
//   node scripts/extract-azure-roles.mjs <built-in-roles.md> [--source "<commit / date note>"]
//
// The build never runs this: the generated file is committed and self-contained. Run it by hand
// when Microsoft publishes new roles, then review the diff. Roles do get renamed: list the old name
// in RENAMES below so files written before the rename still resolve (a row whose anchor no longer
// matches its name is reported, as it usually means a rename).
//
// Input: the generated summary tables of the page (the markdown file, or the same tables as
// published on learn.microsoft.com), one per category:
//   ## Compute
//   > | Built-in role | Description | ID |
//   > | --- | --- | --- |
//   > | <a name='x'></a>[Name](./built-in-roles/compute.md#x) | Description | GUID |
// Rows are parsed leniently (the `> ` quote, the anchor and the link are optional, a missing closing
// pipe is tolerated). The "Privileged" category marks the privileged roles.
import { readFileSync, writeFileSync } from 'node:fs';

const OUTPUT = 'src/core/catalog/azureRoles.ts';
const TABLE = 'src/core/catalog/azureRoles.json';
const DESCRIPTIONS = 'src/core/catalog/azureRoleDescriptions.json';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Former display name -> current name, for roles the page renamed. The Azure AI roles became
 * Foundry roles (the 2026-04 version of the page still had the old names in its anchors, e.g.
 * `azure-ai-user` for Foundry User); the Logic Apps Standard roles lost their "(Preview)" suffix.
 * Emitted only when the current name is in the input and the former one is not.
 */
const RENAMES = {
  'Azure AI Account Owner': 'Foundry Account Owner',
  'Azure AI Owner': 'Foundry Owner',
  'Azure AI Project Manager': 'Foundry Project Manager',
  'Azure AI User': 'Foundry User',
  'Logic Apps Standard Contributor (Preview)': 'Logic Apps Standard Contributor',
  'Logic Apps Standard Developer (Preview)': 'Logic Apps Standard Developer',
  'Logic Apps Standard Operator (Preview)': 'Logic Apps Standard Operator',
  'Logic Apps Standard Reader (Preview)': 'Logic Apps Standard Reader',
};

const args = process.argv.slice(2);
const input = args.find((a) => !a.startsWith('--'));
const sourceIndex = args.indexOf('--source');
const sourceNote = sourceIndex >= 0 ? args[sourceIndex + 1] : undefined;
if (!input) {
  console.error('usage: node scripts/extract-azure-roles.mjs <built-in-roles.md> [--source "<note>"]');
  process.exit(2);
}

/** Markdown links become their text; HTML line breaks become spaces; whitespace is collapsed. */
function plain(text) {
  return text
    .replace(/<a name=['"][^'"]*['"]><\/a>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

const roles = [];
const warnings = [];
let category;
for (const raw of readFileSync(input, 'utf8').split(/\r?\n/)) {
  const line = raw.replace(/^>\s?/, '').trim();
  const heading = /^##\s+(.+)$/.exec(line);
  if (heading) {
    category = heading[1].trim();
    continue;
  }
  if (!line.startsWith('|') || !category) continue;
  const idMatch = /\|\s*([0-9a-fA-F-]{36})\s*\|?\s*$/.exec(line);
  if (!idMatch || !GUID.test(idMatch[1])) continue; // header, separator or not a role row
  const body = line.slice(1, idMatch.index); // between the opening pipe and the ID cell
  const cut = body.indexOf('|');
  if (cut < 0) continue;
  const nameCell = body.slice(0, cut);
  const anchor = /<a name=['"]([^'"]*)['"]><\/a>/.exec(nameCell)?.[1];
  const name = plain(nameCell);
  const description = plain(body.slice(cut + 1));
  const id = idMatch[1].toLowerCase();
  roles.push({ name, id, description, category, privileged: category === 'Privileged' });
  if (anchor && anchor !== slug(name) && !Object.values(RENAMES).includes(name)) {
    warnings.push(`anchor '${anchor}' does not match '${name}': renamed? add the old name to RENAMES`);
  }
}

const names = new Set();
const ids = new Set();
for (const role of roles) {
  if (names.has(role.name.toLowerCase())) warnings.push(`duplicate name ${role.name}`);
  if (ids.has(role.id)) warnings.push(`duplicate id ${role.id}`);
  names.add(role.name.toLowerCase());
  ids.add(role.id);
}
const current = new Set(roles.map((r) => r.name.toLowerCase()));
const aliases = Object.entries(RENAMES).filter(
  ([former, now]) => current.has(now.toLowerCase()) && !current.has(former.toLowerCase()),
);
for (const warning of warnings) console.warn(`warning: ${warning}`);
if (roles.length === 0) {
  console.error('no role rows found');
  process.exit(1);
}

const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const categories = [...new Set(roles.map((r) => r.category))];
const out = [];
out.push(`/**
 * Azure built-in roles (Azure RBAC), generated by scripts/extract-azure-roles.mjs: do not edit by hand.
 *
 * Source: "Azure built-in roles", MicrosoftDocs/azure-docs
 * articles/role-based-access-control/built-in-roles.md
 * (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).${sourceNote ? `\n * ${sourceNote.split('\\n').join('\n * ')}` : ''}
 * ${roles.length} roles in ${categories.length} categories, in the page's order. The roles the page lists under
 * "Privileged" have \`privileged: true\`.
 */

export interface AzureRole {
  /** Display name (roleName), as Azure shows it. */
  name: string;
  /** Role definition id (a GUID, the same in every tenant). */
  id: string;
  /** The page's category: Privileged, General, Compute, Networking, Storage... */
  category: string;
  /** In the page's "Privileged" category. */
  privileged?: boolean;
}

let roles: readonly AzureRole[] | undefined;

/**
 * The roles, in the page's order: kept in \`azureRoles.json\` (beside the bundles in the shipped
 * build) and read on first use, so that loading the extension does not compile a 50 KB table.
 */
export function azureBuiltInRoles(): readonly AzureRole[] {
  return (roles ??= require('./azureRoles.json') as AzureRole[]);
}
`);
out.push(`
/** Former names of renamed built-in roles (case-insensitive lookups: ./index.ts). */
export const AZURE_ROLE_ALIASES: Readonly<Record<string, string>> = {`);
for (const [former, now] of aliases) out.push(`  ${q(former)}: ${q(now)},`);
out.push(`};
`);
writeFileSync(OUTPUT, out.join('\n'));
writeFileSync(TABLE, `[\n${roles.map((r) => ` ${JSON.stringify({ name: r.name, id: r.id, category: r.category, ...(r.privileged ? { privileged: true } : {}) })}`).join(',\n')}\n]\n`);
// Descriptions go to a JSON file read on first use (./roleDescriptions.ts), out of the bundles.
writeFileSync(DESCRIPTIONS, `${JSON.stringify(Object.fromEntries(roles.map((r) => [r.id, r.description])), null, 1)}\n`);
console.log(`${OUTPUT}: ${roles.length} roles, ${categories.length} categories, ${aliases.length} aliases, ${warnings.length} warnings`);
