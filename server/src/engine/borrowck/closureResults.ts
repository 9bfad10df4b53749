// Whether a closure may return (part of) what it was given: `|x| x`, `|s| s.as_str()`, `|p| &p.0`.
// `map`'s items are what its closure returns, so they borrow what the inner iterator lends only
// when an argument's value reaches the result; a closure returning `"text"` or a captured
// variable's borrow gives items that keep nothing of the iterator.
import type { Body } from '../mir/syntax';
import type { Def } from '../typeck/ty';
import { Cfg } from './cfg';
import { iterateToFixpoint } from './dataflow';
import type { CallSignatures } from './loanFlow';
import { ParamFlow } from './paramRegions';

/** By the closure's own MIR body: true when some `return` may find an argument's value (not its environment's) in `_0`. */
export function returnsArgument(body: Body, calls: CallSignatures): boolean {
  // `_1` is the closure's environment; its arguments follow.
  const sources = [];
  for (let local = 2; local <= body.argCount; local++) sources.push({ local });
  if (sources.length === 0) return false;
  const cfg = new Cfg(body);
  const flow = new ParamFlow(body, sources, calls);
  const results = iterateToFixpoint(cfg, flow);
  const held = new Set<number>();
  for (const block of cfg.reversePostOrder) {
    const data = body.basicBlocks[block]!;
    if (data.terminator?.kind !== 'return') continue;
    const state = results.at({ block, index: data.statements.length });
    for (let i = 0; i < sources.length; i++) if (state.has(i)) held.add(i);
  }
  return held.size > 0;
}

/** `calls` with, for each closure built in the file, whether it may return what it was given. */
export function withClosureResults(calls: CallSignatures, bodies: readonly Body[]): CallSignatures {
  const byDef = new Map<Def, Body>();
  for (const b of bodies) byDef.set(b.def, b);
  const answers = new Map<Def, boolean>();
  return {
    ...calls,
    closureReturnsArgument(closure: Def): boolean {
      let answer = answers.get(closure);
      if (answer === undefined) {
        const body = byDef.get(closure);
        answer = body !== undefined && returnsArgument(body, calls);
        answers.set(closure, answer);
      }
      return answer;
    },
  };
}
