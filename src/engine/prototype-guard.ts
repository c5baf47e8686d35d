/**
 * Defence in depth for the patch facade: a snapshot of the shared prototypes
 * before a patch is applied, and their restoration (with a verdict) after.
 * fast-json-patch can reach them through `constructor`; the facade refuses such
 * pointers first, and this catches whatever slips through.
 * @internal
 */
export type Snapshot = Array<[object, Map<PropertyKey, PropertyDescriptor>]>;

const GUARDED: readonly object[] = [Object.prototype, Array.prototype, Function.prototype];

/** @internal */
export function snapshotPrototypes(): Snapshot {
  return GUARDED.map((prototype) => [
    prototype,
    new Map(Reflect.ownKeys(prototype).map((key) => [key, Object.getOwnPropertyDescriptor(prototype, key)!])),
  ]);
}

const sameDescriptor = (a: PropertyDescriptor, b: PropertyDescriptor) =>
  a.value === b.value && a.get === b.get && a.set === b.set && a.writable === b.writable &&
  a.enumerable === b.enumerable && a.configurable === b.configurable;

/** Puts the shared prototypes back as they were; returns true when something had changed. @internal */
export function restorePrototypes(snapshot: Snapshot): boolean {
  let changed = false;
  for (const [prototype, before] of snapshot) {
    for (const key of Reflect.ownKeys(prototype)) {
      const was = before.get(key);
      const now = Object.getOwnPropertyDescriptor(prototype, key)!;
      if (was !== undefined && sameDescriptor(was, now)) continue;
      changed = true;
      try {
        if (was === undefined) Reflect.deleteProperty(prototype, key);
        else Object.defineProperty(prototype, key, was);
      } catch {
        // Non-configurable now: nothing more can be done here; the patch is rejected all the same.
      }
    }
    for (const [key, was] of before) {
      if (Object.getOwnPropertyDescriptor(prototype, key) !== undefined) continue;
      changed = true;
      try {
        Object.defineProperty(prototype, key, was);
      } catch {
        // As above.
      }
    }
  }
  return changed;
}
