import type { Messages } from '../i18n';
import { principalName, principalTypeOf } from '../principals';
import type { Principal } from '../principals';
import { assignmentReferences, isAccountReference, memberReferences, resolveLocally } from './principalReferences';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';
import { replaceOffer } from './fixes';

/** What its findings carry for the quick fixes: the principal type the reference really names. */
export interface PrincipalUnambiguousData extends FixData {
  written?: string;
  principalType?: string;
}

/** A principal as messages list it: its kind, name and object id. */
export function describePrincipal(principal: Principal, m: Messages): string {
  const id = principal.kind === 'group' || principal.kind === 'servicePrincipal' ? principal.id?.value : undefined;
  const name = principal.kind === 'group' || principal.kind === 'servicePrincipal' ? m.quoted({ name: principalName(principal) }) : principalName(principal);
  return m.principalDescription({ kind: principal.kind, name, id });
}

export const principalUnambiguous: Rule<PrincipalUnambiguousData> = {
  id: 'PRN001',
  name: 'PrincipalUnambiguous',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'A principal reference names exactly one principal of its directory, of the type principalType says',
  sources: ['ROLES', 'GROUPS'],
  check({ workspace, index, messages: m, name }) {
    const findings: Array<Finding<PrincipalUnambiguousData>> = [];
    for (const references of [assignmentReferences(workspace.directories), memberReferences(workspace.directories)]) for (const reference of references) {
      // An account reference names one account at most: only a type other than User can be wrong.
      if (isAccountReference(reference) && (!reference.type || reference.type.value === 'User')) continue;
      const local = resolveLocally(index, reference);
      if (local.status === 'found' || local.status === 'absent') continue;
      const directory = name.directory(reference.directory);
      const text = reference.text;
      if (local.status === 'ambiguous') {
        const kinds = new Set(local.candidates.map(principalTypeOf));
        findings.push({
          message: m.PRN001Ambiguous({
            principal: text.value, count: local.candidates.length, directory,
            candidates: m.list({ items: local.candidates.map((p) => describePrincipal(p, m)) }),
            canType: Boolean(reference.assignment) && !reference.type && kinds.size > 1,
          }),
          start: text.start,
          end: text.end,
          related: local.candidates.flatMap((p) => {
            const at = p.kind === 'group' || p.kind === 'servicePrincipal' ? p.name : p.upn;
            return at ? [{ message: m.relatedSameName(), start: at.start, end: at.end }] : [];
          }),
        });
      } else {
        const type = reference.type!;
        const actual = principalTypeOf(local.candidates[0]);
        findings.push({
          message: m.PRN001Type({ principal: text.value, type: type.value, actual: describePrincipal(local.candidates[0], m), directory, expected: actual }),
          start: type.start,
          end: type.end,
          data: { written: type.value, principalType: actual },
        });
      }
    }
    return findings;
  },
  fixes(data, context) {
    const type = data.text('principalType');
    return type ? replaceOffer(context, context.messages.fixUse({ value: type }), data.text('written'), type) : [];
  },
};
