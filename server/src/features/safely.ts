// The language server must outlive any bug in an analysis or a provider: every call into the
// engine or a provider goes through `safely`, which logs the error and answers with a fallback.

export type ErrorLog = (message: string) => void;

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function safely<T>(log: ErrorLog, what: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    log(`${what} failed: ${describeError(error)}`);
    return fallback;
  }
}
