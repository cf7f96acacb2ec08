/**
 * Les messages du cœur en français : le même jeu de fonctions que `en.ts` (le compilateur le vérifie
 * avec `satisfies Messages`), dans le vocabulaire de la documentation Microsoft en français.
 */
import type { SchemaKind } from '../schema/schemaKinds';
import type { CountNoun, Messages } from './en';

type Opt = string | undefined;

const IMPORT_KIND: Record<'directory' | 'user' | 'guest' | 'subscription' | 'roleAssignment' | 'group' | 'servicePrincipal' | 'managementGroup', string> = { directory: 'annuaire', user: 'utilisateur', guest: 'invité', subscription: 'abonnement', roleAssignment: 'attribution de rôle', group: 'groupe', servicePrincipal: 'principal de service', managementGroup: 'groupe d’administration' };
const IMPORT_KINDS: Record<'directory' | 'user' | 'guest' | 'subscription' | 'roleAssignment' | 'group' | 'servicePrincipal' | 'managementGroup', string> = { directory: 'annuaires', user: 'utilisateurs', guest: 'invités', subscription: 'abonnements', roleAssignment: 'attributions de rôle', group: 'groupes', servicePrincipal: 'principaux de service', managementGroup: 'groupes d’administration' };
const AZ_KINDS = 'le JSON de `az account list --all -o json`, `az account tenant list -o json`, `az ad user list -o json` (ou une page Microsoft Graph d’utilisateurs), `az ad group list -o json`, `az ad sp list --all -o json`, `az account management-group entities list -o json` (ou `list`, `show --expand --recurse`) ou `az role assignment list --all --include-inherited -o json`';

const NOUN: Record<SchemaKind, string> = {
  top: 'le niveau supérieur du fichier',
  directory: 'un annuaire',
  user: 'un utilisateur',
  guest: 'un invité',
  subscription: 'un abonnement',
  roleAssignment: 'une attribution de rôle',
  pendingRoleAssignment: 'une attribution de rôle en attente',
  group: 'un groupe',
  servicePrincipal: 'un principal de service',
  managementGroup: 'un groupe d’administration',
  managementGroupRoleAssignment: 'une attribution de rôle d’un groupe d’administration',
};

/** « d’un annuaire » : complément de nom. */
const OF: Record<SchemaKind, string> = {
  top: 'du niveau supérieur',
  directory: 'd’un annuaire',
  user: 'd’un utilisateur',
  guest: 'd’un invité',
  subscription: 'd’un abonnement',
  roleAssignment: 'd’une attribution de rôle',
  pendingRoleAssignment: 'd’une attribution de rôle en attente',
  group: 'd’un groupe',
  servicePrincipal: 'd’un principal de service',
  managementGroup: 'd’un groupe d’administration',
  managementGroupRoleAssignment: 'd’une attribution de rôle d’un groupe d’administration',
};

const FOR: Record<SchemaKind, string> = {
  top: 'au niveau supérieur du fichier',
  directory: 'pour un annuaire',
  user: 'pour un utilisateur',
  guest: 'pour un invité',
  subscription: 'pour un abonnement',
  roleAssignment: 'pour une attribution de rôle',
  pendingRoleAssignment: 'pour une attribution de rôle en attente',
  group: 'pour un groupe',
  servicePrincipal: 'pour un principal de service',
  managementGroup: 'pour un groupe d’administration',
  managementGroupRoleAssignment: 'pour une attribution de rôle d’un groupe d’administration',
};

const PLURAL: Record<SchemaKind, string> = {
  top: 'clés de niveau supérieur',
  directory: 'annuaires',
  user: 'utilisateurs',
  guest: 'invités',
  subscription: 'abonnements',
  roleAssignment: 'attributions de rôle',
  pendingRoleAssignment: 'attributions de rôle en attente',
  group: 'groupes',
  servicePrincipal: 'principaux de service',
  managementGroup: 'groupes d’administration',
  managementGroupRoleAssignment: 'attributions de rôle de groupes d’administration',
};

const SHAPE: Record<SchemaKind, string> = {
  top: 'une table avec `version: 1` et `directories:`',
  directory: 'une table de clés, avec au moins `id:`, `name:` et `domains:`',
  user: 'une table de clés comme `upn:` et `displayName:`',
  guest: 'une table de clés comme `upn:` et `external:`',
  subscription: 'une table de clés, avec au moins `id:`, `name:` et `type:`',
  roleAssignment: 'une table comme `{ principal: alice@contoso.com, role: Reader }`',
  pendingRoleAssignment: 'une table comme `{ principal: alice@contoso.com, role: Reader }`',
  group: 'une table de clés, avec au moins `name:` (et `members:`)',
  servicePrincipal: 'une table de clés, avec au moins `name:` et `type:`',
  managementGroup: 'une table de clés, avec au moins `id:`',
  managementGroupRoleAssignment: 'une table comme `{ principal: Platform Engineers, role: Reader }`',
};

const SUBJECT: Record<SchemaKind, string> = {
  top: 'Le fichier',
  directory: 'L’annuaire',
  user: 'L’utilisateur',
  guest: 'L’invité',
  subscription: 'L’abonnement',
  roleAssignment: 'L’attribution de rôle',
  pendingRoleAssignment: 'L’attribution de rôle en attente',
  group: 'Le groupe',
  servicePrincipal: 'Le principal de service',
  managementGroup: 'Le groupe d’administration',
  managementGroupRoleAssignment: 'L’attribution de rôle du groupe d’administration',
};

const REQUIRED_WHY: Record<string, string> = {
  'top.version': 'écrivez `version: 1` en tête du fichier ; cette clé indique la version du format que suit le fichier',
  'top.directories': 'la liste des annuaires Microsoft Entra (écrivez `directories: []` tant qu’il n’y en a aucun)',
  'directory.id': 'son ID de locataire, un GUID (centre d’administration Microsoft Entra › Vue d’ensemble › ID de locataire)',
  'directory.name': 'le nom affiché dans l’arborescence et dans les rapports, par exemple Contoso',
  'directory.domains': 'tout annuaire a au moins son domaine initial *.onmicrosoft.com',
  'user.upn': 'le nom d’utilisateur principal avec lequel l’utilisateur se connecte, comme alice@contoso.com',
  'guest.upn': 'le compte d’origine de l’invité, comme carol@fabrikam.com',
  'subscription.id': 'son ID d’abonnement, un GUID (portail Azure › Abonnements)',
  'subscription.name': 'le nom affiché dans le portail, par exemple Contoso Production',
  'subscription.type': '`azure` ou `office365`',
  'roleAssignment.principal': 'l’UPN de l’utilisateur ou de l’invité qui reçoit le rôle',
  'roleAssignment.role': 'le rôle Azure attribué, par exemple Contributor ou Reader',
  'pendingRoleAssignment.principal': 'l’UPN de l’utilisateur ou de l’invité qui détenait le rôle',
  'pendingRoleAssignment.role': 'le rôle Azure qui était attribué, par exemple Contributor',
  'group.name': 'le nom affiché du groupe, unique dans l’annuaire, par exemple Platform Engineers',
  'servicePrincipal.name': 'son nom affiché, unique dans l’annuaire, par exemple github-deploy',
  'servicePrincipal.type': '`application` ou `managedIdentity`',
  'servicePrincipal.identity': 'une identité managée est `systemAssigned` ou `userAssigned`',
  'servicePrincipal.resource': 'une identité affectée par le système appartient à une ressource Azure : écrivez son ID de ressource',
  'managementGroup.id': 'son ID (son nom dans Azure), par exemple mg-platform',
  'managementGroupRoleAssignment.principal': 'l’UPN, le groupe ou le principal de service qui reçoit le rôle',
  'managementGroupRoleAssignment.role': 'le rôle Azure attribué, par exemple Reader',
};

const TEXT_WHAT: Record<string, string> = {
  'directory.name': 'donnez un nom à l’annuaire, par exemple Contoso',
  'directory.alias': 'donnez un surnom court, ou supprimez la clé',
  'directory.customRoles': 'écrivez le nom du rôle personnalisé, par exemple Contoso VM Operator',
  'user.displayName': 'écrivez le nom de l’utilisateur, par exemple Alice Martin, ou supprimez la clé',
  'user.roles': 'écrivez le nom d’un rôle Microsoft Entra, par exemple Global Administrator',
  'guest.displayName': 'écrivez le nom de l’invité, ou supprimez la clé',
  'guest.roles': 'écrivez le nom d’un rôle Microsoft Entra, par exemple Directory Readers',
  'subscription.name': 'donnez un nom à l’abonnement, par exemple Contoso Production',
  'subscription.alias': 'donnez un surnom court, ou supprimez la clé',
  'subscription.plan': 'écrivez le produit acheté, par exemple Microsoft 365 E3',
  'roleAssignment.role': 'écrivez un rôle Azure, par exemple Reader',
  'pendingRoleAssignment.role': 'écrivez un rôle Azure, par exemple Reader',
  'group.name': 'donnez un nom au groupe, par exemple Platform Engineers',
  'group.description': 'dites à quoi sert le groupe, ou supprimez la clé',
  'group.members': 'écrivez un UPN, ou le nom d’un groupe ou d’un principal de service',
  'group.roles': 'écrivez un nom de rôle Microsoft Entra, par exemple Helpdesk Administrator',
  'servicePrincipal.name': 'donnez-lui un nom, par exemple github-deploy',
  'managementGroup.name': 'donnez-lui un nom affiché, par exemple Platform, ou supprimez la clé',
  'managementGroupRoleAssignment.principal': 'écrivez un UPN, ou le nom d’un groupe ou d’un principal de service',
  'managementGroupRoleAssignment.role': 'écrivez un rôle Azure, par exemple Reader',
  'roleAssignment.principal': 'écrivez un UPN, ou le nom d’un groupe ou d’un principal de service',
};

const KIND_WORD: Record<string, string> = {
  null: 'vide',
  string: 'du texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true/false',
  array: 'une liste',
  object: 'une table de clés',
};

/** L’état d’un abonnement (masculin), tel que `state` l’écrit. */
const STATE: Record<string, string> = { active: 'actif', disabled: 'désactivé', expired: 'expiré', deleted: 'supprimé' };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const didYouMean = (suggestion: Opt) => (suggestion ? ` Vouliez-vous dire \`${suggestion}\` ?` : '');
const kind = (word: string) => KIND_WORD[word] ?? word;
const GLOBAL_ADMIN = 'Administrateur général (Global Administrator)';
const BILLING_ADMIN = 'Administrateur de facturation (Billing Administrator)';


const COUNT_NOUN: Record<CountNoun, [string, string]> = {
  user: ['utilisateur', 'utilisateurs'], guest: ['invité', 'invités'], subscription: ['abonnement', 'abonnements'], directory: ['annuaire', 'annuaires'],
  error: ['erreur', 'erreurs'], warning: ['avertissement', 'avertissements'], info: ['information', 'informations'], entry: ['entrée', 'entrées'],
  file: ['fichier', 'fichiers'], workspaceFile: ['fichier d’espace de travail', 'fichiers d’espace de travail'], access: ['accès', 'accès'], roleAssignment: ['attribution de rôle', 'attributions de rôle'],
  member: ['membre', 'membres'], group: ['groupe', 'groupes'], servicePrincipal: ['principal de service', 'principaux de service'], managementGroup: ['groupe d’administration', 'groupes d’administration'],
};

/** « 1 invité », « 3 invités », « 0 invité » (le singulier en français jusqu’à 1). */
const plural = (count: number, one: string, many: string) => `${count} ${count <= 1 ? one : many}`;

