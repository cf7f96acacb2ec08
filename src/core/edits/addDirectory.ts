import type { YAMLMap } from 'yaml';
import { blankSeparated, domainDirectory, open } from './common';
import { findDirectory, GUID } from './find';
import { planned, refuse } from './types';
import type { EditPlan } from './types';
import { appendItems } from './yamlText';

export interface AddDirectoryArgs {
  /** Tenant id (GUID). */
  id: string;
  name: string;
  /** Verified domains, the initial `*.onmicrosoft.com` one included. */
  domains: string[];
  alias?: string;
}

/** Appends a directory to `directories`. Refuses a tenant id or a domain the file already has. */
export function addDirectory(text: string, args: AddDirectoryArgs): EditPlan {
  const { source, refused } = open(text);
  if (refused) return refused;
  if (!GUID.test(args.id)) return refuse(`${args.id} is not a tenant id: directory ids are GUIDs like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.`);
  if (!args.name.trim()) return refuse('A directory needs a name.');
  if (!args.domains.length) return refuse('A directory needs at least its initial *.onmicrosoft.com domain.');
  const existing = findDirectory(source, args.id);
  if (existing) return refuse(`The file already has a directory with id ${args.id} (${existing.label}); tenant ids are unique.`);
  for (const domain of args.domains) {
    if (domain !== domain.toLowerCase()) return refuse(`Domain names are written in lower case: use ${domain.toLowerCase()}.`);
    const owner = domainDirectory(source, domain);
    if (owner) return refuse(`${domain} is already verified in ${owner.label}; a domain is verified in one directory only.`);
  }
  const root = source.doc.contents as YAMLMap;
  return planned(appendItems(source, root, 'directories', [[['id', args.id], ['name', args.name], ['alias', args.alias], ['domains', args.domains]]], {
    preferFlow: false,
    blankLineBefore: blankSeparated(source, root, 'directories'),
  }));
}
