/**
 * The workspace of `drawn.mjs`: a file with more problems than the editor draws (the crowded
 * generator at 5,000 users: about 1,200 problems), written into the folder given, and the 1-based
 * lines of its problems printed as JSON, from the same analysis the extension makes.
 *
 *   node out/integration/drawn/fixture.js FOLDER
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCrowded } from '../../../bench/generateCrowded';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/lineIndex';

export const FILE_NAME = 'crowded.tenancy.yaml';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node fixture.js FOLDER');
const text = generateCrowded({ users: 5_000 });
writeFileSync(join(folder, FILE_NAME), text);
const lines = new LineIndex(text);
const problemLines = [...new Set(analyze(text).problems.map((p) => lines.position(p.start).line + 1))].sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ file: FILE_NAME, problemLines }));
