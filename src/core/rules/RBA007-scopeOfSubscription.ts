import { fold } from '../model';
import { parseScope } from '../scope';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';
import { replaceOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface ScopeOfSubscriptionData extends FixData {
  scope?: string;
  suggestion?: string;
  otherSubscriptionId?: string;
  subscriptionId?: string;
}

export const scopeOfSubscription: Rule<ScopeOfSubscriptionData> = {
  id: 'RBA007',
  name: 'ScopeOfSubscription',
  defaultSeverity: 'error',
  title: "A role assignment's scope is a valid Azure path within its own subscription",
  sources: ['SCOPES', 'ROLES'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<ScopeOfSubscriptionData>> = [];
    for (const subscription of index.subscriptions) {
      if (subscription.type?.value !== 'azure') continue;
      for (const assignment of [...subscription.roleAssignments, ...subscription.pendingRoleAssignments]) {
        const scope = assignment.scope;
        if (!scope) continue;
        const { problem } = parseScope(scope.value, subscription.id?.value);
        if (!problem) continue;
        const names = { scope: scope.value, subscription: name.subscription(subscription) };
        // Offsets inside the value: the scalar may be quoted, so find the text where it is written.
        const written = scope.end - scope.start - scope.value.length;
        const base = scope.start + (written > 0 ? Math.floor(written / 2) : 0);
        switch (problem.kind) {
          case 'otherSubscription': {
            const other = index.subscriptionsById.get(fold(problem.subscriptionId))?.[0];
            findings.push({
              message: m.RBA007OtherSubscription({ ...names, other: other ? name.subscription(other) : problem.subscriptionId }),
              start: base + problem.at, end: base + problem.at + problem.length,
              data: { scope: scope.value, otherSubscriptionId: problem.subscriptionId, subscriptionId: subscription.id?.value },
            });
            break;
          }
          case 'badSubscriptionId':
            findings.push({
              message: m.RBA007BadSubscriptionId({ ...names, value: problem.value }),
              start: base + problem.at, end: base + problem.at + problem.length,
              data: { scope: scope.value },
            });
            break;
          case 'managementGroup':
            findings.push({ message: m.RBA007ManagementGroup(names), start: scope.start, end: scope.end, data: { scope: scope.value } });
            break;
          default:
            findings.push({
              message: m.RBA007Syntax({ ...names, segment: problem.segment, suggestion: problem.suggestion }),
              start: scope.start, end: scope.end,
              data: { scope: scope.value, suggestion: problem.suggestion },
            });
        }
      }
    }
    return findings;
  },
  fixes(data, context) {
    const suggestion = data.text('suggestion');
    return suggestion ? replaceOffer(context, context.messages.fixUse({ value: suggestion }), data.text('scope'), suggestion) : [];
  },
};
