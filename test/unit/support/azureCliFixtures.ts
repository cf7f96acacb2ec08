/** Azure CLI output fixtures of one folder, read and parsed as `tenancy import` would. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAzureCliJson } from '../../../src/core/import';
import type { AzDocument, ImportInput } from '../../../src/core/import';

export function azureCliFixtures(dir: string) {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const doc = (name: string): AzDocument => {
    const parsed = parseAzureCliJson(read(name));
    assert.ok(parsed.ok, `${name} parses: ${parsed.ok ? '' : parsed.error.message}`);
    return parsed.document;
  };
  const input = (name: string, directoryId?: string): ImportInput => ({ name, document: doc(name), directoryId });
  return { read, doc, input };
}
