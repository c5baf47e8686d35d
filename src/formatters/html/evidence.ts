/**
 * A claim as evidence, in words: who said it (linked to the claim's address,
 * else its source's), when the value holds, and its quote.
 */
import type { ClaimSet } from "../../model/claim-set.js";
import type { ClaimInDocument } from "../../model/documents.js";
import { documentsOf, inDocument } from "../../model/documents.js";
import { dateInWords } from "../../values/words.js";
import { escapeHtml, httpUrl, link } from "./escape.js";
import type { Names } from "./names.js";

/** What the page says about claims: names, and each source's address. @internal */
export interface ClaimWords {
  names: Names;
  /** The claim set's claims by id (the first of each id), with their documents' sources and dates. */
  claims: ReadonlyMap<string, ClaimInDocument>;
  /** Where each of those stands in the claim set. */
  order: ReadonlyMap<string, number>;
  /** A source's address, by resolved source id. */
  sourceUrls: ReadonlyMap<string, string>;
}

/** The words for a claim set's claims; without one, no claim is known. @internal */
export function claimWords(claimSet: ClaimSet | undefined, names: Names): ClaimWords {
  const claims = new Map<string, ClaimInDocument>();
  const order = new Map<string, number>();
  const documents = documentsOf(claimSet ?? {});
  claimSet?.claims.forEach((claim, i) => {
    if (claims.has(claim.id)) return;
    claims.set(claim.id, inDocument(claim, documents));
    order.set(claim.id, i);
  });
  const sourceUrls = new Map<string, string>();
  for (const source of claimSet?.sources ?? []) {
    const url = httpUrl(source.url);
    if (url !== undefined) sourceUrls.set(names.resolve(source.id), url);
  }
  return { names, claims, order, sourceUrls };
}

/** `Infoplus citing US Department of Defense`, as text. @internal */
export function whoSaid(claim: ClaimInDocument, words: ClaimWords): string {
  const { name, resolve } = words.names;
  return [claim.source, ...(claim.attribution ?? [])].map((id) => name(resolve(id))).join(" citing ");
}

/** `Infoplus citing …` as HTML: the source's name linked to the claim's address, else the source's; names isolated for right-to-left text. @internal */
export function whoSaidHtml(claim: ClaimInDocument, words: ClaimWords): string {
  const { name, resolve } = words.names;
  const source = resolve(claim.source);
  const url = httpUrl(claim.url) ?? words.sourceUrls.get(source);
  const names = (claim.attribution ?? []).map((id) => `<bdi>${escapeHtml(name(resolve(id)))}</bdi>`);
  return [link(url, `<bdi>${escapeHtml(name(source))}</bdi>`, "source"), ...names].join(" citing ");
}

/** When the value holds, in words (`March 2025`, with the publication date when `asOf` differs), or `undated`. @internal */
export function whenHeld(claim: ClaimInDocument): string {
  if (claim.asOf === undefined) return claim.published === undefined ? "undated" : dateInWords(claim.published);
  const asOf = dateInWords(claim.asOf);
  return claim.published === undefined || claim.published === claim.asOf ? asOf : `${asOf} (published ${dateInWords(claim.published)})`;
}

/** The value as the claim writes it. @internal */
export function writtenValue(claim: ClaimInDocument): string {
  return typeof claim.value === "object" ? JSON.stringify(claim.value) : String(claim.value);
}
