// The simulator takes its types from the type checker: rustc's inferred types and sizes, not
// types guessed from values (each expectation checked against rustc 1.95).
import * as assert from 'node:assert/strict';
import { initParser } from '../../../server/src/engine/parse/parser';
import { simulate } from '../../../server/src/engine/sim/index';
import type { Trace } from '../../../protocol/trace';

function run(source: string): { vars: string[]; blocks: string[] } {
  const trace = (simulate(source, { file: 'types.rs' }) as { trace: Trace }).trace;
  const vars = new Set<string>();
  const blocks = new Map<number, string>();
  for (const step of trace.steps) {
    for (const d of step.deltas) {
      if (d.op === 'set-var') vars.add(`${d.var.name}: ${d.var.type} (${d.var.size} B)`);
      else if (d.op === 'set-block') blocks.set(d.block.id, `${d.block.type} (${d.block.size} B)`);
    }
  }
  return { vars: [...vars], blocks: [...blocks.values()] };
}

describe('simulator: types from the type checker', () => {
  before(() => initParser());

  it('an unsuffixed literal takes the type a later use gives it', () => {
    const { vars } = run('fn main() {\n    let n = 5;\n    let total: u64 = 7;\n    let s = total + n;\n    println!("{}", s);\n}\n');
    assert.deepEqual(vars, ['n: u64 (8 B)', 'total: u64 (8 B)', 's: u64 (8 B)']);
  });

  it('Vec::with_capacity(10) of u8 allocates 10 bytes and shows Vec<u8> from the start', () => {
    const { vars, blocks } = run('fn main() {\n    let mut v = Vec::with_capacity(10);\n    v.push(1u8);\n    println!("{}", v.len());\n}\n');
    assert.deepEqual(vars, ['v: Vec<u8> (24 B)']);
    assert.deepEqual(blocks, ['[u8] (10 B)']);
  });

  it('an impl Trait result shows the hidden type, adapters with their arguments', () => {
    const source = [
      'fn evens(limit: u32) -> impl Iterator<Item = u32> {',
      '    (0..limit).filter(|x| x % 2 == 0)',
      '}',
      'fn main() {',
      '    let mut it = evens(7).map(|x| x + 1);',
      '    println!("{:?}", it.next());',
      '}',
      '',
    ].join('\n');
    const { vars } = run(source);
    // rustc: core::iter::adapters::map::Map<core::iter::adapters::filter::Filter<core::ops::range::Range<u32>, types::evens::{{closure}}>, types::main::{{closure}}>
    assert.ok(vars.some((v) => v.startsWith('it: Map<Filter<Range<u32>, {closure}>, {closure}> ')), vars.join('; '));
  });
});
