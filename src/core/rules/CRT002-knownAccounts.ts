import type { Str } from '../model';
import { didYouMean } from '../text/didYouMean';
import type { Finding, Rule } from './rule';
import { subscriptionName } from './naming';

export const knownAccounts: Rule = {
  id: 'CRT002',
  name: 'KnownAccounts',
  defaultSeverity: 'error',
  title: 'createdBy, owner and every principal name a known account',
  sources: ['ASSOC'],
  check({ index }) {
    const findings: Finding[] = [];
    let names: string[] | undefined;
    const check = (value: Str | undefined, field: string, where: string) => {
      if (!value || index.isKnownAccount(value.value)) return;
      names ??= [...index.accountNames()];
      const suggestion = didYouMean(value.value, names);
      findings.push({
        message:
          `${value.value} (${field} of ${where}) is not an account of any directory in this file. ` +
          'Subscriptions are created, owned and accessed by users of a directory, or guests invited into it. ' +
          (suggestion ? `Did you mean ${suggestion}? ` : '') +
          'Correct the name, or add the user to its directory.',
        start: value.start,
        end: value.end,
        data: { field, upn: value.value, suggestion },
      });
    };
    for (const subscription of index.subscriptions) {
      const name = subscriptionName(subscription);
      check(subscription.owner, 'owner', name);
      check(subscription.createdBy, 'createdBy', name);
      if (subscription.type?.value === 'azure') {
        for (const assignment of subscription.roleAssignments) check(assignment.principal, 'principal', `a role assignment of ${name}`);
      }
    }
    return findings;
  },
};
