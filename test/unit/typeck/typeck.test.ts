import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import { resolve } from '../../../server/src/engine/resolve';
import type * as A from '../../../server/src/engine/syntax/ast';
import { lower } from '../../../server/src/engine/syntax/lower';
import { typeck, typeName, type TypeckResults } from '../../../server/src/engine/typeck';
import { userNames } from '../../../server/src/engine/typeck/userNames';

function check(text: string): { ast: A.Ast; results: TypeckResults } {
  const ast = lower(parseRust(text), text);
  return { ast, results: typeck(ast, userNames(resolve(ast))).results };
}

/** Every `let name = …` binding's type, as `name: Type`, in source order. */
function letTypes(text: string): string[] {
  const { ast, results } = check(text);
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { kind?: string; pat?: A.Pat };
    if (o.kind === 'Let' && o.pat?.kind === 'IdentPat') {
      const t = results.patTypes.get(o.pat.id);
      out.push(`${o.pat.name.name}: ${t ? typeName(t) : '?'}`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'span') walk(v);
  };
  walk(ast.root);
  return out;
}

function* rustFiles(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* rustFiles(p);
    else if (p.endsWith('.rs')) yield p;
  }
}

const root = path.join(__dirname, '..', '..', '..');

describe('typeck: bodies', () => {
  before(async () => {
    await initParser();
  });

  // Each expectation was printed by rustc 1.95 with std::any::type_name_of_val (paths shortened).
  it('infers literals from their uses, with the i32/f64 fallback', () => {
    const types = letTypes(`fn main() {
      let n = 5;
      let total: u64 = 7;
      let s = total + n;
      let free = 3;
      let x = 2.5;
      let c = 1 as u8;
    }`);
    assert.deepEqual(types, ['n: u64', 'total: u64', 's: u64', 'free: i32', 'x: f64', 'c: u8']);
  });

  // rustc finds no inherent method on `{integer}` (`n.pow(2)` is E0689) but a trait method whose
  // trait holds for it; the literal is still fixed later by its uses.
  it('finds trait methods on a literal whose type is not fixed yet', () => {
    const types = letTypes(`fn main() {
      let n = 5;
      let s = n.to_string();
      let m = 3;
      let ms = m.to_string();
      let b: u8 = m;
      let x = 2.5;
      let xs = x.to_string();
      let c = n.clone();
      let p = n.pow(2);
    }`);
    assert.deepEqual(types, ['n: i32', 's: String', 'm: u8', 'ms: String', 'b: u8', 'x: f64', 'xs: String', 'c: i32', 'p: {unknown}']);
  });

  it('types generic std calls, methods through autoderef, closures and collect', () => {
    const types = letTypes(`fn main() {
      let mut v = Vec::with_capacity(10);
      v.push(1u8);
      let w = vec![1, 2, 3];
      let doubled: Vec<_> = w.iter().map(|x| x * 2).collect();
      let name = String::from("hi");
      let len = name.len();
      let first = w.first();
      let o = Some(3.5);
      let t = (1, "a", 'c');
    }`);
    assert.deepEqual(types, [
      'v: Vec<u8>', 'w: Vec<i32>', 'doubled: Vec<i32>', 'name: String', 'len: usize', 'first: Option<&i32>', 'o: Option<f64>', 't: (i32, &str, char)',
    ]);
  });

  it("types the user's structs, impls and generic fns", () => {
    const types = letTypes(`
      struct Point<T> { x: T, y: T }
      impl<T: Copy> Point<T> { fn x(&self) -> T { self.x } }
      fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T { let mut m = xs[0]; for &x in xs { if x > m { m = x; } } m }
      fn main() {
        let p = Point { x: 1.5, y: 2.0 };
        let px = p.x();
        let big = largest(&[3u16, 9, 4]);
        let r = &p;
        let y = r.y;
      }`);
    assert.deepEqual(types, ['m: T', 'p: Point<f64>', 'px: f64', 'big: u16', 'r: &Point<f64>', 'y: f64']);
  });

  it('types a call of an impl Fn parameter through its bound, and the closure passed to it', () => {
    const types = letTypes(`fn twice(mut step: impl FnMut(u8) -> u64, seed: &impl Fn() -> u8) -> u64 {
      let first = step(seed());
      let second = step(1);
      first + second
    }
    fn main() {
      let mut calls = 0;
      let total = twice(|x| { calls += 1; x as u64 * 2 }, &|| 3);
    }`);
    assert.deepEqual(types, ['first: u64', 'second: u64', 'calls: i32', 'total: u64']);
  });

  it('types catch_unwind of an AssertUnwindSafe closure by the closure result', () => {
    const types = letTypes(`use std::panic;
    fn main() {
      let mut v = vec![1];
      let r = panic::catch_unwind(panic::AssertUnwindSafe(|| { v.push(2); v[0] }));
    }`);
    assert.deepEqual(types, ['v: Vec<i32>', 'r: Result<i32, Box<dyn Any + Send>>']);
  });

  it('gives callers of an `impl Trait` fn its bounds: methods, projections, for loops and calls', () => {
    const text = fs.readFileSync(path.join(root, 'test', 'golden', 'accepted', 'types', 'opaque_iterator_item_used.rs'), 'utf8');
    const { results } = check(text);
    assert.deepEqual(results.errors, []);
    // The opaque bindings themselves (`shift`) print the hidden closure in rustc; only what flows out is compared.
    const types = letTypes(text).filter((t) => !t.startsWith('shift:'));
    assert.deepEqual(types, ['first: u32', 'total: u64', 'seen: Vec<u32>', 'moved: i64']);
  });

  // rustc 1.95: `BTreeMap<u32, u32>`, `HashMap<u32, &str>`, `VecDeque<&str>`, `BTreeSet<u8>`,
  // `HashSet<u8>`, `Vec<u8>`: the `From` impl selected for the call fixes `Self`'s parameters.
  it('infers a collection built with From from an array or a Vec', () => {
    const types = letTypes(`use std::collections::*;
    fn main() {
      let m = BTreeMap::from([(2u32, 1u32), (1, 2)]);
      let h = HashMap::from([(2u32, "a")]);
      let d = VecDeque::from(vec!["a", "b"]);
      let s = BTreeSet::from([1u8]);
      let hs = HashSet::from([1u8]);
      let v = Vec::from([1u8]);
      let t: BTreeSet<i32> = [1, 2].into();
    }`);
    assert.deepEqual(types, ['m: BTreeMap<u32, u32>', 'h: HashMap<u32, &str>', 'd: VecDeque<&str>', 's: BTreeSet<u8>', 'hs: HashSet<u8>', 'v: Vec<u8>', 't: BTreeSet<i32>']);
  });

  // rustc 1.95 names the hash set's iterators with their hasher
  // (`Intersection<'_, i32, RandomState>`), the B-tree set's without.
  it("types the sets' intersection, union and difference iterators and what they collect", () => {
    const types = letTypes(`use std::collections::*;
    fn main() {
      let a: HashSet<i32> = [1, 2].into_iter().collect();
      let b: HashSet<i32> = [2, 3].into_iter().collect();
      let i = a.intersection(&b);
      let common: Vec<_> = a.intersection(&b).copied().collect();
      let n = a.union(&b).count();
      let d = a.symmetric_difference(&b);
      let x: BTreeSet<i32> = [1, 2].into();
      let y: BTreeSet<i32> = [2, 3].into();
      let u = x.union(&y);
      let c: Vec<_> = x.difference(&y).cloned().collect();
    }`);
    assert.deepEqual(types, [
      'a: HashSet<i32>', 'b: HashSet<i32>', "i: Intersection<'_, i32, RandomState>", 'common: Vec<i32>', 'n: usize',
      "d: SymmetricDifference<'_, i32, RandomState>", 'x: BTreeSet<i32>', 'y: BTreeSet<i32>', "u: Union<'_, i32>", 'c: Vec<i32>',
    ]);
  });

  // rustc 1.95: `Result<u8, Box<dyn Error + Send + Sync>>`, `Result<String, Box<dyn Error>>`,
  // `Box<dyn Error>`, `Option<&dyn Error>`; `?` converts each error with `From`, rustc accepts it.
  it('types Box<dyn Error> and the errors `?` converts into it', () => {
    const text = `use std::error::Error;
    use std::fmt;
    #[derive(Debug)]
    struct Mine;
    impl fmt::Display for Mine { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "mine") } }
    impl Error for Mine {}
    fn a(s: &str) -> Result<u8, Box<dyn Error + Send + Sync>> { let n: u8 = s.parse()?; Ok(n) }
    fn b(v: Vec<u8>) -> Result<String, Box<dyn Error>> {
      let s = String::from_utf8(v)?;
      let f: f64 = "1.5".parse()?;
      let x: Result<u8, Mine> = Err(Mine);
      let y = x?;
      if y > 0 { return Err("bad".into()); }
      if f > 0.0 { return Err(format!("bad {}", f).into()); }
      Ok(s)
    }
    fn main() {
      let r = a("3");
      let q = b(vec![65]);
      let e: Box<dyn Error> = Box::new(Mine);
      let src = e.source();
    }`;
    assert.deepEqual(check(text).results.errors, []);
    assert.deepEqual(letTypes(text).slice(-4), ['r: Result<u8, Box<dyn Error + Send + Sync>>', 'q: Result<String, Box<dyn Error>>', 'e: Box<dyn Error>', 'src: Option<&dyn Error>']);
  });

  // rustc 1.95: `Vec<usize>`, `Vec<usize>`, `Vec<String>`: a method named by its path is the
  // closure `map` calls, and its return type is the element.
  it('types map over a path to a method used as a function value', () => {
    const types = letTypes(`fn words(s: &str) -> impl Iterator<Item = &str> { s.split_whitespace() }
    fn main() {
      let v = words("a  bb ccc").map(str::len).collect::<Vec<_>>();
      let u = "a b".split_whitespace().map(str::len).collect::<Vec<_>>();
      let t = "a b".split_whitespace().map(str::to_uppercase).collect::<Vec<_>>();
    }`);
    assert.deepEqual(types, ['v: Vec<usize>', 'u: Vec<usize>', 't: Vec<String>']);
  });

  // rustc 1.95: `Stdout`, `Result<(), io::Error>`, `Stderr`, `Result<(), TryReserveError>`,
  // `vec_deque::IterMut<'_, i32>`; `retain_mut`'s closure gets `&mut u32`.
  it('types io handles, String::try_reserve, VecDeque::iter_mut and retain_mut', () => {
    const text = `use std::collections::VecDeque;
    use std::io::{self, Write};
    fn main() {
      let mut out = io::stdout();
      let fl = out.flush();
      let err = io::stderr();
      let mut s = String::new();
      let r = s.try_reserve(8);
      let mut q: VecDeque<i32> = VecDeque::new();
      let it = q.iter_mut();
      let mut marks = vec![1u32];
      marks.retain_mut(|m| { let seen = m; *seen < 2 });
    }`;
    assert.deepEqual(check(text).results.errors, []);
    assert.deepEqual(letTypes(text), [
      'out: Stdout', 'fl: Result<(), Error>', 'err: Stderr', 's: String', 'r: Result<(), TryReserveError>',
      'q: VecDeque<i32>', "it: IterMut<'_, i32>", 'marks: Vec<u32>', 'seen: &mut u32',
    ]);
  });

  // rustc 1.95: `Vec<u32>`, `Vec<String>`: `[T]::into_vec(self: Box<Self>)` is found at the box's step.
  it('finds a method whose receiver is the box itself', () => {
    const types = letTypes(`fn main() {
      let slice: Box<[u32]> = vec![1u32, 2, 3].into_boxed_slice();
      let nums = slice.into_vec();
      let bs = vec!["a".to_string()].into_boxed_slice();
      let vs = bs.into_vec();
    }`);
    assert.deepEqual(types, ['slice: Box<[u32]>', 'nums: Vec<u32>', 'bs: Box<[String]>', 'vs: Vec<String>']);
  });

  // rustc 1.95: `Option<u8>`, `Result<u8, String>`, `Option<&mut u16>`, `&mut u16`, `Duration`,
  // `hash_map::Drain<'_, &str, u8>`; an Option of a non-Clone type has no `clone` (rustc: E0599),
  // so its clone is left open rather than typed as the Option.
  it('types Option and Result clones, Arc::get_mut and make_mut, Duration::from_micros and HashMap::drain', () => {
    const text = `use std::collections::HashMap;
    use std::sync::Arc;
    use std::time::Duration;
    struct Nc;
    fn main() {
      let o = Some(1u8);
      let oc = o.clone();
      let r: Result<u8, String> = Err("bad".to_string());
      let rc = r.clone();
      let mut a = Arc::new(5u16);
      let g = Arc::get_mut(&mut a);
      let mut a2 = Arc::new(6u16);
      let m = Arc::make_mut(&mut a2);
      let d = Duration::from_micros(250);
      let mut hm: HashMap<&str, u8> = HashMap::new();
      let dr = hm.drain();
      let n = Some(Nc);
      let nc = n.clone();
    }`;
    assert.deepEqual(letTypes(text), [
      'o: Option<u8>', 'oc: Option<u8>', 'r: Result<u8, String>', 'rc: Result<u8, String>', 'a: Arc<u16>', 'g: Option<&mut u16>',
      'a2: Arc<u16>', 'm: &mut u16', 'd: Duration', 'hm: HashMap<&str, u8>', "dr: Drain<'_, &str, u8>", 'n: Option<Nc>', 'nc: {unknown}',
    ]);
  });

  it('examples/stack_and_heap.rs: the slice is &[u64] as its signature says', () => {
    const text = fs.readFileSync(path.join(root, 'examples', 'stack_and_heap.rs'), 'utf8');
    const { ast, results } = check(text);
    const fn = ast.root.items.find((i): i is A.FnItem => i.kind === 'Fn' && i.sig.params.length > 0);
    const param = fn?.sig.params[0];
    assert.ok(param, 'a fn with a parameter');
    const t = results.patTypes.get(param.pat.id);
    assert.equal(t && typeName(t), '&[u64]');
    assert.ok(letTypes(text).includes('total: u64'));
  });

  it('reports no error on any valid program of the repository', function () {
    // About 1,400 programs type-checked in one test: several seconds of CPU, more under load.
    this.timeout(120_000);
    const found: string[] = [];
    let files = 0;
    for (const dir of [path.join(root, 'test', 'golden'), path.join(root, 'examples')]) {
      for (const f of rustFiles(dir)) {
        if (f.includes(`${path.sep}rejected${path.sep}`)) continue;
        files++;
        const { results } = check(fs.readFileSync(f, 'utf8'));
        for (const e of results.errors) found.push(`${path.relative(root, f)}:${e.span.line + 1}: ${e.code} ${e.message}`);
      }
    }
    assert.ok(files > 100, `found only ${files} programs`);
    assert.deepEqual(found, []);
  });
});
