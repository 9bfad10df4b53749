// Byte sizes as annotations write them: `65536`, `8MB`, `64 KiB`, `2 MiB`.
// The decimal units are the SI ones (1 KB = 1000 bytes, 1 MB = 1 000 000 bytes) and the binary
// ones are IEC (1 KiB = 1024, 1 MiB = 1 048 576), so `8MB` and `8 MiB` are different budgets on
// purpose: Rust's documented 8 MiB main-thread stack is `8 MiB`, not `8MB`.
import { nameTable } from '../nameTable';

export const BYTE_UNITS: Readonly<Record<string, number>> = nameTable({
  b: 1,
  kb: 1000,
  kib: 1024,
  mb: 1000 * 1000,
  mib: 1024 * 1024,
});

export type ByteSizeResult = { ok: true; bytes: number } | { ok: false; expected: string };

const SIZE = /^(\d[\d_]*)\s*([A-Za-z]+)?$/;

/** Parses `<whole number>[ ][unit]`; units are matched without regard to case. */
export function parseByteSize(text: string): ByteSizeResult {
  const expected = 'a whole number of bytes, optionally with a unit: B, KB (1000), KiB (1024), MB (1000000) or MiB (1048576), e.g. `64 KiB`';
  const m = SIZE.exec(text.trim());
  if (!m) return { ok: false, expected };
  const digits = m[1]!.replace(/_/g, '');
  const unit = m[2];
  const factor = unit === undefined ? 1 : BYTE_UNITS[unit.toLowerCase()];
  if (factor === undefined) return { ok: false, expected };
  const bytes = Number(digits) * factor;
  if (!Number.isSafeInteger(bytes)) return { ok: false, expected: 'a size below 2^53 bytes' };
  return { ok: true, bytes };
}
