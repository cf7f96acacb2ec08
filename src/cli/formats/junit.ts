/**
 * `--format junit`: JUnit XML for CI test reports. One `<testsuite>` per checked file, one
 * `<testcase>` per code of the catalog (YAML, SCHEMA, every rule, SUP001). A test case fails when the
 * file has problems of its code at or above `--fail-severity`; milder problems are listed in its
 * `<system-out>`, so the report and the exit code agree.
 */
import { SEVERITY_RANK } from '../../core/problems';
import type { FileReport } from '../formatProblems';
import { CODES } from './catalog';
import type { Formatter } from './format';

/** Characters XML 1.0 does not allow at all, even escaped (lone surrogates included). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content and for double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values also keep their line breaks and tabs (a parser would normalize them to spaces). */
function attribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function line(r: FileReport): string {
  return `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code} ${r.message}${r.docs ? ` (${r.docs})` : ''}`;
}

export const formatJunit: Formatter = (reports, { files, failSeverity }) => {
  const failing = (r: FileReport) => SEVERITY_RANK[r.severity] <= SEVERITY_RANK[failSeverity];
  let totalTests = 0;
  let totalFailures = 0;
  const suites = files.map((file) => {
    const inFile = reports.filter((r) => r.file === file);
    let failures = 0;
    const cases = CODES.map((code) => {
      const found = inFile.filter((r) => r.code === code.id);
      const failed = found.filter(failing);
      const mild = found.filter((r) => !failing(r));
      const open = `    <testcase classname="${attribute(file)}" name="${attribute(`${code.id} ${code.title}`)}"`;
      if (found.length === 0) return `${open}/>`;
      const body: string[] = [];
      if (failed.length > 0) {
        failures++;
        const first = failed[0];
        const message = failed.length === 1 ? `${first.line}:${first.column}: ${first.message}` : `${failed.length} problems, first at ${first.line}:${first.column}: ${first.message}`;
        body.push(`      <failure message="${attribute(message)}" type="${first.severity}">${escapeXml(failed.map(line).join('\n'))}</failure>`);
      }
      if (mild.length > 0) body.push(`      <system-out>${escapeXml(mild.map(line).join('\n'))}</system-out>`);
      return `${open}>\n${body.join('\n')}\n    </testcase>`;
    });
    totalTests += CODES.length;
    totalFailures += failures;
    return [
      `  <testsuite name="${attribute(file)}" tests="${CODES.length}" failures="${failures}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tenancy check" tests="${totalTests}" failures="${totalFailures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
