// The life of every variable of a simulated run, read once from the trace: where it was created,
// moved, borrowed and dropped, and at which source position each drop and move happened. Drop
// glue runs user `Drop` code in frames of its own, so an event is attributed to the frame that
// was on top when it happened and to the last position that frame executed (the closing brace of
// a scope, the statement that dropped a temporary).
import type { DropReason, Step, Trace } from '../../../../../protocol/trace';

/** A 1-based source range, as in the trace. */
export interface TraceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LifeEvent {
  kind: 'move' | 'borrow' | 'drop';
  step: number;
  at: TraceRange;
  /** move: where the value went; drop: the rule that dropped it; borrow: `&` or `&mut`. */
  detail: string;
  reason?: DropReason;
  type?: string;
}

export interface VarLife {
  id: number;
  name: string;
  type: string;
  frame: number;
  fn: string;
  /** The step and position that created it. */
  createdStep: number;
  created: TraceRange;
  events: LifeEvent[];
  /** The step that removed it from its frame (dropped, moved out, or its frame returned). */
  removedStep?: number;
}

/** A drop or move at one position, in the order the run did them. */
export interface PositionedEvent {
  at: TraceRange;
  kind: 'drop' | 'move';
  name: string;
  detail: string;
  reason?: DropReason;
  type?: string;
}

export interface LifeIndex {
  vars: VarLife[];
  /** Every drop and move of a named value, in run order. */
  events: PositionedEvent[];
}

const cache = new WeakMap<Trace, LifeIndex>();

function range(s: Step): TraceRange {
  return { line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

export function lifeIndex(trace: Trace): LifeIndex {
  const hit = cache.get(trace);
  if (hit) return hit;
  const vars = new Map<number, VarLife>();
  const events: PositionedEvent[] = [];
  const stacks = new Map<number, number[]>();
  const framePos = new Map<number, TraceRange>();
  const frameFn = new Map<number, string>();
  const frameVars = new Map<number, Map<string, number>>();

  // `drop(x)`'s move and the drop it causes are in consecutive steps (each drop is its own step).
  let lastMove: { name: string; to: string } | undefined;
  trace.steps.forEach((step, i) => {
    const stack = stacks.get(step.thread) ?? [];
    stacks.set(step.thread, stack);
    const top = () => stack[stack.length - 1];
    const here = range(step);
    const t0 = top();
    if (t0 !== undefined) framePos.set(t0, here);
    for (const e of step.events) {
      if (e.kind === 'call') {
        stack.push(e.frame);
        frameFn.set(e.frame, e.fn);
        framePos.set(e.frame, here);
        continue;
      }
      if (e.kind === 'return') {
        const at = stack.lastIndexOf(e.frame);
        if (at !== -1) stack.splice(at);
        continue;
      }
      if (e.kind !== 'move' && e.kind !== 'drop' && e.kind !== 'borrow') continue;
      const frame = top();
      const at = (frame !== undefined ? framePos.get(frame) : undefined) ?? here;
      // `drop(x)` reports the dropped value as "value": it is the `x` just moved into `drop`.
      let name = e.what;
      if (e.kind === 'drop' && e.reason === 'explicit' && lastMove && /`drop`/.test(lastMove.to)) name = lastMove.name;
      if (e.kind === 'move') lastMove = { name: e.what, to: e.to };
      const varId = frame !== undefined ? frameVars.get(frame)?.get(e.what) : undefined;
      const life = varId !== undefined ? vars.get(varId) : undefined;
      if (e.kind === 'borrow') {
        life?.events.push({ kind: 'borrow', step: i, at, detail: e.mutable ? '&mut' : '&' });
        continue;
      }
      if (e.kind === 'drop' && e.reason === 'owner') continue;
      const detail = e.kind === 'move' ? e.to : e.detail;
      const positioned: PositionedEvent = { at, kind: e.kind, name, detail };
      if (e.kind === 'drop') {
        positioned.reason = e.reason;
        positioned.type = e.type;
      }
      events.push(positioned);
      const lifeEvent: LifeEvent = { kind: e.kind, step: i, at, detail };
      if (e.kind === 'drop') {
        lifeEvent.reason = e.reason;
        lifeEvent.type = e.type;
      }
      life?.events.push(lifeEvent);
    }
    for (const d of step.deltas) {
      if (d.op === 'set-var') {
        const names = frameVars.get(d.frame) ?? new Map<string, number>();
        frameVars.set(d.frame, names);
        names.set(d.var.name, d.var.id);
        if (!vars.has(d.var.id)) {
          vars.set(d.var.id, {
            id: d.var.id,
            name: d.var.name,
            type: d.var.type,
            frame: d.frame,
            fn: frameFn.get(d.frame) ?? '',
            createdStep: i,
            // A `let` whose value comes from a call is bound in the step where the callee
            // returns, which is at the callee's last line: the binding's own frame was last at
            // the `let`.
            created: framePos.get(d.frame) ?? here,
            events: [],
          });
        } else if (!d.var.type.includes('(moved)')) {
          // Later states may name the type better (`Vec<_>` becomes `Vec<i32>`).
          vars.get(d.var.id)!.type = d.var.type;
        }
      } else if (d.op === 'remove-var') {
        const life = vars.get(d.var);
        if (life) life.removedStep = i;
        const names = frameVars.get(d.frame);
        if (life && names?.get(life.name) === d.var) names.delete(life.name);
      } else if (d.op === 'push-frame') {
        frameFn.set(d.frame.id, d.frame.fn);
      }
    }
  });
  const index = { vars: [...vars.values()], events };
  cache.set(trace, index);
  return index;
}

/** Uses `index`, the lifeIndex of a copy of `trace` made elsewhere (traceViews.ts), as `trace`'s own. */
export function adoptLifeIndex(trace: Trace, index: LifeIndex): void {
  cache.set(trace, index);
}
