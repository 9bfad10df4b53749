/** `std::process::exit(code)`: the process ends at once, no destructors run. */
export class RustExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
