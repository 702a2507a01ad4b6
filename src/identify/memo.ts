/**
 * A bounded cache for pure readings that repeat across a corpus (the same ký hiệu, the same issuer
 * phrase, thousands of times). Cleared when full, so hostile input cannot grow it without bound.
 */
export class BoundedCache<R> {
  private readonly map = new Map<string, R>();
  constructor(private readonly limit = 4096) {}

  get(key: string, compute: () => R): R {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
