/**
 * Documents (DESIGN §9): a claim that names a document listed under
 * `documents` takes the document's source when it names none, and its
 * publication date when it gives none. Everything that reads a claim's
 * source or date reads it through here.
 */
import type { Claim, ClaimDocument, ClaimSet } from "./claim-set.js";

/** A claim as its document completes it: with its source and publication date. */
export type ClaimInDocument = Claim & { source: string };

/** The documents of a claim set, by id (the first of two with one id). @internal */
export function documentsOf(claimSet: Pick<ClaimSet, "documents">): Map<string, ClaimDocument> {
  const documents = new Map<string, ClaimDocument>();
  for (const document of claimSet.documents ?? []) if (!documents.has(document.id)) documents.set(document.id, document);
  return documents;
}

/**
 * A claim with its document's source and publication date where it gives
 * none of its own. A claim of a valid claim set always has a source then.
 * Returns the claim itself when there is nothing to take.
 * @internal
 */
export function inDocument(claim: Claim, documents: ReadonlyMap<string, ClaimDocument>): ClaimInDocument {
  const document = claim.document === undefined ? undefined : documents.get(claim.document);
  if (document === undefined || (claim.source !== undefined && (claim.published !== undefined || document.published === undefined))) {
    return claim as ClaimInDocument;
  }
  const source = claim.source ?? document.source;
  const published = claim.published ?? document.published;
  return { ...claim, ...(source === undefined ? {} : { source }), ...(published === undefined ? {} : { published }) } as ClaimInDocument;
}
