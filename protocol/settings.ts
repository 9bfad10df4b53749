/**
 * The `rustMemory.*` settings the language server reads per document (`workspace/configuration`
 * with the document's URI as scope). Declared once: the manifest's `contributes.configuration`
 * mirrors these names and defaults, and a unit test keeps the two in sync.
 */
export interface RustMemorySettings {
  /** Bytes from which an array on the stack is reported (`large-stack-array`, `box-stack-temporary`). clippy: array-size-threshold. */
  largeArrayThreshold: number;
  /** Bytes from which a function's estimated frame is reported (`large-stack-frame`). clippy: stack-size-threshold. */
  largeFrameThreshold: number;
  /** Step limit of the simulation that runs behind the editor. */
  maxSteps: number;
  /** Wall-clock limit of that simulation, in milliseconds. */
  maxMillis: number;
  /** Limit of the simulated program's live heap, in bytes. */
  maxHeapBytes: number;
  /** Drop and move hints at the ends of scopes and at moves. */
  inlayHints: { enable: boolean };
  /** The Memory Inspector follows the editor cursor. */
  followCursor: boolean;
  /** Permissions (R/W/O) hints after a variable on each line where its permissions change. */
  permissions: { inlayHints: boolean };
}

export const DEFAULT_SETTINGS: RustMemorySettings = {
  largeArrayThreshold: 16384,
  largeFrameThreshold: 512000,
  maxSteps: 200000,
  maxMillis: 2000,
  maxHeapBytes: 268435456,
  inlayHints: { enable: true },
  followCursor: true,
  permissions: { inlayHints: false },
};
