// The browser's stand-in for codeDocumentation.ts (swapped in by the browser builds): a language
// server in a web worker has no README on disk to link a code to, so diagnostics carry no link.
export function codeDocumentationUrl(_code: string): string | undefined {
  return undefined;
}
