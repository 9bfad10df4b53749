// The recorded method names of std types (typeck/std/methodNames.ts, from rustc) against the
// checker's own std declarations, and the conditions under which a missing name is an error.
import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import { resolve } from '../../../server/src/engine/resolve';
import { lower } from '../../../server/src/engine/syntax/lower';
import { typeck } from '../../../server/src/engine/typeck';
import { methodTableKey } from '../../../server/src/engine/typeck/check/stdMethods';
import { STD_METHOD_NAMES } from '../../../server/src/engine/typeck/std/methodNames';
import { implHeader } from '../../../server/src/engine/typeck/traits';
import { userNames } from '../../../server/src/engine/typeck/userNames';

function errors(text: string): string[] {
  const ast = lower(parseRust(text), text);
  return typeck(ast, userNames(resolve(ast))).results.errors.map((e) => `${e.code}@${e.span.line + 1}`);
}

describe('typeck: std method names recorded from rustc', () => {
  before(() => initParser());

  it('every method the std declarations give a recorded type is one rustc finds', () => {
    const { program } = typeck(lower(parseRust('fn main() {}'), 'fn main() {}'), userNames(resolve(lower(parseRust('fn main() {}'), 'fn main() {}'))));
    const wrong: string[] = [];
    let checked = 0;
    for (const impl of program.stdItems.allImpls()) {
      if (impl.node.trait) continue;
      const key = methodTableKey(implHeader(program, impl).selfTy);
      if (!key) continue;
      const names = STD_METHOD_NAMES[key]!;
      const known = new Set([...names.present.split(' '), ...names.private.split(' ')]);
      for (const [name, fn] of impl.methods) {
        if (!fn.node.sig.selfParam) continue;
        checked++;
        if (!known.has(name)) wrong.push(`${key}::${name}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(checked > 100, `only ${checked} declared methods of recorded types`);
  });

  it('a name the type lacks is E0599 at the call, a private one E0624', () => {
    assert.deepEqual(errors('fn main() {\n    let mut v = vec![1];\n    v.push_front(2);\n}\n'), ['E0599@3']);
    assert.deepEqual(errors('fn main() {\n    let o: Option<String> = None;\n    let n = o.len();\n}\n'), ['E0624@3']);
    assert.deepEqual(errors('fn show<T>(t: T) -> String {\n    t.to_string()\n}\nfn main() {}\n'), ['E0599@2']);
  });

  it('stays silent where a trait may add the method', () => {
    // A std trait outside the prelude, brought into scope.
    assert.deepEqual(errors('use std::io::Write;\nfn main() {\n    let mut v: Vec<u8> = Vec::new();\n    v.write_all(b"x").unwrap();\n}\n'), []);
    // A trait of the program's own that declares the name.
    assert.deepEqual(errors('trait Shout { fn shout(&self) -> i32; }\nimpl Shout for i32 { fn shout(&self) -> i32 { *self } }\nfn main() {\n    let n = 3i32.shout();\n}\n'), []);
    // A bounded parameter, and a macro that may expand to anything.
    assert.deepEqual(errors('fn show<T: std::fmt::Display>(t: T) -> String {\n    t.to_string()\n}\nfn main() {}\n'), []);
    assert.deepEqual(errors('macro_rules! m { () => {} }\nm!();\nfn main() {\n    let v = vec![1];\n    v.push_front(2);\n}\n'), []);
  });
});
