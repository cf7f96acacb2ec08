/** Small field fixes: mark a guest external, add a verified domain, replace one value. */
import { isSeq } from 'yaml';
import type { Node } from 'yaml';
import { messagesFor } from '../i18n';
import { sameAccount } from '../identity';
import { fold } from '../model';
import { domainDirectory, mapItems, open, openDirectory } from './common';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { setKey } from './yaml/keys';
import { contentEnd, itemLines, pairOf, scalarText } from './yaml/nodes';
import { formatScalar, replaceScalar, scalarAt } from './yaml/scalars';
import type { MarkGuestExternalArgs, AddDomainArgs, ReplaceValueArgs } from './plannerArgs';
export type { MarkGuestExternalArgs, AddDomainArgs, ReplaceValueArgs } from './plannerArgs';

/** Adds `external: true` to a guest entry: its home account lives outside the directories of the file. */
export function markGuestExternal(text: string, args: MarkGuestExternalArgs, options: PlanOptions = {}): EditPlan {
  const opened = openDirectory(text, args.directoryId, options);
  if (isRefused(opened)) return opened;
  const { m, source, directory } = opened;
  const guest = mapItems(directory.map, 'guests').find((g) => sameAccount(scalarText(g, 'upn') ?? '', args.upn));
  if (!guest) return refuse(m.editNotGuestOf({ upn: args.upn, directory: directory.label }));
  return planned([setKey(source, guest, 'external', true)]);
}

/** Appends a domain to a directory's `domains`. Refuses a domain verified in any directory of the file. */
export function addDomain(text: string, args: AddDomainArgs, options: PlanOptions = {}): EditPlan {
  const opened = openDirectory(text, args.directoryId, options);
  if (isRefused(opened)) return opened;
  const { m, source, directory } = opened;
  const domain = args.domain.toLowerCase();
  const owner = domainDirectory(source, domain);
  if (owner) return refuse(owner.index === directory.index ? m.editDomainHere({ domain, directory: directory.label }) : m.editDomainElsewhere({ domain, directory: owner.label }));
  const seq = pairOf(directory.map, 'domains')?.value;
  if (!isSeq(seq) || !seq.items.length) return refuse(m.editNoDomainList({ directory: directory.label }));
  const last = seq.items[seq.items.length - 1] as Node;
  if (seq.flow) {
    const at = contentEnd(source.text, last);
    return planned([{ start: at, end: at, newText: `, ${formatScalar(domain, true)}` }]);
  }
  const lines = itemLines(source.text, last)!;
  return planned([{ start: lines.end, end: lines.end, newText: `${' '.repeat(lines.indent)}- ${formatScalar(domain)}${source.eol}` }]);
}

/** Replaces one scalar value, keeping its quoting style where the new value allows it. */
export function replaceValue(text: string, args: ReplaceValueArgs, options: PlanOptions = {}): EditPlan {
  const m = messagesFor(options.locale);
  const { source, refused } = open(text, m);
  if (refused) return refused;
  const node = scalarAt(source, args.offset);
  if (!node) return refuse(m.editNoValue());
  if (args.expected !== undefined && fold(String(node.value)) !== fold(args.expected)) return refuse(m.editValueChanged({ expected: args.expected }));
  return planned([replaceScalar(source, node, args.value)]);
}
