/**
 * The facts the Azure CLI does not report, which an import records as `unknown` (to fill in) —
 * see docs/format.md. One definition for the merge, the schema's documentation and the rules.
 */

/** An Azure subscription's Account Administrator, who signed up for it, and its offer. */
export const UNKNOWN_SUBSCRIPTION_FACTS = ['owner', 'createdBy', 'offer'] as const;

/** A directory's users, until a user list of it is imported. */
export const UNKNOWN_DIRECTORY_FACTS = ['users'] as const;
