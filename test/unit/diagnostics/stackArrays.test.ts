import * as assert from 'node:assert/strict';
import { initParser } from '../../../server/src/engine/parse/parser';
import { largeStackArrays } from '../../../server/src/engine/diagnostics/stack/arrays';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostic';
import { applyEdits, contextFor, golden, hasRustc, rustcCheck } from './helpers';

function check(text: string, threshold?: number): EngineDiagnostic[] {
  const ctx = contextFor(text, threshold ? { largeArrayThreshold: threshold } : {});
  try {
    return largeStackArrays(ctx);
  } finally {
    ctx.tree.delete();
  }
}

const at = (d: EngineDiagnostic) => `${d.code}@${d.span.start.line + 1}:${d.span.start.character + 1}`;

describe('large-stack-array and box-stack-temporary', () => {
  before(() => initParser());

  it('reports the stack array and the Box::new temporary, not vec! or a small array (large_array_ok)', () => {
    const g = golden('large_array_ok');
    assert.equal(g.status, 0);
    const found = check(g.text);
    assert.deepEqual(found.map(at), ['large-stack-array@10:20', 'box-stack-temporary@11:17']);
    assert.match(found[0]!.message, /64 KiB \(65,536 bytes\)/);
  });

  it('follows the threshold setting', () => {
    assert.deepEqual(check(golden('large_array_ok').text, 1 << 20).map(at), []);
    assert.deepEqual(check('fn main() { let a = [0u64; 4]; }', 32).map(at), ['large-stack-array@1:21']);
    // Blank lines before the first item: positions stay the file's.
    assert.deepEqual(check('\n\n  fn main() { let a = [0u64; 4]; }', 32).map(at), ['large-stack-array@3:23']);
  });

  it('an array that overflowed the real stack is reported, and its preferred fix is the program that ran', () => {
    const broken = golden('large_array_overflow');
    const fixed = golden('large_array_fixed');
    assert.equal(broken.status, 134);
    assert.match(broken.stderr, /has overflowed its stack/);
    assert.equal(fixed.status, 0);
    const [d] = check(broken.text);
    assert.equal(d?.code, 'large-stack-array');
    const preferred = d!.fixes!.find((f) => f.preferred)!;
    assert.equal(applyEdits(broken.text, preferred.edits), fixed.text);
    assert.deepEqual(check(fixed.text), []);
  });

  it('a Box::new temporary that overflowed is reported, and its preferred fix is the program that ran', () => {
    const broken = golden('box_temporary_overflow');
    const fixed = golden('box_temporary_fixed');
    assert.equal(broken.status, 134);
    assert.equal(fixed.status, 0);
    const [d] = check(broken.text);
    assert.equal(d?.code, 'box-stack-temporary');
    assert.equal(applyEdits(broken.text, d!.fixes!.find((f) => f.preferred)!.edits), fixed.text);
    assert.deepEqual(check(fixed.text), []);
  });

  it('reports annotated bindings, parameters and return values; not statics or consts', () => {
    const text = [
      'static TABLE: [u8; 1 << 20] = [0; 1 << 20];',
      'const ZEROS: [u64; 4096] = [0; 4096];',
      'fn make() -> [u64; 4096] { [1; 4096] }',
      'fn take(a: [u8; 20000]) -> u8 { a[0] }',
      'fn main() {',
      '    let a: [u64; 4096] = make();',
      '    let b = take([0; 20000]);',
      '    println!("{} {} {} {}", a[0], b, TABLE[0], ZEROS[0]);',
      '}',
    ].join('\n');
    // `[1; 4096]` in `make` is a `[u64; 4096]` (its literals take the return type's `u64`): 32 KiB.
    assert.deepEqual(check(text).map(at), [
      'large-stack-array@3:14',
      'large-stack-array@3:28',
      'large-stack-array@4:12',
      'large-stack-array@6:26',
      'large-stack-array@7:18',
    ]);
  });

  it('sizes an unsuffixed literal by the type inference gives it: `[0; 10000]` is `[i32; 10000]`', () => {
    // rustc 1.95: `size_of_val(&[0; 10000])` is 40 000 (the literal falls back to `i32`).
    const [d, ...rest] = check('fn main() { let a = [0; 10000]; println!("{}", a[0]); }');
    assert.equal(rest.length, 0);
    assert.equal(at(d!), 'large-stack-array@1:21');
    assert.match(d!.message, /takes 39\.1 KiB \(40,000 bytes\) of stack \(`\[i32; 10000\]`\)/);
    // Typed `u8` by its use, the same array is 10 000 bytes: below 16 KiB.
    assert.deepEqual(check('fn main() { let a = [0; 10000]; let b: u8 = a[0]; println!("{}", b); }').map(at), []);
    assert.deepEqual(check('fn main() { let a: [i32; 10000] = [0; 10000]; println!("{}", a[0]); }').map(at), ['large-stack-array@1:35']);
  });

  it('every offered fix compiles with rustc', function () {
    if (!hasRustc()) {
      console.log('rustc is not on PATH: the quick fixes are not compiled');
      this.skip();
    }
    const programs = [
      golden('large_array_ok').text,
      golden('large_array_overflow').text,
      golden('box_temporary_overflow').text,
      'const N: usize = 20000;\nfn main() {\n    let a: [u16; N] = [3; N];\n    let b = Box::new([0; N]);\n    let c: Box<[u8; N]> = Box::new([1; N]);\n    println!("{} {} {}", a[1], b[2], c.len());\n}\n',
    ];
    let compiled = 0;
    for (const text of programs) {
      for (const d of check(text)) {
        for (const fix of d.fixes ?? []) {
          const out = rustcCheck(applyEdits(text, fix.edits));
          assert.equal(out, '', `${fix.title}\n${applyEdits(text, fix.edits)}`);
          compiled++;
        }
      }
    }
    assert.ok(compiled >= 8, `${compiled} fixes compiled`);
  });
});
