// rustc's errors for a struct or tuple-struct pattern that does not fit the variant its path
// names: a field count that differs (E0023), a field the variant does not have (E0026), fields left
// out without `..` (E0027). They need only the resolved path, not the matched type's arguments.
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../defs';
import type { FnCtxt } from './ctxt';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** How rustc names the variant in its messages: `struct \`User\``, `variant \`Event::Key\``. */
function describe(def: AdtDef, variant: number): string {
  return def.adt === 'enum' ? `variant \`${def.name}::${def.variants[variant]?.name}\`` : `struct \`${def.name}\``;
}

export function reportTupleStructPat(cx: FnCtxt, pat: A.TupleStructPat, def: AdtDef, variant: number): void {
  const v = def.variants[variant];
  if (!v || v.shape !== 'Tuple' || pat.elems.some((p) => p.kind === 'RestPat')) return;
  const want = v.fields.length;
  const got = pat.elems.length;
  if (got === want) return;
  // rustc points at the first extra field, or at the last one written when some are missing.
  const at = (got > want ? pat.elems[want] : pat.elems[got - 1])?.span ?? pat.span;
  const what = def.adt === 'enum' ? 'tuple variant' : 'tuple struct';
  cx.error('E0023', `this pattern has ${plural(got, 'field')}, but the corresponding ${what} has ${plural(want, 'field')}`, at);
}

export function reportStructPat(cx: FnCtxt, pat: A.StructPat, def: AdtDef, variant: number): void {
  const v = def.variants[variant];
  if (!v || v.shape !== 'Named' || def.adt === 'union') return;
  const names = new Set(v.fields.map((f) => f.name));
  const inexistent = pat.fields.filter((f) => !names.has(f.name.name));
  for (const f of inexistent) cx.error('E0026', `${describe(def, variant)} does not have a field named \`${f.name.name}\``, f.name.span);
  // With a field that does not exist, rustc suggests it in place of a missing one rather than report both.
  if (inexistent.length > 0 || pat.rest) return;
  const mentioned = new Set(pat.fields.map((f) => f.name.name));
  const missing = v.fields.filter((f) => !mentioned.has(f.name)).map((f) => f.name);
  if (missing.length === 0) return;
  const list = missing.length === 1 ? `field \`${missing[0]}\`` : `fields ${missing.map((n) => `\`${n}\``).join(', ')}`;
  cx.error('E0027', `pattern does not mention ${list}`, pat.span);
}
