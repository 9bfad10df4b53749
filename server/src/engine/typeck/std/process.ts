// Ending the process: `exit` and `abort` never return, so a block that calls one diverges (the
// `unwrap_or_else(|err| { …; process::exit(1); })` of a command-line program has the closure's
// expected type).
export const PROCESS_SOURCE = `
pub mod process {
    pub fn exit(code: i32) -> !;
    pub fn abort() -> !;
    pub fn id() -> u32;
}
`;
