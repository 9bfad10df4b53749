// The `// @mem` annotations: parsing (collect.ts), claim checking (checkClaims.ts) and the
// snapshot steps of a trace (snapshots.ts). Running a program with its annotations
// (simulate.ts) is imported from its own file: this index stays free of the simulator, so the
// static checks load without it.
export * from './directive';
export { parseAnnotations, isAnnotationComment } from './collect';
export type { AnnotationSet, SizeOverride, SnapshotPoint } from './collect';
export { parseByteSize, BYTE_UNITS } from './byteSize';
export { parseDirective, defaultAlign } from './parseDirective';
export { checkRustType, normaliseTypeName } from './typeName';
export { checkClaims } from './checkClaims';
export type { LayoutLookup, ClaimInputs } from './checkClaims';
export { snapshotSteps, withSnapshots } from './snapshots';
export { annotationStaticCheck, annotationTraceCheck, layoutOverrides, layoutLookupFor, annotatedTypeEnv, annotatedTypedFile } from './checks';
export { annotationHover } from './describe';
