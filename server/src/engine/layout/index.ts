// The layout engine's public surface: build a TypeEnv from a file's Ast and resolution, then ask it for the
// layout of any type of the Ast or type text; TyLayouts over it lays out the type checker's types. See layout.ts for what a Layout holds.
export { buildTypeEnv, NO_SCOPE, TypeEnv, type GenericArgs, type SizeOverrides, type TypeScope } from './typeEnv';
export type { Layout, LayoutResult, UnknownLayout, FieldLayout, VariantLayout, TagLayout, Niche, HeapPointee } from './layout';
export type { TypeDecl, DeclKind } from './declarations';
export { printType, type TypeExpr } from './typeExpr';
export { declarationLayouts, type DeclarationLayout } from './report';
export { typeHover, bindingHover } from './hover';
export { typedFile, settled, bindingTy, exprLayout, type TypedFile } from './typedFile';
export { layoutLenses, type LayoutLens } from './lens';
export { layoutMarkdown, lensTitle } from './describe';
export { TyLayouts } from './tyLayouts';
export { optionOf, resultOf } from './stdTypes';
