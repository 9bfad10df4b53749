// Claims judged against real simulations (the simulator in-process): the annotated examples hold,
// and a file of wrong claims gets the exact messages. The programs' real behaviour is checked
// against rustc in examples.test.ts and markdown.test.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { simulateAnnotated } from '../../server/src/engine/annotations/simulate';
import { parseAnnotations, checkClaims, layoutLookupFor, annotationTraceCheck, annotationStaticCheck, annotationHover } from '../../server/src/engine/annotations';
import { rustSnippets } from '../../server/src/engine/markdown';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { simulateDeep } from './diagnostics/simulateDeep';

const root = path.join(__dirname, '..', '..');

function judge(file: string, text: string) {
  const tree = parseRust(text);
  try {
    const run = simulateAnnotated(text, { file }, tree);
    const set = parseAnnotations(tree);
    const { verdicts } = checkClaims(set.claims, { trace: run.trace, layoutOf: layoutLookupFor(tree, text, set) });
    const ctx = { file, text, tree, settings: DEFAULT_SETTINGS };
    const diagnostics = [...annotationStaticCheck(ctx), ...annotationTraceCheck(ctx, run.trace)];
    return { run, verdicts: verdicts.map((v) => `${v.claim.span.start.line + 1}: ${v.status}: ${v.message}`), diagnostics };
  } finally {
    tree.delete();
  }
}

describe('annotations: claims against simulated runs', () => {
  before(() => initParser());

  it('every claim of examples/annotated_drops.rs holds, and the snapshot has its step', () => {
    const file = path.join(root, 'examples', 'annotated_drops.rs');
    const r = judge(file, fs.readFileSync(file, 'utf8'));
    assert.ok(r.verdicts.length >= 8);
    for (const v of r.verdicts) assert.match(v, /: confirmed: /);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.run.trace.snapshots.map((s) => [s.label, s.line]), [['inner scope', 23]]);
    assert.equal(r.run.trace.steps.at(r.run.trace.snapshots[0]!.step)?.line, 23);
    const text = fs.readFileSync(file, 'utf8');
    const tree = parseRust(text);
    try {
      assert.match(annotationHover(tree, text, r.run.trace, { line: 21, character: 12 }) ?? '', /When it is reached:\n\nStack: `main` \(`a`, `b`, `c`, `d`\) {2}\nHeap: empty$/);
    } finally {
      tree.delete();
    }
  });

  it('every claim of the blocks of examples/chapter.md holds', () => {
    const chapter = fs.readFileSync(path.join(root, 'examples', 'chapter.md'), 'utf8');
    for (const block of rustSnippets(chapter).filter((b) => !b.skipped)) {
      const r = judge('chapter.md', block.text);
      for (const v of r.verdicts) assert.match(v, /: confirmed: /, `block ${block.index}`);
      assert.deepEqual(r.diagnostics, [], `block ${block.index}`);
    }
  });

  it('wrong claims say what really happened', () => {
    const file = path.join(__dirname, 'fixtures', 'annotations', 'wrong_drops.rs');
    const r = judge(file, fs.readFileSync(file, 'utf8'));
    assert.deepEqual(r.verdicts, [
      '9: failed: the run frees every heap block it allocates',
      '10: failed: the program never prints `drop z`: it prints `drop e`, `drop t`, `drop b`, `drop a`',
      '11: failed: the run ends normally (exit status 0), without a panic',
      '16: failed: drops `e`, not `b`',
      '17: confirmed: drops `Noisy`',
      '20: failed: line 20 never runs, so it drops nothing, not `a`',
      '22: failed: drops `b`, `a`, not `a`, `b`',
    ]);
    assert.deepEqual(r.diagnostics.map((d) => `${d.span.start.line + 1}:${d.span.start.character + 1} ${d.severity} ${d.code}`), [
      '9:1 warning annotation-failed',
      '10:1 warning annotation-failed',
      '11:1 warning annotation-failed',
      '16:14 warning annotation-failed',
      '20:18 warning annotation-failed',
      '22:3 warning annotation-failed',
      '19:9 information annotation-unchecked',
    ]);
  });

  it('`stack` sets the main thread\'s budget: the same program overflows 64 KiB and fits 8 MiB', async () => {
    const file = path.join(__dirname, 'fixtures', 'annotations', 'small_stack.rs');
    const text = fs.readFileSync(file, 'utf8');
    const small = judge(file, text);
    assert.equal(small.run.trace.threads[0]?.stackBudget, 65536);
    assert.equal(small.run.trace.end.kind, 'overflow');
    assert.equal(small.verdicts.length, 1);
    assert.match(small.verdicts[0]!, /^10: confirmed: thread `main` overflows its 64 KiB stack at line 6, depth \d+$/);
    // Without the annotation it runs to the end, printing what the rustc build prints. A run
    // 1,000 calls deep recurses in the host too: it runs in a deep-stack worker, as the CLI's and
    // the server's runs do.
    const unannotated = text.replace('// @mem stack 64 KiB\n', '');
    const full = await simulateDeep(unannotated, 'small_stack.rs');
    assert.equal(full.stdout, '124948\n');
    const tree = parseRust(unannotated);
    try {
      const set = parseAnnotations(tree);
      const { verdicts } = checkClaims(set.claims, { trace: full.trace, layoutOf: layoutLookupFor(tree, unannotated, set) });
      assert.deepEqual(verdicts.map((v) => `${v.claim.span.start.line + 1}: ${v.status}: ${v.message}`), ['9: failed: the run ends normally (exit status 0), without a stack overflow']);
    } finally {
      tree.delete();
    }
  });

  it('`entry` starts the run elsewhere', () => {
    const r = judge('entry.rs', '// @mem entry\nfn demo() {\n    println!("demo");\n}\nfn main() {}\n');
    assert.equal(r.run.trace.entry, 'demo');
    assert.equal(r.run.stdout, 'demo\n');
  });
});
