// The std declarations already parsed and lowered: their table and each item's encoded syntax, as
// `encodeStdDecls` (typeck/stdTable.ts) writes them. The build (scripts/build/stdDeclarations.mjs)
// replaces this module in every bundle with the encoding of the sources beside it, so a process
// decodes the items it uses instead of parsing and lowering 1,300 lines of Rust; run from source
// (tests, scripts) there is none and they are lowered. A function, not a constant: the bundles
// loaded through V8's code cache read the encoding from a file beside them when it is first
// asked for, since as a 630 KB string in the bundle it was in every command's cache (3.5 ms of
// a 4-line `check`'s CPU to deserialise).
export function stdDeclsJson(): string | undefined {
  return undefined;
}
