// The rules of the error-golden harness (test/golden/rejected.test.ts) fail when broken: fed a
// fake diagnostic, each rule reports it.
import * as assert from 'node:assert/strict';
import type { EngineDiagnostic } from '../../server/src/engine/diagnostic';
import { falseErrors, judgeCoverage, reportsFirstError, unmatchedErrors, type RustcError } from '../support/errorGoldens';

function diagnostic(code: string, line0: number): EngineDiagnostic {
  return {
    span: { start: { line: line0, character: 4 }, end: { line: line0, character: 9 } },
    severity: 'error',
    code,
    message: 'fake',
    related: [],
  };
}

const mismatched: RustcError = {
  code: 'E0308', message: 'mismatched types', line: 3, column: 18, label: 'expected `u32`, found `&str`', labels: [],
};

describe('error-golden harness rules', () => {
  it('(a) a rustc-coded diagnostic on an accepted program is a false error', () => {
    assert.deepEqual(falseErrors([diagnostic('E0308', 2)]), ['false error E0308 at line 3: fake']);
  });

  it('(a) the engine\'s own codes are not judged', () => {
    assert.deepEqual(falseErrors([diagnostic('large-stack-array', 2), diagnostic('E030', 2)]), []);
  });

  it('(a) use-after-move is rustc\'s E0382 under the product\'s name, and judged as such', () => {
    assert.deepEqual(falseErrors([diagnostic('use-after-move', 2)]), ['false error use-after-move at line 3: fake']);
    const moved = { ...mismatched, code: 'E0382', message: 'borrow of moved value: `s`' };
    assert.equal(reportsFirstError([diagnostic('use-after-move', mismatched.line - 1)], [moved]), true);
  });

  it('(b) a diagnostic equal to one of rustc\'s errors (code and primary line) passes', () => {
    assert.deepEqual(unmatchedErrors([diagnostic('E0308', 2)], [mismatched]), []);
  });

  it('(b) a wrong line or a wrong code fails', () => {
    assert.equal(unmatchedErrors([diagnostic('E0308', 3)], [mismatched]).length, 1);
    assert.equal(unmatchedErrors([diagnostic('E0277', 2)], [mismatched]).length, 1);
    assert.match(unmatchedErrors([diagnostic('E0277', 2)], [mismatched])[0]!, /E0277 at line 3: fake is not one of rustc's errors \(E0308@3\)/);
  });

  it('(b) an error rustc gives no code is matched by its message and primary line', () => {
    const outlives: RustcError = { code: null, message: 'lifetime may not live long enough', line: 3, column: 5, label: '', labels: [] };
    const engine = { ...diagnostic('lifetime-may-not-live-long-enough', 2), message: 'lifetime may not live long enough' };
    assert.deepEqual(unmatchedErrors([engine], [outlives]), []);
    assert.equal(unmatchedErrors([engine], [mismatched]).length, 1);
    assert.equal(unmatchedErrors([{ ...engine, span: diagnostic('x', 4).span }], [outlives]).length, 1);
    assert.deepEqual(falseErrors([engine]), ['false error lifetime-may-not-live-long-enough at line 3: lifetime may not live long enough']);
    assert.equal(reportsFirstError([engine], [outlives, mismatched]), true);
    assert.equal(reportsFirstError([engine], [mismatched, outlives]), false);
  });

  it('(b) an engine code that stands for several of rustc\'s codeless errors is matched by the message it gives', () => {
    const slice: RustcError = { code: null, message: '`..` can only be used once per slice pattern', line: 3, column: 17, label: '', labels: [] };
    const tuple: RustcError = { ...slice, message: '`..` can only be used once per tuple pattern' };
    const engine = { ...diagnostic('rest-pattern-twice', 2), message: '`..` can only be used once per slice pattern' };
    assert.deepEqual(unmatchedErrors([engine], [slice]), []);
    assert.equal(unmatchedErrors([engine], [tuple]).length, 1);
    assert.equal(reportsFirstError([engine], [slice]), true);
    assert.equal(reportsFirstError([engine], [tuple]), false);
    assert.equal(falseErrors([engine]).length, 1);
  });

  it('(c) only rustc\'s first error counts for coverage', () => {
    const second: RustcError = { ...mismatched, code: 'E0425', line: 5 };
    assert.equal(reportsFirstError([diagnostic('E0308', 2)], [mismatched, second]), true);
    assert.equal(reportsFirstError([diagnostic('E0425', 4)], [mismatched, second]), false);
    assert.equal(reportsFirstError([], [mismatched]), false);
  });

  it('(c) coverage below its floor fails; above it asks to raise the floor', () => {
    const below = judgeCoverage({ E0308: { programs: 10, reported: 2 } }, { E0308: 3 });
    assert.equal(below.shortfalls.length, 1);
    const above = judgeCoverage({ E0308: { programs: 10, reported: 4 } }, { E0308: 3 });
    assert.deepEqual(above, { shortfalls: [], raised: { E0308: 4 } });
    assert.deepEqual(judgeCoverage({ E0499: { programs: 2, reported: 0 } }, { E0499: 0 }), { shortfalls: [], raised: {} });
  });
});
