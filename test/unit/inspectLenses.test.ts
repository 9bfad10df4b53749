import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { inspectLenses } from '../../server/src/engine/inspect/lenses';
import { code, inspectLink, memoryHover } from '../../server/src/engine/inspect/memoryHover';
import { demoTrace } from '../fixtures/inspector/demo-trace';

const DEMO = fs.readFileSync(path.join(__dirname, '../fixtures/inspector/demo.rs'), 'utf8');

describe('Memory Inspector entry points: CodeLenses and the hover section', () => {
  before(() => initParser());

  it('puts ▶ Inspect memory above fn main and a lens at each reached snapshot', () => {
    const lenses = inspectLenses(parseRust(DEMO), demoTrace);
    assert.deepEqual(lenses, [
      { line: 13, title: '▶ Inspect memory · 17 steps · 4 leaks', at: { step: 0, line: 14 } },
      { line: 25, title: '▶ Inspect memory at snapshot “cycle” (step 14)', at: { step: 13, line: 27 } },
    ]);
  });

  it('shows the entry lens while the run is in progress, and none when there is nothing to run', () => {
    assert.deepEqual(inspectLenses(parseRust(DEMO), undefined).map((l) => l.title), ['▶ Inspect memory']);
    assert.deepEqual(inspectLenses(parseRust('fn helper() {}\n'), undefined), []);
    assert.deepEqual(inspectLenses(parseRust(DEMO), null), []);
  });

  it('finds the entry named by // @mem entry', () => {
    const src = 'fn main() {}\n\n// @mem entry\nfn demo() {\n    let x = 1;\n}\n';
    assert.deepEqual(inspectLenses(parseRust(src), undefined).map((l) => l.line), [3]);
  });

  it('summarises memory after an executed line, with a link to that step', () => {
    const hover = memoryHover(demoTrace, 'file:///demo.rs', 20, { inspectLink: true })!;
    assert.match(hover, /^\*\*Memory after line 20\*\* \(step 6 of 17\)/);
    assert.match(hover, /Stack: frame `main` 184 B, 1 frame 184 B in all/);
    assert.match(hover, /- `s: String` 24 B \(moved to `t`\)/);
    assert.match(hover, /- `t: String` 24 B = `"<img src=x onerror=alert\(1\)><\/script>"`/);
    assert.match(hover, /Heap: 2 blocks, 69 B: `\[i32\]` ×1 \(32 B\), `str` ×1 \(37 B\)/);
    assert.ok(hover.endsWith(`[Open the Memory Inspector at line 20](${inspectLink('file:///demo.rs', 5, 20)})`));
    assert.deepEqual(JSON.parse(decodeURIComponent(inspectLink('file:///demo.rs', 5, 20).split('?')[1]!)), ['file:///demo.rs', { step: 5, line: 20 }]);
    assert.equal(memoryHover(demoTrace, 'file:///demo.rs', 3, { inspectLink: true }), undefined);
  });

  it('says how often a line runs and keeps backticks inside code spans', () => {
    const plain = memoryHover(demoTrace, 'u', 22, { inspectLink: false })!;
    assert.match(plain, /step 8 of 17, the first of 2 times it runs/);
    assert.ok(!plain.includes('command:'), 'no link for an editor that cannot follow it');
    assert.equal(code('a`b'), '``a`b``');
    assert.equal(code('`x'), '`` `x ``');
  });
});
