// The layout engine on the type checker's types (layout/tyLayouts.ts), as the MIR's frames read
// it: a type is laid out from its own declaration, whatever other type shares its name. Every
// size below was printed by rustc 1.95 (`std::mem::size_of_val`) for the same program.
import * as assert from 'node:assert/strict';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { buildTypeEnv, TyLayouts } from '../../server/src/engine/layout';
import { buildMir } from '../../server/src/engine/mir/build';
import { MirLayouts } from '../../server/src/engine/mir/tyLayout';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';

const PROGRAM = `
mod a {
    pub struct Noisy(pub u8);
    pub struct Item { pub id: u32 }
}
mod b {
    pub struct Noisy { pub tag: &'static str }
    pub struct Item { pub name: String }
    pub enum Shape { Dot, Line(u8) }
}
mod c {
    pub struct Shape { pub sides: u8 }
}
fn local_a() -> u32 { struct Local { v: u32 } let l = Local { v: 3 }; l.v }
fn local_b() -> String { struct Local(String); let l = Local(String::new()); l.0 }
fn first<T>(xs: &[T]) -> bool { let o: Option<&T> = xs.first(); o.is_some() }
fn main() {
    let an = a::Noisy(1); let bn = b::Noisy { tag: "x" };
    let ai = a::Item { id: 1 }; let bi = b::Item { name: String::new() };
    let bs = b::Shape::Line(2); let cs = c::Shape { sides: 4 };
    let x = 5u64;
    let f = Some(|| x + 1);
    let _ = (an.0, bn.tag, ai.id, bi.name, cs.sides, bs, f, local_a(), local_b(), first(&[1u8]));
}
`;

/** Each user variable's size in each function, as `fn.var`. */
async function variableSizes(text: string): Promise<Map<string, number | undefined>> {
  await initParser();
  const tree = parseRust(text);
  try {
    const fe = frontEnd(tree, text);
    const layouts = new MirLayouts(new TyLayouts(buildTypeEnv(fe), fe.types.program));
    const out = new Map<string, number | undefined>();
    for (const body of buildMir(fe).bodies) {
      for (const l of body.localDecls) if (l.name && l.kind === 'user') out.set(`${body.def.name}.${l.name}`, layouts.of(l.ty)?.size);
    }
    return out;
  } finally {
    tree.delete();
  }
}

describe('layouts of the type checker\'s types', () => {
  it('lays out each of two same-named types from its own declaration', async () => {
    const sizes = await variableSizes(PROGRAM);
    const expected: Record<string, number> = {
      'main.an': 1, 'main.bn': 16, 'main.ai': 4, 'main.bi': 24, 'main.bs': 2, 'main.cs': 1,
      'local_a.l': 4, 'local_b.l': 24,
    };
    for (const [name, size] of Object.entries(expected)) assert.equal(sizes.get(name), size, name);
  });

  it('sizes an Option of a reference to a generic parameter and of a closure by their niches', async () => {
    const sizes = await variableSizes(PROGRAM);
    assert.equal(sizes.get('first.o'), 8);
    assert.equal(sizes.get('main.f'), 8);
  });
});
