// Frame sizes for the simulator's calls: each function's and closure's frame comes from its MIR,
// laid out as the debug build does (mir/frame.ts), found by where the item or closure starts.
import type { FrameParts } from '../../../../../protocol/trace';
import type { Span } from '../../syntax/ast';
import type { Program } from '../items';

/**
 * The smallest frame of a function that calls: the return address and the 8 bytes that keep the
 * stack 16-aligned at a call.
 */
const MIN_CALLING_FRAME: { readonly size: number; readonly parts: FrameParts } = {
  size: 16,
  parts: { params: 0, locals: 0, temps: 0, spills: 0, metadata: 0, linkage: 8, padding: 8 },
};

/**
 * The frame of the function or closure whose span is `s`, with what its bytes hold. A body the
 * front end did not build (an item it does not model) gets the smallest frame of a function that
 * calls.
 */
export function frameAt(prog: Program, s: Span): { readonly size: number; readonly parts: FrameParts } {
  return prog.frames.of(`${s.line}:${s.character}`) ?? MIN_CALLING_FRAME;
}
