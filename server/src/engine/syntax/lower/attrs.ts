// Attributes → `Meta`, with cfg evaluated and `cfg_attr` expanded where they are written, as
// rustc's expansion does before name resolution: an item whose cfg is false never reaches the AST.
import type { Attribute, Lit, Meta } from '../ast';
import { evalCfg } from '../cfg';
import { literal } from './literal';
import type { Lowerer } from './lowerer';

/** The attributes of one `#[…]`/`#![…]` (several after `cfg_attr`), or `false` when a `cfg` in it is false. */
export function lowerAttrItem(L: Lowerer, inner: boolean): Attribute[] | false {
  const id = L.id();
  const span = L.span();
  const meta = L.firstNamed(() => attributeMeta(L));
  if (!meta) return [];
  return expand(meta, inner, id, span);
}

function expand(meta: Meta, inner: boolean, id: number, span: Attribute['span']): Attribute[] | false {
  if (meta.path === 'cfg') {
    const pred = meta.kind === 'MetaList' && meta.items.length === 1 ? meta.items[0]! : undefined;
    return pred && evalCfg(pred) === true ? [] : false;
  }
  if (meta.path === 'cfg_attr' && meta.kind === 'MetaList') {
    const [pred, ...rest] = meta.items;
    if (!pred || evalCfg(pred) !== true) return [];
    const out: Attribute[] = [];
    for (const m of rest) {
      if (m.kind !== 'MetaWord' && m.kind !== 'MetaNameValue' && m.kind !== 'MetaList') continue;
      const e = expand(m, inner, id, span);
      if (e === false) return false;
      out.push(...e);
    }
    return out;
  }
  return [{ kind: 'Attribute', id, span, inner, meta }];
}

/** The `attribute` node under the cursor → its meta item. */
function attributeMeta(L: Lowerer): Meta {
  const span = L.span();
  let path = '';
  let value: Lit | undefined;
  let items: (Meta | Lit)[] | undefined;
  L.each(() => {
    const f = L.field;
    if (f === 'arguments') items = tokenTreeMetas(L);
    else if (f === 'value') value = literal(L);
    else if (L.named && !path) path = L.text.replace(/\s+/g, '');
  });
  if (items) return { kind: 'MetaList', path, items, span };
  if (value) return { kind: 'MetaNameValue', path, value, span };
  return { kind: 'MetaWord', path, span };
}

/** `(a, b = "x", c(d))` as a token tree under the cursor → its comma-separated meta items. */
export function tokenTreeMetas(L: Lowerer): (Meta | Lit)[] {
  const out: (Meta | Lit)[] = [];
  let path = '';
  let start = -1;
  let end = -1;
  let value: Lit | undefined;
  let list: (Meta | Lit)[] | undefined;
  let afterEq = false;
  let lit: Lit | undefined;
  const flush = () => {
    if (path) {
      const span = L.spanOf(start, end);
      if (list) out.push({ kind: 'MetaList', path, items: list, span });
      else if (value) out.push({ kind: 'MetaNameValue', path, value, span });
      else out.push({ kind: 'MetaWord', path, span });
    } else if (lit) out.push(lit);
    path = '';
    value = list = lit = undefined;
    afterEq = false;
    start = -1;
  };
  let first = true;
  L.each(() => {
    const t = L.type;
    if (first) {
      first = false;
      if (t === '(' || t === '[' || t === '{') return;
    }
    if (t === ')' || t === ']' || t === '}') return;
    if (t === ',') return flush();
    if (start < 0) start = L.start;
    end = L.end;
    if (t === '=') afterEq = true;
    else if (t === 'token_tree') list = tokenTreeMetas(L);
    else if (afterEq) value = literal(L);
    else if (t.endsWith('_literal')) lit = literal(L);
    else path += L.text;
  });
  flush();
  return out;
}
