// The associated items of the std traits a program commonly derives or implements, in full (the
// declarations in std/ are a surface and may omit some): what a user's type can get from them,
// which items an impl may define, and which it must (those without a default), in the order std
// declares them, as rustc lists them when some are missing.
import { nameTable } from '../nameTable';

/** Every associated item of each listed trait. */
export const STD_TRAIT_ITEMS: Readonly<Record<string, readonly string[]>> = nameTable({
  Clone: ['clone', 'clone_from'], Copy: [], Send: [], Sync: [], Unpin: [], Sized: [], Eq: [],
  Debug: ['fmt'], Display: ['fmt'], PartialEq: ['eq', 'ne'], PartialOrd: ['partial_cmp', 'lt', 'le', 'gt', 'ge'],
  Ord: ['cmp', 'max', 'min', 'clamp'], Hash: ['hash', 'hash_slice'], Default: ['default'], Drop: ['drop'],
  Add: ['Output', 'add'], Sub: ['Output', 'sub'], Mul: ['Output', 'mul'], Div: ['Output', 'div'], Rem: ['Output', 'rem'],
  Neg: ['Output', 'neg'], Not: ['Output', 'not'], BitAnd: ['Output', 'bitand'], BitOr: ['Output', 'bitor'],
  BitXor: ['Output', 'bitxor'], Shl: ['Output', 'shl'], Shr: ['Output', 'shr'],
  AddAssign: ['add_assign'], SubAssign: ['sub_assign'], MulAssign: ['mul_assign'], DivAssign: ['div_assign'], RemAssign: ['rem_assign'],
  Deref: ['Target', 'deref'], DerefMut: ['deref_mut'], Index: ['Output', 'index'], IndexMut: ['index_mut'],
  From: ['from'], Into: ['into'], TryFrom: ['Error', 'try_from'], TryInto: ['Error', 'try_into'],
  AsRef: ['as_ref'], AsMut: ['as_mut'], FromStr: ['Err', 'from_str'],
});

/** Items without a default: an impl that leaves one out is E0046. `Iterator`'s other items all have one. */
const PROVIDED: ReadonlySet<string> = new Set(['clone_from', 'ne', 'lt', 'le', 'gt', 'ge', 'max', 'min', 'clamp', 'hash_slice']);

export function requiredStdItems(trait: string): readonly string[] | undefined {
  if (trait === 'Iterator') return ['Item', 'next'];
  return STD_TRAIT_ITEMS[trait]?.filter((i) => !PROVIDED.has(i));
}
