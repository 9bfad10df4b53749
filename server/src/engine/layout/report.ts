// The layouts of a file's own declarations, as `rustmem layout` lists them: every struct, enum,
// union and type alias at the top level of the file, in source order.
import type { TypeDecl, DeclKind } from './declarations';
import type { LayoutResult } from './layout';
import type { TypeEnv } from './typeEnv';

export interface DeclarationLayout {
  name: string;
  kind: DeclKind;
  /** null when rustc's answer cannot be known here (uninstantiated generics, other crates). */
  size: number | null;
  align: number | null;
  /** Struct, union and tuple-alias fields in declaration order; empty otherwise. */
  fields: Array<{ name: string; offset: number; size: number }>;
  /** Enums only: each variant's fields with offsets from the start of the enum. */
  variants?: Array<{ name: string; fields: Array<{ name: string; offset: number; size: number }> }>;
  /** 0-based line of the declaration's name. */
  line: number;
  layout: LayoutResult;
  decl: TypeDecl;
}

function hasFieldTable(decl: TypeDecl): boolean {
  if (decl.kind === 'struct' || decl.kind === 'union') return true;
  return decl.kind === 'alias' && decl.aliased?.kind === 'tuple';
}

export function declarationLayouts(env: TypeEnv, { topLevelOnly = true } = {}): DeclarationLayout[] {
  const out: DeclarationLayout[] = [];
  for (const decl of env.decls) {
    if (topLevelOnly && !decl.topLevel) continue;
    const layout = env.layoutOfDecl(decl);
    const fields = layout.known && hasFieldTable(decl) ? (layout.fields ?? []).map((f) => ({ name: f.name, offset: f.offset, size: f.size })) : [];
    const row: DeclarationLayout = {
      name: decl.name,
      kind: decl.kind,
      size: layout.known ? layout.size : null,
      align: layout.known ? layout.align : null,
      fields,
      line: decl.nameSpan.line,
      layout,
      decl,
    };
    if (decl.kind === 'enum') {
      row.variants = layout.known
        ? (layout.variants ?? []).map((v) => ({ name: v.name, fields: v.fields.map((f) => ({ name: f.name, offset: f.offset, size: f.size })) }))
        : [];
    }
    out.push(row);
  }
  return out;
}
