// Which quick fixes are offered, and where none is: a fix is only offered where the edit is known
// to be right (test/golden/fixes/ checks the offered ones with rustc's recorded verdict).
import * as assert from 'node:assert/strict';
import { initParser } from '../../../server/src/engine/parse/parser';
import { useAfterMove } from '../../../server/src/engine/diagnostics/useAfterMove';
import { rcCyclePossible } from '../../../server/src/engine/diagnostics/rc/cyclePossible';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostic';
import { contextFor } from './helpers';

function titles(check: (ctx: ReturnType<typeof contextFor>) => EngineDiagnostic[], text: string): string[][] {
  const ctx = contextFor(text);
  try {
    return check(ctx).map((d) => (d.fixes ?? []).map((f) => f.title));
  } finally {
    ctx.tree.delete();
  }
}

const main = (body: string, items = '') => `${items}fn main() {\n${body}\n}\n`;

describe('quick fixes are offered only where they are right', () => {
  before(() => initParser());

  it('use-after-move: no borrow where the new binding is used as a value, or the old one moved or mutated', () => {
    // `t` is passed where a String is needed: `&s` would not type-check.
    assert.deepEqual(titles(useAfterMove, main('    let s = String::new();\n    let t = s;\n    drop::<String>(t);\n    println!("{}", s);', 'fn drop<T>(_: T) {}\n')), [
      ['Clone `s` where it is moved: `s.clone()`'],
    ]);
    // `s` is mutated while `t` would borrow it.
    assert.deepEqual(titles(useAfterMove, main('    let mut s = String::new();\n    let t = s;\n    s.push(\'x\');\n    println!("{} {}", s, t);')), [['Clone `s` where it is moved: `s.clone()`']]);
    // `s.first()` inside println! is an expression, not a whole argument: the check does not follow it.
    assert.deepEqual(titles(useAfterMove, main('    let s = vec![1];\n    let t = s;\n    println!("{:?} {:?}", s.first(), t);')), [['Clone `s` where it is moved: `s.clone()`']]);
    // Only formatted afterwards: the borrow is offered.
    assert.deepEqual(titles(useAfterMove, main('    let s = vec![1];\n    let t = s;\n    println!("{:?} {:?}", s, t);')), [
      ['Clone `s` where it is moved: `s.clone()`', 'Borrow `s` instead of moving it: `&s`'],
    ]);
    // `let mut t`: the binding is meant to change.
    assert.deepEqual(titles(useAfterMove, main('    let s = String::new();\n    let mut t = s;\n    t.push(\'x\');\n    println!("{}", s);')), [['Clone `s` where it is moved: `s.clone()`']]);
    // An assignment: a reference cannot replace the value of a `String` variable.
    assert.deepEqual(titles(useAfterMove, main('    let s = String::new();\n    let t;\n    t = s;\n    println!("{} {}", s, t);')), [['Clone `s` where it is moved: `s.clone()`']]);
  });

  it('use-after-move: no borrow for a parameter that needs more than formatting, no clone for a type not known to be Clone', () => {
    const takesDefault = 'fn make<T: Default>(_: T) {}\n';
    assert.deepEqual(titles(useAfterMove, main('    let s = String::new();\n    make(s);\n    println!("{}", s);', takesDefault)), [['Clone `s` where it is moved: `s.clone()`']]);
    const notClone = 'struct Token { id: u32 }\nfn spend(_: Token) {}\n';
    assert.deepEqual(titles(useAfterMove, main('    let t = Token { id: 1 };\n    spend(t);\n    println!("{}", t.id);', notClone)), [[]]);
    const generic = 'fn twice<T>(x: T) -> (T, T) { let y = x; (y, x) }\n';
    assert.deepEqual(titles(useAfterMove, `${generic}fn main() {}\n`), [[]], 'a generic T is not known to be Clone');
  });

  it('rc-cycle-possible: no Weak fix when the field is read, or set from a new Rc, where the edit could break the program', () => {
    const items = 'use std::cell::RefCell;\nuse std::rc::Rc;\nstruct L {\n    next: RefCell<Option<Rc<L>>>,\n}\n';
    // A read inside a macro's arguments: `upgrade()` would be needed there.
    assert.deepEqual(titles(rcCyclePossible, `${items}fn main() {\n    let a = L { next: RefCell::new(None) };\n    println!("{}", a.next.borrow().is_none());\n}\n`), [[]]);
    // A store of a fresh Rc: a Weak to it would die at once.
    assert.deepEqual(titles(rcCyclePossible, `${items}fn main() {\n    let a = L { next: RefCell::new(Some(Rc::new(L { next: RefCell::new(None) }))) };\n    let _ = a;\n}\n`), [[]]);
  });

  it('rc-cycle-possible: the single pointer of a type that links to itself twice becomes Weak, not the collection', () => {
    const tree = 'use std::cell::RefCell;\nuse std::rc::Rc;\nstruct N {\n    kids: RefCell<Vec<Rc<N>>>,\n    up: RefCell<Option<Rc<N>>>,\n}\nfn main() {}\n';
    assert.deepEqual(titles(rcCyclePossible, tree), [['Hold `up` as a `Weak` link']]);
    const arc = 'use std::sync::{Arc, Mutex};\nstruct Peer {\n    other: Mutex<Option<Arc<Peer>>>,\n}\nfn main() {}\n';
    assert.deepEqual(titles(rcCyclePossible, arc), [['Hold `other` as a `Weak` link']]);
  });
});
