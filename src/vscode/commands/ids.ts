/** Command ids, shared by the registration, package.json and the tests. */
export const COMMANDS = {
  addDirectory: 'tenancy.addDirectory',
  addUser: 'tenancy.addUser',
  inviteGuest: 'tenancy.inviteGuest',
  addSubscription: 'tenancy.addSubscription',
  addRoleAssignment: 'tenancy.addRoleAssignment',
  removeEntity: 'tenancy.remove',
  renameUpn: 'tenancy.renameAccount',
  setOwner: 'tenancy.setOwner',
  transferSubscription: 'tenancy.transferSubscription',
  recreateRoleAssignments: 'tenancy.recreateRoleAssignments',
  addGroup: 'tenancy.addGroup',
  addGroupMember: 'tenancy.addGroupMember',
  addServicePrincipal: 'tenancy.addServicePrincipal',
  placeInManagementGroup: 'tenancy.placeInManagementGroup',
  importFromAzureCli: 'tenancy.importFromAzureCli',
  exportReport: 'tenancy.exportReport',
} as const;
