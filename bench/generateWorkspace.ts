/**
 * Deterministic, realistic workspace files of any size, for the benchmark and for large-file tests.
 * The same seed and size always give the same text. The generated workspace is correct (no problems)
 * unless `plantProblems` asks for a few.
 */

export interface GenerateOptions {
  users: number;
  /** Users per directory (default 250: many directories, as an MSP's file has). */
  usersPerDirectory?: number;
  seed?: number;
  /**
   * Plant a problem at every n-th candidate place (a misspelt role, an unknown owner, a repeated
   * subscription name), so that the rules report findings and the tree has problem marks to count.
   */
  plantProblems?: number;
}

const FIRST = ['alice', 'bruno', 'chloe', 'dmitri', 'emma', 'farid', 'grace', 'hugo', 'ines', 'jonas', 'keiko', 'liam', 'maya', 'noah', 'olga', 'pablo', 'qiu', 'rosa', 'sami', 'tara', 'ugo', 'vera', 'wei', 'xavier', 'yara', 'zoe'];
const LAST = ['martin', 'nguyen', 'dubois', 'kim', 'rossi', 'walsh', 'ito', 'chen', 'adams', 'garcia', 'muller', 'novak', 'silva', 'okafor', 'larsen', 'haddad', 'kowalski', 'tanaka', 'moreau', 'ivanova'];
const COMPANIES = ['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Woodgrove', 'Litware', 'Adatum', 'Proseware', 'Wingtip', 'Relecloud', 'Alpine', 'Coho', 'Lucerne', 'Margie', 'Trey', 'Humongous'];
const ROLES = ['Owner', 'Contributor', 'Reader', 'User Access Administrator'];

/** A small, fast, seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function guid(next: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`;
}

export function generateWorkspace(options: GenerateOptions): string {
  const next = random(options.seed ?? 42);
  const perDirectory = options.usersPerDirectory ?? 250;
  const directoryCount = Math.max(2, Math.ceil(options.users / perDirectory));
  const out: string[] = ['# Generated workspace for benchmarks and large-file tests.', 'version: 1', 'directories:'];
  const homes: Array<{ domain: string; upns: string[] }> = [];
  let made = 0;

  for (let d = 0; d < directoryCount; d++) {
    const company = `${COMPANIES[d % COMPANIES.length]}${d >= COMPANIES.length ? ` ${Math.floor(d / COMPANIES.length) + 1}` : ''}`;
    const label = company.toLowerCase().replace(/[^a-z0-9]/g, '');
    const domain = `${label}.com`;
    const count = Math.min(perDirectory, options.users - made) || 1;
    made += count;
    const upns = Array.from({ length: count }, (_, i) => `${FIRST[i % FIRST.length]}.${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? i : ''}@${domain}`);
    homes.push({ domain, upns });

    out.push(`  # ${company}`, `  - id: ${guid(next)}`, `    name: ${company}`, `    domains: [${label}.onmicrosoft.com, ${domain}]`);
    out.push('    users:');
    upns.forEach((upn, i) => {
      const [given, family] = upn.split('@')[0].split('.');
      out.push(`      - upn: ${upn}`, `        displayName: ${capital(given)} ${capital(family.replace(/\d+$/, ''))}`);
      if (i === 0) out.push('        roles: [Global Administrator]');
      else if (i === 1) out.push('        roles: [Billing Administrator]');
    });
    // Guests: a few accounts from the previous directory.
    const previous = homes[d - 1];
    const guests = previous ? previous.upns.slice(0, Math.max(1, Math.floor(count / 10))) : [];
    if (guests.length) {
      out.push('    guests:');
      for (const upn of guests) out.push(`      - upn: ${upn}`);
    }
    out.push('    subscriptions:');
    out.push(`      - id: ${guid(next)}`, `        name: ${company} Microsoft 365`, '        type: office365', '        plan: Microsoft 365 E3', `        licenses: ${count}`);
    const azure = Math.max(1, Math.floor(count / 25));
    for (let s = 0; s < azure; s++) {
      const owner = upns[(s * 7) % count];
      out.push(
        `      - id: ${guid(next)}`,
        `        name: ${company} workload ${s + 1}`,
        '        type: azure',
        '        offer: MS-AZR-0003P',
        `        owner: ${owner}`,
        `        createdBy: ${owner}`,
        '        roleAssignments:',
        `          - { principal: ${owner}, role: Owner }`,
      );
      for (let a = 1; a <= 4; a++) {
        const principal = a === 4 && guests.length ? guests[s % guests.length] : upns[(s * 7 + a * 3) % count];
        const scope = a % 2 === 0 ? `, scope: /resourceGroups/rg-${s}-${a}` : '';
        out.push(`          - { principal: ${principal}, role: ${ROLES[1 + (a % 3)]}${scope} }`);
      }
    }
  }
  const text = `${out.join('\n')}\n`;
  return options.plantProblems ? plant(text, options.plantProblems) : text;
}

function plant(text: string, every: number): string {
  let n = 0;
  return text.replace(/role: Reader|owner: |name: [A-Z]\w+ workload 1\n/g, (match) => {
    if (++n % every !== 0) return match;
    if (match === 'role: Reader') return 'role: Raeder';
    if (match === 'owner: ') return 'owner: nobody.here@unknown.example';
    return 'name: Duplicated\n';
  });
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
