// How a type the trace shows and a type rustc names are compared (test/golden/types.test.ts). The
// goldens already drop module paths (scripts/goldens/types.mjs: `alloc::vec::Vec<i32>` →
// `Vec<i32>`); on both sides, before comparing:
//   - module paths are dropped on the trace's side too (it writes `rc::Weak<T>` and
//     `sync::Weak<T>` apart; the goldens, like rustc's names shortened, say `Weak<T>`);
//   - rustc's closure name `{{closure}}` and the trace's `{closure}` are the same word;
//   - lifetimes are dropped (`Ref<'_, T>` → `Ref<T>`, `&'static str` → `&str`): the trace shows
//     types as a learner writes them, and a lifetime is not part of what a value is at run time;
//   - spaces are dropped.
// Nothing else is forgiven: `Vec<_>` is not `Vec<u8>`, `i32` is not `u64`.
export function comparableType(t: string): string {
  return t
    .replace(/\b(?:[A-Za-z_][A-Za-z0-9_]*::)+/g, '')
    .replace(/\{\{closure\}\}/g, '{closure}')
    .replace(/'[A-Za-z_][A-Za-z0-9_]*\s*(,\s*)?/g, '')
    .replace(/\s+/g, '');
}
