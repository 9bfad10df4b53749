// The share link: the program, deflate-compressed and base64url-encoded, and the current step,
// both in the URL fragment (`#code=…&step=N`, the step 1-based as the panel shows it). A fragment
// never reaches a server, so a link works from any static host and from file://.

export interface Shared {
  code?: string;
  /** 0-based. */
  step?: number;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function encodeProgram(code: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(code), new CompressionStream('deflate-raw')));
}

/** The program in an encoded fragment, or undefined when it is not one (a mangled link). */
export async function decodeProgram(encoded: string): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw')));
  } catch {
    return undefined;
  }
}

export function readFragment(hash: string): { code?: string; step?: number } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const step = Number(params.get('step'));
  return {
    ...(params.get('code') ? { code: params.get('code')! } : {}),
    ...(Number.isInteger(step) && step >= 1 ? { step: step - 1 } : {}),
  };
}

export function writeFragment(encodedCode: string | undefined, step: number | undefined): string {
  const parts: string[] = [];
  if (encodedCode) parts.push(`code=${encodedCode}`);
  if (step !== undefined) parts.push(`step=${step + 1}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
