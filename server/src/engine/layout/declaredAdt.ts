// The layout of a struct, enum or union declared in the file, from its fields' layouts: one rule
// for both readers of types (the TypeEnv's TypeExpr and the checker's Ty in TyLayouts), which
// differ only in how a variant's fields are laid out. `#[repr]` and the explicit discriminants
// come from the declaration.
import type { FileDeclarations, TypeDecl } from './declarations';
import { enumLayout, type VariantInput } from './enumLayout';
import { unknown, type LayoutResult, type UnknownLayout } from './layout';
import { textOf } from './typeExpr';
import { unionLayout, univariant, type FieldInput } from './univariant';

/**
 * `fieldsOf(i)`: the fields of variant `i` (the struct's or union's own at 0), or why one cannot be
 * laid out; `lastMaybeUnsized`: whether the struct's last field is declared possibly unsized, so
 * rustc keeps it last.
 */
export function declaredAdtLayout(
  decl: TypeDecl,
  declarations: FileDeclarations,
  fieldsOf: (variant: number) => FieldInput[] | UnknownLayout,
  lastMaybeUnsized: () => boolean,
): LayoutResult {
  switch (decl.kind) {
    case 'alias':
      return unknown(`\`${decl.name}\` is an alias`, decl.name);
    case 'union': {
      const fields = fieldsOf(0);
      return Array.isArray(fields) ? unionLayout(fields, decl.repr) : fields;
    }
    case 'struct': {
      const fields = fieldsOf(0);
      if (!Array.isArray(fields)) return fields;
      return univariant(fields, decl.repr, { kind: lastMaybeUnsized() ? 'maybeUnsized' : 'alwaysSized' });
    }
    case 'enum': {
      const variants: VariantInput[] = [];
      let next = 0n;
      let explicit = false;
      for (const [i, v] of decl.variants.entries()) {
        const fields = fieldsOf(i);
        if (!Array.isArray(fields)) return fields;
        let d = next;
        if (v.value) {
          explicit = true;
          const value = declarations.evalConst(v.value);
          if (value === null) return unknown(`the discriminant \`${textOf(declarations.source, v.value)}\` of \`${decl.name}::${v.name}\` cannot be evaluated`, decl.name);
          d = value;
        }
        variants.push({ name: v.name, fields, discriminant: d });
        next = d + 1n;
      }
      return enumLayout(variants, decl.repr, explicit);
    }
  }
}
