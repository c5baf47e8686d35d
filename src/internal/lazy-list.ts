/**
 * A list whose items are made when they are read, one at a time (internal:
 * the CLI writes the groups of a large report this way, so that their
 * positions never all live at once).
 * @internal
 */
export class LazyList<T> {
  constructor(
    /** How many items the list has. */
    readonly length: number,
    /** Makes item `index` (0 ≤ index < length); called again on every read. */
    readonly item: (index: number) => T,
  ) {}

  /** Every item, made now. */
  toArray(): T[] {
    return Array.from({ length: this.length }, (_, index) => this.item(index));
  }

  /** `JSON.stringify` writes the list as the array of its items. */
  toJSON(): T[] {
    return this.toArray();
  }
}
