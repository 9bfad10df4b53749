// The types the simulator gave to bindings, read from a trace: for a hover on `let v = make();`
// whose type is neither written nor evident from the initializer. Indexed once per trace by
// function and binding name; a name that held values of different types in the same function
// (shadowing) gives no answer rather than a wrong one.
import type { Trace } from '../../../../protocol/trace';

const indexes = new WeakMap<Trace, Map<string, Set<string>>>();

function index(trace: Trace): Map<string, Set<string>> {
  let found = indexes.get(trace);
  if (found) return found;
  const built = new Map<string, Set<string>>();
  const frameFn = new Map<number, string>();
  for (const step of trace.steps) {
    for (const d of step.deltas) {
      if (d.op === 'push-frame') {
        frameFn.set(d.frame.id, d.frame.fn);
        for (const v of d.frame.vars) add(built, `${d.frame.fn}:${v.name}`, v.type);
      } else if (d.op === 'set-var') {
        const fn = frameFn.get(d.frame);
        if (fn !== undefined) add(built, `${fn}:${d.var.name}`, d.var.type);
      }
    }
  }
  indexes.set(trace, built);
  found = built;
  return found;
}

function add(map: Map<string, Set<string>>, key: string, type: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(type);
  map.set(key, set);
}

/** The type the run recorded for binding `name` of function `fn`, when it is the only one. */
export function traceBindingTypes(trace: Trace): (fn: string, name: string) => string | undefined {
  const found = index(trace);
  return (fn, name) => {
    const types = found.get(`${fn}:${name}`);
    return types?.size === 1 ? [...types][0] : undefined;
  };
}

/** The index behind traceBindingTypes: plain data, so it can be built in another thread (traceViews.ts). */
export function bindingTypeIndex(trace: Trace): Map<string, Set<string>> {
  return index(trace);
}

/** Uses `built`, the bindingTypeIndex of a copy of `trace` made elsewhere, as `trace`'s own. */
export function adoptBindingTypeIndex(trace: Trace, built: Map<string, Set<string>>): void {
  indexes.set(trace, built);
}
