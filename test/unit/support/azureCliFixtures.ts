/**
 * What the import tests share: Azure CLI outputs read and parsed as `tenancy import` would, and
 * plans that must not be refused (a refusal fails the test with its message).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../src/core/edits';
import type { Locale } from '../../../src/core/i18n';
import { parseAzureCliJson, planImport } from '../../../src/core/import';
import type { AzDocument, ImportInput, ImportOptions, ImportPlan, ImportSummary } from '../../../src/core/import';
import { isRefused } from '../../../src/core/refusal';
import type { Refusal } from '../../../src/core/refusal';

/** The document `text` is read as; the test fails with the refusal when it is refused. */
export function documentOf(text: string, what = 'the output', locale?: Locale): AzDocument {
  const result = parseAzureCliJson(text, locale);
  if (isRefused(result)) assert.fail(`${what} parses: ${result.refused} (${result.at.path})`);
  return result;
}

/** Why `text` is refused, with the place at fault; the test fails when it is read. */
export function refusalOf(text: string, locale?: Locale): Required<Refusal> {
  const result = parseAzureCliJson(text, locale);
  if (!isRefused(result)) assert.fail(`refused, not read as ${result.kind}`);
  return result;
}

/** Fixtures of one folder: the text of a file, its document, an import input. */
export function azureCliFixtures(dir: string) {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const doc = (name: string): AzDocument => documentOf(read(name), name);
  const input = (name: string, directoryId?: string): ImportInput => ({ name, document: doc(name), directoryId });
  return { read, doc, input };
}

/** A plan that must not be refused. */
export function planned(plan: ImportPlan): Exclude<ImportPlan, Refusal> {
  if (isRefused(plan)) assert.fail(`not refused: ${plan.refused}`);
  return plan;
}

/** Imports `inputs` into `text`: the new text and the summary. */
export function imported(text: string, inputs: ImportInput[], options?: ImportOptions): { text: string; summary: ImportSummary } {
  const plan = planned(planImport(text, inputs, options));
  return { text: applyEdits(text, plan.edits), summary: plan.summary };
}
