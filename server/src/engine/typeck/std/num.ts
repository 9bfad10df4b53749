// The integer and float types' methods and trait impls, one block per type (std writes them with
// macros; these are generated the same way, so every type gets the same surface).
import { FLOAT_NAMES, INT_NAMES, type IntName } from '../ty';

const TRAITS = ['Copy', 'Clone', 'Default', 'Display', 'Debug', 'PartialEq', 'PartialOrd', 'Sum', 'Product'];
const OPS = ['Add', 'Sub', 'Mul', 'Div', 'Rem'];

/** The lossless `From` conversions between integers, as std declares them. */
function widens(from: IntName, to: IntName): boolean {
  const bits = (n: string): number => (n.endsWith('size') ? 64 : Number(n.slice(1)));
  const fs = from[0] === 'i';
  const ts = to[0] === 'i';
  if (from === to || from.endsWith('size') || to.endsWith('size')) {
    // usize/isize only from u8/u16 (and i8/i16 into isize), as std has it.
    return to === 'usize' ? from === 'u8' || from === 'u16' : to === 'isize' ? ['u8', 'i8', 'i16'].includes(from) : false;
  }
  if (fs && !ts) return false;
  return fs === ts ? bits(to) > bits(from) : bits(to) > bits(from);
}

function intBlock(t: IntName): string {
  const signed = t[0] === 'i';
  const lines = [
    `pub const MIN: ${t}; pub const MAX: ${t}; pub const BITS: u32;`,
    `pub const fn pow(self, exp: u32) -> ${t};`,
    ...['checked_add', 'checked_sub', 'checked_mul', 'checked_div', 'checked_rem'].map((m) => `pub const fn ${m}(self, rhs: ${t}) -> Option<${t}>;`),
    ...['wrapping_add', 'wrapping_sub', 'wrapping_mul', 'saturating_add', 'saturating_sub', 'saturating_mul', 'rem_euclid', 'div_euclid', 'min', 'max'].map(
      (m) => `pub const fn ${m}(self, rhs: ${t}) -> ${t};`,
    ),
    ...['overflowing_add', 'overflowing_sub', 'overflowing_mul'].map((m) => `pub const fn ${m}(self, rhs: ${t}) -> (${t}, bool);`),
    `pub const fn wrapping_neg(self) -> ${t};`,
    `pub const fn checked_pow(self, exp: u32) -> Option<${t}>;`,
    `pub const fn count_ones(self) -> u32; pub const fn count_zeros(self) -> u32;`,
    `pub const fn leading_zeros(self) -> u32; pub const fn trailing_zeros(self) -> u32;`,
    `pub const fn rotate_left(self, n: u32) -> ${t}; pub const fn rotate_right(self, n: u32) -> ${t};`,
    `pub const fn swap_bytes(self) -> ${t};`,
    `pub fn from_str_radix(src: &str, radix: u32) -> Result<${t}, ParseIntError>;`,
    ...(signed
      ? [`pub const fn abs(self) -> ${t};`, `pub const fn signum(self) -> ${t};`, `pub const fn checked_abs(self) -> Option<${t}>;`, `pub const fn is_negative(self) -> bool;`, `pub const fn is_positive(self) -> bool;`]
      : [`pub const fn is_power_of_two(self) -> bool;`, `pub const fn next_power_of_two(self) -> ${t};`]),
  ];
  const impls = [...TRAITS, 'Eq', 'Ord', 'Hash', 'Step'].map((tr) => `impl ${tr} for ${t} {}`);
  impls.push(`impl FromStr for ${t} { type Err = ParseIntError; }`);
  const ops = OPS.map((op) => `impl ${op} for ${t} { type Output = ${t}; } impl ${op}Assign for ${t} {}`);
  const from = INT_NAMES.filter((f) => widens(f, t)).map((f) => `impl From<${f}> for ${t} {}`);
  return [`impl ${t} { ${lines.join(' ')} }`, ...impls, ...ops, ...from, `impl<'a> Sum<&'a ${t}> for ${t} {}`].join('\n');
}

function floatBlock(t: string): string {
  const unary = ['sqrt', 'abs', 'floor', 'ceil', 'round', 'trunc', 'fract', 'ln', 'log10', 'log2', 'exp', 'signum', 'sin', 'cos', 'tan', 'recip', 'to_degrees', 'to_radians'];
  const lines = [
    `pub const MIN: ${t}; pub const MAX: ${t}; pub const EPSILON: ${t}; pub const NAN: ${t}; pub const INFINITY: ${t};`,
    ...unary.map((m) => `pub fn ${m}(self) -> ${t};`),
    `pub fn powi(self, n: i32) -> ${t}; pub fn powf(self, n: ${t}) -> ${t};`,
    `pub fn max(self, other: ${t}) -> ${t}; pub fn min(self, other: ${t}) -> ${t};`,
    `pub const fn is_nan(self) -> bool; pub const fn is_finite(self) -> bool; pub fn total_cmp(&self, other: &${t}) -> Ordering;`,
  ];
  const impls = [...TRAITS.map((tr) => `impl ${tr} for ${t} {}`), `impl FromStr for ${t} { type Err = ParseFloatError; }`];
  const ops = OPS.map((op) => `impl ${op} for ${t} { type Output = ${t}; } impl ${op}Assign for ${t} {}`);
  return [`impl ${t} { ${lines.join(' ')} }`, ...impls, ...ops, `impl Neg for ${t} { type Output = ${t}; }`, `impl<'a> Sum<&'a ${t}> for ${t} {}`].join('\n');
}

export const NUM_SOURCE = `
pub mod num {
    pub struct ParseIntError;
    pub struct ParseFloatError;
    pub struct TryFromIntError;
    pub struct ParseBoolError;
    pub struct ParseCharError;
${INT_NAMES.map(intBlock).join('\n')}
${INT_NAMES.filter((t) => t[0] === 'i').map((t) => `impl Neg for ${t} { type Output = ${t}; }`).join('\n')}
${FLOAT_NAMES.map(floatBlock).join('\n')}
    impl From<f32> for f64 {}
    impl From<i32> for f64 {}
    impl From<u32> for f64 {}
    impl From<u8> for f64 {}
    impl From<u8> for char {}
    impl From<char> for u32 {}
    impl From<bool> for i32 {}
    impl Copy for bool {} impl Clone for bool {} impl Display for bool {} impl Debug for bool {}
    impl PartialEq for bool {} impl Eq for bool {} impl PartialOrd for bool {} impl Ord for bool {} impl Hash for bool {}
    impl Default for bool {} impl FromStr for bool { type Err = ParseBoolError; } impl Not for bool { type Output = bool; }
    impl Copy for char {} impl Clone for char {} impl Display for char {} impl Debug for char {}
    impl PartialEq for char {} impl Eq for char {} impl PartialOrd for char {} impl Ord for char {} impl Hash for char {}
    impl Default for char {} impl FromStr for char { type Err = ParseCharError; } impl Step for char {}
}
`;
