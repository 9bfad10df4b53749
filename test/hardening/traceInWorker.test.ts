// The language server's worker checks the trace it made and builds its views (engine/inspect/
// traceViews.ts), so the server's thread never walks a long trace: the findings must be the ones
// the checks give on the server's own tree, and the adopted views the ones the features would build.
import * as assert from 'node:assert/strict';
import { SimulationRunner } from '../../server/src/features/simulation';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import type { Tree } from '../../server/src/engine/parse/parser';
import { runTraceChecks } from '../../server/src/engine/analysis';
import { adoptTraceViews } from '../../server/src/engine/inspect/traceViews';
import { lifeHints } from '../../server/src/engine/diagnostics/life/hints';
import { lifeIndex } from '../../server/src/engine/diagnostics/life/index';
import { firstStepAtLine } from '../../protocol/navigation';
import { reviveTrace } from '../../protocol/stepTable';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import type { Trace } from '../../protocol/trace';
import { distFile } from '../support/dist';

const program = [
  'struct D(&\'static str);',
  'impl Drop for D {',
  '    fn drop(&mut self) {',
  '        println!("drop {}", self.0);',
  '    }',
  '}',
  '',
  'fn main() {',
  '    let s = String::from("s");',
  '    let t = s;',
  '    {',
  '        let _a = D("a");',
  '    }',
  '    let mut v = Vec::new();',
  '    for i in 0..20 {',
  '        v.push(i);',
  '    }',
  '    println!("{} {}", t, v.len());',
  '}',
  '',
].join('\n');

/** A copy of `trace` as another thread would receive it: no per-trace index comes along. */
const copyOf = (trace: Trace): Trace => reviveTrace(structuredClone(trace));

describe('the simulation worker checks its trace and builds its views', function () {
  this.timeout(120_000);
  let runner: SimulationRunner;
  const errors: string[] = [];
  const trees: Tree[] = [];
  before(() => initParser());
  beforeEach(() => {
    errors.length = 0;
    runner = new SimulationRunner(distFile('simWorker.js'), (m) => errors.push(m));
  });
  afterEach(() => {
    runner.dispose();
    for (const t of trees.splice(0)) t.delete();
  });
  const parse = (text: string) => {
    const tree = parseRust(text);
    trees.push(tree);
    return tree;
  };

  it('gives the findings the trace checks give here, and views the features adopt unchanged', async () => {
    const outcome = await runner.run('a', { source: program, file: 'file:///a.rs', maxSteps: 10_000, analyse: DEFAULT_SETTINGS });
    assert.equal(outcome.kind, 'done', JSON.stringify(outcome));
    if (outcome.kind !== 'done') return;
    assert.ok(outcome.analysis, 'the reply carries the analysis the job asked for');
    assert.deepEqual(outcome.analysis.failures, []);
    const tree = parse(program);
    const here = runTraceChecks({ file: 'file:///a.rs', text: program, tree, settings: DEFAULT_SETTINGS }, outcome.trace, () => assert.fail('a check failed'));
    assert.deepEqual(outcome.analysis.findings, here);
    assert.ok(here.some((d) => d.code === 'realloc-in-loop'), here.map((d) => d.code).join(' '));

    // What the features would build from their own copy of the trace, without the views.
    const fresh = copyOf(outcome.trace);
    const freshTree = parse(program);
    const views = outcome.analysis.views;
    assert.ok(views, 'the views were built');
    adoptTraceViews(outcome.trace, tree, views);
    const hints = lifeHints(outcome.trace, tree);
    assert.equal(hints, views.lifeHints, 'the hints are the adopted ones, not rebuilt');
    assert.deepEqual(hints, lifeHints(fresh, freshTree));
    assert.ok(hints.some((h) => h.label === 's → t'), hints.map((h) => h.label).join(' | '));
    assert.equal(lifeIndex(outcome.trace), views.life);
    assert.deepEqual(lifeIndex(outcome.trace), lifeIndex(fresh));
    for (let line = 1; line <= 20; line++) assert.equal(firstStepAtLine(outcome.trace, line), firstStepAtLine(fresh, line), `line ${line}`);
  });

  it('runs no checks when the job does not ask (the CLI checks on its own thread)', async () => {
    const outcome = await runner.run('a', { source: program, file: 'file:///a.rs', maxSteps: 10_000 });
    assert.equal(outcome.kind, 'done');
    assert.equal(outcome.kind === 'done' ? outcome.analysis : 'not done', undefined);
  });
});
