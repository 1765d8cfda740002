/**
 * A 64-bit hash of bytes, as a short string of letters and digits: two 32-bit
 * multiplicative hashes taken four bytes at a time. A key for stored work, not a secret.
 * Four bytes a step, because a loop over every byte costs start-up time; on a big-endian
 * machine the words read differently, so keys differ there and stored work is redone.
 */
export function hashBytes(input: Uint8Array): string {
  const bytes = new Uint8Array((input.length + 3) & ~3); // zero-padded to whole words
  bytes.set(input);
  const words = new Int32Array(bytes.buffer);
  let a = 0x811c9dc5 ^ input.length;
  let b = 0x9747b28c ^ input.length;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    a = Math.imul(a ^ w, 0x01000193);
    a ^= a >>> 15;
    b = Math.imul(b ^ w, 0x5bd1e995);
    b ^= b >>> 13;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  return ((a ^ (a >>> 13)) >>> 0).toString(36) + ((b ^ (b >>> 16)) >>> 0).toString(36);
}
