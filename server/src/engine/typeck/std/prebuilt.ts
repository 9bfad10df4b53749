// The std declarations already parsed and lowered: their table and each item's encoded syntax, as
// `encodeStdDecls` (typeck/stdTable.ts) writes them. The build (scripts/build/stdDeclarations.mjs)
// replaces this module in every bundle with the encoding of the sources beside it, so a process
// decodes the items it uses instead of parsing and lowering 1,300 lines of Rust; run from source
// (tests, scripts) it is empty and they are lowered.
export const STD_DECLS_JSON: string | undefined = undefined;
