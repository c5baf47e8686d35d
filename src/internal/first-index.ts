/**
 * The first index at which each string was seen (duplicate claim
 * ids among a million claims). An open-addressing table in one typed array,
 * each slot holding a 32-bit hash and an entry: a `Map` of a million fresh
 * strings spends most of its time missing the cache in its own growing
 * table; here a lookup touches one slot, and the strings themselves are
 * compared only when their hashes are equal.
 * @internal
 */
export class FirstIndex {
  /** Per slot: the hash, then entry number + 1 (0: empty). Slots are a power of two, at least twice the entries. */
  private table = new Int32Array(2 << 10);
  private readonly keys: string[] = [];
  private readonly indexes: number[] = [];

  /**
   * The index first recorded for `key`, or `undefined` when it is new; then
   * `index` is recorded for it.
   *
   * @example
   * const ids = new FirstIndex();
   * ids.firstOf("a", 0); // → undefined
   * ids.firstOf("a", 3); // → 0
   */
  firstOf(key: string, index: number): number | undefined {
    const hash = hashOf(key);
    const { table } = this;
    const mask = (table.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot * 2 + 1]! - 1;
      if (entry < 0) {
        table[slot * 2] = hash;
        table[slot * 2 + 1] = this.keys.length + 1;
        this.keys.push(key);
        this.indexes.push(index);
        if (this.keys.length * 2 > mask + 1) this.grow();
        return undefined;
      }
      if (table[slot * 2] === hash && this.keys[entry] === key) return this.indexes[entry];
    }
  }

  /** Doubles the table, placing every slot again by its hash (no string is read). */
  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from + 1] === 0) continue;
      let slot = old[from]! & mask;
      while (table[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = old[from]!;
      table[slot * 2 + 1] = old[from + 1]!;
    }
    this.table = table;
  }
}

/** FNV-1a over the UTF-16 code units, mixed at the end so that the low bits (the slot) depend on every unit. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return (hash ^ (hash >>> 12)) | 0;
}
