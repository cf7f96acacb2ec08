/**
 * A second, deliberately unkind workload for the benchmark: the same few names everywhere and many
 * problems. Every directory hires from one small pool of people (so UPN local parts, display names
 * and subscription names repeat across directories and often inside one), a share of users sign in
 * with a domain their directory does not list (USR002), guests point at people who are not members
 * anywhere, owners and role assignments name accounts of other directories. About one entry in five
 * carries a problem: the look-ups of the rules and the problem list are as busy as they get.
 * Deterministic: the same options always give the same text. Independent of `generateWorkspace`.
 */

export interface CrowdedOptions {
  users: number;
  /** Users per directory (default 250). */
  usersPerDirectory?: number;
  seed?: number;
}

const GIVEN = ['Anna', 'Ben', 'Carla', 'David', 'Elena', 'Felix', 'Gina', 'Henrik', 'Ivy', 'Jamal'];
const FAMILY = ['Smith', 'Jones', 'Lee', 'Brown', 'Patel', 'Novak', 'Costa', 'Berg'];
const TRADES = ['Plumbing', 'Bakery', 'Dental', 'Legal', 'Garage', 'Florist'];
const WORKLOADS = ['Production', 'Staging', 'Sandbox', 'Shared services'];
const ROLES = ['Owner', 'Contributor', 'Reader', 'Contributer'];

/** A seeded PRNG (xorshift32): the same seed, the same workspace. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)];
}

function tenantId(n: number, salt: number): string {
  const hex = (value: number, width: number) => (value >>> 0).toString(16).padStart(width, '0').slice(-width);
  return `${hex(n * 2654435761 + salt, 8)}-${hex(n + salt, 4)}-4${hex(n * 7, 3)}-a${hex(salt, 3)}-${hex(n * 40503, 6)}${hex(salt * 31, 6)}`;
}

export function generateCrowded(options: CrowdedOptions): string {
  const next = random(options.seed ?? 7);
  const perDirectory = options.usersPerDirectory ?? 250;
  const directoryCount = Math.max(2, Math.ceil(options.users / perDirectory));
  const out: string[] = ['# Crowded workspace: repeated names, many problems.', 'version: 1', 'directories:'];
  const domains: string[] = [];
  let made = 0;
  for (let d = 0; d < directoryCount; d++) {
    // Trades repeat: "Bakery 12" and "Bakery 18" are different customers with the same people's names.
    const trade = TRADES[d % TRADES.length];
    const label = `${trade.toLowerCase().replace(/ /g, '')}${d}`;
    const domain = `${label}.example`;
    domains.push(domain);
    const count = Math.min(perDirectory, options.users - made) || 1;
    made += count;
    out.push(`  - id: ${tenantId(d + 1, 0x5eed)}`, `    name: ${trade} ${d % 40}`, `    domains: [${label}.onmicrosoft.com, ${domain}]`, '    users:');
    const upns: string[] = [];
    for (let i = 0; i < count; i++) {
      const given = GIVEN[i % GIVEN.length];
      const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length];
      const n = Math.floor(i / (GIVEN.length * FAMILY.length));
      // One user in twenty-five signs in with another directory's domain (USR002).
      const userDomain = next() < 0.04 && d > 0 ? domains[Math.floor(next() * d)] : domain;
      const upn = `${given.toLowerCase()}.${family.toLowerCase()}${n || ''}@${userDomain}`;
      upns.push(upn);
      // Display names usually carry the number; one in twenty-five does not: "Anna Smith" twice in one directory (USR003).
      const shown = n && next() < 0.96 ? `${given} ${family} ${n}` : `${given} ${family}`;
      out.push(`      - upn: ${upn}`, `        displayName: ${shown}`);
      if (i === 0) out.push('        roles: [Global Administrator]');
      if (next() < 0.02) out.push('        enabled: false');
    }
    out.push('    guests:');
    for (let g = 0; g < Math.max(2, Math.floor(count / 20)); g++) {
      // Guests from another directory: sometimes someone who is a member nowhere (GST001).
      const home = domains[Math.floor(next() * domains.length)];
      const upn = next() < 0.3 ? `${pick(next, GIVEN).toLowerCase()}.visitor${g}@${home}` : `${pick(next, GIVEN).toLowerCase()}.${pick(next, FAMILY).toLowerCase()}@${home}`;
      out.push(`      - upn: ${upn}`);
    }
    out.push('    subscriptions:');
    out.push(`      - id: ${tenantId(d + 1, 0x0365)}`, `        name: ${trade} Microsoft 365`, '        type: office365', '        plan: Microsoft 365 Business Premium', `        licenses: ${count}`);
    for (let s = 0; s < Math.max(1, Math.floor(count / 25)); s++) {
      const owner = next() < 0.1 && d > 0 ? `${pick(next, GIVEN).toLowerCase()}.${pick(next, FAMILY).toLowerCase()}@${domains[d - 1]}` : upns[Math.floor(next() * upns.length)];
      out.push(
        `      - id: ${tenantId(d * 100 + s + 1, 0xa2)}`,
        // The same four workload names in every directory (SUB002 across directories).
        `        name: ${WORKLOADS[s % WORKLOADS.length]}`,
        '        type: azure',
        '        offer: MS-AZR-0003P',
        `        owner: ${owner}`,
        `        createdBy: ${owner}`,
        '        roleAssignments:',
      );
      for (let a = 0; a < 5; a++) {
        const principal = next() < 0.15 ? `${pick(next, GIVEN).toLowerCase()}.${pick(next, FAMILY).toLowerCase()}@${pick(next, domains)}` : upns[Math.floor(next() * upns.length)];
        out.push(`          - { principal: ${principal}, role: ${pick(next, ROLES)} }`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
