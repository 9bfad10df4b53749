import * as assert from 'node:assert/strict';
import { initParser } from '../../../server/src/engine/parse/parser';
import { largeStackFrames } from '../../../server/src/engine/diagnostics/stack/largeFrame';
import { recursionChecks } from '../../../server/src/engine/diagnostics/stack/recursion';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostic';
import type { StaticCheck } from '../../../server/src/engine/analysis';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contextFor, golden, GOLDEN_PROGRAMS } from './helpers';

function run(check: StaticCheck, text: string, settings = {}): EngineDiagnostic[] {
  const ctx = contextFor(text, settings);
  try {
    return check(ctx);
  } finally {
    ctx.tree.delete();
  }
}

const at = (d: EngineDiagnostic) => `${d.code}@${d.span.start.line + 1}:${d.span.start.character + 1}`;

const recursive = (body: string, call: string) =>
  `fn f(n: u64) -> u64 {\n    let pad = [0u8; 4096];\n    ${body}\n}\n\nfn main() {\n    println!("{}", ${call});\n}\n`;

describe('large-stack-frame', () => {
  before(() => initParser());

  it('reports a function whose locals reach the threshold, listing the biggest', () => {
    const [d, ...rest] = run(largeStackFrames, golden('large_array_overflow').text);
    assert.equal(rest.length, 0);
    assert.equal(at(d!), 'large-stack-frame@2:4');
    assert.match(d!.message, /at least 16\.0 MiB/);
    assert.match(d!.message, /`big` 16 MiB \(16,777,216 bytes\) \(line 3\)/);
    assert.equal(d!.related[0]?.span.start.line, 2);
  });

  it('counts a Box::new argument, which a debug build keeps in the frame', () => {
    assert.deepEqual(run(largeStackFrames, golden('box_temporary_overflow').text).map(at), ['large-stack-frame@2:4']);
  });

  it('stays below the threshold for small frames and follows the setting', () => {
    assert.deepEqual(run(largeStackFrames, golden('large_array_ok').text).map(at), []);
    assert.deepEqual(run(largeStackFrames, golden('large_array_ok').text, { largeFrameThreshold: 100_000 }).map(at), ['large-stack-frame@9:4']);
  });
});

