/** Ranges of the core's estate features (a file by URI string, offsets in it) as VS Code locations. */
import * as vscode from 'vscode';
import type { EstateAnalysis } from '../../core/estate/estate';
import type { FileRange } from '../../core/estate/language';
import { spanToRange } from '../ranges';

export function toLocation(estate: EstateAnalysis, range: FileRange): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(range.file), toFileRange(estate, range));
}

/** The editor range of offsets of one file of the estate, read from the text the estate analysed. */
export function toFileRange(estate: EstateAnalysis, range: FileRange): vscode.Range {
  return spanToRange(estate.files.get(range.file)!, range);
}
