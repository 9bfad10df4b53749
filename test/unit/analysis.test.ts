import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { runStaticChecks, runTraceChecks, sortDiagnostics } from '../../server/src/engine/analysis';
import type { AnalysisContext, CheckFailure, StaticCheck } from '../../server/src/engine/analysis';
import { STATIC_CHECKS, TRACE_CHECKS } from '../../server/src/engine/checks';
import type { EngineDiagnostic } from '../../server/src/engine/diagnostic';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import type { Trace } from '../../protocol/trace';

function at(line: number, code: string): EngineDiagnostic {
  const p = { line, character: 0 };
  return { span: { start: p, end: p }, severity: 'warning', code, message: code, related: [] };
}

describe('analysis pipeline', () => {
  before(() => initParser());

  function context(text: string): AnalysisContext {
    return { file: 'test.rs', text, tree: parseRust(text), settings: DEFAULT_SETTINGS };
  }

  it('a check that throws loses only its own findings, and becomes an internal-error naming it', () => {
    const ctx = context('fn main() {}\n');
    const failures: CheckFailure[] = [];
    const broken: StaticCheck = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const good: StaticCheck = () => [at(3, 'good')];
    const found = runStaticChecks(ctx, (f) => failures.push(f), [
      { name: 'frame-size', run: broken },
      { name: 'good', run: good },
    ]);
    ctx.tree.delete();
    assert.deepEqual(failures.map((f) => f.check), ['frame-size']);
    assert.deepEqual(found.map((d) => d.code), ['internal-error', 'good']);
    const internal = found[0]!;
    assert.equal(internal.severity, 'error');
    assert.deepEqual(internal.span.start, { line: 0, character: 0 });
    assert.match(internal.message, /the frame-size check failed \(RangeError: Maximum call stack size exceeded\)/);
    assert.match(internal.message, /please report it/);
  });

  it('a failing trace check is an internal-error too', () => {
    const ctx = context('fn main() {}\n');
    const found = runTraceChecks(ctx, {} as Trace, () => undefined, [
      { name: 'rc-cycle', run: () => { throw new Error('bad trace'); } },
    ]);
    ctx.tree.delete();
    assert.deepEqual(found.map((d) => [d.code, d.severity]), [['internal-error', 'error']]);
    assert.match(found[0]!.message, /the rc-cycle check failed \(Error: bad trace\)/);
  });

  it('every registered check has a distinct written-out name', () => {
    const names = [...STATIC_CHECKS, ...TRACE_CHECKS].map((c) => c.name);
    assert.equal(new Set(names).size, names.length);
    for (const name of names) assert.match(name, /^[a-z][a-z -]*(\(run\))?$/);
  });

  it('trace checks do not run on a file with syntax errors', () => {
    const ctx = context('fn main() { let x = ; }\n');
    const trace = {} as Trace;
    const found = runTraceChecks(ctx, trace, () => assert.fail('no failure expected'), [{ name: 'from-trace', run: () => [at(0, 'from-trace')] }]);
    ctx.tree.delete();
    assert.deepEqual(found, []);
  });

  it('diagnostics are sorted by position', () => {
    const sorted = sortDiagnostics([at(5, 'b'), at(1, 'a'), at(3, 'c')]);
    assert.deepEqual(sorted.map((d) => d.code), ['a', 'c', 'b']);
  });
});
