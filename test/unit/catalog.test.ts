import * as assert from 'node:assert/strict';
import {
  azureBuiltInRoles,
  AZURE_OFFERS,
  AZURE_ROLE_ALIASES,
  ENTRA_ROLES,
  ENTRA_ROLE_ALIASES,
  OFFICE365_MANAGER_ROLES,
  SOURCES,
  findAzureRole,
  findAzureRoleById,
  findEntraRole,
  findEntraRoleById,
  findOffer,
  isAzureRoleName,
  isEntraRoleName,
  azureRoleDescription,
  entraRoleDescription,
} from '../../src/core/catalog';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

describe('reference data', () => {
  describe('Azure built-in roles', () => {
    it('has the documented ids of the fundamental roles', () => {
      const expected: Record<string, string> = {
        Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
        Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
        Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
        'User Access Administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
        'Role Based Access Control Administrator': 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
        'Reservations Administrator': 'a8889054-8d42-49c9-bc1c-52486c10e7cd',
      };
      for (const [name, id] of Object.entries(expected)) assert.equal(findAzureRole(name)?.id, id, name);
    });

    it('lists the whole page (several hundred roles, in categories)', () => {
      assert.ok(azureBuiltInRoles().length > 450, `${azureBuiltInRoles().length} roles`);
      assert.ok(azureBuiltInRoles().length < 800, `${azureBuiltInRoles().length} roles`);
      const categories = new Set(azureBuiltInRoles().map((r) => r.category));
      for (const category of ['Privileged', 'General', 'Compute', 'Networking', 'Storage', 'Security', 'Management and governance']) {
        assert.ok(categories.has(category), category);
      }
    });

    it('has no duplicate names or ids, and every id is a lower-case GUID', () => {
      assert.deepEqual(duplicates(azureBuiltInRoles().map((r) => r.name)), []);
      assert.deepEqual(duplicates(azureBuiltInRoles().map((r) => r.id)), []);
      for (const role of azureBuiltInRoles()) {
        assert.match(role.id, GUID, role.name);
        assert.ok(role.name.trim() === role.name && role.name.length > 0, role.name);
        assert.ok(azureRoleDescription(role).length > 0, role.name);
      }
    });

    it('marks exactly the roles of the "Privileged" category as privileged', () => {
      const privileged = azureBuiltInRoles().filter((r) => r.privileged).map((r) => r.name).sort();
      assert.deepEqual(privileged, [
        'Contributor',
        'Owner',
        'Reservations Administrator',
        'Role Based Access Control Administrator',
        'User Access Administrator',
      ]);
      for (const role of azureBuiltInRoles()) assert.equal(role.privileged === true, role.category === 'Privileged', role.name);
      assert.equal(findAzureRole('Reader')?.privileged, undefined);
    });

    it('finds roles case-insensitively, by former name and by id', () => {
      assert.equal(findAzureRole('  owner ')?.name, 'Owner');
      assert.equal(findAzureRole('STORAGE BLOB DATA READER')?.id, '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1');
      assert.equal(findAzureRole('Azure AI User')?.name, 'Foundry User');
      assert.equal(findAzureRole('8E3AF657-A8FF-443C-A75C-2FE8C4BCB635')?.name, 'Owner');
      assert.equal(findAzureRoleById('acdd72a7-3385-48ef-bd42-f606fba81ae7')?.name, 'Reader');
      assert.equal(findAzureRole('Ownr'), undefined);
      assert.equal(findAzureRole(''), undefined);
      assert.ok(isAzureRoleName('user access administrator'));
      assert.ok(!isAzureRoleName('Global Administrator'));
    });

    it('maps every alias to an existing role and never shadows a current name', () => {
      for (const [alias, target] of Object.entries(AZURE_ROLE_ALIASES)) {
        assert.equal(findAzureRole(alias)?.name, target, alias);
        assert.ok(!azureBuiltInRoles().some((r) => r.name.toLowerCase() === alias.toLowerCase()), alias);
      }
    });
  });

  describe('Microsoft Entra built-in roles', () => {
    it('has the documented template ids', () => {
      const expected: Record<string, string> = {
        'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
        'Billing Administrator': 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
        'License Administrator': '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
        'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
        'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
        'Domain Name Administrator': '8329153b-31d0-4727-b945-745eb3bc5f31',
        'Guest Inviter': '95e79109-95c0-4d8e-aee3-d01accf2d47b',
        'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
        'Tenant Creator': '112ca1a2-15ad-4102-995e-45b0bc479a6a',
        'Directory Readers': '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
      };
      for (const [name, id] of Object.entries(expected)) assert.equal(findEntraRole(name)?.templateId, id, name);
    });

    it('lists the whole table, without duplicates, with GUID template ids', () => {
      assert.ok(ENTRA_ROLES.length > 100, `${ENTRA_ROLES.length} roles`);
      assert.ok(ENTRA_ROLES.length < 250, `${ENTRA_ROLES.length} roles`);
      assert.deepEqual(duplicates(ENTRA_ROLES.map((r) => r.name)), []);
      assert.deepEqual(duplicates(ENTRA_ROLES.map((r) => r.templateId)), []);
      for (const role of ENTRA_ROLES) {
        assert.match(role.templateId, GUID, role.name);
        const description = entraRoleDescription(role);
        assert.ok(description.length > 0 && !description.includes('Privileged label'), role.name);
      }
    });

    it('marks the privileged roles', () => {
      assert.equal(findEntraRole('Global Administrator')?.privileged, true);
      assert.equal(findEntraRole('Privileged Role Administrator')?.privileged, true);
      assert.equal(findEntraRole('Billing Administrator')?.privileged, undefined);
      assert.equal(findEntraRole('Directory Readers')?.privileged, undefined);
    });

    it('resolves aliases, case and ids', () => {
      assert.equal(findEntraRole('Limited administrator > Billing administrator')?.name, 'Billing Administrator');
      assert.equal(findEntraRole('company administrator')?.name, 'Global Administrator');
      assert.equal(findEntraRole('Lync Service Administrator')?.name, 'Skype for Business Administrator');
      assert.equal(findEntraRole('Power BI Administrator')?.name, 'Fabric Administrator');
      assert.equal(findEntraRole(' GLOBAL ADMINISTRATOR ')?.name, 'Global Administrator');
      assert.equal(findEntraRole('62E90394-69F5-4237-9190-012177145E10')?.name, 'Global Administrator');
      assert.equal(findEntraRoleById('b0f54661-2d74-4c50-afa3-1ec803f12efe')?.name, 'Billing Administrator');
      assert.ok(isEntraRoleName('Company Administrator'));
      assert.ok(!isEntraRoleName('Owner'));
      for (const [alias, target] of Object.entries(ENTRA_ROLE_ALIASES)) {
        assert.equal(findEntraRole(alias)?.name, target, alias);
        assert.ok(!ENTRA_ROLES.some((r) => r.name.toLowerCase() === alias.toLowerCase()), alias);
      }
    });

    it('names the Office 365 manager roles as Entra roles', () => {
      assert.deepEqual([...OFFICE365_MANAGER_ROLES], ['Global Administrator', 'Billing Administrator']);
      for (const name of OFFICE365_MANAGER_ROLES) assert.ok(isEntraRoleName(name), name);
    });
  });

  describe('Azure offers', () => {
    it('finds offers case-insensitively', () => {
      assert.equal(findOffer('ms-azr-0044p')?.name, 'Free Trial');
      assert.equal(findOffer(' MS-AZR-0003P ')?.name, 'Pay-as-you-go');
      assert.equal(findOffer('ms-azr-usgov-0017p')?.name, 'Azure Government Enterprise');
      assert.equal(findOffer('MS-AZR-9999P'), undefined);
    });

    it('carries every offer number of the Cost Management table, upper case, once', () => {
      const ids = AZURE_OFFERS.map((o) => o.id);
      assert.deepEqual(duplicates(ids), []);
      for (const id of ids) {
        assert.equal(id, id.toUpperCase());
        assert.match(id, /^MS-AZR-(USGOV-|DE-)?\d{3,4}[PG]$/);
      }
      const table = [
        'MS-AZR-USGOV-0017P', 'MS-AZR-USGOV-0003P', 'MS-AZR-0148P', 'MS-AZR-0017P', 'MS-AZR-0062P', 'MS-AZR-0003P',
        'MS-AZR-0023P', 'MS-AZR-0025P', 'MS-AZR-0044P', 'MS-AZR-0111P', 'MS-AZR-0120P', 'MS-AZR-0122P', 'MS-AZR-0123P',
        'MS-AZR-0124P', 'MS-AZR-0125P', 'MS-AZR-0128P', 'MS-AZR-0129P', 'MS-AZR-0130P', 'MS-AZR-0029P', 'MS-AZR-0059P',
        'MS-AZR-0060P', 'MS-AZR-0063P', 'MS-AZR-DE-0003P', 'MS-AZR-0145P', 'MS-AZR-USGOV-0145P', 'MS-AZR-DE-0145P',
        'MS-AZR-0144P', 'MS-AZR-0170P', 'MS-AZR-0036P', 'MS-AZR-0041P', 'MS-AZR-0042P', 'MS-AZR-0043P',
        'MS-AZR-DE-0043P', 'MS-AZR-USGOV-0041P', 'MS-AZR-USGOV-0042P', 'MS-AZR-USGOV-0043P',
      ];
      for (const id of table) assert.ok(findOffer(id), id);
    });

    it('flags the documented restrictions', () => {
      assert.equal(findOffer('MS-AZR-0044P')?.transferable, false);
      assert.equal(findOffer('MS-AZR-0111P')?.transferable, false);
      assert.equal(findOffer('MS-AZR-0003P')?.transferable, true);
      for (const id of ['MS-AZR-0145P', 'MS-AZR-0146P', 'MS-AZR-159P', 'MS-AZR-0015P', 'MS-AZR-0144P']) {
        assert.equal(findOffer(id)?.canChangeDirectory, false, id);
      }
      assert.equal(findOffer('MS-AZR-0003P')?.canChangeDirectory, undefined);
      const plans = AZURE_OFFERS.filter((o) => o.supportPlan).map((o) => o.id).sort();
      assert.deepEqual(plans, [
        'MS-AZR-0041P', 'MS-AZR-0042P', 'MS-AZR-0043P', 'MS-AZR-DE-0043P', 'MS-AZR-USGOV-0041P', 'MS-AZR-USGOV-0042P', 'MS-AZR-USGOV-0043P',
      ]);
    });
  });

  describe('documentation sources', () => {
    it('has every key the rules cite, with a learn.microsoft.com URL without locale', () => {
      const keys = ['BUO', 'ASSOC', 'O365T', 'XFER', 'ROLES', 'LIMITS', 'DOMAINS', 'GUESTS', 'ENTRA_ROLES', 'ADMIN_ROLES', 'SCOPES',
        'GROUPS', 'GROUP_ROLES', 'MANAGEMENT_GROUPS', 'MANAGED_IDENTITIES'] as const;
      assert.deepEqual(Object.keys(SOURCES).sort(), [...keys].sort());
      for (const key of keys) {
        const source = SOURCES[key];
        assert.equal(source.key, key);
        assert.ok(source.title.length > 0, key);
        assert.match(source.url, /^https:\/\/learn\.microsoft\.com\/(azure|entra)\/[a-z0-9/-]+$/, key);
      }
      assert.equal(SOURCES.ROLES.url, 'https://learn.microsoft.com/azure/role-based-access-control/built-in-roles');
      assert.equal(SOURCES.O365T.url, SOURCES.ASSOC.url);
    });
  });
});
