// What a std type certainly lacks in the method namespace. The checker's own std declarations are
// a partial surface, so their silence proves nothing; std/methodNames.ts is rustc's answer,
// recorded per type (every instantiation's names united, with what `&` and `&mut` add) under the
// 2021 prelude. A call is judged from it only where nothing else can add a method: the file's
// items are all seen (`closed`), no trait of the user's declares the name, and no `use` of std may
// have brought a trait outside the prelude into scope.
import type * as A from '../../syntax/ast';
import { typeName } from '../print';
import { STD_METHOD_NAMES } from '../std/methodNames';
import type { Ty } from '../ty';
import type { FnCtxt } from './ctxt';

interface NameSets {
  readonly kind: string;
  readonly shown: string;
  readonly present: ReadonlySet<string>;
  readonly bounded: ReadonlySet<string>;
  readonly private: ReadonlySet<string>;
}

const tables = new Map<string, NameSets>();

/** A type named with its declared parameters only (`Filter<I, P>`, `std::slice::Iter<'a, T>`, `String`). */
const DECLARATION = /^[\w:]+(<('\w+|[A-Z]\w*)(, ('\w+|[A-Z]\w*))*>)?$/;

function namesOf(key: string): NameSets | undefined {
  let t = tables.get(key);
  if (!t) {
    const raw = STD_METHOD_NAMES[key];
    if (!raw) return undefined;
    const set = (s: string): Set<string> => new Set(s ? s.split(' ') : []);
    t = { kind: raw.kind, shown: raw.shown, present: set(raw.present), bounded: set(raw.bounded), private: set(raw.private) };
    tables.set(key, t);
  }
  return t;
}

/** The table's key for a type (a std ADT by its declared path, a numeric type by name), when the table has one. */
export function methodTableKey(t: Ty): string | undefined {
  const key = ((): string | undefined => {
    switch (t.k) {
      case 'infer': return t.kind === 'int' ? '{integer}' : t.kind === 'float' ? '{float}' : undefined;
      case 'int': case 'float': return t.name;
      case 'bool': case 'char': case 'str': case 'array': return t.k;
      case 'adt': return t.def.std ? t.def.path : undefined;
      default: return undefined;
    }
  })();
  return key !== undefined && STD_METHOD_NAMES[key] ? key : undefined;
}

/** A type parameter declared with no bound at all, in generics without where-clauses. */
function unboundedParam(cx: FnCtxt, name: string): boolean {
  let found = false;
  for (let g: typeof cx.scope.generics | undefined = cx.scope.generics; g; g = g.parent) {
    const node = g.node;
    if (!node) continue;
    if (node.where.length > 0) return false;
    for (const p of node.params) if (p.kind === 'TypeParam' && p.name.name === name) found = p.bounds.length === 0;
  }
  return found;
}

/**
 * Whether no method of that name can be reached on the std type with the table's key `key` (so a
 * field access of that name is not rustc's E0615): none recorded, and nothing else can add one.
 */
export function stdMethodAbsent(cx: FnCtxt, key: string, name: string): boolean {
  if (!cx.p.closed || cx.p.stdTraitImports || cx.p.traitsWithFn(name).some((t) => !t.std)) return false;
  const names = namesOf(key);
  return !!names && !names.present.has(name) && !names.bounded.has(name) && !names.private.has(name);
}

/**
 * rustc's error for `recv.name(…)` when the receiver is a std type (or a reference to one) whose
 * recorded method names lack `name`: E0624 for a private method, else E0599; E0689 for a numeric
 * type's method on a literal whose type is not fixed yet. Undefined when that is not certain.
 */
export function stdMethodError(cx: FnCtxt, recv: Ty, name: string): { code: string; message: string } | undefined {
  if (!cx.p.closed || cx.p.stdTraitImports || cx.p.traitsWithFn(name).some((t) => !t.std)) return undefined;
  const outer = cx.shallow(recv);
  let t = outer;
  while (t.k === 'ref') t = cx.shallow(t.inner);
  const key = t.k === 'param' ? (unboundedParam(cx, t.name) ? 'param' : undefined) : methodTableKey(t);
  const names = key && namesOf(key);
  // An integer or float literal whose type is not fixed yet has no inherent methods: a name some
  // numeric type has (`pow`, `sqrt`) that no trait gave the probe is ambiguous to rustc.
  if (names && outer.k === 'infer' && names.present.has(name)) return { code: 'E0689', message: `can't call method \`${name}\` on ambiguous numeric type \`${key}\`` };
  if (!names || names.present.has(name)) return undefined;
  if (names.private.has(name)) return { code: 'E0624', message: `method \`${name}\` is private` };
  // rustc names the receiver as written; a std ADT (not behind a reference) by its declaration.
  const print = (x: Ty): string => typeName(x, { infer: cx.infer });
  const [kind, instance] = outer.k === 'ref' ? [outer.mut ? 'mutable reference' : 'reference', print(outer)] : [names.kind, print(t)];
  // rustc words a method whose bounds fail as existing mostly through a reference (`&mut Filter<…>`
  // has `len` when its iterator is an `ExactSizeIterator`); on a value or a parameter it says the
  // method is not found (it may still say "exists" where the call's context suggests the trait).
  if (names.bounded.has(name) && outer.k === 'ref') return { code: 'E0599', message: `the method \`${name}\` exists for ${kind} \`${instance}\`, but its trait bounds were not satisfied` };
  // rustc names some ADTs by their declaration (`HashMap<K, V, S, A>`), others by the instance
  // (`Vec<i32>`): the recorded name tells which.
  const shown = outer.k !== 'ref' && t.k === 'adt' && DECLARATION.test(names.shown) ? names.shown : instance;
  return { code: 'E0599', message: `no method named \`${name}\` found for ${kind} \`${shown}\` in the current scope` };
}

/**
 * A method the probe took for an unbounded type parameter (a std blanket impl it may satisfy, as
 * far as the probe knows): rustc finds it only if the parameter satisfies the impl's bounds, which
 * an unbounded one never does, so the recorded names decide.
 */
export function reportParamMethod(cx: FnCtxt, recv: Ty, name: string, at: A.Span): void {
  let t = cx.shallow(recv);
  while (t.k === 'ref') t = cx.shallow(t.inner);
  if (t.k === 'param') reportStdMethod(cx, recv, name, at);
}

/** Reports `stdMethodError` at the method's name. */
export function reportStdMethod(cx: FnCtxt, recv: Ty, name: string, at: A.Span): void {
  const e = stdMethodError(cx, recv, name);
  if (e) cx.error(e.code, e.message, at);
}
