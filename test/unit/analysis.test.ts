import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { runStaticChecks, runTraceChecks, sortDiagnostics } from '../../server/src/engine/analysis';
import type { AnalysisContext, CheckFailure, StaticCheck } from '../../server/src/engine/analysis';
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

  it('a check that throws loses only its own findings, and is reported by name', () => {
    const ctx = context('fn main() {}\n');
    const failures: CheckFailure[] = [];
    function brokenCheck(): EngineDiagnostic[] {
      throw new Error('bug');
    }
    const goodCheck: StaticCheck = () => [at(0, 'good')];
    const found = runStaticChecks(ctx, (f) => failures.push(f), [brokenCheck, goodCheck]);
    ctx.tree.delete();
    assert.deepEqual(found.map((d) => d.code), ['good']);
    assert.deepEqual(failures.map((f) => f.check), ['brokenCheck']);
  });

  it('trace checks do not run on a file with syntax errors', () => {
    const ctx = context('fn main() { let x = ; }\n');
    const trace = {} as Trace;
    const found = runTraceChecks(ctx, trace, () => assert.fail('no failure expected'), [() => [at(0, 'from-trace')]]);
    ctx.tree.delete();
    assert.deepEqual(found, []);
  });

  it('diagnostics are sorted by position', () => {
    const sorted = sortDiagnostics([at(5, 'b'), at(1, 'a'), at(3, 'c')]);
    assert.deepEqual(sorted.map((d) => d.code), ['a', 'c', 'b']);
  });
});
