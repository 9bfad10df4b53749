// The table of std's declarations that lets `StdItems` find an item without making the others:
// every item (impls included, modules flattened away) with its name, path and module, each
// trait's item names, and each impl's self-type head. The build makes it with the items' encoded
// syntax (`encodeStdDecls`, put in the bundles by scripts/build/stdDeclarations.mjs); run from
// source (tests, scripts) it is made in the process from the parsed sources.
import { PartDecoder, encodeParts, type EncodedParts } from '../syntax/astCodec';
import type * as A from '../syntax/ast';
import type { ImplDef } from './defs';
import { boundsSettled } from './lower';
import { Program } from './program';
import { StdItems } from './stdItems';
import { headKey, implHeader } from './traits';

export interface StdEntry {
  readonly kind: A.Item['kind'];
  /** Empty for an impl. */
  readonly name: string;
  /** The path from std's root (`collections::HashMap`), as `type_name` is built from. */
  readonly path: string;
  /** The innermost module's name ('' at the root). */
  readonly mod: string;
  /** A trait's fns, and its other items (consts, types). */
  readonly fns?: string[];
  readonly assoc?: string[];
}

export interface StdTable {
  readonly items: StdEntry[];
  /** Where each module's text is, in source order (a module before the modules inside it). */
  readonly modSpans: { start: number; end: number; name: string }[];
  /** Impl indexes by the head of their self type (`headKey`), in declaration order. */
  readonly heads: [string, number[]][];
  /** Impls for a bare type parameter. */
  readonly blanket: number[];
}

export interface StdDecls {
  readonly table: StdTable;
  item(index: number): A.Item;
}

/** What the build writes: the table and each item's syntax. */
interface EncodedStd {
  table: StdTable;
  syntax: EncodedParts;
}

/** std's declarations from the build's encoding: each item is decoded on first use. */
export function decodeStdDecls(json: string): StdDecls {
  const { table, syntax } = JSON.parse(json) as EncodedStd;
  const decoder = new PartDecoder(syntax);
  const items: A.Item[] = [];
  return { table, item: (i) => (items[i] ??= decoder.part(i) as A.Item) };
}

/** std's declarations from their lowered source, with the table made here. */
export function stdDeclsOf(root: readonly A.Item[]): StdDecls {
  const { items, entries, modSpans } = flatten(root);
  const table: StdTable = { items: entries, modSpans, heads: [], blanket: [] };
  const decls: StdDecls = { table, item: (i) => items[i] as A.Item };
  const withHeads = implHeads(decls);
  return { table: { ...table, ...withHeads }, item: decls.item };
}

/** The table and the items' syntax, encoded for `decodeStdDecls`. */
export function encodeStdDecls(root: readonly A.Item[], text: string): string {
  const { items } = flatten(root);
  const { table } = stdDeclsOf(root);
  const encoded: EncodedStd = { table, syntax: encodeParts(items, text) };
  return JSON.stringify(encoded);
}

/** A std program over `decls`: the root every run's program extends. */
export function stdProgramOf(decls: StdDecls): Program {
  const program = new Program();
  program.setStdItems(new StdItems(decls, program));
  // Every std item can be found from the start, so the bounds its scopes declare may be cached.
  boundsSettled(program);
  return program;
}

/** Each impl's self-type head, from a std program over the table without them. */
function implHeads(decls: StdDecls): Pick<StdTable, 'heads' | 'blanket'> {
  const program = stdProgramOf(decls);
  const heads = new Map<string, number[]>();
  const blanket: number[] = [];
  decls.table.items.forEach((e, i) => {
    if (e.kind !== 'Impl') return;
    // Made through the program, so what the header names is resolved as at run time.
    const { selfTy } = implHeader(program, program.stdItems.at(i) as ImplDef);
    const key = headKey(selfTy);
    if (key === undefined) {
      if (selfTy.k === 'param') blanket.push(i);
      return;
    }
    const list = heads.get(key);
    if (list) list.push(i);
    else heads.set(key, [i]);
  });
  return { heads: [...heads], blanket };
}

function flatten(root: readonly A.Item[]): { items: A.Item[]; entries: StdEntry[]; modSpans: StdTable['modSpans'] } {
  const items: A.Item[] = [];
  const entries: StdEntry[] = [];
  const modSpans: StdTable['modSpans'] = [];
  const walk = (list: readonly A.Item[], modPath: string[]): void => {
    for (const item of list) {
      if (item.kind === 'Mod') {
        modSpans.push({ start: item.span.start, end: item.span.end, name: item.name.name });
        if (item.items) walk(item.items, [...modPath, item.name.name]);
        continue;
      }
      const name = 'name' in item && item.name && typeof item.name === 'object' && 'name' in item.name ? String(item.name.name) : '';
      if (item.kind === 'Fn' && item.body?.stmts.some((s) => s.kind === 'ItemStmt')) throw new Error(`std's fn ${name} declares items in its body, which the table cannot find`);
      if (!['Struct', 'Enum', 'Union', 'Fn', 'Trait', 'Impl', 'Const', 'Static', 'TypeAlias'].includes(item.kind)) continue;
      if (item.kind === 'TypeAlias' && !item.ty) continue;
      const entry: StdEntry = { kind: item.kind, name, path: [...modPath, name].join('::'), mod: modPath[modPath.length - 1] ?? '' };
      if (item.kind === 'Trait') {
        const fns = item.items.filter((i) => i.kind === 'Fn').map((i) => (i as A.FnItem).name.name);
        const assoc = item.items.filter((i) => i.kind !== 'Fn' && 'name' in i).map((i) => (i as { name: A.Ident }).name.name);
        Object.assign(entry, { fns, assoc });
      }
      items.push(item);
      entries.push(entry);
    }
  };
  walk(root, []);
  return { items, entries, modSpans };
}
