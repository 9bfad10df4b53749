import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import type { Ast } from '../../../server/src/engine/syntax/ast';
import { encodeParts, PartDecoder } from '../../../server/src/engine/syntax/astCodec';
import { lower } from '../../../server/src/engine/syntax/lower';
import { STD_SOURCE } from '../../../server/src/engine/typeck/std';

function lowered(text: string) {
  const tree = parseRust(text);
  try {
    return lower(tree, text);
  } finally {
    tree.delete();
  }
}

/** The Ast written as one part and read back. */
function roundTrip(ast: Ast): Ast {
  const { text, ...rest } = ast;
  return { ...(new PartDecoder(encodeParts([rest], text)).part(0) as Omit<Ast, 'text'>), text };
}

describe('the Ast codec (std declarations lowered at build time)', () => {
  before(async () => {
    await initParser();
  });

  it('gives back each std declaration on its own, exactly as the lowering builds it', () => {
    const ast = lowered(STD_SOURCE);
    const items = ast.root.items.flatMap((m) => (m.kind === 'Mod' ? (m.items ?? []) : [m]));
    const encoded = encodeParts(items, STD_SOURCE);
    const decoder = new PartDecoder(encoded);
    assert.equal(decoder.count, items.length);
    // Backwards, so no part leans on one decoded before it.
    for (let i = items.length - 1; i >= 0; i--) assert.deepEqual(decoder.part(i), items[i]);
    // A third of the text-form JSON of the same tree or less: spans are two numbers, keys are shared.
    const json = JSON.stringify({ ...encoded, text: '' });
    assert.ok(json.length < JSON.stringify(items, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)).length / 3);
  });

  it('keeps big integers, absent fields, unsupported nodes and UTF-16 columns after non-ASCII text', () => {
    const text = [
      '// é ü — 🦀 before the code moves every column',
      'const BIG: u128 = 340_282_366_920_938_463_463_374_607_431_768_211_455;',
      'fn main() { let s = "ñ🦀"; let v: Vec<u8> = Vec::new(); if let Some(x) = v.first() { println!("{x}{s}"); } }',
      'extern "C" { fn abs(x: i32) -> i32; }',
    ].join('\n');
    const ast = lowered(text);
    assert.ok(ast.unsupported.length > 0, 'the extern block is in the tree as unsupported');
    assert.deepEqual(roundTrip(ast), ast);
  });

  it('gives back every example program', () => {
    const dir = path.resolve(__dirname, '..', '..', '..', 'examples');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.rs'))) {
      const ast = lowered(fs.readFileSync(path.join(dir, f), 'utf8'));
      assert.deepEqual(roundTrip(ast), ast, f);
    }
  });

  it('refuses what is not plain data rather than writing something it cannot read back', () => {
    const ast = lowered('fn main() {}');
    assert.throws(() => encodeParts([{ ...ast, cfgStripped: [new Map() as never] }], ast.text), /not plain data/);
  });
});
