/** Helpers for quoting user input in error messages. */

const MAX_QUOTED = 60;

/**
 * `s` in double quotes, cut to at most 60 characters (with "…") so a huge
 * input cannot produce a huge message.
 * @example quote("2025-13") // "\"2025-13\""
 * @internal
 */
export function quote(s: string): string {
  // Array.from splits by code point, so a cut never halves a surrogate pair.
  const head = Array.from(s.length > MAX_QUOTED * 2 ? s.slice(0, MAX_QUOTED * 2) : s);
  const cut = s.length > MAX_QUOTED * 2 || head.length > MAX_QUOTED;
  return `"${cut ? head.slice(0, MAX_QUOTED).join("") + "…" : s}"`;
}

/**
 * A short description of any input for an error message: strings quoted,
 * numbers and booleans as written, other things by kind.
 * @example describe(null) // "null"
 * @internal
 */
export function describe(raw: unknown): string {
  if (typeof raw === "string") return quote(raw);
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  if (raw === null) return "null";
  if (raw === undefined) return "nothing";
  if (Array.isArray(raw)) return "a list";
  if (typeof raw === "object") return "an object";
  return `a ${typeof raw}`;
}
