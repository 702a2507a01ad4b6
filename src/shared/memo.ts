import { ownCopy } from "./strings.js";

/**
 * Bounded caches for pure readings that repeat across a corpus (the same ký hiệu, the same issuer
 * phrase, thousands of times). Cleared when full, so hostile input cannot grow them without bound.
 */
export class BoundedCache<R> {
  private readonly map = new Map<string, R>();
  constructor(private readonly limit = 4096) {}

  /**
   * The reading kept for `key`, else `compute(key)`, kept. A hot caller passes a function made once
   * (it takes the key), so that a hit allocates no closure.
   */
  get(key: string, compute: (key: string) => R): R {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (this.map.size >= this.limit) this.map.clear();
    // Keys are cut from the texts read: copied, so that a cache does not keep whole files alive.
    this.map.set(ownCopy(key), value);
    return value;
  }
}

interface PathNode<R> {
  value: R | undefined;
  next: Map<string, PathNode<R>> | undefined;
}

/**
 * A bounded cache keyed by a short list of strings, looked up one string at a time: building one
 * joined key per lookup (and hashing the new string) was a quarter of identify's time.
 * `compute` takes the lookup's argument rather than closing over it, so a hit allocates nothing.
 */
export class PathCache<A, R> {
  private root: PathNode<R> = { value: undefined, next: undefined };
  private size = 0;
  constructor(
    private readonly compute: (arg: A) => R,
    private readonly limit = 4096,
  ) {}

  /** The reading for the key `first, ...rest` (rest from index `from`), computed from `arg` on a miss. */
  get(arg: A, first: string, rest: readonly string[], from = 0): R {
    let node = this.step(this.root, first);
    for (let i = from; i < rest.length; i++) node = this.step(node, rest[i]);
    if (node.value !== undefined) return node.value;
    if (this.size >= this.limit) {
      this.root = { value: undefined, next: undefined };
      this.size = 0;
      return this.get(arg, first, rest, from);
    }
    this.size++;
    return (node.value = this.compute(arg));
  }

  private step(node: PathNode<R>, key: string): PathNode<R> {
    const next = (node.next ??= new Map());
    let child = next.get(key);
    if (child === undefined) next.set(ownCopy(key), (child = { value: undefined, next: undefined }));
    return child;
  }
}
