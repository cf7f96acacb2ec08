import { assignmentReferences, isAccountReference, memberReferences, resolveLocally } from './principalReferences';
import type { PrincipalReference } from './principalReferences';
import type { Str } from '../model';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';
import { replaceOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface KnownAccountsData extends FixData {
  field?: string;
  /** The value as written: a UPN, or a group's or service principal's name. */
  upn?: string;
  suggestion?: string;
}

export const knownAccounts: Rule<KnownAccountsData> = {
  id: 'CRT002',
  name: 'KnownAccounts',
  defaultSeverity: 'error',
  title: 'createdBy, owner, every principal and every group member name something the estate declares',
  sources: ['ASSOC'],
  check({ workspace, index, messages: m, name: naming }) {
    const findings: Array<Finding<KnownAccountsData>> = [];
    const check = (value: Str | undefined, field: string, where: string) => {
      if (!value || index.isKnownAccount(value.value)) return;
      const suggestion = index.suggestAccount(value.value);
      findings.push({
        message: m.CRT002({ upn: value.value, field, where, suggestion }),
        start: value.start,
        end: value.end,
        data: { field, upn: value.value, suggestion },
      });
    };
    /** A principal or member: an account anywhere in the file, or a group or service principal name the directory (or another) declares. */
    const reference = (ref: PrincipalReference, field: string, where: string) => {
      if (isAccountReference(ref)) return check(ref.text, field, where);
      if (resolveLocally(index, ref).status !== 'absent') return;
      const resolved = index.resolvePrincipal(ref.directory, ref.text.value);
      if (resolved.status !== 'unknown') return; // elsewhere: RBA001 or GRP003
      findings.push({
        message: m.CRT002Name({ principal: ref.text.value, where, directory: naming.directory(ref.directory), suggestion: resolved.suggestion }),
        start: ref.text.start,
        end: ref.text.end,
        data: { field, upn: ref.text.value, suggestion: resolved.suggestion },
      });
    };
    for (const subscription of index.subscriptions) {
      const name = naming.subscription(subscription);
      check(subscription.owner, 'owner', name);
      check(subscription.createdBy, 'createdBy', name);
    }
    for (const ref of assignmentReferences(workspace.directories)) {
      const where = ref.subscription
        ? m.CRT002RoleAssignmentOf({ subscription: naming.subscription(ref.subscription) })
        : m.CRT002RoleAssignmentOfManagementGroup({ managementGroup: m.quoted({ name: ref.managementGroup!.name?.value ?? ref.managementGroup!.id?.value ?? '' }) });
      reference(ref, 'principal', where);
    }
    for (const ref of memberReferences(workspace.directories)) {
      reference(ref, 'members', m.CRT002MemberOf({ group: m.quoted({ name: ref.group!.name?.value ?? ref.group!.id?.value ?? '' }) }));
    }
    return findings;
  },
  fixes(data, context) {
    const suggestion = data.text('suggestion');
    return suggestion ? replaceOffer(context, context.messages.fixUse({ value: suggestion }), data.text('upn'), suggestion) : [];
  },
};
