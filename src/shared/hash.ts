/**
 * FNV-1a, 64 bits, as hex: stable across runs and platforms, no dependency on node:crypto.
 * Computed on two 32-bit halves: BigInt arithmetic per character cost more than the analysis.
 * (A text's id without a number, text:<hash>; a graph's analyses added without a path.)
 * The 64-bit prime is 2^40 + 0x1b3, so x * prime = x * 0x1b3 + (x << 40).
 */
export function fnv1a64(s: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < s.length; i++) {
    lo = (lo ^ s.charCodeAt(i)) >>> 0;
    const low = lo * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}
