/** Identity, structure (including ambiguous names), ownership and creation rules (TEN, USR, GST, SUB, OWN, CRT), in catalog order. */
import { createdInCreatorsDirectory } from './CRT001-createdInCreatorsDirectory';
import { knownAccounts } from './CRT002-knownAccounts';
import { guestHomeAccount } from './GST001-guestHomeAccount';
import { guestNotMember } from './GST002-guestNotMember';
import { azureHasOwner } from './OWN001-azureHasOwner';
import { ownerIsMember } from './OWN002-ownerIsMember';
import { office365HasNoOwner } from './OWN003-office365HasNoOwner';
import { office365Manageable } from './OWN004-office365Manageable';
import type { Rule } from './rule';
import { uniqueSubscriptionIds } from './SUB001-uniqueSubscriptionIds';
import { subscriptionNamesAcrossDirectories } from './SUB002-subscriptionNamesAcrossDirectories';
import { uniqueDirectoryIds } from './TEN001-uniqueDirectoryIds';
import { initialDomain } from './TEN002-initialDomain';
import { domainInOneDirectory } from './TEN003-domainInOneDirectory';
import { uniqueDirectoryNames } from './TEN004-uniqueDirectoryNames';
import { uniqueUpns } from './USR001-uniqueUpns';
import { upnDomain } from './USR002-upnDomain';
import { uniqueDisplayNames } from './USR003-uniqueDisplayNames';
import { entraRoles } from './USR004-entraRoles';

export const IDENTITY_RULES: readonly Rule[] = [
  uniqueDirectoryIds, initialDomain, domainInOneDirectory, uniqueDirectoryNames, uniqueUpns, upnDomain, uniqueDisplayNames, entraRoles,
  guestHomeAccount, guestNotMember, uniqueSubscriptionIds, subscriptionNamesAcrossDirectories,
  azureHasOwner, ownerIsMember, office365HasNoOwner, office365Manageable, createdInCreatorsDirectory, knownAccounts,
];
