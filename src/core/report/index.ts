/** Reports of a workspace file: Markdown for people, CSV for spreadsheets (see docs/import-and-report.md). */
export { reportMarkdown } from './markdown';
export type { ReportOptions } from './markdown';
export { CSV_COLUMNS, csvField, reportCsv } from './csv';