export const fr = {
  // ── Comment les choses sont nommées ──────────────────────────────────────────────────────────
  unknownDirectory: () => 'un annuaire inconnu',
  directoryNumber: (p) => `annuaire n° ${p.number}`,
  unnamedSubscription: () => 'abonnement sans nom',
  quoted: (p) => `« ${p.name} »`,
  withAlias: (p) => `${p.name} (alias : ${p.alias})`,
  list: (p) => p.items.join(', '),

  // ── Emplacements associés ────────────────────────────────────────────────────────────────────
  relatedFirstDefined: () => 'première définition',
  relatedMemberEntry: () => 'entrée du membre',
  relatedFirstAssigned: () => 'première attribution',
  relatedInitialDomain: () => 'domaine initial',
  relatedSameDirectoryName: () => 'annuaire portant le même nom',
  relatedSameSubscriptionName: () => 'abonnement portant le même nom',
  relatedSameUserName: () => 'utilisateur portant le même nom d’affichage',
  relatedMisspeltRole: (p) => `${p.meant} mal orthographié ?`,
  relatedDisabledHome: () => 'invité dont le compte d’origine est désactivé',
  relatedAlsoActive: (p) => `également actif ici : ${p.subscription}`,

  // ── Enchaînements de faits (`--explain`) ─────────────────────────────────────────────────────
  factAzureSubscriptionIn: (p) => `abonnement Azure ${p.subscription} dans ${p.directory}`,
  factOffice365SubscriptionIn: (p) => `abonnement Office 365 ${p.subscription} dans ${p.directory}`,
  factSubscriptionIn: (p) => `abonnement ${p.subscription} dans ${p.directory}`,
  factActiveSubscriptionIn: (p) => `abonnement actif ${p.subscription} dans ${p.directory}`,
  factNoOffice365: (p) => `${p.directory} ne contient aucun abonnement Office 365`,
  factUsedBy: (p) => `utilisé par ${p.accounts}`,
  factHomeHoldsOffice365: (p) => `annuaire d’origine ${p.directory}, qui contient Office 365`,
  factNoUsers: (p) => `${p.directory} n’a aucun utilisateur`,
  factOnlyUserDisabled: (p) => `le seul utilisateur de ${p.directory} est désactivé`,
  factAllUsersDisabled: (p) => `les ${p.count} utilisateurs de ${p.directory} sont tous désactivés`,
  factCreatedBy: (p) => `créé par ${p.creator}`,
  factTransferredFrom: (p) => `transféré depuis ${p.directory} (consigné dans le fichier)`,
  factOwnedBy: (p) => `détenu par ${p.owner}`,
  factHomeDirectoryIsNot: (p) => `annuaire d’origine ${p.home} ≠ ${p.directory}`,
  factGuestOf: (p) => `invité ${p.upn} de ${p.directory}`,
  factUserOf: (p) => `utilisateur ${p.upn} de ${p.directory}`,
  factAlsoUserOf: (p) => `également utilisateur de ${p.directory}`,
  factOnlyGuestOf: (p) => `seulement invité de ${p.directory}`,
  factNoSuchUser: (p) => `aucun utilisateur ${p.upn} dans ${p.directory}`,
  factNotAnywhere: () => 'utilisateur d’aucun annuaire de ce parc, et pas marqué comme externe',
  factDomainBelongsTo: (p) => `le domaine ${p.domain} appartient à ${p.directory}`,
  factNoManager: (p) => `aucun utilisateur activé ni invité de ${p.directory} n’a le rôle ${GLOBAL_ADMIN} ou ${BILLING_ADMIN}`,
  factRoleAssignmentOn: (p) => `attribution du rôle ${p.role ?? '(sans rôle)'} sur ${p.subscription}`,
  factTrusts: (p) => `l’abonnement approuve ${p.directory}`,
  factPrincipal: (p) => `principal de sécurité ${p.principal}`,
  factPrincipalUserOf: (p) => `principal ${p.principal} : utilisateur de ${p.directory}`,
  factPrincipalUndeclared: (p) => `principal ${p.principal} : absent de ce parc`,
  factNeitherUserNorGuest: (p) => `ni utilisateur ni invité de ${p.directory}`,
  factDisabledUserOf: (p) => `utilisateur de ${p.directory} avec enabled: false`,
  factBlockedGuestOf: (p) => `invité de ${p.directory} avec enabled: false`,
  factSameNameTwoDirectories: (p) => `même nom « ${p.name} » dans deux annuaires`,
  factDirectoryTenant: (p) => `annuaire ${p.directory}, locataire ${p.id ?? '(sans ID)'}`,
  factSameDisplayName: (p) => `même nom d’affichage « ${p.name} »`,
  factUpnDomain: (p) => `domaine de l’UPN : ${p.domain}`,
  factDomainsOf: (p) => `domaines de ${p.directory} : ${p.domains}`,

  // ── Règles ───────────────────────────────────────────────────────────────────────────────────
  ASC001: (p) =>
    `L’abonnement Azure ${p.subscription} est utilisé par ${p.accounts} de ${p.target}, l’annuaire qui contient les abonnements Office 365, ` +
    `mais il se trouve dans ${p.directory}. ` +
    'Pour utiliser les mêmes comptes pour Azure et Office 365, l’abonnement Azure doit être créé dans le même annuaire que les abonnements Office 365. ' +
    `Transférez l’abonnement vers ${p.target} ; notez qu’Azure supprime ses attributions de rôle quand il change d’annuaire.`,
  ASC001BothRoutes: (p) =>
    `L’abonnement Azure ${p.subscription} est utilisé par ${p.accounts} de ${p.target}, qui détient les abonnements Office 365, ` +
    `mais il se trouve dans ${p.directory}, une organisation qui a son propre domaine. Deux voies sont possibles : ` +
    `associer l’abonnement à ${p.target} (Transférer l’abonnement), pour que les mêmes comptes utilisent Azure et Office 365 — Azure supprime alors ses attributions de rôle, et les utilisateurs de ${p.directory} n’y gardent accès qu’en invités de ${p.target} ; ` +
    `ou le garder dans ${p.directory} et donner accès aux comptes de ${p.target} en tant qu’invités B2B de ${p.directory}, où ils se connectent avec leur compte ${p.target}.`,
  ASC002Many: (p) =>
    `${p.count} abonnements actifs (${p.subscriptions}) appartiennent à l’annuaire ${p.directory}, qui n’a aucun utilisateur activé. ` +
    'Seuls les utilisateurs de l’annuaire qu’un abonnement approuve peuvent le détenir et le gérer. ' +
    'Ajoutez ou réactivez un utilisateur de l’annuaire, ou transférez les abonnements vers un annuaire qui en a un.',
  ASC002: (p) =>
    `${p.subscription} est actif, mais l’annuaire ${p.directory} n’a aucun utilisateur activé. ` +
    'Seuls les utilisateurs de l’annuaire qu’un abonnement approuve peuvent le détenir et le gérer. ' +
    'Ajoutez ou réactivez un utilisateur de l’annuaire, ou transférez l’abonnement vers un annuaire qui en a un.',
  ASC003: (p) =>
    `${p.subscription} est ${STATE[p.state] ?? p.state} mais liste encore ${p.count === 1 ? 'une attribution' : `${p.count} attributions`} de rôle. ` +
    'Un abonnement inactif ne donne accès à aucune de ses ressources : ces entrées ne décrivent plus un accès réel. ' +
    'Supprimez-les une fois l’abonnement définitivement abandonné, ou réactivez-le.',
  CRT001: (p) =>
    `${p.subscription} se trouve dans ${p.directory}, mais son créateur ${p.creator} est un utilisateur de ${p.home}. ` +
    'Un abonnement est créé dans l’annuaire de l’utilisateur qui le crée. ' +
    `Déplacez l’abonnement vers ${p.home} (ou indiquez comment il a été transféré ici), ou corrigez \`createdBy\`.`,
  CRT001Transferred: (p) =>
    `${p.subscription} a été créé par ${p.creator} dans ${p.home}, puis transféré vers ${p.directory}, comme le fichier le consigne. ` +
    'Un abonnement garde son créateur et son propriétaire de facturation quand il change d’annuaire : c’est donc attendu ; le ramener supprimerait à nouveau ses attributions de rôle. ' +
    'Rien à corriger : recréez ici ses attributions de rôle en attente si ce n’est pas encore fait.',
  CRT002: (p) =>
    `${p.upn} (${p.field} de ${p.where}) n’est le compte d’aucun annuaire de ce parc (ce fichier et les autres fichiers d’espace de travail de son dossier). ` +
    'Les abonnements sont créés, détenus et utilisés par les utilisateurs d’un annuaire ou par les invités qui y sont conviés. ' +
    (p.suggestion ? `Vouliez-vous dire ${p.suggestion} ? ` : '') +
    'Corrigez le nom, ou ajoutez l’utilisateur à son annuaire.',
  CRT002RoleAssignmentOf: (p) => `une attribution de rôle de ${p.subscription}`,
  GST001: (p) =>
    `L’invité ${p.upn} de ${p.directory} n’a pas de compte d’origine dans ce parc (ce fichier et les autres fichiers d’espace de travail de son dossier). ` +
    'Un utilisateur invité (B2B) se connecte avec un compte qui appartient à son propre annuaire d’origine. ' +
    (p.home
      ? `Ajoutez ${p.upn} comme utilisateur de ${p.home}, à qui appartient ${p.domain}, ou marquez l’invité \`external: true\`.`
      : 'Si le compte appartient à un annuaire extérieur à ce parc, marquez l’invité `external: true` ; sinon, ajoutez son annuaire d’origine.'),
  GST002: (p) =>
    `${p.upn} est à la fois utilisateur et invité de ${p.directory}. ` +
    'Un compte n’a qu’un annuaire d’origine ; il n’est invité que dans d’autres annuaires. ' +
    'Supprimez l’entrée d’invité.',
  OWN001ToFillIn: (p) =>
    `Le propriétaire de l’abonnement Azure ${p.subscription} reste à renseigner : le fichier le marque \`unknown\` (Azure CLI n’indique pas l’administrateur de compte). ` +
    `Indiquez dans \`owner\` l’utilisateur de ${p.directory} qui le possède (portail Azure › Abonnements › Propriétés), puis retirez \`owner\` de \`unknown\`.`,
  ASC002ToFillIn: (p) =>
    `${p.subscription} est actif, et les utilisateurs de ${p.directory} restent à renseigner : le fichier les marque \`unknown\`. ` +
    `Importez une liste d’utilisateurs de ${p.directory} (\`tenancy import --directory …\`) ou ajoutez ses utilisateurs, pour que Tenancy vérifie que quelqu’un peut gérer l’abonnement.`,
  OWN001: (p) =>
    `L’abonnement Azure ${p.subscription} n’a pas de propriétaire. ` +
    'Les abonnements Azure sont détenus par des utilisateurs individuels de leur annuaire (l’administrateur de compte). ' +
    (p.creator ? `Indiquez son créateur, ${p.creator}, dans \`owner\`.` : `Indiquez un utilisateur de ${p.directory} dans \`owner\`.`),
  OWN002HomeElsewhere: (p) =>
    `Le propriétaire ${p.owner} de ${p.subscription} est un utilisateur de ${p.home}, pas de ${p.directory}${p.alsoGuest ? ', où il n’est qu’invité' : ''}. ` +
    'Les abonnements Azure sont détenus par des utilisateurs individuels de l’annuaire auquel l’abonnement appartient. ' +
    `Choisissez un membre de ${p.directory} comme propriétaire, ou transférez l’abonnement vers ${p.home}.`,
  OWN002Transferred: (p) =>
    `${p.subscription} a été transféré vers ${p.directory} depuis ${p.home}, et son propriétaire ${p.owner} est toujours un utilisateur de ${p.home}. ` +
    'Changer d’annuaire ne change pas la propriété de facturation : l’administrateur de compte reste le même. ' +
    (p.alsoGuest
      ? `${p.owner} est invité dans ${p.directory} et peut donc toujours s’y connecter. Pour confier l’abonnement, transférez sa propriété de facturation à un membre de ${p.directory}.`
      : `Invitez ${p.owner} dans ${p.directory} pour qu’il puisse toujours gérer l’abonnement, ou transférez sa propriété de facturation à un membre de ${p.directory}.`),
  OWN002OnlyGuest: (p) =>
    `Le propriétaire ${p.owner} de ${p.subscription} n’est qu’invité dans ${p.directory}. ` +
    'Les abonnements Azure sont détenus par des utilisateurs individuels de l’annuaire auquel l’abonnement appartient. ' +
    `Choisissez un membre de ${p.directory} comme propriétaire.`,
  OWN002NotAUser: (p) =>
    `Le propriétaire ${p.owner} de ${p.subscription} n’est pas un utilisateur de ${p.directory}. ` +
    'Les abonnements Azure sont détenus par des utilisateurs individuels de l’annuaire auquel l’abonnement appartient. ' +
    `Ajoutez ${p.owner} aux utilisateurs de l’annuaire, ou choisissez l’un de ses membres comme propriétaire.`,
  OWN003: (p) =>
    `L’abonnement Office 365 ${p.subscription} indique un propriétaire. ` +
    'Les abonnements Office 365 sont détenus par l’annuaire lui-même ; les utilisateurs qui y ont les rôles adéquats les gèrent. ' +
    `Supprimez \`owner\`, et attribuez le rôle ${GLOBAL_ADMIN} ou ${BILLING_ADMIN} à la personne qui le gère dans ${p.directory}.`,
  OWN004: (p) =>
    `Personne dans ${p.directory} ne peut gérer l’abonnement Office 365 ${p.subscription}. ` +
    `Les abonnements Office 365 appartiennent à l’annuaire et sont gérés par ses utilisateurs qui ont le rôle ${GLOBAL_ADMIN} ou ${BILLING_ADMIN}. ` +
    (p.disabledHomes ? `${p.disabledHomes} ont ce rôle en tant qu’invités, mais leur compte d’origine est désactivé : ils ne peuvent pas se connecter. ` : '') +
    (p.nearMisses ? `Corrigez le rôle mal orthographié : ${p.nearMisses}.` : 'Attribuez l’un de ces rôles à un utilisateur activé de l’annuaire.'),
  own004NearMiss: (p) => `« ${p.role} » de ${p.upn} (${p.meant})`,
  RBA001: (p) =>
    `${p.principal} a un rôle sur ${p.subscription} mais n’est ni utilisateur ni invité de ${p.directory}` +
    `${p.home ? ` (c’est un utilisateur de ${p.home})` : ''}. ` +
    'Le contrôle d’accès en fonction du rôle (RBAC) Azure ne donne accès qu’aux identités de l’annuaire approuvé par l’abonnement. ' +
    `Invitez ${p.principal} dans ${p.directory}, ou supprimez l’attribution.`,
  RBA002EntraRole: (p) =>
    `« ${p.role} » est un rôle d’annuaire Microsoft Entra, pas un rôle Azure. Les rôles Microsoft Entra servent à gérer l’annuaire ; les rôles Azure donnent accès aux ressources Azure, et aucun des deux ne couvre l’autre.` +
    ` Attribuez « ${p.role} » dans les \`roles\` de l’utilisateur, et choisissez ici un rôle Azure (Owner, Contributor, Reader…).`,
  RBA002: (p) =>
    `« ${p.role} » n’est ni un rôle intégré Azure ni un rôle personnalisé de ${p.directory}. Une attribution de rôle attribue une définition de rôle qui existe dans l’annuaire.` +
    (p.suggestion
      ? ` Vouliez-vous dire « ${p.suggestion} » ?`
      : ' Utilisez le nom d’un rôle intégré (Owner, Contributor, Reader…) ou déclarez le rôle personnalisé dans les `customRoles` de l’annuaire.'),
  RBA003: (p) =>
    `${p.principal} a déjà le rôle ${p.role} à cette étendue sur ${p.subscription}. ` +
    'Azure ne garde qu’une attribution de rôle par principal, rôle et étendue ; la répétition n’ajoute rien. Supprimez le doublon.',
  RBA007Syntax: (p) =>
    `La portée \`${p.scope}\` d’une attribution de rôle de ${p.subscription} n’est pas un chemin de ressource Azure (« ${p.segment} » n’est pas attendu à cet endroit). ` +
    'Sous un abonnement, une portée s’écrit /resourceGroups/{groupe}, éventuellement suivi de /providers/{Espace}/{type}/{nom}, ou désigne l’abonnement entier (pas de portée). ' +
    (p.suggestion ? `Vouliez-vous dire \`${p.suggestion}\` ?` : 'Copiez la portée depuis le portail Azure (Propriétés › ID de ressource) ou depuis az role assignment list.'),
  RBA007OtherSubscription: (p) =>
    `La portée \`${p.scope}\` désigne l’abonnement ${p.other}, mais l’attribution est rangée sous ${p.subscription}. ` +
    'Une attribution de rôle appartient à l’abonnement que désigne sa portée ; Azure la créerait là-bas, pas ici. ' +
    'Déplacez l’attribution dans les roleAssignments de cet abonnement, ou corrigez l’ID d’abonnement dans la portée.',
  RBA007BadSubscriptionId: (p) =>
    `La portée \`${p.scope}\` d’une attribution de rôle de ${p.subscription} désigne l’abonnement « ${p.value} », qui n’est pas un ID d’abonnement. ` +
    'Après /subscriptions/ vient le GUID de l’abonnement. Écrivez la portée sous l’abonnement (par ex. /resourceGroups/web) ou avec son propre ID.',
  RBA007ManagementGroup: (p) =>
    `La portée \`${p.scope}\` est un groupe d’administration, au-dessus de tout abonnement, mais elle est rangée sous ${p.subscription}. ` +
    'Une attribution de rôle au niveau d’un groupe d’administration n’appartient à aucun abonnement. Retirez-la d’ici, ou attribuez le rôle au niveau de l’abonnement.',
  RBA004: (p) =>
    `${p.subscription} compte ${p.count.toLocaleString('fr-FR')} attributions de rôle ; Azure en autorise ${p.limit.toLocaleString('fr-FR')} par abonnement. ` +
    'Au-delà de cette limite, les nouvelles attributions échouent. Attribuez les rôles à des groupes plutôt qu’à des utilisateurs individuels, ou à une étendue plus large.',
  RBA005: (p) =>
    `L’abonnement Office 365 ${p.subscription} a des attributions de rôle. ` +
    'Les attributions de rôle Azure RBAC donnent accès aux ressources Azure ; Office 365 se gère par les rôles d’annuaire. ' +
    `Supprimez \`roleAssignments\`, et attribuez plutôt aux utilisateurs des rôles d’annuaire, comme ${BILLING_ADMIN}.`,
  RBA006: (p) =>
    `${p.principal} est désactivé dans ${p.directory} mais détient encore ${p.role ? `le rôle ${p.role}` : 'un rôle'} sur ${p.subscription}. ` +
    'Un compte désactivé ne peut pas se connecter : l’attribution ne fait que conserver un accès périmé. Supprimez l’attribution.',
  SUB001: (p) =>
    `L’ID d’abonnement ${p.id} est déjà utilisé par ${p.subscription} dans ${p.directory}. ` +
    'Un abonnement approuve un seul annuaire : il n’apparaît qu’une fois dans le parc. ' +
    'Corrigez l’ID, ou ne gardez qu’une entrée (utilisez « Transférer l’abonnement » pour le déplacer).',
  SUB002: (p) =>
    `L’abonnement ${p.subscription} de ${p.directory} porte le même nom que l’abonnement ${p.other} de ${p.otherDirectory}. ` +
    'Une personne qui a accès aux deux annuaires voit les deux noms dans le filtre d’abonnements du portail, dans les rapports de coûts et dans les sélecteurs d’attribution de rôle, et peut agir sur le mauvais. ' +
    'Renommez l’un des abonnements (Abonnements › Vue d’ensemble › Renommer)' +
    (p.bothAliased ? '.' : ', ou donnez à chacun un `alias`.'),
  TEN001: (p) =>
    `L’ID de locataire ${p.id} est déjà utilisé par l’annuaire ${p.directory}. ` +
    'Un ID de locataire identifie un seul annuaire Microsoft Entra. ' +
    'Corrigez l’ID (centre d’administration Microsoft Entra › Vue d’ensemble › ID de locataire) ou fusionnez les deux entrées.',
  TEN002NoInitial: (p) =>
    `L’annuaire ${p.directory} n’a pas de domaine initial *.onmicrosoft.com. ` +
    'Tout annuaire Microsoft Entra est créé avec un domaine initial, <nom>.onmicrosoft.com, qui ne peut pas être supprimé. ' +
    `Ajoutez-le à \`domains\` (par exemple ${p.suggestedDomain}).`,
  TEN002Second: (p) =>
    `L’annuaire ${p.directory} liste un second domaine *.onmicrosoft.com, ${p.extra} ; son domaine initial est ${p.initial}. ` +
    'Un annuaire a un seul domaine initial. Supprimez le domaine en trop, ou déplacez-le vers l’annuaire auquel il appartient.',
  TEN003: (p) =>
    `Le domaine ${p.domain} figure déjà dans l’annuaire ${p.directory}. ` +
    'Un nom de domaine ne peut être vérifié que dans un seul annuaire Microsoft Entra à la fois. ' +
    'Supprimez-le de l’un des deux annuaires.',
  TEN004: (p) =>
    `L’annuaire ${p.directory} porte le même nom que l’annuaire ${p.other} (ID de locataire ${p.id ?? 'absent'} et ${p.otherId ?? 'absent'}). ` +
    'Le portail Azure, le sélecteur d’annuaire et les boîtes de dialogue de transfert désignent les annuaires par leur nom : deux annuaires du même nom se confondent facilement. ' +
    'Renommez l’un d’eux dans le centre d’administration Microsoft Entra (Vue d’ensemble › Propriétés › Nom)' +
    (p.bothAliased ? '.' : ', et donnez à chacun un `alias`.'),
  USR001: (p) =>
    `${p.upn} est déjà un utilisateur de ${p.directory}. ` +
    'Un nom d’utilisateur principal est le nom de connexion d’un seul compte, et chaque compte n’a qu’un annuaire d’origine. ' +
    'Supprimez le doublon, ou invitez plutôt le compte.',
  USR001Guest: (p) =>
    `L’invité ${p.upn} figure deux fois dans ${p.directory}. ` +
    'Un compte est invité une seule fois dans un annuaire. Supprimez l’entrée en double.',
  USR002: (p) =>
    `${p.upn} utilise le domaine ${p.domain}, qui n’est pas un domaine de l’annuaire ${p.directory} (${p.domains}). ` +
    'L’UPN d’un utilisateur doit se terminer par l’un des domaines vérifiés de son annuaire. ' +
    `Ajoutez ${p.domain} aux \`domains\` de l’annuaire (après l’avoir vérifié), ou remplacez l’UPN par ${p.suggestedUpn}.`,
  USR004: (p) =>
    `« ${p.role} » (un rôle de ${p.upn} dans ${p.directory}) n’est pas un rôle intégré Microsoft Entra. ` +
    'Les rôles des utilisateurs, des invités et des groupes attribuables à un rôle sont des rôles d’annuaire Microsoft Entra ; un rôle mal orthographié n’accorde rien. ' +
    (p.suggestion ? `Vouliez-vous dire « ${p.suggestion} » ?` : 'Écrivez le nom du rôle tel que le centre d’administration Microsoft Entra l’affiche ; un rôle d’annuaire personnalisé peut être ignoré par un commentaire tenancy-disable.'),
  USR004AzureRole: (p) =>
    `« ${p.role} » (un rôle de ${p.upn} dans ${p.directory}) est un rôle Azure, pas un rôle d’annuaire Microsoft Entra. ` +
    'Les rôles Azure donnent accès aux ressources Azure par les attributions de rôle d’un abonnement ; les rôles d’annuaire servent à gérer l’annuaire. ' +
    `Retirez-le d’ici et ajoutez plutôt une attribution de rôle { principal: ${p.upn}, role: ${p.role} } à l’abonnement.`,
  USR003: (p) =>
    `${p.upn} et ${p.other} s’appellent tous deux « ${p.name} » dans ${p.directory}. ` +
    'Les sélecteurs de personnes (attributions de rôle, membres de groupe, propriétaires) affichent les utilisateurs par nom d’affichage : on choisit facilement le mauvais compte. ' +
    'Rendez les noms d’affichage distincts, par exemple avec un service ou une initiale.',
  noUpn: () => '(sans UPN)',
  ruleFailed: (p) => `La règle ${p.id} n’a pas pu s’exécuter sur ce fichier (${p.error}). Merci de signaler ce problème.`,

  // ── Le fichier dans son ensemble ─────────────────────────────────────────────────────────────
  tooLarge: (p) =>
    `Le fichier est trop volumineux pour être vérifié (${p.size} Mio ; la limite est de ${p.limit} Mio). ` +
    'Découpez-le en un fichier d’espace de travail par groupe d’annuaires.',
  binaryFile: () =>
    'Le fichier contient un caractère NUL : ce sont des données binaires, pas du texte YAML. Ouvrez le bon fichier, ou enregistrez-le de nouveau en texte UTF-8.',
  danglingAlias: (p) =>
    `L’alias \`*${p.name}\` ne renvoie à aucune ancre : aucune ancre \`&${p.name}\` n’est définie avant lui dans ce fichier. ` +
    `Définissez l’ancre avant sa première utilisation, ou écrivez la valeur à la place de l’alias.`,
  editAnchorUsed: (p) =>
    `Impossible de supprimer cet élément : il définit l’ancre \`&${p.anchor}\`, qu’${p.count === 1 ? 'utilise' : 'utilisent'} encore ${p.count === 1 ? 'l’alias' : 'les alias'} \`*${p.anchor}\` ${p.count === 1 ? 'à la ligne' : 'aux lignes'} ${p.lines}. ` +
    `Écrivez d’abord la valeur à la place de chaque alias (ou déplacez l’ancre), puis supprimez-le.`,
  aliasBomb: (p) =>
    `Ces alias se développent en un trop grand nombre de nœuds (${p.detail}). ` +
    'Un fichier d’espace de travail n’a pas besoin d’alias imbriqués en profondeur : écrivez les valeurs en entier.',
  tooDeep: () =>
    'Cette valeur est imbriquée trop profondément pour être lue (des milliers de niveaux de `[`, `{` ou `- `). Un fichier d’espace de travail n’a besoin que d’environ six niveaux : supprimez l’imbrication superflue.',
  directoryUnreadable: (p) => `Cet annuaire n’a pas pu être lu (${p.detail}). Merci de signaler ce problème.`,
  fileTooComplex: (p) =>
    `Le fichier est trop complexe pour être lu (${p.detail}). Un fichier d’espace de travail n’a besoin que d’environ six niveaux d’imbrication et d’aucune structure démesurée : simplifiez-le.`,
  fileUnanalysable: (p) => `Le fichier n’a pas pu être analysé (${p.detail}). Merci de signaler ce problème.`,

  // ── Syntaxe YAML (`detail` est la phrase, en anglais, de l’analyseur) ────────────────────────
  yamlDuplicateKey: () =>
    'Cette clé apparaît deux fois dans la même table ; YAML n’autorise chaque clé qu’une fois. Supprimez l’une des deux (seule la première est lue).',
  yamlTabIndent: () => 'Les tabulations ne peuvent pas indenter du YAML ; indentez avec des espaces.',
  yamlOverIndented: () => 'Cette ligne est plus indentée que les clés de la ligne du dessus : YAML ne peut pas la lire comme une clé sœur ; alignez-la sur elles. D’ici là, la ligne est laissée de côté et le reste du fichier est vérifié sans elle.',
  yamlDedented: (p) =>
    `\`${p.key}\` est désindentée jusqu’à la colonne du \`-\` de son élément de liste, où YAML ne peut pas la lire comme une clé de cet élément (et perd toute la liste) ; indentez-la de ${p.spaces} ${p.spaces === 1 ? 'espace' : 'espaces'} de plus pour l’aligner sur les autres clés de l’élément. D’ici là, la ligne est laissée de côté et le reste du fichier est vérifié sans elle.`,
  yamlTabLine: () => 'Cette ligne est indentée par une tabulation, ce que YAML n’autorise pas ; indentez-la avec des espaces. D’ici là, la ligne est laissée de côté et le reste du fichier est vérifié sans elle.',
  yamlMultipleDocs: () =>
    'Le fichier contient plusieurs documents YAML (`---`) ; un fichier d’espace de travail est un seul document. Supprimez le séparateur ou découpez le fichier.',
  yamlBadIndent: (p) => `Indentation incorrecte (${lowerFirst(p.detail).replace(/\.$/, '')}). Alignez la clé sur ses voisines.`,
  yamlMissingChar: (p) => `YAML incomplet : ${lowerFirst(p.detail)}`,
  yamlAliasProps: (p) => `Alias non valide : ${lowerFirst(p.detail)}`,
  yamlSyntax: (p) => `Erreur de syntaxe YAML : ${p.detail}`,
  yamlTooDeep: () =>
    'Le YAML est imbriqué trop profondément pour être lu ici (des milliers de niveaux de `[`, `{` ou `- `). Un fichier d’espace de travail n’a besoin que d’environ six niveaux : supprimez l’imbrication superflue.',
  yamlTooMuchWork: (p) => `Le YAML demande trop de travail pour être lu (${p.detail}). Simplifiez le fichier.`,
  yamlMoreErrors: (p) => `${p.count} autres erreurs de syntaxe YAML suivent ; s’agit-il vraiment d’un fichier d’espace de travail YAML ?`,

  // ── Commentaires de suppression (SUP001) ─────────────────────────────────────────────────────
  supNoRule: (p) =>
    `Ce commentaire tenancy-${p.kind} ne nomme aucune règle. Écrivez les ID de règle à la suite, par exemple \`# tenancy-${p.kind} RBA003${p.kind === 'enable' ? '' : ' -- pourquoi'}\`.`,
  supUnsuppressible: (p) =>
    `Les problèmes ${p.id} ne peuvent pas être masqués par un commentaire : ${p.isSuppression ? 'supprimez plutôt le commentaire qu’ils signalent' : 'ils signifient que le fichier n’est pas lu comme prévu ; corrigez plutôt le YAML'}. ` +
    'Retirez cet ID de règle du commentaire.',
  supUnknown: (p) =>
    `${p.id} n’est pas un ID de règle Tenancy : ce commentaire ne masque rien. Corrigez l’ID (voir la liste des règles dans la documentation) ou retirez-le.`,
  supUnmatchedEnable: (p) =>
    `Aucun \`# tenancy-disable ${p.id}\` ne précède ce commentaire : réactiver ${p.id} ici ne change rien. Retirez l’ID.`,
  supUnused: (p) =>
    `Ce commentaire ne masque plus aucun problème ${p.id}. Retirez-en ${p.id} (ou supprimez tout le commentaire), pour qu’il ne cache pas par erreur un futur problème.`,

  // ── Schéma (SCHEMA) ──────────────────────────────────────────────────────────────────────────
  schemaUnknownKey: (p) => {
    let message = `Clé \`${p.key}\` inconnue ${FOR[p.kind]}.`;
    if (p.sameButCase) message += ` Les clés respectent la casse : vouliez-vous dire \`${p.sameButCase}\` ?`;
    else if (p.suggestion) message += ` Vouliez-vous dire \`${p.suggestion}\` ?`;
    else if (p.owner) {
      const hint = p.hint === 'indent' ? ' : indentez-la sous son annuaire' : p.hint === 'guests' ? ' : déplacez l’entrée sous `guests` si son compte d’origine est ailleurs' : '';
      message += ` \`${p.key}\` est une clé ${OF[p.owner]}, pas ${OF[p.kind]}${hint}.`;
    }
    return `${message} Clés possibles ${FOR[p.kind]} : ${p.allowed}.`;
  },
  schemaMissingKey: (p) => {
    const why = REQUIRED_WHY[`${p.kind}.${p.key}`];
    return `${SUBJECT[p.kind]} n’a pas de clé \`${p.key}\`${why ? ` : ${why}` : ''}.`;
  },
  schemaOfferOnOffice365: () =>
    '`offer` ne s’applique qu’aux abonnements Azure ; un abonnement Office 365 se décrit par `plan` et `licenses`. Supprimez `offer`, ou indiquez `type: azure` s’il s’agit d’un abonnement Azure.',
  schemaOffice365KeyOnAzure: (p) =>
    `\`${p.key}\` ne s’applique qu’aux abonnements Office 365 ; un abonnement Azure se décrit par son \`offer\`. Supprimez \`${p.key}\`, ou indiquez \`type: office365\` s’il s’agit d’un abonnement Office 365.`,
  schemaIdentityKeyOnApplication: (p) =>
    `\`${p.key}\` ne s’applique qu’aux identités managées ; le principal de service d’une application n’a pas de ressource Azure propre. Supprimez \`${p.key}\`, ou écrivez \`type: managedIdentity\` s’il s’agit d’une identité managée.`,
  schemaForbiddenKey: (p) =>
    `\`${p.key}\` n’est pas autorisé ici${p.subscriptionType ? ` sur un abonnement de type \`${p.subscriptionType}\`` : ''} ; supprimez-le.`,
  schemaDuplicate: (p) => {
    const why = p.field === 'roles' ? ' : un rôle est détenu ou non, il suffit de le lister une fois' : p.field === 'domains' ? ' : chaque domaine n’est listé qu’une fois' : '';
    return `\`${p.value}\` figure deux fois dans ${p.field ? `\`${p.field}\`` : 'cette liste'}${why}. Supprimez le doublon.`;
  },
  schemaNotAllowed: (p) => {
    const what = p.kind === 'subscription' && p.field ? `une valeur possible de \`${p.field}\` pour un abonnement` : `une valeur autorisée pour ${fieldName(p)}`;
    return `\`${p.value}\` n’est pas ${what} ; utilisez ${orList(p.allowed)}.${didYouMean(p.suggestion)}`;
  },
  schemaVersionQuoted: () => '`version` doit être le nombre 1, pas du texte : écrivez `version: 1` sans guillemets.',
  schemaVersionUnknown: (p) =>
    `Ce fichier indique \`version: ${p.value}\`, mais Tenancy lit la version 1 du format d’espace de travail. Écrivez \`version: 1\` si le fichier suit ce format, ou mettez Tenancy à jour.`,
  schemaConst: (p) => `${fieldName(p)} doit valoir \`${p.allowed}\`, pas \`${p.value}\`.`,
  schemaLicensesMinimum: (p) =>
    `\`${p.value}\` n’est pas un nombre de licences : le nombre de licences d’un abonnement ne peut pas être inférieur à ${p.limit}. Indiquez le nombre de licences achetées.`,
  schemaMinimum: (p) => `${fieldName(p)} doit valoir au moins ${p.limit}, pas ${p.value}.`,
  schemaNoDomains: () =>
    '`domains` est vide : tout annuaire a au moins son domaine initial *.onmicrosoft.com. Ajoutez-le, par exemple `domains: [contoso.onmicrosoft.com]`.',
  schemaMinItems: (p) => `${fieldName(p)} doit contenir au moins ${p.limit} élément${p.limit > 1 ? 's' : ''}.`,
  schemaEmptyText: (p) => {
    const what = TEXT_WHAT[`${p.kind}.${p.field}`];
    return `${p.item ? `Un élément de ${fieldName(p)} est vide` : `${fieldName(p)} est vide`}${what ? ` : ${what}` : ''}.`;
  },
  schemaOther: (p) => `${fieldName(p)} : ${p.detail ?? `ne respecte pas \`${p.keyword}\``}.`,
  schemaTopWrongType: (p) =>
    `Un fichier d’espace de travail est, au niveau supérieur, ${SHAPE.top}, mais ${p.actual === 'null' ? 'ce fichier est vide' : `ce fichier contient ${kind(p.actual)}`}.`,
  schemaItemWrongType: (p) =>
    `Cet élément devrait être ${NOUN[p.kind]} : ${SHAPE[p.kind]}, mais c’est ${kind(p.actual)}.` +
    (p.upn !== undefined ? ` Écrivez \`- upn: ${p.upn}\`.` : ''),
  schemaListEmpty: (p) =>
    `${valueName(p)} n’a pas de valeur. Écrivez \`${p.field}: []\` s’il n’y en a aucun, ou listez les ${p.child ? PLURAL[p.child] : 'éléments'} en dessous, chacun sur une ligne commençant par \`- \`.`,
  schemaNotListOf: (p) =>
    `${valueName(p)} doit être une liste d’${PLURAL[p.child]}, chacun sur une ligne commençant par \`- \`, mais c’est ${kind(p.actual)}.`,
  schemaNotListScalar: (p) =>
    `${valueName(p)} doit être une liste, mais c’est ${kind(p.actual)}. Même un seul élément s’écrit sous forme de liste : \`${p.field}: [${p.raw}]\`.`,
  schemaNotList: (p) =>
    `${valueName(p)} doit être une liste, mais c’est ${kind(p.actual)}. Écrivez un élément par ligne, chacun commençant par \`- \`.`,
  schemaTextEmpty: (p) => `${valueName(p)} n’a pas de valeur. Écrivez une valeur, ou supprimez la clé.`,
  schemaBracedGuid: (p) =>
    `\`${p.field}\` est un GUID écrit entre accolades, que YAML lit comme un dictionnaire. Écrivez-le sans accolades : \`${p.field}: ${p.suggestion}\`.`,
  schemaNotText: (p) =>
    `${valueName(p)} doit être du texte, mais c’est ${kind(p.actual)}.` +
    (p.raw !== undefined ? ` YAML lit \`${p.raw}\` comme ${kind(p.actual)} ; mettez-le entre guillemets : \`${JSON.stringify(p.raw)}\`.` : ''),
  schemaNotBoolean: (p) =>
    `${valueName(p)} doit valoir \`true\` ou \`false\`, mais c’est ${kind(p.actual)}.` +
    (p.suggestion ? ` Écrivez \`${p.suggestion}\` (YAML 1.2 lit \`${p.value}\` comme du texte).` : ''),
  schemaNotNumber: (p) =>
    `${valueName(p)} doit être ${p.integer ? 'un nombre entier' : 'un nombre'}${p.field === 'licenses' ? ' de licences, par exemple 25' : ''}, mais c’est ${kind(p.actual)}${p.raw !== undefined ? ` (${p.raw})` : ''}.` +
    (p.unquoted !== undefined ? ` Supprimez les guillemets : \`${p.field}: ${p.unquoted}\`.` : ''),
  schemaWrongType: (p) => `${valueName(p)} doit être ${kind(p.expected)}, mais c’est ${kind(p.actual)}.`,
  schemaNotTenantId: (p) =>
    `\`${p.value}\` n’est pas un ID de locataire : les ID d’annuaire sont des GUID comme 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f (centre d’administration Microsoft Entra › Vue d’ensemble › ID de locataire).${didYouMean(p.suggestion)}`,
  schemaNotSubscriptionId: (p) =>
    `\`${p.value}\` n’est pas un ID d’abonnement : les ID d’abonnement sont des GUID comme 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c (portail Azure › Abonnements › ID d’abonnement).${didYouMean(p.suggestion)}`,
  schemaNotSourceTenantId: (p) =>
    `\`${p.value}\` n’est pas un ID de locataire : ${p.field ? `\`${p.field}\`` : 'cette valeur'} est le GUID de l’annuaire d’où l’abonnement a été transféré, comme 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.${didYouMean(p.suggestion)}`,
  schemaNotUpn: (p) => {
    const role =
      p.field === 'owner' ? ' `owner` est le nom d’utilisateur principal de l’administrateur de compte.'
        : p.field === 'createdBy' ? ' `createdBy` est le nom d’utilisateur principal de la personne qui a souscrit l’abonnement.'
          : '';
    return `\`${p.value}\` n’est pas un nom d’utilisateur principal valide : ${p.reason}. Un UPN s’écrit alias@domaine, comme alice@contoso.com ; l’alias n’utilise que A–Z, a–z, 0–9, ' . - _ ! # ^ ~ $ et l’accent grave.${role}${didYouMean(p.suggestion)}`;
  },
  schemaNotAccount: (p) =>
    `\`${p.value}\` n’est pas une adresse de compte : ${p.reason}. Écrivez le compte sous la forme alias@domaine, comme carol@fabrikam.com.${didYouMean(p.suggestion)}`,
  accountNoDomain: () => 'il manque la partie `@domaine`',
  accountTwoAts: () => 'la valeur contient plus d’un `@`',
  accountNoAlias: () => 'la partie avant `@` est vide',
  accountBadChar: (p) => {
    const what = p.char === ' ' ? 'une espace' : /[^\x00-\x7f]/.test(p.char) ? `\`${p.char}\` (les lettres accentuées et autres caractères non ASCII sont interdits)` : `\`${p.char}\``;
    return `la valeur contient ${what} avant \`@\``;
  },
  accountBadDomain: (p) => `\`${p.domain}\` n’est pas un nom de domaine`,
  accountNotAliasAtDomain: () => 'la valeur n’a pas la forme alias@domaine',
  schemaNotDomain: (p) => {
    const reason = {
      labels: 'un nom de domaine est une suite d’étiquettes (lettres, chiffres et traits d’union) séparées par des points',
      account: 'c’est un compte, pas un domaine ; n’écrivez que la partie après `@`',
      case: 'les noms de domaine s’écrivent ici en minuscules',
      oneLabel: 'un nom de domaine a au moins deux étiquettes, comme contoso.com',
    }[p.reason];
    return `\`${p.value}\` n’est pas un nom de domaine valide : ${reason}. Les domaines s’écrivent comme contoso.com ou contoso.onmicrosoft.com.${didYouMean(p.suggestion)}`;
  },
  schemaNotOffer: (p) =>
    `\`${p.value}\` n’est pas un ID d’offre Azure : les ID d’offre ressemblent à MS-AZR-0003P (paiement à l’utilisation) ou MS-AZR-0017G (plan Microsoft Azure), avec quatre chiffres (portail Azure › Abonnements › l’abonnement › Vue d’ensemble › ID de l’offre).${didYouMean(p.suggestion)}`,
  schemaNotScope: (p) =>
    `\`${p.value}\` n’est pas une étendue : une étendue est un chemin sous l’abonnement, qui commence par \`/\`, comme /resourceGroups/web. Omettez \`scope\` pour attribuer le rôle sur tout l’abonnement.`,
  schemaNotObjectId: (p) =>
    `\`${p.value}\` n’est pas ${p.field === 'appId' ? 'un ID d’application (client)' : 'un ID d’objet'} : les ID sont des GUID comme 3c2a1b0d-4e5f-4a6b-8c7d-9e0f1a2b3c4d (centre d’administration Microsoft Entra › l’entrée › Vue d’ensemble).${didYouMean(p.suggestion)}`,
  schemaNotManagementGroupId: (p) =>
    `\`${p.value}\` n’est pas un ID de groupe d’administration : un ID compte jusqu’à 90 lettres, chiffres, \`-\`, \`_\`, \`(\`, \`)\` et \`.\`, sans point final, comme mg-platform (portail Azure › Groupes d’administration › ID). L’ID du groupe racine du locataire est l’ID de locataire.`,
  schemaNotResourceId: (p) =>
    `\`${p.value}\` n’est pas un ID de ressource Azure : écrivez l’ID complet, comme /subscriptions/0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c/resourceGroups/web/providers/Microsoft.Web/sites/contoso-web (la ressource › Affichage JSON › ID de ressource).`,
  schemaBadForm: (p) =>
    `${p.field ? `\`${p.field}\`` : 'Cette valeur'} \`${p.value}\` n’a pas la forme attendue (${p.detail ?? 'pattern'}).`,

  // ── Fonctionnalités de langage : pointage, saisie semi-automatique, renommage ──
  hoverMemberOf: (p) =>
    `Membre de **${p.directory}**${p.blocked ? ' · connexion bloquée' : ''}${p.roles ? ` · rôles : ${p.roles}` : ''}`,
  hoverExternal: () => 'Compte externe (son annuaire d’origine n’est dans aucun fichier de ce parc)',
  hoverNotAMember: () => 'Membre d’aucun annuaire de ce parc',
  hoverDefinedInFile: (p) => `Défini dans ${p.file}`,
  hoverGuestIn: (p) => `- Invité dans **${p.directory}**${p.roles ? ` · rôles : ${p.roles}` : ''}`,
  hoverOwns: (p) => `**Propriétaire de :** ${p.subscriptions}`,
  hoverCreated: (p) => `**A créé :** ${p.subscriptions}`,
  hoverAccess: () => '**Accès :**',
  hoverAccessItem: (p) =>
    `- ${p.role} sur ${p.subscription ?? 'un abonnement'}${p.scope ? ` à l’étendue ${p.scope}` : ''}${p.pending ? ' (en attente, à recréer)' : ''}`,
  hoverDirectory: (p) => `**${p.directory}** · annuaire Microsoft Entra`,
  hoverTenantId: (p) => `ID de locataire ${p.id}`,
  hoverDomains: (p) => `Domaines : ${p.domains}`,
  hoverNoDomains: () => 'Aucun domaine',
  hoverDirectoryCounts: (p) =>
    `${plural(p.users, 'utilisateur', 'utilisateurs')}, ${plural(p.guests, 'invité', 'invités')}, ${plural(p.subscriptions, 'abonnement', 'abonnements')}`,
  hoverSubscription: (p) =>
    `**${p.subscription}** · ${p.type === 'office365' ? 'abonnement Office 365 / Microsoft 365' : p.type === 'azure' ? 'abonnement Azure' : 'abonnement'}`,
  hoverSubscriptionId: (p) => `ID d’abonnement ${p.id} · approuve **${p.directory}** · ${p.state}`,
  hoverOffer: (p) => `Offre ${p.offer}${p.name ? ` : ${p.name}` : ''}`,
  hoverPlan: (p) => `Plan : ${p.plan}${p.licenses !== undefined ? ` · ${plural(p.licenses, 'licence', 'licences')}` : ''}`,
  hoverOwner: (p) => `Propriétaire : ${p.owner}`,
  hoverCreatedBy: (p) => `Créé par : ${p.creator}`,
  hoverRoleAssignments: (p) => plural(p.count, 'attribution de rôle', 'attributions de rôle'),
  hoverEntraRole: (p) => `**${p.role}** · rôle Microsoft Entra${p.privileged ? ' (privilégié)' : ''}`,
  hoverNotEntraRole: (p) => `${p.role} n’est pas un rôle intégré Microsoft Entra.`,
  hoverAzureRole: (p) => `**${p.role}** · rôle intégré Azure (${p.category})`,
  hoverCustomRole: (p) => `**${p.role}** · rôle personnalisé Azure défini dans ${p.directory}`,
  hoverNotAzureRole: (p) => `${p.role} n’est ni un rôle intégré Azure, ni un rôle personnalisé de cet annuaire.`,
  hoverAzureOffer: (p) => `**${p.name}** · offre Azure ${p.id}`,
  hoverSupportPlan: () => 'Un plan de support, pas un abonnement qui contient des ressources.',
  hoverUnknownOffer: (p) => `${p.offer} n’est pas un ID d’offre Azure connu.`,
  completionRequired: (p) => `${p.title} (obligatoire)`,
  completionDefault: () => 'par défaut',
  completionEntraRole: (p) => (p.privileged ? 'Rôle Microsoft Entra (privilégié)' : 'Rôle Microsoft Entra'),
  completionEntraAlias: (p) => `Ancien nom ou autre nom de ${p.target}`,
  completionCustomRole: (p) => `Rôle personnalisé de ${p.directory}`,
  completionAzureRole: (p) => `Rôle intégré Azure · ${p.category}`,
  completionAzureAlias: (p) => `Ancien nom de ${p.target}`,
  completionMemberOf: (p) => `Membre de ${p.directory}`,
  completionDisabled: () => 'désactivé : ne peut pas se connecter',
  completionOtherDirectory: () => 'autre annuaire : à inviter d’abord',
  completionGuestIn: (p) =>
    `Invité dans ${p.directory}${p.home ? ` · membre de ${p.home}` : p.external ? ' · compte externe' : ''}`,
  completionGuestElsewhere: (p) => `${p.external ? 'Compte externe' : 'Compte'}, invité dans ${p.directory}`,
  completionInFile: (p) => `dans ${p.file}`,
  renameNothing: () => 'Seuls un UPN, un ID de locataire, un ID d’abonnement, un groupe, un principal de service ou un id de groupe d’administration peuvent être renommés.',
  renameEmpty: () => 'Le nouveau nom est vide.',
  renameTaken: (p) =>
    `« ${p.name} » est déjà ${p.what === 'account' ? 'un compte' : p.what === 'directory' ? 'un annuaire' : 'un abonnement'} de ce fichier : le renommage fusionnerait les deux. Choisissez un autre nom.`,
  renameNotGuid: (p) => `« ${p.name} » n’est pas un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, chiffres hexadécimaux).`,
  renameNotUpn: (p) => `« ${p.name} » n’est pas un UPN valide : alias@domaine, où l’alias n’utilise que A-Z a-z 0-9 ' . - _ ! # ^ ~ $ et l’accent grave.`,
  renameNotAddress: (p) => `« ${p.name} » n’est pas une adresse de compte valide (alias@domaine).`,

  // ── Diagramme des relations ──
  count: (p) => plural(p.count, ...COUNT_NOUN[p.noun]),

  diagramTitle: () => 'Diagramme des relations Tenancy',
  diagramUndeclared: () => 'Non déclarés dans le fichier',
  diagramMore: (p) => `+${p.count} de plus`,
  diagramDirectoryN: (p) => `Annuaire ${p.number}`,
  diagramUserN: (p) => `Utilisateur ${p.number}`,
  diagramGuestN: (p) => `Invité ${p.number}`,
  diagramSubscriptionN: (p) => `Abonnement ${p.number}`,
  diagramPending: () => 'en attente',
  diagramColumn: (p) => ({ members: 'Membres', subscriptions: 'Abonnements', guests: 'Invités', principals: 'Groupes et principaux de service', managementGroups: 'Groupes d’administration' } as Record<string, string>)[p.column] ?? 'Entrées',
  diagramPartial: () => 'seulement les entrées liées à l’annuaire sélectionné',
  diagramEdge: (p) =>
    ({ owner: 'propriétaire', creator: 'créé par', directory: 'appartient à l’annuaire', guest: 'invité de', memberOf: 'membre de', placedIn: 'placé dans' })[p.edge as string] ?? 'rôle',
  diagramMoreProblems: (p) => `+${plural(p.count, 'autre problème', 'autres problèmes')}`,
  diagramCounts: (p) =>
    [p.errors && plural(p.errors, 'erreur', 'erreurs'), p.warnings && plural(p.warnings, 'avertissement', 'avertissements'), p.infos && plural(p.infos, 'information', 'informations')].filter(Boolean).join(', '),

  // ── Aperçu du transfert d’un abonnement ──
  noSubscriptionWithId: (p) => `Ce fichier ne contient aucun abonnement d’ID ${p.id}.`,
  noDirectoryWithId: (p) => `Ce fichier ne contient aucun annuaire d’ID ${p.id}.`,
  noDirectoryInEstate: (p) => `Ni ce fichier ni les autres fichiers de son parc (les fichiers d’espace de travail de son dossier) ne contiennent d’annuaire d’ID ${p.id}.`,
  xferTargetInFiles: (p) =>
    `Des annuaires de plusieurs fichiers du parc ont l’ID ${p.id} (${p.files}) : la cible est ambiguë. Donnez d’abord à chaque locataire son propre ID (TEN001).`,
  xferMovesFile: (p) => `Dans le parc, son entrée passe de \`${p.from}\` à \`${p.to}\`, le fichier de ${p.directory}.`,
  alreadyTrusts: (p) => `${p.subscription} approuve déjà ${p.directory}.`,
  xferNotAzure: (p) => `${p.subscription} n’est pas un abonnement Azure : les abonnements Office 365 restent dans leur annuaire.`,
  xferOfferLocked: (p) => `L’annuaire d’un abonnement ${p.name} (${p.id}) ne peut pas être changé.`,
  xferDeleted: (p) => `${p.subscription} est supprimé.`,
  xferTheSubscription: () => 'l’abonnement',
  xferPresence: (p) => (p.presence === 'member' ? 'oui (membre)' : p.presence === 'guest' ? 'oui (invité)' : '**non**'),
  xferHeading: (p) => `## Transfert de ${p.subscription} de ${p.from} vers ${p.to}`,
  xferBlockers: () => '### Obstacles',
  xferDeletedHeading: () => '### Attributions de rôle supprimées par Azure',
  xferTableHeader: (p) => `| principal de sécurité | rôle | étendue | existe dans ${p.directory} |`,
  xferCustom: () => ' (personnalisé)',
  xferRecorded: () => 'Elles sont notées sous `pendingRoleAssignments` (avec `fromDirectory`), pour être recréées là où le principal de sécurité existe dans l’annuaire cible.',
  xferNone: () => 'Aucune.',
  xferCarried: (p) => `${p.count} attribution(s) de rôle en attente, issue(s) d’un transfert précédent, suivent l’abonnement.`,
  xferCustomRolesHeading: () => '### Rôles personnalisés non transférés',
  xferOwnerHeading: () => '### Propriétaire',
  xferOwnerMember: (p) => `${p.upn} est membre de ${p.directory}.`,
  xferOwnerNotMember: (p) =>
    `${p.upn} ${p.guest ? 'n’est qu’invité' : 'n’a pas de compte'} dans ${p.directory} : le propriétaire doit être un utilisateur de l’annuaire cible.`,
  xferNoOwner: () => 'L’abonnement n’a pas de propriétaire.',
  xferChecklistHeading: () => '### Liste de vérification',
  xferActorTitle: () => 'Un compte dans les deux annuaires',
  xferActorDetail: () => 'La personne qui change l’annuaire doit être Propriétaire (Owner) de l’abonnement et avoir un compte (membre ou invité) dans l’annuaire source et dans l’annuaire cible.',
  xferRbacTitle: () => 'Les attributions de rôle sont supprimées',
  xferRbacDetail: () => 'Toutes les attributions de rôle Azure de l’abonnement sont définitivement supprimées. Enregistrez-les d’abord (Tenancy les note sous pendingRoleAssignments) et recréez-les dans l’annuaire cible.',
  xferCustomRolesTitle: () => 'Les rôles personnalisés sont supprimés',
  xferCustomRolesDetail: () => 'Les définitions de rôles personnalisés ne sont pas transférées. Enregistrez leur JSON, recréez-les dans l’annuaire cible, puis les attributions qui les utilisent.',
  xferClassicAdminsTitle: () => 'Les administrateurs classiques perdent l’accès',
  xferClassicAdminsDetail: () => 'L’administrateur de service et les coadministrateurs perdent l’accès ; les administrateurs classiques sont mis hors service, utilisez plutôt des attributions de rôle Azure.',
  xferManagedIdentitiesTitle: () => 'Identités managées',
  xferManagedIdentitiesDetail: () => 'Identités managées affectées par le système : désactivez-les puis réactivez-les. Identités managées affectées par l’utilisateur : supprimez-les, recréez-les et rattachez-les. Recréez ensuite leurs attributions de rôle.',
  xferKeyVaultTitle: () => 'ID de locataire et stratégies d’accès Key Vault',
  xferKeyVaultDetail: () => 'Remplacez l’ID de locataire de chaque coffre de clés par celui de l’annuaire cible, supprimez les anciennes stratégies d’accès et ajoutez-en de nouvelles. Les clés gérées par le client stockées dans un coffre de clés déplacé risquent de rendre des données irrécupérables : désactivez-les ou utilisez d’abord un autre coffre.',
  xferStorageTitle: () => 'Listes de contrôle d’accès du stockage et jeux de chiffrement',
  xferStorageDetail: () => 'Recréez les listes de contrôle d’accès (ACL) sur Stockage Azure, Data Lake Storage et Azure Files ; les disques managés avec des jeux de chiffrement de disque doivent voir leur identité réactivée et leurs autorisations Key Vault accordées de nouveau.',
  xferBreakingTitle: () => 'Services qui ne survivent pas au déplacement',
  xferBreakingDetail: () => 'Azure SQL et Azure Database pour MySQL avec l’authentification Microsoft Entra, AKS, Microsoft Entra Domain Services, Microsoft Dev Box et Azure Deployment Environments cessent de fonctionner ou bloquent le transfert : prévoyez de les recréer.',
  xferPolicyTitle: () => 'Azure Policy',
  xferPolicyDetail: () => 'Exportez les définitions de stratégie, les affectations et les exemptions, puis importez-les et réaffectez-les après le déplacement.',
  xferAppsTitle: () => 'Inscriptions d’applications et autres ressources liées au locataire',
  xferAppsDetail: () => 'Les inscriptions d’applications, les identités Service Bus et Synapse et les inscriptions Azure Stack sont liées à l’annuaire : recréez-les ou mettez-les à jour.',
  xferSurvivingAccessTitle: () => 'Accès qui subsistent',
  xferSurvivingAccessDetail: () => 'Les clés de compte de stockage, les certificats de gestion et les informations d’identification des machines virtuelles continuent de fonctionner : renouvelez-les si des personnes de l’annuaire source doivent perdre l’accès.',
  xferBillingTitle: () => 'La facturation ne change pas',
  xferBillingDetail: () => '« Changer d’annuaire » conserve l’administrateur de compte et la facturation ; les abonnements Office 365 restent dans leur propre annuaire.',

  // ── Refus des modifications ──
  editYamlErrors: (p) => `Le fichier contient des erreurs de syntaxe YAML (${p.detail}) ; corrigez-les avant de le modifier avec Tenancy.`,
  editNotWorkspace: () => 'Le fichier n’est pas un espace de travail Tenancy (son niveau supérieur n’est pas une table avec `version` et `directories`).',
  editNotTenantId: (p) => `${p.id} n’est pas un ID de locataire : les ID d’annuaire sont des GUID comme 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.`,
  editDirectoryNeedsName: () => 'Un annuaire doit avoir un nom.',
  editDirectoryNeedsDomain: () => 'Un annuaire doit avoir au moins son domaine initial *.onmicrosoft.com.',
  editDirectoryExists: (p) => `Le fichier contient déjà un annuaire d’ID ${p.id} (${p.directory}) ; les ID de locataire sont uniques.`,
  editDomainLowerCase: (p) => `Les noms de domaine s’écrivent en minuscules : utilisez ${p.domain}.`,
  editDomainElsewhere: (p) => `${p.domain} est déjà vérifié dans ${p.directory} ; un domaine n’est vérifié que dans un seul annuaire.`,
  editDomainHere: (p) => `${p.domain} est déjà un domaine de ${p.directory}.`,
  editNoDomainList: (p) => `${p.directory} n’a pas de liste de domaines à compléter.`,
  editRoleNotAzure: (p) => `${p.subscription} n’est pas un abonnement Azure : les attributions de rôle Azure n’existent que sur les abonnements Azure.`,
  editNotAccount: (p) => `${p.account} n’est pas une adresse de compte (alias@domaine).`,
  editNeedsRole: () => 'Une attribution de rôle doit avoir un rôle.',
  editBadScope: (p) => `L’étendue ${p.scope} doit être un chemin sous l’abonnement, commençant par /.`,
  editDuplicateAssignment: (p) => `${p.principal} a déjà le rôle ${p.role} à cette étendue sur ${p.subscription}.`,
  editNotSubscriptionId: (p) => `${p.id} n’est pas un ID d’abonnement : les ID d’abonnement sont des GUID.`,
  editSubscriptionNeedsName: () => 'Un abonnement doit avoir un nom.',
  editSubscriptionExists: (p) =>
    `L’abonnement ${p.id} est déjà dans le fichier (${p.subscription}, dans ${p.directory}) ; un abonnement approuve un seul annuaire.`,
  editAzureNeedsOwner: () => 'Un abonnement Azure doit avoir un propriétaire : l’utilisateur qui en est l’administrateur de compte.',
  editOffice365NoOwner: () => 'Un abonnement Office 365 n’a pas de propriétaire individuel : il appartient à l’annuaire lui-même.',
  editNotUpn: (p) => `${p.upn} n’est pas un nom d’utilisateur principal (UPN).`,
  editNotUpnForm: (p) => `${p.upn} n’est pas un nom d’utilisateur principal (alias@domaine).`,
  editAlreadyUser: (p) => `${p.upn} est déjà un utilisateur de ${p.directory} ; un UPN désigne un seul compte, avec un seul annuaire d’origine.`,
  editGuestNotMember: (p) => `${p.upn} est un invité de ${p.directory} ; supprimez l’entrée d’invité avant d’ajouter le compte comme membre.`,
  editNotGuestOf: (p) => `${p.upn} n’est pas un invité de ${p.directory}.`,
  editNoValue: () => 'Il n’y a aucune valeur à cette position.',
  editValueChanged: (p) => `La valeur à cet endroit n’est plus ${p.expected}.`,
  editUserHere: (p) => `${p.upn} est un utilisateur de ${p.directory} ; un compte n’est invité que dans d’autres annuaires.`,
  editAlreadyGuest: (p) => `${p.upn} est déjà un invité de ${p.directory}.`,
  editTransfersOneByOne: () => 'Les transferts déplacent des abonnements entre annuaires : appliquez-les un par un, après leur aperçu.',
  editNoAutomaticFix: (p) => `Aucun problème ${p.code} de ce fichier n’a de correction automatique.`,
  editNotTogether: (p) => `Les problèmes ${p.code} de ce fichier ne peuvent pas être corrigés ensemble ; corrigez-les un par un.`,
  editNoPending: (p) => `${p.subscription} n’a aucune attribution de rôle en attente.`,
  editPendingNowhere: (p) =>
    `Aucun des principaux de sécurité en attente (${p.principals}) n’est encore utilisateur ou invité de ${p.directory} : invitez-les d’abord.`,
  editNoKey: (p) => `${p.subscription} n’a pas de clé \`${p.key}\`.`,
  editNoAssignmentN: (p) => `${p.subscription} n’a pas d’attribution de rôle nº ${p.number}.`,
  editNotUserOf: (p) => `${p.upn} n’est utilisateur ${p.anywhere ? 'd’aucun annuaire de ce fichier' : 'de cet annuaire'}.`,
  editNoAccount: (p) => `Ce fichier ne contient aucun compte nommé ${p.upn}.`,
  editAccountExists: (p) => `${p.to} est déjà un compte de ce fichier ; renommer ${p.from} fusionnerait deux comptes.`,
  editNoOwnerToRemove: (p) => `${p.subscription} n’a pas de propriétaire à supprimer.`,
  editOffice365Owner: (p) => `${p.subscription} est un abonnement Office 365 : il appartient à l’annuaire lui-même, pas à un utilisateur.`,
  editTransferNotAzure: (p) =>
    `${p.subscription} n’est pas un abonnement Azure : un abonnement Office 365 appartient à son annuaire et n’est pas transféré.`,
  editFlowLists: () => 'Les listes d’abonnements sont écrites en style flux ([…] / {…}) ; réécrivez-les en listes de blocs pour effectuer le transfert avec Tenancy.',
  editInOtherFile: (p) => `Dans ${p.file} : ${p.reason}`,

  // ── Titres des correctifs rapides ──
  fixTransferTo: (p) => `Transférer l’abonnement vers ${p.directory}…`,
  fixDirectoryInFile: (p) => `${p.directory} (dans ${p.file})`,
  fixItsDirectory: () => 'son annuaire',
  fixPickOwner: () => 'Choisir un membre de l’annuaire de l’abonnement comme propriétaire…',
  fixSetOwner: (p) => `Définir comme propriétaire ${p.owner}, qui a créé l’abonnement`,
  fixRemoveOwner: () => 'Supprimer le propriétaire : un abonnement Office 365 appartient à son annuaire',
  fixUse: (p) => `Utiliser ${p.value}`,
  fixInvite: (p) => `Inviter ${p.principal} comme invité de ${p.directory}`,
  fixUseRole: (p) => `Utiliser le rôle « ${p.role} »`,
  fixRemoveDuplicate: () => 'Supprimer l’attribution de rôle en double',
  fixRemoveDisabledAssignment: (p) => `Supprimer l’attribution de rôle de l’utilisateur désactivé${p.principal ? ` ${p.principal}` : ''}`,
  fixRemoveAssignments: () => 'Supprimer les attributions de rôle : seuls les abonnements Azure en ont',
  fixAddUser: (p) => `Ajouter ${p.upn} comme utilisateur de ${p.directory}`,
  fixMarkExternal: (p) => `Marquer ${p.upn} comme compte externe`,
  fixRemoveGuest: (p) => `Supprimer l’entrée d’invité ${p.upn}`,
  fixRenameEverywhere: (p) => `Renommer partout en ${p.upn}`,
  fixAddDomain: (p) => `Ajouter ${p.domain} aux domaines de ${p.directory}`,
  fixAddInitialDomain: (p) => `Ajouter le domaine initial ${p.domain}`,

  // ── Rapport Markdown ──
  reportTitle: (p) => `# Rapport Tenancy${p.title ? ` — ${p.title}` : ''}`,
  reportTotals: (p) =>
    `${plural(p.directories, 'annuaire', 'annuaires')}, ${plural(p.subscriptions, 'abonnement', 'abonnements')} ; ${plural(p.errors, 'erreur', 'erreurs')}, ${plural(p.warnings, 'avertissement', 'avertissements')}, ${plural(p.infos, 'information', 'informations')}.`,
  reportOtherProblems: () => '## Autres problèmes',
  reportNoDirectory: () => 'Le fichier ne décrit aucun annuaire.',
  reportUnnamedDirectory: () => '(annuaire sans nom)',
  reportNoId: () => '(aucun)',
  reportTenantId: (p) => `- ID de locataire : ${p.id}`,
  reportDomains: (p) => `- Domaines : ${p.domains}`,
  reportCustomRoles: (p) => `- Rôles personnalisés : ${p.roles}`,
  reportNone: () => 'Aucun.',
  reportUsers: (p) => `### Utilisateurs (${p.count})`,
  reportUserColumns: () => 'UPN | Nom d’affichage | Rôles Entra | Connexion',
  reportSignIn: (p) => (p.enabled ? 'autorisée' : 'bloquée'),
  reportGuests: (p) => `### Invités (${p.count})`,
  reportGuestColumns: () => 'Compte d’origine | Nom d’affichage | Rôles Entra | Origine',
  reportHome: (p) => (p.external ? 'hors du parc' : 'dans le parc'),
  reportSubscriptions: (p) => `### Abonnements (${p.count})`,
  reportSubscriptionColumns: () => 'Nom | ID | Type | État | Propriétaire | Créé par | Plan / offre',
  reportOwnedByDirectory: () => '(l’annuaire)',
  reportLicenses: (p) => plural(p.count, 'licence', 'licences'),
  reportAccess: () => '#### Accès par attributions de rôle',
  reportAccessColumns: () => 'Abonnement | Principal de sécurité | Rôle | Étendue',
  reportWholeSubscription: () => '/ (abonnement entier)',
  reportPending: (p) => `${p.role} (en attente : à recréer après un transfert)`,
  reportProblems: (p) => `### Problèmes (${p.count})`,
  reportProblemColumns: () => 'Ligne | Gravité | Code | Problème',
  reportSeverity: (p) => (p.severity === 'error' ? 'erreur' : p.severity === 'warning' ? 'avertissement' : 'information'),

  // ── import depuis Azure CLI : résumé ──
  importKindWord: (p) => IMPORT_KIND[p.kind],
  importKindCount: (p) => plural(p.count, IMPORT_KIND[p.kind], IMPORT_KINDS[p.kind]),
  importCounts: (p) =>
    `${plural(p.added, 'ajout', 'ajouts')}, ${plural(p.updated, 'mise à jour', 'mises à jour')}, ${plural(p.unchanged, 'inchangé', 'inchangés')}, ${plural(p.conflicts, 'conflit', 'conflits')}`,
  importNewFile: () => ' (nouveau fichier)',
  importTextTitle: (p) => `Import : ${p.counts}`,
  importTextSource: (p) => `depuis ${p.name} : ${p.label}, ${plural(p.count, 'élément', 'éléments')}`,
  importMarkdownTitle: () => '## Import depuis Azure CLI',
  importMarkdownSource: (p) => `${p.name} : \`${p.label}\`, ${plural(p.count, 'élément', 'éléments')}`,
  importEmptyList: () => 'liste vide',
  importAdded: () => 'Ajouts',
  importUpdated: () => 'Mises à jour',
  importConflicts: () => 'Conflits (laissés tels quels)',
  importUnchanged: () => 'Inchangés',
  importSectionLine: (p) => `${p.title} :`,
  importUnchangedText: (p) => `Inchangés : ${p.count} (${p.kinds})`,
  importUnchangedMarkdown: (p) => `${p.count} : ${p.kinds}.`,
  importNone: () => '(aucun)',
  importNoteSeparator: () => ' ; ',
  importEntry: (p) =>
    `${IMPORT_KIND[p.kind]} ${p.label}${p.key}${p.kind !== 'directory' && p.directory ? ` dans ${p.directory}` : ''}${p.changes ? ` : ${p.changes}` : ''}${p.notes ? ` — ${p.notes}` : ''}`,
  importConflict: (p) =>
    `${IMPORT_KIND[p.kind]} ${p.label}${p.key} : ${p.message}${p.proposal ? ` Proposition : ${p.proposal}` : ''}`,

  // ── import depuis Azure CLI : fusion (refus, conflits, remarques) ──
  importNotTenantId: (p) => `${p.id} n’est pas un ID de locataire (un GUID comme 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f).`,
  importUnknownDirectory: (p) =>
    `Aucun annuaire d’ID ${p.id} dans le fichier ni dans les locataires importés ; importez avec lui la sortie de \`az account tenant list\`, ou ajoutez d’abord l’annuaire.`,
  importDirectoryInOtherFile: (p) =>
    `L’annuaire ${p.id} est tenu dans ${p.file}, un autre fichier de ce parc ; importez ses listes dans ce fichier (\`--into ${p.file}\`).`,
  importInOtherFile: (p) => `il est tenu dans ${p.file}, un autre fichier de ce parc : ce que l’import en liste n’est pas enregistré ici.`,
  importInOtherFileProposal: (p) => `lancez le même import avec \`--into ${p.file}\`.`,
  importNoInitialDomain: () => 'aucun domaine *.onmicrosoft.com dans la liste',
  importDefaultDomainOnly: () => 'seul le domaine par défaut est connu : importez `az account tenant list` pour les autres',
  importDomainElsewhere: (p) =>
    `Azure CLI indique ${p.domain} comme domaine de ${p.label}, mais le fichier l’a vérifié dans ${p.owner} ; un domaine n’est vérifié que dans un seul annuaire.`,
  importDomainElsewhereProposal: (p) => `si le domaine a été déplacé, supprimez-le de ${p.owner} et importez à nouveau.`,
  importSubscriptionElsewhere: (p) =>
    `le fichier le place dans ${p.file}, mais selon Azure il approuve ${p.directory ?? `l’annuaire ${p.tenant}`} (locataire ${p.tenant}).`,
  importTransferProposal: (p) =>
    `déplacez-le vers ${p.directory} avec « Tenancy : Transférer l’abonnement vers un autre annuaire… » (qui présente d’abord les attributions de rôle qu’Azure supprime), ou corrigez le fichier si la liste est erronée.`,
  importAddDirectoryProposal: (p) => `importez la sortie de \`az account tenant list\` pour ajouter l’annuaire ${p.tenant}, puis transférez-y l’abonnement.`,
  importSubscriptionType: (p) =>
    `le fichier en fait un abonnement ${p.type === 'office365' ? 'Office 365' : p.type}, mais \`az account list\` ne liste que des abonnements Azure.`,
  importSubscriptionTypeProposal: () => 'vérifiez l’ID ; s’il s’agit d’un abonnement Azure, indiquez `type: azure`.',
  importSubscriptionNoDirectory: (p) => `son annuaire (locataire ${p.tenant}) n’est pas dans le fichier, et cette sortie ne le nomme pas.`,
  importSubscriptionNoDirectoryProposal: () => 'importez avec lui la sortie de `az account tenant list -o json`, ou ajoutez d’abord l’annuaire.',
  importFactsUnknown: () => 'propriétaire, créateur et offre ne sont pas indiqués par Azure CLI : notés `unknown`, à renseigner',
  importManagedBy: (p) => `géré via Azure Lighthouse par ${p.directories}`,
  importHomeNowInFile: () => 'son compte d’origine est désormais dans le fichier',
  importDuplicate: (p) => `listé plusieurs fois avec des valeurs différentes (${p.differences}) ; aucune n’est importée.`,
  importDuplicateProposal: () => 'vérifiez la sortie (deux listes de dates différentes ?) et importez une liste cohérente.',
  importDirectoryName: (p) => `le fichier le nomme ${p.file}, Azure le nomme ${p.azure} ; le nom du fichier est conservé.`,
  importDirectoryNameProposal: (p) => `pour prendre le nom d’Azure, écrivez \`name: ${p.azure}\` (ou gardez le vôtre dans \`alias\`).`,
  importPlaceholderRecorded: (p) =>
    `le fichier a cet ID comme abonnement de ${p.directory}, mais \`az account list\` le montre comme compte au niveau du locataire (\`N/A(tenant level account)\`, issu de \`az login --allow-no-subscriptions\`) : c’est l’ID de l’annuaire, pas un abonnement.`,
  importPlaceholderRecordedProposal: () => 'supprimez cette entrée d’abonnement.',
  importPlaceholderNoDirectory: () => 'un compte au niveau du locataire (`az login --allow-no-subscriptions`) montre que cet annuaire existe, mais la sortie ne le nomme pas.',
  importAtRoot: () => 'attribuée à l’étendue racine `/`, au-dessus de tout groupe racine de locataire (un administrateur général élevé) : le format n’a pas de place pour elle',
  importOtherScope: (p) => `l’étendue ${p.scope} n’est ni un abonnement ni en dessous d’un abonnement`,
  importPrincipalType: (p) =>
    `${p.type === 'ServicePrincipal' ? 'un principal de service ou une identité managée' : p.type === 'Group' ? 'un groupe' : p.type === 'ForeignGroup' ? 'un groupe étranger (d’un autre annuaire)' : `un principal de type ${p.type}`} (${p.name}) : le fichier ne note que les utilisateurs, invités, groupes et principaux de service de l’annuaire`,
  importUnresolvedUser: (p) => `un utilisateur qu’Azure CLI n’a pas pu nommer (ID d’objet ${p.id} ; supprimé ?)`,
  importUnknownRole: (p) => `le rôle ${p.id} n’a pas de nom dans la sortie`,
  importAssignmentNoSubscription: (p) => `l’abonnement ${p.id} n’est ni dans le fichier ni dans cet import.`,
  importAssignmentNoSubscriptionProposal: () => 'importez aussi la sortie de `az account list --all -o json`.',
  importCustomRole: (p) => `rôle personnalisé ${p.role} ajouté aux customRoles de l’annuaire`,
  importPrincipalNotListed: (p) => `ni utilisateur ni invité de ${p.directory} dans le fichier : importez aussi sa liste d’utilisateurs (RBA001)`,
  importMorePages: () => 'une page Microsoft Graph qui annonce d’autres pages : donnez chaque fichier de page',
  importNotRecorded: () => 'Non notés',
  importToKnow: () => 'À savoir',
  importListedBy: (p) => `listé par ${p.account}`,
  importPaymentOverdue: (p) => `état Azure ${p.azState} : toujours actif, paiement en retard`,
  importGuestNoExt: () => 'un invité dont l’UPN n’a pas de partie #EXT# ne dit pas quel annuaire l’a invité.',
  importDomainUnknown: (p) => `aucun annuaire du fichier ne vérifie ${p.domain} : on ne sait pas à quel annuaire ce compte appartient.`,
  importSayDirectoryProposal: () => 'indiquez l’annuaire dont vient la liste (`--directory TENANT_ID`), ou importez avec elle la sortie de `az account tenant list`.',
  importMemberIsGuest: (p) => `le fichier a ce compte comme invité de ${p.directory}, mais Azure CLI le liste comme membre.`,
  importMemberIsGuestProposal: () => 'supprimez l’entrée d’invité et importez à nouveau, si le compte appartient désormais à cet annuaire.',
  importOtherHome: (p) =>
    `le fichier a ce compte comme utilisateur de ${p.file}, mais l’import le liste dans ${p.directory} ; un compte n’a qu’un annuaire d’origine.`,
  importOtherHomeProposal: (p) => `vérifiez de quel annuaire vient la liste ; si le compte a été déplacé, supprimez-le de ${p.file} et importez à nouveau.`,
  importGuestIsMember: (p) =>
    `le fichier a ce compte comme utilisateur de ${p.directory}, mais Azure CLI l’y liste comme invité (${p.upn}).`,
  importGuestIsMemberProposal: () => 'vérifiez le compte ; un annuaire ne peut pas avoir le même compte comme membre et comme invité.',
  importSignInBlocked: () => 'connexion bloquée',
  importFromUpn: (p) => `d’après ${p.upn}`,
  importExternal: () => 'compte d’origine hors du fichier : external',

  // ── import depuis Azure CLI : lecture de son JSON ──
  azNotJson: (p) => `Ce n’est pas du JSON (${p.error}). Attendu : ${AZ_KINDS}.`,
  azRerunWithJson: () => 'Cela ressemble à une sortie en tableau ou TSV : relancez la commande avec `-o json`.',
  azManagedByNotList: (p) => `\`managedByTenants\` doit être une liste d’objets avec \`tenantId\`, trouvé ${p.found}.`,
  azNotScope: (p) => `« ${p.scope} » n’est pas une étendue : une étendue commence par /.`,
  azNotRoleId: (p) => `« ${p.value} » n’est pas un ID de définition de rôle : attendu …/roleDefinitions/ puis un GUID.`,
  azObject: () => `Attendu : une liste JSON (${AZ_KINDS}), trouvé un objet.`,
  azNotList: (p) => `Attendu : une liste JSON (${AZ_KINDS}), trouvé ${p.found}.`,
  azNotObjects: (p) => `Attendu : une liste d’objets (${AZ_KINDS}), mais l’élément 0 est ${p.found}.`,
  azUnknownList: (p) => `Cette liste JSON n’est pas une sortie d’Azure CLI que Tenancy sait importer : son premier élément a ${p.keys ? `les clés ${p.keys}` : 'aucune clé'}. Attendu : ${AZ_KINDS}.`,
  azUnknownState: (p) => `État d’abonnement inconnu « ${p.azState} » : attendu Enabled, Warned, PastDue, Disabled, Expired ou Deleted.`,
  azUserNotObject: (p) => `\`user\` doit être un objet avec \`name\` et \`type\`, trouvé ${p.found}.`,
  azDomainsNotList: (p) => `\`domains\` doit être une liste de noms de domaine, trouvé ${p.found}.`,
  azDomainNotText: (p) => `Un domaine doit être du texte, trouvé ${p.found}.`,
  azNotUpn: (p) => `« ${p.upn} » n’est pas un nom d’utilisateur principal (alias@domaine).`,
  azEnabledNotBoolean: (p) => `\`accountEnabled\` doit valoir true ou false, trouvé ${p.found}.`,
  azItemNotObject: (p) => `L’élément ${p.index} doit être un objet${p.kind === 'other' ? '' : ` ${p.kind === 'user' ? 'utilisateur' : p.kind === 'tenant' ? 'locataire' : p.kind === 'roleAssignment' ? 'attribution de rôle' : 'abonnement'}`} comme les autres, trouvé ${p.found}.`,
  azMissingKey: (p) => `L’élément ${p.index} n’a pas de \`${p.key}\` ; chaque élément de cette liste en a besoin.`,
  azNotText: (p) => `\`${p.key}\` doit être du texte, trouvé ${p.found}.`,
  azNotGuid: (p) => `« ${p.value} » n’est pas ${p.tenant ? 'un ID de locataire' : 'un ID d’abonnement'} : attendu un GUID comme 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.`,
  // ── import depuis Azure CLI : groupes, principaux de service, groupes d’administration ──
  azNotMemberType: (p) => `« ${p.value} » n’est pas un membre que Tenancy connaît : attendu #microsoft.graph.user, group, servicePrincipal, device ou orgContact.`,
  azNotBoolean: (p) => `\`${p.key}\` doit valoir true ou false, trouvé ${p.found}.`,
  azNotTextList: (p) => `\`${p.key}\` doit être une liste de textes, trouvé ${p.found}.`,
  azNotObjectId: (p) => `« ${p.value} » n’est pas un ID d’objet : attendu un GUID comme 8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f.`,
  azNotManagementGroupId: (p) => `« ${p.value} » n’est pas un ID de groupe d’administration (lettres, chiffres, - _ ( ) et ., 90 caractères au plus).`,
  azNotSubscriptionPath: (p) => `« ${p.value} » n’est pas un abonnement : attendu /subscriptions/ suivi d’un GUID.`,
  azBadParent: (p) => `Le parent de l’élément ${p.index} n’est pas un groupe d’administration (attendu /providers/Microsoft.Management/managementGroups/ suivi de son ID).`,
  azBadChild: (p) => `L’enfant ${p.index} n’est ni un groupe d’administration ni un abonnement.`,
  importNotSecurityGroup: (p) =>
    `${p.microsoft365 ? 'un groupe Microsoft 365' : 'un groupe de distribution'} sans sécurité (securityEnabled false) : il ne peut pas recevoir de rôles Azure, et le fichier note les groupes de sécurité`,
  importMembersNotListed: () => 'membres non listés par `az ad group list` : importez la sortie de `az ad group member list` avec `--group`',
  importMembersAdded: (p) => `${plural(p.count, 'membre', 'membres')} de sa liste de membres`,
  importMemberNotPrincipal: (p) => `un membre de ${p.group} qui est ${p.type === 'device' ? 'un appareil' : 'un contact'} : le format note comme membres les utilisateurs, invités, groupes et principaux de service`,
  importMembersNoGroup: (p) =>
    `${p.file} est la liste des membres d’un groupe (\`az ad group member list\`), qui ne dit pas de quel groupe : indiquez-le avec --group NOM_OU_ID_OBJET (la commande VS Code le demande).`,
  importUnknownGroup: (p) => `Il n’y a pas de groupe ${p.group} dans le fichier ni dans cet import ; importez la sortie de \`az ad group list -o json\` avec la liste des membres, ou ajoutez d’abord le groupe.`,
  importGroupInSeveral: (p) => `Plusieurs annuaires ont un groupe ${p.group} (${p.directories}) ; indiquez lequel avec --directory ID_LOCATAIRE.`,
  importOthersApplications: (p) =>
    `${plural(p.count, 'principal de service', 'principaux de service')} d’applications d’autres organisations (dont celles de Microsoft) laissés de côté : aucune attribution de rôle importée ne les nomme`,
  importIdentityNoResource: () => 'une identité managée affectée par le système dont `alternativeNames` ne donne pas la ressource',
  importUserAssigned: () => 'identité managée affectée par l’utilisateur',
  importSystemAssigned: () => 'identité managée affectée par le système : supprimée avec sa ressource',
  importListNoDirectory: (p) =>
    `${p.kind === 'group' ? 'une liste de groupes' : 'une liste de principaux de service'} ne dit pas de quel annuaire elle vient${p.kind === 'servicePrincipal' ? ' (seule la ressource d’une identité managée le dit, quand son abonnement est dans le fichier)' : ''}.`,
  importSameName: (p) =>
    `plusieurs objets de ${p.directory} portent ce nom (ID d’objet ${p.ids}) ; le fichier exige un nom unique, aucun n’est donc importé.`,
  importSameNameProposal: () => 'renommez-en un dans Microsoft Entra, ou ajoutez-les à la main sous des noms distincts avec leur `id`.',
  importObjectName: (p) => `le fichier l’appelle ${p.file}, Azure l’appelle ${p.azure} ; le nom du fichier est gardé (les références l’utilisent).`,
  importObjectNameProposal: (p) => `pour suivre Azure, renommez-le en ${p.azure} (Renommer le symbole renomme aussi ses références).`,
  importParentUnknown: () => 'son parent n’est pas dans cette sortie (`az account management-group list` n’en donne pas) : importez `az account management-group entities list -o json` pour le placer',
  importRootGroup: () => 'le groupe racine du locataire',
  importRootGroupAdded: () => 'le groupe racine du locataire, ajouté pour porter ses attributions de rôle',
  importPlacedNotInFile: (p) =>
    `placé dans le groupe d’administration ${p.group}, mais n’est pas un abonnement de cet annuaire dans le fichier : importez aussi \`az account list --all -o json\``,
  importPlacedElsewhere: (p) =>
    `le fichier le place dans le groupe d’administration ${p.file}, Azure ${p.root ? 'directement sous le groupe racine du locataire' : `dans ${p.azure}`} ; un abonnement est dans un groupe d’administration au plus.`,
  importPlacedElsewhereProposal: () => 's’il a été déplacé, retirez-le des `subscriptions` de l’autre groupe et importez à nouveau.',
  importManagementGroupUnknown: (p) =>
    `attribuée au groupe d’administration ${p.group}, qui n’est ni dans le fichier ni dans cet import : importez aussi \`az account management-group entities list -o json\``,
  importInherited: () => 'héritée par tous les abonnements sous le groupe d’administration',
  importPrincipalById: (p) =>
    `${p.type === 'Group' ? 'un groupe' : 'un principal de service'} que ${p.directory} ne liste pas dans le fichier : noté par son ID d’objet ; importez aussi ${p.type === 'Group' ? '`az ad group list`' : '`az ad sp list --all`'}, sinon la vérification le signale comme inconnu`,
  azValue: (p) =>
    p.type === 'null' ? 'null' : p.type === 'list' ? 'une liste' : p.type === 'object' ? 'un objet' : p.type === 'string' ? `le texte ${p.text}`
      : p.type === 'number' ? `le nombre ${p.text}` : p.type === 'boolean' ? `la valeur ${p.text}` : `la valeur ${p.type} ${p.text}`,

  // ── Modifications des groupes, principaux de service et groupes d’administration ─────────────
  editPrincipalNeedsName: (p) => (p.kind === 'group' ? 'Un groupe a besoin d’un nom.' : 'Un principal de service a besoin d’un nom.'),
  editNameTaken: (p) =>
    `${p.name} est déjà le nom d’un ${p.kind === 'group' ? 'groupe' : 'principal de service'} de ${p.directory} ; les attributions de rôle et les groupes désignent les principaux par leur nom, qui est donc unique dans un annuaire.`,
  editNotObjectId: (p) => `${p.id} n’est pas un ID d’objet : les ID d’objet et d’application sont des GUID comme 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.`,
  editObjectIdTaken: (p) => `${p.id} désigne déjà un groupe ou un principal de service de ${p.directory}.`,
  editRolesNeedAssignable: () => 'Seul un groupe assignable à un rôle (isAssignableToRole: true) peut détenir des rôles Microsoft Entra.',
  editNoGroup: (p) => `${p.directory} n’a pas de groupe nommé ${p.group}.`,
  editUnknownMember: (p) =>
    `${p.member} n’est ni un utilisateur, ni un invité, ni un groupe, ni un principal de service de ${p.directory} : ajoutez-le d’abord à l’annuaire (un groupe ne contient que des objets de son annuaire).`,
  editAmbiguousMember: (p) => `${p.member} désigne plusieurs groupes ou principaux de service de ${p.directory} : désignez-le par son ID d’objet.`,
  editAlreadyMember: (p) => `${p.member} est déjà membre de ${p.group}.`,
  editGroupInItself: (p) => `${p.group} ne peut pas être membre de lui-même.`,
  editMemberCycle: (p) => `${p.member} contient déjà ${p.group} (directement ou par des groupes imbriqués) : l’ajouter créerait un cycle d’appartenance.`,
  editAssignableNoGroups: (p) => `${p.group} est assignable à un rôle : un tel groupe ne peut pas contenir d’autres groupes.`,
  editSpType: () => 'Un principal de service est de type application ou managedIdentity.',
  editSpIdentity: () => 'Une identité managée est systemAssigned ou userAssigned.',
  editSpNeedsResource: () => 'Une identité managée affectée par le système a besoin de l’ID de la ressource à laquelle elle appartient.',
  editSpAppOnly: () => '`identity` et `resource` ne concernent que les identités managées, pas une application.',
  editNotResourceId: (p) => `${p.resource} n’est pas un ID de ressource Azure : /subscriptions/<id>/resourceGroups/<groupe>/providers/<espace de noms>/<type>/<nom>.`,
  editNoManagementGroup: (p) => `${p.directory} n’a pas de groupe d’administration ${p.id}.`,
  editTenantRootGroup: () => 'le groupe racine du locataire',
  editAlreadyInManagementGroup: (p) => `${p.subscription} est déjà dans ${p.group}.`,
  // ── Groupes, principaux de service, groupes d’administration : règles, accès effectif, conséquences d’un transfert ──
  xferPrincipalCell: (p) =>
    p.kind === 'group' ? `${p.principal} (groupe : ${p.members ?? 0} compte(s))` : p.kind === 'servicePrincipal' ? `${p.principal} (principal de service)` : `${p.principal} (absent du fichier)`,
  xferIdentitiesHeading: () => '### Identités managées des ressources de l’abonnement',
  xferIdentity: (p) =>
    (p.userAssigned
      ? `**${p.name}** (affectée par l’utilisateur) : supprimez-la, recréez-la dans l’annuaire cible et rattachez-la aux ressources qui l’utilisent.`
      : `**${p.name}** (affectée par le système${p.resource ? `, de \`${p.resource}\`` : ''}) : elle cesse de fonctionner ; désactivez-la puis réactivez-la sur sa ressource.`) +
    (p.assignments ? ` Ses attributions de rôle sont perdues aussi : ${p.assignments}.` : ' Elle n’a aucune attribution de rôle dans le fichier.'),
  xferIdentityAssignment: (p) => `${p.role} sur ${p.where}${p.scope ? ` (${p.scope})` : ''}`,
  xferInheritedHeading: () => '### Accès hérité des groupes d’administration qui cesse de s’appliquer',
  xferInheritedTableHeader: (p) => `| principal de sécurité | rôle | groupe d’administration | existe dans ${p.directory} |`,
  xferHierarchy: (p) =>
    (p.from ? `L’abonnement quitte le groupe d’administration ${p.from} (${p.chain}) ` : 'L’abonnement quitte le groupe racine du locataire ') +
    `et arrive directement sous le groupe racine du locataire cible${p.root ? ` (${p.root})` : ''}. Le transfert le retire des \`subscriptions\` des groupes d’administration ; placez-le dans un groupe d’administration de la cible s’il doit y être.`,
  xferInheritedNone: () => 'Aucun groupe d’administration au-dessus de l’abonnement ne porte d’attribution de rôle dans le fichier.',
  xferCustomInTarget: () => ' (la cible le déclare déjà)',
  principalDescription: (p) =>
    `${p.kind === 'group' ? 'le groupe' : p.kind === 'servicePrincipal' ? 'le principal de service' : p.kind === 'guest' ? 'l’invité' : 'l’utilisateur'} ${p.name}${p.id ? ` (${p.id})` : ''}`,
  managementGroupNamed: (p) => `le groupe d’administration ${p.name}`,
  factObjectOf: (p) => `${p.principal} : ${p.kind === 'group' ? 'un groupe' : 'un principal de service'} de ${p.home}`,
  relatedSameName: () => 'même nom',
  relatedFirstPlaced: () => 'placé d’abord ici',
  RBA001Elsewhere: (p) =>
    p.kind === 'group'
      ? `Le groupe ${p.principal} a un rôle sur ${p.where}, mais c’est un groupe de ${p.home}, pas de ${p.directory}. ` +
        'Azure RBAC n’attribue des rôles qu’aux utilisateurs, groupes et principaux de service de l’annuaire approuvé par l’abonnement ; un groupe n’appartient qu’à un annuaire. ' +
        `Utilisez un groupe de ${p.directory} (ses membres de ${p.home} invités comme invités), ou supprimez l’attribution.`
      : `Le principal de service ${p.principal} a un rôle sur ${p.where}, mais c’est un principal de service de ${p.home}, pas de ${p.directory}. ` +
        'Azure RBAC n’attribue des rôles qu’aux utilisateurs, groupes et principaux de service de l’annuaire approuvé par l’abonnement : une application a un principal de service dans chaque annuaire qui l’a autorisée, et une identité managée n’existe que dans son annuaire. ' +
        `Ajoutez le principal de service de l’application à ${p.directory} (en l’y autorisant), ou supprimez l’attribution.`,
  CRT002Name: (p) =>
    `« ${p.principal} » (${p.where}) n’est ni un utilisateur, ni un groupe, ni un principal de service de ${p.directory}, ni d’aucun autre annuaire de ce parc. ` +
    'Une attribution de rôle ou une appartenance à un groupe désigne un objet de l’annuaire : l’UPN d’un utilisateur, ou le nom ou l’ID d’objet d’un groupe ou d’un principal de service. ' +
    (p.suggestion ? `Vouliez-vous dire « ${p.suggestion} » ? ` : '') +
    'Corrigez le nom, ou déclarez le groupe ou le principal de service sous `groups` ou `servicePrincipals` de l’annuaire.',
  CRT002MemberOf: (p) => `un membre du groupe ${p.group}`,
  CRT002RoleAssignmentOfManagementGroup: (p) => `une attribution de rôle du groupe d’administration ${p.managementGroup}`,
  PRN001Ambiguous: (p) =>
    `« ${p.principal} » correspond à ${p.count} principaux de sécurité de ${p.directory} : ${p.candidates}. ` +
    'Une attribution de rôle ou une appartenance désigne un seul objet : le fichier doit dire lequel. ' +
    (p.canType
      ? 'Ajoutez `principalType` (User, Group ou ServicePrincipal), ou écrivez l’ID d’objet au lieu du nom.'
      : 'Écrivez l’ID d’objet au lieu du nom, ou renommez l’un d’eux (GRP002).'),
  PRN001Type: (p) =>
    `\`principalType\` indique ${p.type}, mais « ${p.principal} » est ${p.actual} de ${p.directory}. ` +
    'Azure enregistre le type de l’objet auquel un rôle est attribué ; le fichier se contredit, donc le type ou le principal est faux. ' +
    `Écrivez \`principalType: ${p.expected}\`, ou corrigez le principal.`,
  GRP001: (p) =>
    `Le groupe ${p.group} de ${p.directory} se contient lui-même : ${p.cycle}. ` +
    'Les groupes de sécurité Microsoft Entra peuvent être imbriqués, mais un groupe ne peut pas être membre de lui-même, directement ou par d’autres groupes, et un cycle rend l’accès effectif illisible. ' +
    'Retirez une appartenance du cycle.',
  GRP002: (p) =>
    `${p.principal} porte le même nom que ${p.other} dans ${p.directory}. ` +
    'Microsoft Entra permet à deux objets de partager un nom d’affichage, mais une attribution de rôle ou un membre écrit avec ce nom ne dit plus lequel est visé. ' +
    'Renommez l’un d’eux, ou désignez-les par leur ID d’objet.',
  GRP003: (p) =>
    (p.kind === 'account'
      ? `${p.member} est membre du groupe ${p.group} mais n’est ni utilisateur ni invité de ${p.directory}${p.home ? ` (c’est un utilisateur de ${p.home})` : ''}. `
      : `${p.member} est membre du groupe ${p.group} de ${p.directory}, mais c’est ${p.kind === 'group' ? 'un groupe' : 'un principal de service'} de ${p.home}. `) +
    'Les membres d’un groupe sont des objets de l’annuaire du groupe ; les personnes d’un autre annuaire y entrent comme invités B2B. ' +
    (p.kind === 'account'
      ? `Invitez ${p.member} comme invité de ${p.directory} et inscrivez l’invité, ou retirez le membre.`
      : `Retirez le membre, ou inscrivez ${p.kind === 'group' ? 'le groupe' : 'le principal de service'} correspondant de ${p.directory}.`),
  GRP004: (p) =>
    `Le groupe ${p.group} détient le(s) rôle(s) Microsoft Entra ${p.roles} mais n’est pas attribuable à un rôle. ` +
    'Seuls les groupes créés avec `isAssignableToRole: true` (« Des rôles Microsoft Entra peuvent être attribués au groupe ») peuvent détenir des rôles Microsoft Entra, et ce choix ne se fait qu’à la création du groupe. ' +
    'Écrivez `isAssignableToRole: true` (un nouveau groupe attribuable à un rôle dans Entra), ou donnez les rôles à ses membres.',
  GRP005: (p) =>
    `Le groupe attribuable à un rôle ${p.group} contient le groupe ${p.member}. ` +
    'Un groupe qui peut détenir des rôles Microsoft Entra ne peut pas avoir de groupes pour membres : l’imbrication n’est pas prise en charge pour ces groupes. ' +
    `Inscrivez directement les comptes de ${p.member}, ou retirez-le.`,
  RBA006Group: (p) =>
    `Le groupe ${p.group} détient ${p.role ?? 'un rôle'} sur ${p.where}, mais tous les comptes qu’il atteint sont désactivés (${p.accounts}). ` +
    'Un compte désactivé ne peut pas se connecter : l’attribution ne garde qu’un accès périmé. ' +
    'Supprimez l’attribution, ou ajoutez au groupe les personnes qui ont besoin de cet accès.',
  MGT001: (p) =>
    `Le groupe d’administration ${p.group} a pour parent « ${p.parent} », qui n’est ni un groupe d’administration de ${p.directory} ni son groupe racine (l’ID du locataire). ` +
    'Chaque groupe d’administration a un seul parent, dans la hiérarchie de son propre annuaire. ' +
    (p.suggestion ? `Vouliez-vous dire « ${p.suggestion} » ?` : 'Déclarez le parent sous `managementGroups`, ou retirez `parent` pour placer le groupe sous le groupe racine du locataire.'),
  MGT002: (p) =>
    `Les groupes d’administration ${p.cycle} de ${p.directory} sont leurs propres ancêtres. ` +
    'Les groupes d’administration forment un seul arbre sous le groupe racine du locataire ; Azure refuse un déplacement qui rend un groupe ancêtre de lui-même. ' +
    'Corrigez un `parent` du cycle.',
  MGT003: (p) =>
    `Le groupe d’administration ${p.group} est ${p.depth} niveaux sous le groupe racine du locataire. ` +
    'Un arbre de groupes d’administration prend en charge jusqu’à six niveaux de profondeur, sans compter le groupe racine ni les abonnements. ' +
    'Placez-le, ou l’un de ses ancêtres, plus haut dans la hiérarchie.',
  MGT004: (p) =>
    `L’abonnement ${p.subscription} est placé dans le groupe d’administration ${p.group}, et aussi dans ${p.other}. ` +
    'Un abonnement a exactement un groupe d’administration parent. ' +
    'Gardez-le dans un seul.',
  MGT005: (p) =>
    `Le groupe d’administration ${p.group} liste l’abonnement ${p.id}, qui ${p.other ? `est un abonnement de ${p.other}, pas` : 'n’est pas un abonnement'} de ${p.directory}. ` +
    'Un groupe d’administration ne contient que des abonnements de son propre annuaire ; un abonnement qui change d’annuaire quitte la hiérarchie. ' +
    (p.other ? `Retirez-le ici, et placez-le dans un groupe d’administration de ${p.other}.` : 'Corrigez l’ID, ou ajoutez l’abonnement aux `subscriptions` de l’annuaire.'),
  MGT006: (p) =>
    `Le groupe racine ${p.group} de ${p.directory} a un parent. ` +
    'Le groupe racine du locataire (dont l’ID est celui du locataire) est le sommet de la hiérarchie : il n’a pas de parent et ne peut pas être déplacé. ' +
    'Retirez `parent`.',
  MID001: (p) =>
    `L’identité managée ${p.identity} de ${p.directory} appartient à l’abonnement ${p.subscription}, qui est dans ${p.other}. ` +
    'Une identité managée vit dans l’annuaire approuvé par son abonnement ; quand l’abonnement change d’annuaire, ' +
    (p.userAssigned ? 'une identité affectée par l’utilisateur doit être supprimée, recréée dans le nouvel annuaire et rattachée à ses ressources. ' : 'une identité affectée par le système cesse de fonctionner jusqu’à ce qu’elle soit désactivée puis réactivée sur sa ressource. ') +
    `Recréez-la dans ${p.other} et déplacez-y son entrée (et ses attributions de rôle).`,
  reportGroups: (p) => `### Groupes (${p.count})`,
  reportGroupColumns: () => 'Groupe | Membres | Comptes atteints (imbriqués) | Rôles Entra',
  reportServicePrincipals: (p) => `### Principaux de service (${p.count})`,
  reportServicePrincipalColumns: () => 'Nom | Nature | ID d’application | Ressource',
  reportServicePrincipalKind: (p) =>
    p.type === 'application' ? 'application' : p.type === 'managedIdentity' ? `identité managée (${p.identity === 'userAssigned' ? 'affectée par l’utilisateur' : 'affectée par le système'})` : '(nature non précisée)',
  reportManagementGroups: (p) => `### Groupes d’administration (${p.count})`,
  reportManagementGroupColumns: () => 'Groupe d’administration | ID | Parent | Abonnements | Attributions de rôle',
  reportTenantRoot: () => '(groupe racine du locataire)',
  reportEffectiveAccess: () => '#### Accès effectif de chaque compte (direct, par les groupes, hérité des groupes d’administration : de l’abonnement jusqu’à celui qui porte l’attribution)',
  reportEffectiveAccessColumns: () => 'Compte | Abonnement | Rôle | Étendue | Par',
  reportThrough: (p) =>
    p.route === 'direct' ? 'attribution directe'
      : p.route === 'group' ? `groupe ${p.groups}`
        : `groupe d’administration ${p.managementGroups}${p.groups ? `, groupe ${p.groups}` : ''}`,
  // ── Fonctions d’édition pour les groupes, principaux de service et groupes d’administration ──
  principalKind: (p) =>
    p.kind === 'user' ? 'membre' : p.kind === 'guest' ? 'invité' : p.kind === 'group' ? 'groupe' : 'principal de service',
  hoverPrincipalElsewhere: (p) => `⚠ Pas un objet de cet annuaire : il est dans **${p.directory}**. Une attribution de rôle ou un groupe ne contient que des objets de son propre annuaire.`,
  hoverGroup: (p) => `**${p.name}** · groupe de sécurité de **${p.directory}**${p.roleAssignable ? ' · attribuable à des rôles' : ''}`,
  hoverObjectId: (p) => `ID d’objet ${p.id}`,
  hoverAppId: (p) => `ID d’application ${p.id}`,
  hoverGroupMembers: (p) => {
    const parts = [
      p.accounts && plural(p.accounts, 'compte', 'comptes'), p.groups && plural(p.groups, 'groupe', 'groupes'),
      p.servicePrincipals && plural(p.servicePrincipals, 'principal de service', 'principaux de service'), p.unresolved && plural(p.unresolved, 'introuvable', 'introuvables'),
    ].filter(Boolean);
    return `**Membres :** ${plural(p.direct, 'membre direct', 'membres directs')}${parts.length ? ` (${parts.join(', ')})` : ''} · ${plural(p.nested, 'compte', 'comptes')} en tout, groupes imbriqués compris`;
  },
  hoverGroupEntraRoles: (p) => `**Rôles Microsoft Entra :** ${p.roles}`,
  hoverMemberOfGroups: (p) => `**Membre de :** ${p.groups}`,
  hoverAccountGroups: (p) => `**Groupes dans ${p.directory} :** ${p.groups}`,
  hoverVia: (p) => `par ${p.groups}`,
  hoverServicePrincipal: (p) =>
    `**${p.name}** · ${p.type === 'managedIdentity' ? `identité managée${p.identity === 'systemAssigned' ? ' affectée par le système' : p.identity === 'userAssigned' ? ' affectée par l’utilisateur' : ''}` : p.type === 'application' ? 'application (principal de service)' : 'principal de service'} de **${p.directory}**`,
  hoverResource: (p) => `Ressource ${p.resource}${p.subscription ? ` · dans ${p.subscription}` : ''}`,
  hoverAccessAtManagementGroup: (p) => `- ${p.role} sur le groupe d’administration ${p.group} (${p.directory}), hérité en dessous`,
  hoverManagementGroup: (p) => `**${p.name}** · groupe d’administration ${p.id} de **${p.directory}**`,
  hoverSubscriptionManagementGroups: (p) => `Groupes d’administration : ${p.path}`,
  hoverManagementGroupPath: (p) => `Chemin : ${p.path}`,
  hoverTenantRootGroupName: () => 'Groupe racine du locataire',
  hoverTenantRootGroup: () => 'Le groupe racine du locataire : son id est l’ID du locataire.',
  hoverManagementGroupSubscriptions: (p) => `**Abonnements :** ${p.subscriptions}`,
  hoverManagementGroupNoSubscriptions: () => 'Aucun abonnement placé directement dedans.',
  hoverManagementGroupAssignments: () => '**Attributions de rôles ici et héritées :**',
  hoverManagementGroupAssignment: (p) => `- ${p.role} → ${p.principal}${p.from ? ` (hérité de ${p.from})` : ''}`,
  hoverPrincipalAmbiguous: (p) =>
    `${p.name} désigne plusieurs principaux de **${p.directory}** : ${p.candidates}. Ajoutez \`principalType\` ou écrivez l’ID d’objet.`,
  hoverPrincipalUnknown: (p) =>
    `${p.name} ne désigne aucun compte, groupe ou principal de service de **${p.directory}**.${p.suggestion ? ` Vouliez-vous dire ${p.suggestion} ?` : ''}`,
  completionGroup: (p) => `Groupe de ${p.directory} · ${plural(p.members, 'membre', 'membres')}`,
  completionServicePrincipal: (p) =>
    `${p.type === 'managedIdentity' ? `Identité managée${p.identity === 'systemAssigned' ? ' (affectée par le système)' : p.identity === 'userAssigned' ? ' (affectée par l’utilisateur)' : ''}` : p.type === 'application' ? 'Application' : 'Principal de service'} de ${p.directory}`,
  completionManagementGroup: (p) => `Groupe d’administration${p.name ? ` · ${p.name}` : ''}`,
  completionTenantRootGroup: () => 'Groupe racine du locataire (l’ID du locataire)',
  completionSubscriptionPlaced: (p) => `${p.name}${p.group ? ` · actuellement dans ${p.group}` : ''}`,
  renameTakenInDirectory: (p) =>
    `« ${p.name} » désigne déjà ${p.what === 'group' ? 'un groupe' : p.what === 'servicePrincipal' ? 'un principal de service' : 'un groupe d’administration'} de cet annuaire : le renommage fusionnerait les deux. Choisissez un autre nom.`,
  renamePrincipalNameAccount: (p) => `« ${p.name} » contient « @ » : un principal écrit avec « @ » est lu comme un compte. Choisissez un nom sans « @ ».`,
  renamePrincipalNameGuid: (p) => `« ${p.name} » est un GUID : un principal écrit comme un GUID est lu comme un ID d’objet. Choisissez un nom, ou renommez plutôt l’ID.`,
  renameNotManagementGroupId: (p) => `« ${p.name} » n’est pas un id de groupe d’administration : lettres, chiffres, - _ ( ) et ., 90 caractères au plus, sans point final.`,
  renameManagementGroupTenant: (p) => `« ${p.name} » est l’ID du locataire : seul le groupe racine du locataire le porte. Choisissez un autre id.`,
} satisfies Messages;

function fieldName(p: { kind: SchemaKind; field: Opt }): string {
  return p.field ? `\`${p.field}\`` : capitalize(NOUN[p.kind]);
}

function valueName(p: { field: string; each: boolean }): string {
  return p.each ? `Chaque élément de \`${p.field}\`` : `\`${p.field}\``;
}

function orList(values: readonly string[]): string {
  const quoted = values.map((value) => `\`${value}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ou ${quoted[quoted.length - 1]}`;
}
