import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { analyzeEstate, Estate } from '../../src/core/estate/estate';
import type { Problem } from '../../src/core/problems';
import { splitBlocks } from '../../src/core/parse/splitBlocks';
import { LineIndex } from '../../src/core/text/lineIndex';

const MSP = 'test/fixtures/estate/msp';

function folder(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir).filter((f) => f.endsWith('.tenancy.yaml')).map((file) => ({ file, text: readFileSync(`${dir}/${file}`, 'utf8') }));
}

/** `line:CODE` of each problem (1-based), sorted. */
function pairs(text: string, problems: readonly Problem[]): string[] {
  const lines = new LineIndex(text);
  return problems.map((p) => `${lines.position(p.start).line + 1}:${p.code}`).sort();
}

/** A problem as a comparable value: code, severity, message, range, related ranges with their files. */
function shape(p: Problem, file: string) {
  return {
    file, code: p.code, severity: p.severity, message: p.message, start: p.start, end: p.end,
    related: (p.related ?? []).map((r) => ({ file: r.file ?? file, message: r.message, start: r.start, end: r.end })),
  };
}

/**
 * The reference: one file holding the directories of every file, in order, and its problems moved back
 * to the file each directory came from. Each file must be `header` + its directory items.
 */
function asOneFile(files: ReadonlyArray<{ file: string; text: string }>) {
  const header = 'version: 1\ndirectories:\n';
  const pieces = files.map(({ file, text }) => {
    const at = text.indexOf('\ndirectories:\n') + '\ndirectories:\n'.length;
    return { file, from: at, body: text.slice(at) };
  });
  let combined = header;
  const segments = pieces.map((piece) => {
    const start = combined.length;
    combined += piece.body;
    return { ...piece, start, end: combined.length };
  });
  const toFile = (offset: number) => {
    const segment = segments.find((s) => offset >= s.start && offset < s.end) ?? segments[segments.length - 1];
    return { file: segment.file, offset: offset - segment.start + segment.from };
  };
  return analyze(combined).problems.map((p) => {
    const at = toFile(p.start);
    return {
      file: at.file, code: p.code, severity: p.severity, message: p.message, start: at.offset, end: at.offset + p.end - p.start,
      related: (p.related ?? []).map((r) => {
        const there = toFile(r.start);
        return { file: there.file, message: r.message, start: there.offset, end: there.offset + r.end - r.start };
      }),
    };
  });
}

function estateShapes(files: ReadonlyArray<{ file: string; text: string }>) {
  const analysis = analyzeEstate(files);
  return files.flatMap(({ file }) => analysis.files.get(file)!.problems.map((p) => shape(p, file)));
}

const byPlace = (a: { file: string; start: number; code: string }, b: { file: string; start: number; code: string }) =>
  a.file.localeCompare(b.file) || a.start - b.start || a.code.localeCompare(b.code);

