// Tables keyed by names the program writes (paths, methods, types, macros) must not inherit from
// `Object.prototype`: a Rust item named `constructor`, `toString` or `__proto__` would otherwise
// find a JavaScript function in a std table and crash the check that asked.

/** `entries` as a lookup table without a prototype: only its own keys are found. */
export function nameTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
