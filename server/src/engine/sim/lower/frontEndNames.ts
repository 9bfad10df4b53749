// What the simulator takes from the front end while its own lowering still reads tree-sitter
// nodes: the resolver's answer for paths that name a function of the program or a trait's method
// (`self::cool::f`, a block-scoped `use`, `<T as Trait>::m`), the items a false `cfg` removed, and
// the value of each `cfg!`. Keyed by source position, which the simulator's re-parsed macro
// arguments keep too.
import { frontEnd } from '../../frontEnd';
import type { Tree } from '../../parse/parser';
import type { Resolution } from '../../resolve';
import type { Ast, MacCall, Path, Span } from '../../syntax/ast';

/** The resolver's answer for one path, in the simulator's terms. */
export type PathHint =
  /** A free function, by the simulator's module-qualified name (`my::cool::function`). */
  | { k: 'fn'; qual: string }
  /** A trait's method, called through the trait (`<F as A>::get`, `A::get`). */
  | { k: 'traitMethod'; trait: string; method: string };

export interface FrontEndNames {
  /** By `line:character:endLine:endCharacter` of the path (0-based). */
  paths: Map<string, PathHint>;
  /** By the start of the `cfg!` invocation. */
  cfg: Map<string, boolean>;
  /** Offsets `[start, end)` of what a false `cfg` removed. */
  stripped: Span[];
}

export function spanKey(line: number, character: number, endLine: number, endCharacter: number): string {
  return `${line}:${character}:${endLine}:${endCharacter}`;
}

export function frontEndNames(tree: Tree, source: string): FrontEndNames {
  const { ast, resolution } = frontEnd(tree, source);
  const out: FrontEndNames = { paths: new Map(), cfg: new Map(), stripped: ast.cfgStripped };
  visit(ast, (node) => {
    if (node.kind === 'Path') {
      const path = node as Path;
      const hint = hintOf(resolution, path);
      if (hint) out.paths.set(spanKey(path.span.line, path.span.character, path.span.endLine, path.span.endCharacter), hint);
    } else if (node.kind === 'MacCall') {
      const mac = node as MacCall;
      if (mac.args.kind === 'Cfg') out.cfg.set(`${mac.span.line}:${mac.span.character}`, mac.args.value);
    }
  });
  return out;
}

function hintOf(r: Resolution, path: Path): PathHint | undefined {
  const pr = r.paths.get(path.id);
  if (!pr || pr.unresolved !== 0 || pr.res.kind !== 'Def') return undefined;
  const def = r.defs[pr.res.def]!;
  if (def.kind === 'Fn') {
    const mods: string[] = [];
    for (let p = def.parent; p !== undefined && p !== 0; p = r.defs[p]!.parent) {
      if (r.defs[p]!.kind === 'Mod') mods.unshift(r.defs[p]!.name);
    }
    return { k: 'fn', qual: [...mods, def.name].join('::') };
  }
  if (def.kind === 'AssocFn' && def.parent !== undefined && r.defs[def.parent]!.kind === 'Trait') {
    return { k: 'traitMethod', trait: r.defs[def.parent]!.name, method: def.name };
  }
  return undefined;
}

/** Every node with a `kind`, paths and macro calls included (iteratively: chains may be deep). */
function visit(ast: Ast, f: (node: { kind: string }) => void): void {
  const stack: unknown[] = [ast.root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    const o = v as { kind?: string };
    if (typeof o.kind === 'string') f(o as { kind: string });
    for (const [k, x] of Object.entries(o)) if (k !== 'span' && x && typeof x === 'object') stack.push(x);
  }
}
