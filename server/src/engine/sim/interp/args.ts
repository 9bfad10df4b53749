// A call's or constructor's arguments evaluated in order into a fresh array. Not
// `args.map((a) => a(f))`: that makes a closure over the frame on every evaluation, and
// these run once per call or value built (a loop body's `Shape::Circle(r)`, `c.bump(x)`).
import type { Value } from '../values';
import type { CE } from './compile';
import type { FrameObj } from './frame';

export function evalArgs(args: readonly CE[], f: FrameObj): Value[] {
  const n = args.length;
  if (n === 0) return [];
  if (n === 1) return [args[0]!(f)];
  // Left to right, as Rust evaluates them: the first one before the second one.
  const first = args[0]!(f);
  if (n === 2) return [first, args[1]!(f)];
  const out: Value[] = [first];
  for (let i = 1; i < n; i++) out.push(args[i]!(f));
  return out;
}
