// The part of Node's `Buffer` the simulator's std uses to count and convert UTF-8, for a browser
// worker, where there is no Buffer. esbuild injects it into the worker bundle only.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

class Utf8Bytes extends Uint8Array {
  override toString(): string {
    return decoder.decode(this);
  }
}

export const Buffer = {
  from(value: string | ArrayLike<number>, encoding?: string): Utf8Bytes {
    if (typeof value === 'string') {
      if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf-8') throw new Error(`Buffer.from: unsupported encoding ${encoding}`);
      return new Utf8Bytes(encoder.encode(value));
    }
    return new Utf8Bytes(Array.from(value));
  },
  byteLength(value: string): number {
    return encoder.encode(value).length;
  },
};
