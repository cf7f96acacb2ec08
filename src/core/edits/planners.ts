/**
 * The edit planners a rule's quick fix may call (`PlannerCall` in src/core/rules/fixes.ts), by name.
 * Rules name planners without importing them, so the analysis never loads the editing code.
 */
import type { PlannerCall } from '../rules/fixes';
import { addUser } from './addUser';
import { addDomain, markGuestExternal, replaceValue } from './guestAndDomain';
import { inviteGuest } from './inviteGuest';
import { removeEntity } from './removeEntity';
import { renameUpn } from './renameUpn';
import { setOwner } from './setOwner';
import { transferSubscription } from './transferSubscription';
import type { EditPlan, PlanOptions } from './types';

type Planners = { [Name in PlannerCall['planner']]: (text: string, args: Extract<PlannerCall, { planner: Name }>['args'], options?: PlanOptions) => EditPlan };

const PLANNERS: Planners = {
  setOwner, transferSubscription, inviteGuest, addUser, markGuestExternal, addDomain, replaceValue, renameUpn, removeEntity,
};

/** Plans one planner call on `text`. */
export function planCall(text: string, call: PlannerCall, options: PlanOptions = {}): EditPlan {
  const planner = PLANNERS[call.planner] as (text: string, args: PlannerCall['args'], options?: PlanOptions) => EditPlan;
  return planner(text, call.args, options);
}
