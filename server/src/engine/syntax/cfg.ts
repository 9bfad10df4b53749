// Conditional compilation for the one target the product models: rustc 1.95 building a debug
// binary for x86_64-unknown-linux-gnu with panic=unwind. The table is `rustc --print cfg` for
// that build (test/golden/cfg/ keeps the recording and a test compares them); `test`, `doc`,
// `miri` and every `feature` are unset.
import type { Lit, Meta } from './ast';

/** Every `name` or `name="value"` that is set, as `rustc --print cfg` prints them. */
export const TARGET_CFG: readonly string[] = [
  'debug_assertions',
  'panic="unwind"',
  'target_abi=""',
  'target_arch="x86_64"',
  'target_endian="little"',
  'target_env="gnu"',
  'target_family="unix"',
  'target_feature="fxsr"',
  'target_feature="sse"',
  'target_feature="sse2"',
  'target_has_atomic="16"',
  'target_has_atomic="32"',
  'target_has_atomic="64"',
  'target_has_atomic="8"',
  'target_has_atomic="ptr"',
  'target_os="linux"',
  'target_pointer_width="64"',
  'target_vendor="unknown"',
  'unix',
];

const SET = new Set(TARGET_CFG);

/**
 * Evaluates a cfg predicate (`unix`, `panic = "unwind"`, `all(…)`, `any(…)`, `not(…)`).
 * `undefined` for a predicate rustc would reject (`not` without exactly one operand, a literal).
 */
export function evalCfg(pred: Meta | Lit): boolean | undefined {
  switch (pred.kind) {
    case 'MetaWord':
      return SET.has(pred.path);
    case 'MetaNameValue':
      return pred.value.kind === 'Str' ? SET.has(`${pred.path}=${JSON.stringify(pred.value.value)}`) : undefined;
    case 'MetaList': {
      const args = pred.items.map(evalCfg);
      if (args.some((a) => a === undefined)) return undefined;
      if (pred.path === 'all') return args.every(Boolean);
      if (pred.path === 'any') return args.some(Boolean);
      if (pred.path === 'not') return args.length === 1 ? !args[0] : undefined;
      return undefined;
    }
    default:
      return undefined;
  }
}
