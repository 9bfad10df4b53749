// What boot.js (bootScript.ts), the page's first script, hands to playground.js (main.ts): the
// engine worker, already started on the page's first program.
import type { EngineClient } from './engine';
import type { Example } from './data';

/** The name of the program in diagnostics, traces and the replay's title. */
export const FILE = 'main.rs';

export interface Boot {
  examples: Example[];
  engine: EngineClient;
  /** The program the page opens on, already sent to the engine as version 1. */
  text: string;
  /** The link's own encoding of `text`, when the page opened on a shared program. */
  encoded: string | undefined;
  /** The link held something that is not a program. */
  unreadable: boolean;
  /** 0-based step from the link. */
  step: number | undefined;
}

export interface BootGlobal {
  rustmemBoot?: Promise<Boot>;
}

/** What boot.js started. */
export function booted(): Promise<Boot> {
  const started = (globalThis as BootGlobal).rustmemBoot;
  return started ?? Promise.reject(new Error('boot.js did not run before playground.js'));
}
