// The part of Node's `process` the language server touches, for a web worker: it listens for
// stray errors (a worker reports those to its page by itself) and may write a last word to stderr.
export const process = {
  on(): void {},
  stderr: { write: (text: string): void => console.error(text) },
  env: {} as Record<string, string | undefined>,
};
