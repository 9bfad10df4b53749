// The CodeLens above each struct and enum definition: `size 24 B · align 8 · padding 3 B`.
import { lensTitle } from './describe';
import type { TypeEnv } from './typeEnv';

export interface LayoutLens {
  /** 0-based line and UTF-16 column of the item's first token. */
  line: number;
  character: number;
  title: string;
  typeName: string;
}

export function layoutLenses(env: TypeEnv): LayoutLens[] {
  const out: LayoutLens[] = [];
  for (const decl of env.decls) {
    if (decl.kind !== 'struct' && decl.kind !== 'enum' && decl.kind !== 'union') continue;
    const start = decl.item.span;
    const l = env.layoutOfDecl(decl);
    const params = l.known ? [] : decl.generics.filter((g) => l.unknownTypes.includes(g.name)).map((g) => g.name);
    const title = params.length ? `size depends on ${params.join(', ')}` : lensTitle(l);
    out.push({ line: start.line, character: start.character, title, typeName: decl.name });
  }
  return out;
}
