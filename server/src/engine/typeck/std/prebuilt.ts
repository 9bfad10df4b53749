// The std declarations already parsed and lowered, as `encodeAst` writes them. The build
// (scripts/build/stdDeclarations.mjs) replaces this module in every bundle with the encoded
// declarations of the sources beside it, so a process decodes them instead of parsing and
// lowering 1,300 lines of Rust; run from source (tests, scripts) it is empty and they are lowered.
export const STD_AST_JSON: string | undefined = undefined;
