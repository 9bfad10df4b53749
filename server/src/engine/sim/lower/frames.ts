// Frame sizes for the simulator's calls: each function's and closure's frame comes from its MIR,
// laid out as the debug build does (mir/frame.ts), found by where the item or closure starts.
import type { SyntaxNode } from '../../parse/parser';
import type { Program } from '../items';

/** The return address and the 8 bytes that keep the stack 16-aligned at a call. */
const MIN_CALLING_FRAME = 16;

/**
 * The frame of the function or closure that starts at `n`. A body the front end did not build (an
 * item it does not model) gets the smallest frame of a function that calls.
 */
export function frameOfNode(prog: Program, n: SyntaxNode): number {
  return prog.frames.get(`${n.startPosition.row}:${n.startPosition.column}`) ?? MIN_CALLING_FRAME;
}
