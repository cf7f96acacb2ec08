/**
 * The same id or UPN more than once in what is imported. Entries that say the same thing are one
 * entry (a subscription listed from its home directory and from the directory that manages it
 * through Azure Lighthouse, two overlapping pages); entries that disagree are reported and none of
 * them is imported, rather than letting whichever comes first win.
 */

export interface Duplicate<T> {
  key: string;
  items: T[];
  /** The fields whose values differ, with the values in input order. */
  differences: Array<{ field: string; values: string[] }>;
}

/**
 * Splits `items` into the unique ones (first of each key, in input order) and the keys whose
 * entries disagree on one of `fields`.
 */
export function findDuplicates<T>(
  items: readonly T[], keyOf: (item: T) => string, fields: Record<string, (item: T) => string | undefined>,
): { unique: T[]; conflicting: Array<Duplicate<T>> } {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const unique: T[] = [];
  const conflicting: Array<Duplicate<T>> = [];
  for (const [key, group] of groups) {
    const differences = Object.entries(fields)
      .map(([field, read]) => ({ field, values: [...new Set(group.map((item) => read(item) ?? '—'))] }))
      .filter((d) => d.values.length > 1);
    if (differences.length) conflicting.push({ key, items: group, differences });
    else unique.push(group[0]);
  }
  return { unique, conflicting };
}