describe('recursion-depth and the static stack-overflow', () => {
  before(() => initParser());

  it('reports the call whose depth overflowed main in the recorded run', () => {
    const g = golden('recursion_overflow');
    assert.equal(g.status, 134);
    assert.match(g.stderr, /thread 'main' has overflowed its stack/);
    const found = run(recursionChecks, g.text);
    assert.deepEqual(found.map(at), ['recursion-depth@2:4', 'stack-overflow@12:20']);
    assert.match(found[1]!.message, /at least 10,000 levels/);
    assert.match(found[1]!.message, /main thread's 8 MiB/);
    assert.match(found[0]!.message, /at least 4\.0 KiB \(4,112 bytes\)/);
  });

  it('sizes an array of a typed value exactly: `[n; 256]` of a `u32` is 1 KiB per level', () => {
    // The recorded run (rustc 1.95) overflows the 64 KiB thread 200 levels deep.
    const dir = path.join(GOLDEN_PROGRAMS, '../runtime');
    const text = fs.readFileSync(path.join(dir, 'stack_overflow_small_named.rs'), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'stack_overflow_small_named.expected.json'), 'utf8'));
    assert.match(expected.stderr, /thread 'tiny' has overflowed its stack/);
    const found = run(recursionChecks, text);
    assert.deepEqual(found.map(at), ['recursion-depth@3:4', 'stack-overflow@25:19']);
    assert.match(found[0]!.message, /at least 1\.0 KiB \(1,036 bytes\)/);
    assert.match(found[1]!.message, /at least 200 levels deep/);
    assert.match(found[1]!.message, /thread's 64 KiB/);
  });

  it('does not report a depth that ran fine, or a thread given a larger stack', () => {
    const ok = golden('recursion_ok');
    assert.equal(ok.status, 0);
    assert.deepEqual(run(recursionChecks, ok.text).map(at), ['recursion-depth@2:4']);
    const sized = golden('recursion_stack_size');
    assert.equal(sized.status, 0);
    assert.deepEqual(run(recursionChecks, sized.text).map(at), ['recursion-depth@4:4']);
  });

  it("uses a spawned thread's 2 MiB: the same call overflows there and not in main", () => {
    const g = golden('thread_recursion_overflow');
    assert.equal(g.status, 134);
    assert.match(g.stdout, /^main: /);
    assert.deepEqual(run(recursionChecks, g.text).map(at), ['recursion-depth@4:4', 'stack-overflow@15:30']);
  });

  it('stays silent when the depth does not follow from the call', () => {
    // The recursion runs only while n is small: dive(10_000) returns at once.
    assert.deepEqual(run(recursionChecks, recursive('if n < 5 { f(n - 1) + pad[0] as u64 } else { 0 }', 'f(10_000)')).map(at), ['recursion-depth@1:4']);
    // A condition the check does not model.
    assert.deepEqual(run(recursionChecks, recursive('if n % 7 != 0 { f(n - 1) + pad[0] as u64 } else { 0 }', 'f(10_000)')).map(at), ['recursion-depth@1:4']);
    // An early return.
    assert.deepEqual(run(recursionChecks, recursive('if n == 3 { return 1; } if n == 0 { 0 } else { f(n - 1) + pad[0] as u64 }', 'f(10_000)')).map(at), ['recursion-depth@1:4']);
    // An argument that is not a constant.
    assert.deepEqual(
      run(recursionChecks, recursive('if n == 0 { 0 } else { f(n - 1) + pad[0] as u64 }', 'f(std::env::args().count() as u64)')).map(at),
      ['recursion-depth@1:4'],
    );
    // A call under a condition.
    const guarded = recursive('if n == 0 { 0 } else { f(n - 1) + pad[0] as u64 }', 'if std::env::args().count() > 5 { f(10_000) } else { 0 }');
    assert.deepEqual(run(recursionChecks, guarded).map(at), ['recursion-depth@1:4']);
  });

  it('reports counting down by a step to a bound', () => {
    const text = recursive('if n > 10 { f(n - 2) + pad[0] as u64 } else { 0 }', 'f(100_000)');
    const found = run(recursionChecks, text);
    assert.deepEqual(found.map(at), ['recursion-depth@1:4', 'stack-overflow@7:20']);
    assert.match(found[1]!.message, /at least 49,995 levels/);
  });

  it('a function that does not call itself gets nothing', () => {
    assert.deepEqual(run(recursionChecks, 'fn g(n: u64) -> u64 { n + 1 }\nfn main() { println!("{}", g(1)); }').map(at), []);
  });

  it('which function a call calls is the resolver\'s answer, not a match of names', () => {
    // `self::f` at the crate root is `f` itself: the depth follows from the call as for `f(…)`
    // (rustc 1.95's debug build of this program aborts with a stack overflow, status 134).
    const byPath = recursive('if n == 0 { 0 } else { self::f(n - 1) + pad[0] as u64 }', 'f(10_000)');
    assert.deepEqual(run(recursionChecks, byPath).map(at), ['recursion-depth@1:4', 'stack-overflow@7:20']);
    // A method of the same name, even inside a macro's arguments, is another function (the
    // program prints 1 and 1; so does the next one print 2).
    const method = 'struct S;\nimpl S { fn f(&self) -> u64 { 1 } }\nfn f(s: &S) -> u64 { println!("{}", s.f()); s.f() }\nfn main() { println!("{}", f(&S)); }\n';
    assert.deepEqual(run(recursionChecks, method).map(at), []);
    // A local closure that shadows the function is not a call of it.
    const shadowed = 'fn f(n: u64) -> u64 { let f = |x: u64| x + 1; f(n) }\nfn main() { println!("{}", f(1)); }\n';
    assert.deepEqual(run(recursionChecks, shadowed).map(at), []);
  });
});
