/** Claims sorted into the sets the rules reason about. */
import type { CheckedClaim } from "../engine/claims.js";
import type { Modality } from "../model/claim-set.js";
import { groupBy } from "../internal/group-by.js";

/** Claims by the document that states them, each list in the order given. @internal */
export function byDocument(claims: readonly CheckedClaim[]): Map<string, CheckedClaim[]> {
  return groupBy(claims, (claim) => claim.document);
}

/** Claims by modality (asserted, planned, denied), each list in the order given. @internal */
export function byModality(claims: readonly CheckedClaim[]): Map<Modality, CheckedClaim[]> {
  return groupBy(claims, (claim) => claim.modality);
}
