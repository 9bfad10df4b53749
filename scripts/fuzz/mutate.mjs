// Deterministic mutations of Rust sources for the fuzz harness: each draws only from the seeded
// generator it is given, so a seed names the same inputs on every machine.

/** mulberry32: small, fast, and the same sequence everywhere for a given 32-bit seed. */
export function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const TOKENS = [
  '{', '}', '(', ')', '[', ']', ';', ',', '&', '&mut ', '*', '=', '==', '->', '=>', '::', '<', '>', "'a", '?',
  'let ', 'mut ', 'fn ', 'impl ', 'struct ', 'enum ', 'match ', 'loop ', 'while ', 'for ', 'in ', 'return ',
  'break ', 'move ', 'ref ', 'Box::new(', 'Rc::new(', 'Rc::clone(&', 'RefCell::new(', 'vec![', 'String::from("x")',
  '.clone()', '.borrow_mut()', '.unwrap()', 'drop(', 'std::mem::forget(', 'unsafe ', '"', "'", '/*', '*/', '//',
  '0', '1', 'u64::MAX', '-1', 'x', 'self', 'Self', 'main', '#[derive(Clone)]', '\n',
];

/** A line inserted into the body of `fn main` (or at the end of the file when there is none). */
function intoMain(text, line) {
  const at = text.indexOf('fn main()');
  const open = at >= 0 ? text.indexOf('{', at) : -1;
  if (open < 0) return `${text}\nfn main() {\n${line}\n}\n`;
  return `${text.slice(0, open + 1)}\n    ${line}\n${text.slice(open + 1)}`;
}

function span(rng, text) {
  const a = rng.int(text.length + 1);
  const b = Math.min(text.length, a + 1 + rng.int(Math.max(1, Math.min(400, text.length))));
  return [a, b];
}

/** Each mutation: a name (reported with a failure) and a function of (rng, text) to new text. */
export const MUTATIONS = [
  ['delete-span', (rng, t) => { const [a, b] = span(rng, t); return t.slice(0, a) + t.slice(b); }],
  ['duplicate-span', (rng, t) => { const [a, b] = span(rng, t); return t.slice(0, b) + t.slice(a, b) + t.slice(b); }],
  ['random-tokens', (rng, t) => {
    let out = t;
    for (let i = 1 + rng.int(8); i > 0; i--) { const at = rng.int(out.length + 1); out = out.slice(0, at) + rng.pick(TOKENS) + out.slice(at); }
    return out;
  }],
  ['nul-bytes', (rng, t) => { const at = rng.int(t.length + 1); return t.slice(0, at) + '\0'.repeat(1 + rng.int(4)) + t.slice(at); }],
  ['lone-surrogate', (rng, t) => { const at = rng.int(t.length + 1); return t.slice(0, at) + rng.pick(['\uD800', '\uDFFF', '"\uD83D"', '// \uDC00']) + t.slice(at); }],
  ['truncate', (rng, t) => t.slice(0, rng.int(t.length + 1))],
  ['megabyte-line', (rng, t) => intoMain(t, rng.pick([
    `let _long: u64 = 0${'+1'.repeat(100_000)};`,
    `let _text = "${'a'.repeat(1_000_000)}";`,
    `// ${'x'.repeat(1_000_000)}`,
    `let _v = vec![${Array(50_000).fill('1').join(',')}];`,
  ]))],
  ['deep-nesting', (rng, t) => {
    const n = rng.pick([2000, 5000, 10_000]);
    return intoMain(t, rng.pick([
      `let _deep = ${'('.repeat(n)}0${')'.repeat(n)};`,
      `let _deep = ${'{'.repeat(n)}0${'}'.repeat(n)};`,
      `let _deep: ${'Option<'.repeat(n / 10)}u8${'>'.repeat(n / 10)} = None;`,
    ]));
  }],
  ['infinite-loop', (rng, t) => intoMain(t, rng.pick([
    'loop {}',
    'let mut _s = String::new(); loop { _s.push_str("abcdefgh"); }',
    'fn _rec(n: u64) -> u64 { _rec(n + 1) + 1 } _rec(0);',
    'let mut _i = 0u64; while _i < u64::MAX { _i = _i.wrapping_add(0); }',
  ]))],
  ['huge-allocation', (rng, t) => intoMain(t, rng.pick([
    'let _v = vec![0u8; 1 << 40];',
    'let _v: Vec<u64> = Vec::with_capacity(usize::MAX / 16);',
    'let _b = Box::new([0u8; 1 << 30]);',
    'let _s = "x".repeat(1 << 34);',
  ]))],
];

/** One fuzz input: a corpus file with 1–3 mutations applied. */
export function mutateOnce(rng, corpus) {
  const base = rng.pick(corpus);
  let text = base.text;
  const applied = [];
  for (let i = 1 + rng.int(3); i > 0; i--) {
    const [name, f] = rng.pick(MUTATIONS);
    // The big mutations once per input: two 1 MB lines add nothing the first did not find.
    if (applied.some((n) => ['megabyte-line', 'deep-nesting', 'infinite-loop', 'huge-allocation'].includes(n)) && ['megabyte-line', 'deep-nesting'].includes(name)) continue;
    text = f(rng, text);
    applied.push(name);
  }
  return { base: base.name, mutations: applied, text };
}
