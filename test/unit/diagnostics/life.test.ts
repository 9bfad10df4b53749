import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import { simulate } from '../../../server/src/engine/sim';
import { lifeHints } from '../../../server/src/engine/diagnostics/life/hints';
import { variableLifeHover } from '../../../server/src/engine/diagnostics/life/hover';
import type { Tree } from '../../../server/src/engine/parse/parser';
import type { Trace } from '../../../protocol/trace';
import { memoryHover } from '../../../server/src/engine/inspect/memoryHover';
import { golden } from './helpers';
import * as fs from 'node:fs';
import * as path from 'node:path';

describe('drop and move hints, life of a variable', () => {
  let text: string;
  let stdout: string;
  let trace: Trace;
  let tree: Tree;
  before(async () => {
    await initParser();
    const g = golden('drop_order');
    text = g.text;
    stdout = g.stdout;
    const run = simulate(text, { file: 'drop_order.rs' });
    assert.equal(run.stdout, stdout, 'the simulated run prints what the real one did');
    trace = run.trace;
    tree = parseRust(text);
  });
  after(() => tree.delete());

  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

  it('puts each drop after its closing brace or statement, in the order the real program dropped', () => {
    const hints = lifeHints(trace, tree);
    const drops = hints.filter((h) => h.kind === 'drop').map((h) => `${h.position.line + 1}:${h.label}`);
    const close = (needle: string) => lineOf(needle) + 1;
    assert.deepEqual(drops, [
      `${close('println!("took {}", d.0);') + 1}:drop: d`,
      `${close('let _d = D("d");') + 1}:drop: _d, _c`,
      `${close('drop(b);')}:drop: b`,
      `${close('e = D("e2");')}:drop: e`,
      `${text.split('\n').length - 1}:drop: e, t`,
    ]);
    // The real order of the `drop …` lines: a (in take, as d), d, c, b, e1, then e2 at the end of main.
    assert.deepEqual(stdout.split('\n').filter((l) => l.startsWith('drop')), ['drop a', 'drop d', 'drop c', 'drop b', 'drop e1', 'drop e2']);
    const inner = hints.find((h) => h.label === 'drop: _d, _c')!;
    assert.equal(text.split('\n')[inner.position.line]![inner.position.character - 1], '}', 'after the closing brace');
    assert.match(inner.tooltip, /`_d` \(`D`\): end of scope/);
    assert.match(hints.find((h) => h.label === 'drop: e')!.tooltip, /assignment/);
  });

  it('shows where moved values went', () => {
    const moves = lifeHints(trace, tree).filter((h) => h.kind === 'move').map((h) => `${h.position.line + 1}:${h.label}`);
    assert.deepEqual(moves, [`${lineOf('take(a);') + 1}:a → argument of take`, `${lineOf('let t = s;') + 1}:s → t`]);
  });

  it('hover: created, borrowed, moved, and the state on the hovered line', () => {
    const at = (needle: string, offset = 0) => {
      const line = lineOf(needle);
      return { line, character: text.split('\n')[line]!.indexOf(needle) + offset };
    };
    const declared = variableLifeHover(trace, tree, 'file:///d.rs', at('let s =', 4))!;
    assert.match(declared, /\*\*Life of `s`\*\* \(`String`\)/);
    assert.match(declared, new RegExp(`created at \\[line ${lineOf('let s =') + 1}\\]\\(file:///d\\.rs#L${lineOf('let s =') + 1}\\)`));
    assert.match(declared, new RegExp(`borrowed \\(\`&\`\\) at \\[line ${lineOf('let r = &s') + 1}\\]`));
    assert.match(declared, new RegExp(`moved to \`t\` at \\[line ${lineOf('let t = s;') + 1}\\]`));
    assert.match(declared, /holds `"s"`/);
    const afterMove = variableLifeHover(trace, tree, 'file:///d.rs', at('let t = s;', 8))!;
    assert.match(afterMove, /moved out \(to `t`/);
    const param = variableLifeHover(trace, tree, 'file:///d.rs', at('d.0);', 0))!;
    assert.match(param, /Life of `d`/);
    assert.match(param, new RegExp(`dropped at \\[line ${lineOf('println!("took') + 2}\\]`));
  });

  it('nothing for a name that is not a variable of the run', () => {
    const line = lineOf('fn take');
    assert.equal(variableLifeHover(trace, tree, 'file:///d.rs', { line, character: 4 }), undefined);
  });

  describe('a value bound from a call (examples/ownership_and_drops.rs)', () => {
    // `let first = make("first");` binds `first` in the step where `make` returns, at make's line.
    const source = fs.readFileSync(path.join(__dirname, '../../../examples/ownership_and_drops.rs'), 'utf8');
    const lines = source.split('\n');
    const letLine = lines.findIndex((l) => l.includes('let first = make("first");'));
    let run: Trace;
    let example: Tree;
    before(() => {
      run = simulate(source, { file: 'ownership_and_drops.rs' }).trace;
      example = parseRust(source);
    });
    after(() => example.delete());

    it('life: created at its own `let`, holding the value on that line', () => {
      const hover = variableLifeHover(run, example, 'file:///o.rs', { line: letLine, character: lines[letLine]!.indexOf('first') })!;
      assert.match(hover, new RegExp(`created at \\[line ${letLine + 1}\\]`));
      assert.match(hover, /moved to `keep` at \[line \d+\]/);
      assert.match(hover, new RegExp(`On line ${letLine + 1}: holds \`Noisy \\{ name: "first" \\}\`\\.`));
    });

    it("memory after the line: the caller's frame once the call returned, the binding in it", () => {
      const hover = memoryHover(run, 'file:///o.rs', letLine + 1, { inspectLink: true })!;
      assert.match(hover, /Stack: frame `main` \d+ B, 1 frame/);
      assert.match(hover, /- `first: Noisy` 24 B = `Noisy \{ name: "first" \}`/);
      assert.doesNotMatch(hover, /frame `make`/);
    });
  });
});
