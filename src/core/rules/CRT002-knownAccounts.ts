import { namesAnAccount } from '../principals';
import type { Str } from '../model';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';
import { replaceOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface KnownAccountsData extends FixData {
  field?: string;
  upn?: string;
  suggestion?: string;
}

export const knownAccounts: Rule<KnownAccountsData> = {
  id: 'CRT002',
  name: 'KnownAccounts',
  defaultSeverity: 'error',
  title: 'createdBy, owner and every principal name a known account',
  sources: ['ASSOC'],
  check({ index, messages: m, name: naming }) {
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
    for (const subscription of index.subscriptions) {
      const name = naming.subscription(subscription);
      check(subscription.owner, 'owner', name);
      check(subscription.createdBy, 'createdBy', name);
      if (subscription.type?.value === 'azure') {
        for (const assignment of subscription.roleAssignments) {
          // A principal without `@` names a group or a service principal: checked by their own rules.
          if (assignment.principal && namesAnAccount(assignment.principal.value)) check(assignment.principal, 'principal', m.CRT002RoleAssignmentOf({ subscription: name }));
        }
      }
    }
    return findings;
  },
  fixes(data, context) {
    const suggestion = data.text('suggestion');
    return suggestion ? replaceOffer(context, context.messages.fixUse({ value: suggestion }), data.text('upn'), suggestion) : [];
  },
};
