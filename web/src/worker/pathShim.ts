// `path.join` for a web worker: the language server names its simulation worker file with it,
// which the browser build never uses (its runner simulates in the worker itself).
export function join(...parts: string[]): string {
  return parts.join('/').replace(/\/+/g, '/');
}
