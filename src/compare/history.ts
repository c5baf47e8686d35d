/**
 * The values seen so far in a sweep through time, for "has this figure been
 * given before?" in logarithmic time: the union of earlier spans as disjoint
 * runs (each remembering a claim that gave it) in a treap ordered by value,
 * and a set of text keys.
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { Span } from "../values/span.js";
import { below, overlaps } from "../values/span.js";

interface Run extends Span {
  /** The first claim to give a value in the run: the earliest in time, then by id. */
  claim: CheckedClaim;
}

/** True when claim `a` gave its figure before `b` did: earlier in time, then (for determinism) by id. */
function before(a: CheckedClaim, b: CheckedClaim): boolean {
  const [ta, tb] = [a.time?.lo ?? Infinity, b.time?.lo ?? Infinity];
  return ta < tb || (ta === tb && a.id < b.id);
}

/** A node of the treap: runs in value order, heap-ordered by priority. */
interface Node {
  run: Run;
  priority: number;
  left: Node | undefined;
  right: Node | undefined;
}

/** Splits a treap into the runs for which `goesLeft` holds (a prefix of the order) and the others. */
function split(root: Node | undefined, goesLeft: (run: Run) => boolean): [Node | undefined, Node | undefined] {
  // Walk down once, hanging each node on the right spine of the left part or the left spine of the right part.
  const lefts: Pick<Node, "right"> = { right: undefined };
  const rights: Pick<Node, "left"> = { left: undefined };
  let [leftEnd, rightEnd] = [lefts, rights];
  for (let node = root; node; ) {
    if (goesLeft(node.run)) {
      leftEnd.right = node;
      leftEnd = node;
      node = node.right;
    } else {
      rightEnd.left = node;
      rightEnd = node;
      node = node.left;
    }
  }
  leftEnd.right = undefined;
  rightEnd.left = undefined;
  return [lefts.right, rights.left];
}

/** Joins two treaps whose runs all lie below those of the second one. */
function join(a: Node | undefined, b: Node | undefined): Node | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.priority > b.priority) {
    a.right = join(a.right, b);
    return a;
  }
  b.left = join(a, b.left);
  return b;
}

/** The union of two overlapping runs. */
function union(a: Run, b: Run): Run {
  return {
    lo: Math.min(a.lo, b.lo),
    loOpen: a.lo < b.lo ? a.loOpen : a.lo > b.lo ? b.loOpen : a.loOpen && b.loOpen,
    hi: Math.max(a.hi, b.hi),
    hiOpen: a.hi > b.hi ? a.hiOpen : a.hi < b.hi ? b.hiOpen : a.hiOpen && b.hiOpen,
    claim: before(a.claim, b.claim) ? a.claim : b.claim,
  };
}

/** The union of a run and every run of a treap. */
function absorb(run: Run, node: Node | undefined): Run {
  if (!node) return run;
  return absorb(absorb(union(run, node.run), node.left), node.right);
}

/** @internal */
export class ValueHistory {
  private root: Node | undefined;
  private seed = 0x2545f491;
  private readonly keys = new Map<string, CheckedClaim>();

  /** Remembers a claim's value. */
  add(claim: CheckedClaim): void {
    if (!claim.span) {
      const known = this.keys.get(claim.key);
      if (!known || before(claim, known)) this.keys.set(claim.key, claim);
      return;
    }
    const span = claim.span;
    // The runs that overlap the new span are consecutive: they and the span become one run.
    const [lower, rest] = split(this.root, (run) => below(run, span));
    const [overlapping, higher] = split(rest, (run) => !below(span, run));
    const merged = absorb({ lo: span.lo, hi: span.hi, loOpen: span.loOpen, hiOpen: span.hiOpen, claim }, overlapping);
    this.root = join(join(lower, { run: merged, priority: this.nextPriority(), left: undefined, right: undefined }), higher);
  }

  /** The claim remembered for the first run that overlaps this claim's value, if any. */
  compatible(claim: CheckedClaim): CheckedClaim | undefined {
    if (!claim.span) return this.keys.get(claim.key);
    let first: Run | undefined;
    for (let node = this.root; node; ) {
      if (below(node.run, claim.span)) {
        node = node.right;
      } else {
        first = node.run;
        node = node.left;
      }
    }
    return first && overlaps(first, claim.span) ? first.claim : undefined;
  }

  /** A pseudo-random priority (xorshift): the treap's shape, never its runs, depends on it. */
  private nextPriority(): number {
    this.seed ^= this.seed << 13;
    this.seed ^= this.seed >>> 17;
    this.seed ^= this.seed << 5;
    return this.seed >>> 0;
  }
}
