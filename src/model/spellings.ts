/**
 * Spellings of one name that would silently make two groups: without
 * `entities`, "us-forces" and "US forces" are two subjects (labels are
 * compared ignoring case, accents and spacing, not hyphens). The warning
 * fires only when two spellings have the same letters and digits in the
 * same order once labels are normalised, so distinct names never meet.
 */
import { quote } from "../internal/quote.js";
import { normalizeLabel } from "../normalize/label.js";
import type { ClaimSetIssue } from "./issues.js";
import { toPointer } from "./issues.js";

/**
 * True for what separates words rather than spelling them: ASCII
 * punctuation and symbols, spaces, the middle dot, the general punctuation
 * block (dashes, curly quotes, …) and the Arabic comma.
 */
function isSeparator(c: number): boolean {
  return (
    c <= 0x2f ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7f) ||
    c === 0xb7 ||
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0x060c
  );
}

/** A normalised label without its separators: `"u.s. forces"` → `"usforces"`. */
function folded(label: string): string {
  let out = "";
  for (let i = 0; i < label.length; i++) if (!isSeparator(label.charCodeAt(i))) out += label[i];
  return out;
}

/** The first claim that wrote each normalised spelling of one folded name. */
type Spellings = Map<string, Map<string, { index: number; written: string }>>;

/**
 * The `similar-spelling` warnings of claims read without `entities`: for
 * each subject (and each scope's values) spelled apart from an earlier one
 * only by spacing and punctuation, one warning at the first claim that
 * writes it.
 * @internal
 */
export function similarSpellings(claims: readonly unknown[]): ClaimSetIssue[] {
  const warnings: ClaimSetIssue[] = [];
  const byField = new Map<string, Spellings>();
  // Claim sets repeat a few names many times: each is normalised once.
  const normals = new Map<string, string>();
  const see = (field: string, written: unknown, index: number, path: readonly (string | number)[]) => {
    if (typeof written !== "string") return;
    let normal = normals.get(written);
    if (normal === undefined) normals.set(written, (normal = normalizeLabel(written)));
    const key = folded(normal);
    if (key === "") return;
    let spellings = byField.get(field);
    if (spellings === undefined) byField.set(field, (spellings = new Map()));
    let forms = spellings.get(key);
    if (forms === undefined) spellings.set(key, (forms = new Map()));
    if (forms.has(normal)) return;
    const first = forms.values().next().value;
    forms.set(normal, { index, written });
    if (first === undefined) return;
    const what = field === "subject" ? "subject" : `${field} value`;
    warnings.push({
      code: "similar-spelling",
      path: toPointer(path),
      message:
        `${what} ${quote(written)} differs from ${quote(first.written)} (${toPointer(["claims", first.index, ...path.slice(2)])}) only in spacing or punctuation, ` +
        `so they are checked as two; list both as labels of one entity under "entities"`,
    });
  };
  claims.forEach((claim, i) => {
    if (typeof claim !== "object" || claim === null) return;
    const { subject, scope } = claim as { subject?: unknown; scope?: unknown };
    see("subject", subject, i, ["claims", i, "subject"]);
    if (typeof scope === "object" && scope !== null && !Array.isArray(scope)) {
      for (const [name, value] of Object.entries(scope)) see(`scope ${quote(name)}`, value, i, ["claims", i, "scope", name]);
    }
  });
  return warnings;
}
