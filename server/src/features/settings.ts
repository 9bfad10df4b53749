// Settings reach the server in one of two ways. A client with `workspace/configuration` (VS Code,
// Neovim, Helix) is asked per document, at each analysis: a folder may override the user's values,
// and a change applies at the next analysis. A client without it (a minimal one, a script) pushes
// them: `initializationOptions` at start, then the `settings` of each
// `workspace/didChangeConfiguration`; those apply to every document.
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import type { RustMemorySettings } from '../../../protocol/settings';

/** The section name, in settings.json and in any settings tree a client pushes. */
export const SETTINGS_SECTION = 'rustMemory';

/**
 * The `rustMemory` section of what a client pushed: either a settings tree that holds it
 * (`{ rustMemory: { … } }`, as most editors send their settings) or the section itself.
 */
export function pushedSection(pushed: unknown): unknown {
  if (isRecord(pushed) && isRecord(pushed[SETTINGS_SECTION])) return pushed[SETTINGS_SECTION];
  return pushed;
}

/** The settings that apply to `uri`: asked of the client when it can answer, else the ones it pushed. */
export async function settingsFor(connection: Connection, uri: string, clientHasConfiguration: boolean, pushed: unknown): Promise<RustMemorySettings> {
  if (!clientHasConfiguration) return toSettings(pushedSection(pushed));
  const raw: unknown = await connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
  return toSettings(raw);
}

/**
 * The `rustMemory` section as the client sent it, checked value by value: anything missing or of
 * the wrong type falls back to its default, so a typo in settings.json never breaks analysis.
 */
export function toSettings(raw: unknown): RustMemorySettings {
  const section = isRecord(raw) ? raw : {};
  const inlay = isRecord(section.inlayHints) ? section.inlayHints : {};
  const permissions = isRecord(section.permissions) ? section.permissions : {};
  return {
    largeArrayThreshold: positive(section.largeArrayThreshold, DEFAULT_SETTINGS.largeArrayThreshold),
    largeFrameThreshold: positive(section.largeFrameThreshold, DEFAULT_SETTINGS.largeFrameThreshold),
    maxSteps: positive(section.maxSteps, DEFAULT_SETTINGS.maxSteps),
    maxMillis: positive(section.maxMillis, DEFAULT_SETTINGS.maxMillis),
    maxHeapBytes: positive(section.maxHeapBytes, DEFAULT_SETTINGS.maxHeapBytes),
    inlayHints: { enable: bool(inlay.enable, DEFAULT_SETTINGS.inlayHints.enable) },
    followCursor: bool(section.followCursor, DEFAULT_SETTINGS.followCursor),
    permissions: { inlayHints: bool(permissions.inlayHints, DEFAULT_SETTINGS.permissions.inlayHints) },
  };
}

/** The budgets of a simulation, from the settings. */
export function simLimits(settings: RustMemorySettings): { maxSteps: number; maxMillis: number; maxHeapBytes: number } {
  return { maxSteps: settings.maxSteps, maxMillis: settings.maxMillis, maxHeapBytes: settings.maxHeapBytes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}
