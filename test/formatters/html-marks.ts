import type { ClaimSet, Report } from "../../src/index.js";
import { MAX_DRAWN } from "../../src/formatters/html/figure.js";

/**
 * The marks a group's chart must have, by claim id: one per claim of its
 * positions (every value type can be drawn) and one per denial its conflicts
 * name (a denial holds no position), of the claims the claim set has; none
 * when they are more than a chart draws.
 */
export function expectedMarks(report: Report, claimSet: ClaimSet, index: number): string[] {
  const group = report.groups[index]!;
  const claims = new Map(claimSet.claims.map((claim) => [claim.id, claim]));
  const denials = report.conflicts
    .filter((conflict) => conflict.group === group.key)
    .flatMap((conflict) => conflict.claims)
    .filter((id) => claims.get(id)?.modality === "denied");
  const ids = [...group.positions.flatMap((position) => position.claims), ...denials];
  const drawn = [...new Set(ids)].filter((id) => claims.has(id)).sort();
  return drawn.length > MAX_DRAWN ? [] : drawn;
}

/** Problems with how elements nest: each one opened must be closed, in order (void and self-closed ones aside). */
export function nesting(text: string): string[] {
  const VOID = new Set(["meta", "br", "hr", "img", "input", "link", "wbr"]);
  const stack: string[] = [];
  const problems: string[] = [];
  for (const [, close, name, self] of text.replace(/<style>[\s\S]*?<\/style>/, "").matchAll(/<(\/?)([a-zA-Z][\w-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    const tag = name!.toLowerCase();
    if (close) {
      const open = stack.pop();
      if (open !== tag) problems.push(`</${tag}> closes <${open}>`);
    } else if (!self && !VOID.has(tag)) stack.push(tag);
  }
  return [...problems, ...stack.map((tag) => `<${tag}> is never closed`)];
}
