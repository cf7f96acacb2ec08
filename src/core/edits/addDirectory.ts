import type { YAMLMap } from 'yaml';
import { messagesFor } from '../i18n';
import { blankSeparated, domainDirectory, open } from './common';
import { findDirectory, GUID } from './find';
import { planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { appendItems } from './yaml/sequences';

export interface AddDirectoryArgs {
  /** Tenant id (GUID). */
  id: string;
  name: string;
  /** Verified domains, the initial `*.onmicrosoft.com` one included. */
  domains: string[];
  alias?: string;
}

/** Appends a directory to `directories`. Refuses a tenant id or a domain the file already has. */
export function addDirectory(text: string, args: AddDirectoryArgs, options: PlanOptions = {}): EditPlan {
  const m = messagesFor(options.locale);
  const { source, refused } = open(text, m);
  if (refused) return refused;
  if (!GUID.test(args.id)) return refuse(m.editNotTenantId({ id: args.id }));
  if (!args.name.trim()) return refuse(m.editDirectoryNeedsName());
  if (!args.domains.length) return refuse(m.editDirectoryNeedsDomain());
  const existing = findDirectory(source, args.id);
  if (existing) return refuse(m.editDirectoryExists({ id: args.id, directory: existing.label }));
  for (const domain of args.domains) {
    if (domain !== domain.toLowerCase()) return refuse(m.editDomainLowerCase({ domain: domain.toLowerCase() }));
    const owner = domainDirectory(source, domain);
    if (owner) return refuse(m.editDomainElsewhere({ domain, directory: owner.label }));
  }
  const root = source.doc.contents as YAMLMap;
  return planned(appendItems(source, root, 'directories', [[['id', args.id], ['name', args.name], ['alias', args.alias], ['domains', args.domains]]], {
    preferFlow: false,
    blankLineBefore: blankSeparated(source, root, 'directories'),
  }));
}
