/**
 * `--format sarif`: a SARIF 2.1.0 log (OASIS standard) for code-scanning tools such as GitHub code
 * scanning: one run, the full rule catalog as `tool.driver.rules`, one result per problem with its
 * physical location. Lines and columns are 1-based; columns count UTF-16 code units, as declared by
 * `columnKind`, and `endColumn` is just past the last character, as SARIF defines it.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../core/problems';
import type { FileReport, ReportRange } from '../formatProblems';
import { CODES } from './catalog';
import type { Formatter } from './format';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A file path as a SARIF `uri`: relative paths stay relative (with `/`), absolute ones become `file:` URLs. */
export function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function region(range: ReportRange) {
  return { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn };
}

export const formatSarif: Formatter = (reports, { explain, version }) => {
  const ruleIndex = new Map(CODES.map((code, index) => [code.id, index]));
  const rules = CODES.map((code) => ({
    id: code.id,
    name: code.name,
    shortDescription: { text: code.title },
    ...(code.helpUri ? { helpUri: code.helpUri } : {}),
    help: { text: `${code.title}. See ${code.docPath} in the Tenancy package${code.helpUri ? ` and ${code.helpUri}` : ''}.` },
    defaultConfiguration: { level: LEVEL[code.defaultSeverity] },
  }));
  const results = reports.map((r: FileReport) => {
    // A related location may be in another file of the estate (a duplicate's first definition).
    const location = (range: ReportRange & { file?: string }) => ({ physicalLocation: { artifactLocation: { uri: fileUri(range.file ?? r.file) }, region: region(range) } });
    const index = ruleIndex.get(r.code);
    return {
      ruleId: r.code,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: LEVEL[r.severity],
      message: { text: r.message },
      locations: [location(r)],
      ...(r.related?.length ? { relatedLocations: r.related.map((rel, id) => ({ id, message: { text: rel.message }, ...location(rel) })) } : {}),
      ...(explain && r.explain?.length ? { properties: { explain: r.explain } } : {}),
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: { name: 'Tenancy', version, rules },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