describe('estates: the workspace files of one folder checked as one', () => {
  const files = folder(MSP);
  const estate = analyzeEstate(files);
  const problemsOf = (file: string) => estate.files.get(file)!;

  it("resolves guests' home accounts in other files: no GST001 for Northwind's engineers in the customers' files", () => {
    const contoso = problemsOf('contoso.tenancy.yaml');
    const alone = analyze(contoso.text);
    assert.deepEqual(pairs(alone.text, alone.problems), ['13:GST001', '15:GST001', '27:CRT002', '27:RBA001'], 'checked alone, the file cannot see its guests\' homes');
    assert.deepEqual(pairs(contoso.text, contoso.problems), ['27:RBA001']);
    assert.match(contoso.problems[0].message, /it is a user of 'Northwind Managed Services'/);
  });

  it('reports a tenant id and a subscription id used in two files on the later file, pointing at the other file', () => {
    const fabrikam = problemsOf('fabrikam.tenancy.yaml');
    assert.deepEqual(pairs(fabrikam.text, fabrikam.problems), ['16:SUB001', '5:TEN001']);
    const contosoText = problemsOf('contoso.tenancy.yaml').text;
    for (const problem of fabrikam.problems) {
      const [related] = problem.related!;
      assert.equal(related.file, 'contoso.tenancy.yaml');
      // The related range is in the other file's own offsets, on the same id.
      assert.equal(contosoText.slice(related.start, related.end), fabrikam.text.slice(problem.start, problem.end));
    }
    assert.deepEqual(pairs(contosoText, problemsOf('contoso.tenancy.yaml').problems).filter((p) => /TEN001|SUB001/.test(p)), []);
  });

  it('checks a file marked `estate: standalone` alone: its copied ids are no duplicates, and the others do not resolve its guests', () => {
    const lab = problemsOf('lab.tenancy.yaml');
    assert.deepEqual(pairs(lab.text, lab.problems), ['13:GST001']);
    assert.deepEqual(estate.estates.map((e) => e.files), [
      ['contoso.tenancy.yaml', 'fabrikam.tenancy.yaml', 'northwind-msp.tenancy.yaml'],
      ['lab.tenancy.yaml'],
    ]);
    assert.ok(lab.workspace.standalone);
  });

  it('gives the problems one file holding every directory of the estate would give, each on its own file', () => {
    const shared = files.filter((f) => f.file !== 'lab.tenancy.yaml');
    assert.deepEqual(estateShapes(shared).sort(byPlace), asOneFile(shared).sort(byPlace));
  });

  it('gives the same problems as the rule fixtures when each of their directories is a file of its own', () => {
    const dir = 'test/fixtures/rules';
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.tenancy.yaml'))) {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      const split = splitBlocks(text);
      if (!split || split.blocks.length < 2) continue;
      const head = text.slice(0, split.blocks[0].start);
      // Without the fixture's own `estate: standalone`: the parts are meant to be one estate.
      const tail = text.slice(split.blocks[split.blocks.length - 1].end).replace(/^estate: standalone\n/m, '');
      const parts = split.blocks.map((block, k) => ({
        file: `${String(k).padStart(3, '0')}.tenancy.yaml`, block, text: head + text.slice(block.start, block.end) + tail,
      }));
      // The original's problems inside directory items, at the place of the file holding each item.
      const toPart = (offset: number) => {
        const k = parts.findIndex((p) => offset >= p.block.start && offset < p.block.end);
        return k === -1 ? undefined : { file: parts[k].file, offset: offset - parts[k].block.start + head.length };
      };
      const expected = analyze(text).problems.flatMap((p) => {
        const at = toPart(p.start);
        if (!at) return [];
        return [{
          file: at.file, code: p.code, severity: p.severity, message: p.message, start: at.offset, end: at.offset + p.end - p.start,
          related: (p.related ?? []).map((r) => {
            const there = toPart(r.start)!;
            return { file: there.file, message: r.message, start: there.offset, end: there.offset + r.end - r.start };
          }),
        }];
      });
      const inItems = (s: { file: string; start: number }) => {
        const part = parts.find((p) => p.file === s.file)!;
        return s.start >= head.length && s.start < head.length + part.block.end - part.block.start;
      };
      const actual = estateShapes(parts).filter(inItems);
      assert.deepEqual(actual.sort(byPlace), expected.sort(byPlace), name);
    }
  });

  it('re-analyses only the edited file, and a fix in one file clears the problem it caused in another', () => {
    const incremental = new Estate();
    for (const { file, text } of files) incremental.set(file, text);
    const northwind = files.find((f) => f.file === 'northwind-msp.tenancy.yaml')!.text;
    const contoso = files.find((f) => f.file === 'contoso.tenancy.yaml')!.text;
    const withSam = contoso.replace('      - upn: tom.becker@northwindmsp.com\n', '      - upn: tom.becker@northwindmsp.com\n      - upn: sam.okafor@northwindmsp.com\n');
    incremental.set('contoso.tenancy.yaml', withSam);
    const first = incremental.analyze();
    assert.deepEqual(pairs(withSam, first.files.get('contoso.tenancy.yaml')!.problems), ['16:GST001', '28:RBA001']);

    // Sam's account is added to the provider's file: the customer's file is clean of GST001, without being parsed again.
    const fixed = northwind.replace('    subscriptions:\n', '      - upn: sam.okafor@northwindmsp.com\n        displayName: Sam Okafor\n    subscriptions:\n');
    incremental.set('northwind-msp.tenancy.yaml', fixed);
    const second = incremental.analyze();
    assert.deepEqual(pairs(withSam, second.files.get('contoso.tenancy.yaml')!.problems), ['28:RBA001']);
    assert.equal(second.files.get('contoso.tenancy.yaml')!.workspace, first.files.get('contoso.tenancy.yaml')!.workspace, 'the unchanged file keeps its model');
    assert.notEqual(second.files.get('northwind-msp.tenancy.yaml')!.workspace, first.files.get('northwind-msp.tenancy.yaml')!.workspace);
    // A file the edit changes nothing for keeps its analysis: the editor republishes only what changed.
    assert.equal(second.files.get('fabrikam.tenancy.yaml'), first.files.get('fabrikam.tenancy.yaml'));

    // A file leaves the estate: the duplicate it caused goes with it.
    incremental.delete('contoso.tenancy.yaml');
    const third = incremental.analyze();
    assert.deepEqual(pairs(third.files.get('fabrikam.tenancy.yaml')!.text, third.files.get('fabrikam.tenancy.yaml')!.problems), []);
  });

  it('kept from edit to edit, says what a fresh analysis says: files marked standalone and back, files leaving and coming, an estate of one', () => {
    const incremental = new Estate();
    const current = new Map(files.map(({ file, text }) => [file, text]));
    const check = (step: string) => {
      const got = incremental.analyze();
      const fresh = analyzeEstate([...current].map(([file, text]) => ({ file, text })));
      for (const file of current.keys()) {
        const shapes = (a: typeof got) => a.files.get(file)!.problems.map((p) => shape(p, file));
        assert.deepEqual(shapes(got), shapes(fresh), `${step}: ${file}`);
      }
      assert.deepEqual(got.estates.map((e) => e.files), fresh.estates.map((e) => e.files), step);
    };
    const set = (file: string, text: string) => {
      current.set(file, text);
      incremental.set(file, text);
    };
    const remove = (file: string) => {
      current.delete(file);
      incremental.delete(file);
    };
    for (const [file, text] of current) incremental.set(file, text);
    check('the folder');
    const contoso = current.get('contoso.tenancy.yaml')!;
    set('contoso.tenancy.yaml', `${contoso}estate: standalone\n`);
    check('contoso marked standalone');
    set('contoso.tenancy.yaml', contoso.replace('tom.becker@northwindmsp.com', 'tom.beckr@northwindmsp.com') + 'estate: standalone\n');
    check('an edit in the standalone file');
    set('contoso.tenancy.yaml', contoso);
    check('contoso back in the estate');
    for (const file of [...current.keys()].filter((f) => f !== 'contoso.tenancy.yaml')) remove(file);
    check('contoso alone in its folder');
    set('contoso.tenancy.yaml', contoso.replace('tom.becker@northwindmsp.com', 'tom.beckr@northwindmsp.com'));
    check('an edit of the only file');
    for (const { file, text } of files) if (file !== 'contoso.tenancy.yaml') set(file, text);
    check('the other files back');
  });

  it('applies suppression comments and severities per file, to the problems found across files', () => {
    const fabrikam = files.find((f) => f.file === 'fabrikam.tenancy.yaml')!;
    const silenced = fabrikam.text.replace('  - id: 6f1c', '  # tenancy-disable-next-line TEN001 -- the real id is being looked up\n  - id: 6f1c');
    const others = files.filter((f) => f.file !== 'fabrikam.tenancy.yaml');
    const analysis = analyzeEstate([...others, { file: fabrikam.file, text: silenced }], { severities: { SUB001: 'warning' } });
    const problems = analysis.files.get('fabrikam.tenancy.yaml')!.problems;
    assert.deepEqual(problems.map((p) => `${p.code}:${p.severity}`), ['SUB001:warning']);
  });

  it('joins the files in order of their names, however their paths or URIs are written', () => {
    const named = (file: string, id: string) => ({ file, text: `version: 1\ndirectories:\n  - id: ${id}\n    name: Same\n    domains: [same.onmicrosoft.com]\n` });
    const analysis = analyzeEstate([
      named('file:///work/msp/zeta.tenancy.yaml', '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f'),
      named('file:///work/msp/./alpha.tenancy.yaml', '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f'),
    ]);
    assert.deepEqual(analysis.estates[0].files, ['file:///work/msp/./alpha.tenancy.yaml', 'file:///work/msp/zeta.tenancy.yaml']);
    // The later file by name gets the duplicates, pointing at the earlier one.
    assert.deepEqual(analysis.files.get('file:///work/msp/./alpha.tenancy.yaml')!.problems.map((p) => p.code), []);
    assert.deepEqual(analysis.files.get('file:///work/msp/zeta.tenancy.yaml')!.problems.map((p) => `${p.code}→${p.related?.[0].file}`), [
      'TEN001→file:///work/msp/./alpha.tenancy.yaml', 'TEN004→file:///work/msp/./alpha.tenancy.yaml', 'TEN003→file:///work/msp/./alpha.tenancy.yaml',
    ]);
  });

  it('leaves out a file whose analyzer was asked for before its text was given', () => {
    const estate = new Estate();
    estate.analyzerOf('warming.tenancy.yaml');
    estate.set('contoso.tenancy.yaml', files.find((f) => f.file === 'contoso.tenancy.yaml')!.text);
    assert.deepEqual([...estate.analyze().files.keys()], ['contoso.tenancy.yaml']);
  });

  it('says what `estate` may hold when the value is misspelt', () => {
    const [problem] = analyze('version: 1\nestate: standlone\ndirectories: []\n').problems;
    assert.equal(problem.code, 'SCHEMA');
    assert.match(problem.message, /`standlone` is not an allowed value for `estate`.*Did you mean `standalone`\?/);
    const [french] = analyze('version: 1\nestate: standlone\ndirectories: []\n', { locale: 'fr' }).problems;
    assert.match(french.message, /standalone/);
    assert.notEqual(french.message, problem.message);
  });
});
