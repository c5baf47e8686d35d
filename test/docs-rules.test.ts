/**
 * The rule pages in docs/rules/ against the code, so the documentation cannot
 * drift from the rules: every built-in rule has a page that its
 * `meta.docs.url` points to and that names its default severity, and every
 * example claim set on a page is run through `check()`.
 *
 * Pages mark their JSON blocks with an HTML comment on a line of its own,
 * anywhere between the previous code block and the marked one:
 *
 * - `<!-- example: triggers -->`: a claim set on which the page's rule reports.
 * - `<!-- example: near-miss -->`: a claim set on which it does not.
 * - `<!-- example: limit -->`: a claim set on which it does not either,
 *   though a reader might expect it to (a documented limit).
 *   Each may add `; also: rule-a, rule-b`: exactly the other rules that
 *   report on the claim set (none when `also` is absent).
 * - `<!-- conflict -->`: a conflict of the preceding `triggers` example, as in
 *   the report (any of `rule`, `severity`, `message`, `claims`, `data`,
 *   `suggestions`, …). `check()` must report a conflict of the rule with this
 *   `message`, and every field shown must equal the reported one. Suggested
 *   patches, applied, must make the rule's report go away.
 * - `<!-- config -->`: a `--config` file: it must be a valid configuration,
 *   and on a rule page, applied to the page's first `triggers` example, it
 *   must do what it says (turn the rule off, or report at that severity).
 *
 * Every claim set on a rule page must be marked, and no other comments are
 * allowed on rule pages, so a mistyped marker fails rather than hides an
 * example from this test.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Conflict, Report } from "../src/index.js";
import { builtinRules, check, configSchema } from "../src/index.js";

const DOCS = fileURLToPath(new URL("../docs/rules/", import.meta.url));
const pagePath = (id: string) => resolve(DOCS, `${id}.md`);
const readPage = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : "");

/** A fenced code block with the marker comment before it. */
interface Block {
  lang: string;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
  marker: string | undefined;
}

/** The fenced code blocks of a page, and every HTML comment found outside them. */
function scan(markdown: string): { blocks: Block[]; comments: string[] } {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  const comments: string[] = [];
  let marker: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const comment = /^\s*<!--\s*(.*?)\s*-->\s*$/.exec(line);
    if (comment) {
      comments.push(comment[1]!);
      marker = comment[1];
      continue;
    }
    const fence = /^(`{3,})\s*([\w-]*)/.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith(fence[1]!); i++) body.push(lines[i]!);
    blocks.push({ lang: fence[2]!, text: body.join("\n"), line: start + 1, marker });
    marker = undefined;
  }
  return { blocks, comments };
}

type Kind = "triggers" | "near-miss" | "limit";
const EXAMPLE_MARKER = /^example:\s*(triggers|near-miss|limit)\s*(?:;\s*also:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*))?$/;

/** `example: triggers; also: value-changed` → kind and the other rules; undefined for other markers. */
function exampleMarker(marker: string | undefined): { kind: Kind; also: string[] } | undefined {
  const match = marker === undefined ? null : EXAMPLE_MARKER.exec(marker);
  if (!match) return undefined;
  return { kind: match[1] as Kind, also: match[2] ? match[2].split(",").map((id) => id.trim()).sort() : [] };
}

const isKnownMarker = (marker: string) => EXAMPLE_MARKER.test(marker) || marker === "conflict" || marker === "config";

interface Example {
  kind: Kind;
  also: string[];
  text: string;
  line: number;
  /** The `conflict` blocks that follow a `triggers` example. */
  conflicts: Array<{ line: number; shown: Record<string, unknown> }>;
}

function parseJson(block: Block): unknown {
  try {
    return JSON.parse(block.text);
  } catch (error) {
    throw new Error(`the JSON block at line ${block.line} does not parse: ${(error as Error).message}`);
  }
}

/** An object whose `claims` are objects (a conflict's `claims` are ids). */
function isClaimSet(value: unknown): boolean {
  const claims = typeof value === "object" && value !== null ? (value as { claims?: unknown }).claims : undefined;
  return Array.isArray(claims) && claims.every((claim) => typeof claim === "object" && claim !== null);
}

/** The marked examples, `conflict` and `config` blocks of a page; throws on blocks that break the convention. */
function readExamples(markdown: string): { examples: Example[]; configs: Array<{ line: number; value: unknown }> } {
  const examples: Example[] = [];
  const configs: Array<{ line: number; value: unknown }> = [];
  for (const block of scan(markdown).blocks) {
    if (block.lang !== "json") {
      if (block.marker !== undefined) throw new Error(`the marked block at line ${block.line} is not a json block`);
      continue;
    }
    const value = parseJson(block);
    const example = exampleMarker(block.marker);
    if (example) {
      if (!isClaimSet(value)) throw new Error(`the example at line ${block.line} is not a claim set`);
      examples.push({ ...example, text: block.text, line: block.line, conflicts: [] });
    } else if (isClaimSet(value)) {
      throw new Error(`the claim set at line ${block.line} is not marked as an example (triggers, near-miss or limit)`);
    } else if (block.marker === "conflict") {
      const last = examples[examples.length - 1];
      if (!last || last.kind !== "triggers") throw new Error(`the conflict at line ${block.line} follows no triggering example`);
      last.conflicts.push({ line: block.line, shown: value as Record<string, unknown> });
    } else if (block.marker === "config") {
      configs.push({ line: block.line, value });
    } else if (block.marker !== undefined) {
      throw new Error(`unknown marker "${block.marker}" before the block at line ${block.line}`);
    }
  }
  return { examples, configs };
}

/** The rules other than `id` that report on a claim set, sorted. */
const otherRules = (report: Report, id: string) =>
  [...new Set(report.conflicts.map((conflict) => conflict.rule).filter((rule) => rule !== id))].sort();

/** Applies JSON Patch `add` operations (all that suggestions use) to a copy of a document. */
function applyAdds(document: unknown, patch: ReadonlyArray<{ op: string; path: string; value?: unknown }>): unknown {
  const copy = structuredClone(document);
  for (const operation of patch) {
    expect(operation.op, "suggestions only add").toBe("add");
    const keys = operation.path.split("/").slice(1).map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
    const last = keys.pop()!;
    let target = copy as Record<string, unknown>;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    if (Array.isArray(target) && last === "-") target.push(operation.value);
    else if (Array.isArray(target)) target.splice(Number(last), 0, operation.value);
    else target[last] = operation.value;
  }
  return copy;
}

/** Relative links of a page whose target does not exist. */
function brokenLinks(markdown: string, file: string): string[] {
  const prose = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1/gm, "");
  const targets = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  return targets
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith("#"))
    .filter((target) => !existsSync(resolve(dirname(file), target.split("#")[0]!)));
}

describe("docs/rules/", () => {
  it("has a page for every built-in rule and no page for a rule that does not exist", () => {
    const pages = readdirSync(DOCS).filter((name) => name.endsWith(".md") && name !== "README.md");
    expect(pages.sort()).toEqual(builtinRules.map((rule) => `${rule.meta.id}.md`).sort());
  });

  describe("README.md (the index)", () => {
    const file = resolve(DOCS, "README.md");
    const index = readPage(file);

    it("exists", () => {
      expect(existsSync(file)).toBe(true);
    });

    it.each(builtinRules.map((rule) => [rule.meta.id, rule.meta.severity] as const))(
      "links %s in a table row with its default severity (%s)",
      (id, severity) => {
        const row = index.split("\n").find((line) => line.startsWith("|") && line.includes(`[\`${id}\`](${id}.md)`));
        expect(row, `no table row links ${id}.md`).toBeDefined();
        expect(row!.split("|").map((cell) => cell.trim())).toContain(severity);
      },
    );

    it("has valid configuration examples naming only known rules", () => {
      const { configs } = readExamples(index);
      expect(configs.length).toBeGreaterThan(0);
      const ids = new Set(builtinRules.map((rule) => rule.meta.id));
      for (const { line, value } of configs) {
        const config = configSchema.parse(value);
        for (const id of Object.keys(config.rules ?? {})) expect(ids.has(id), `line ${line}: unknown rule ${id}`).toBe(true);
      }
    });

    it("has no broken relative links", () => {
      expect(brokenLinks(index, file)).toEqual([]);
    });
  });

  for (const rule of builtinRules) {
    const { id, severity } = rule.meta;
    const file = pagePath(id);
    const page = readPage(file);

    describe(`${id}.md`, () => {
      it("exists, and is where meta.docs.url points", () => {
        expect(existsSync(file), `${file} is missing`).toBe(true);
        expect(rule.meta.docs.url.endsWith(`docs/rules/${id}.md`)).toBe(true);
      });

      it("is titled with the rule id and names its default severity", () => {
        expect(page.split("\n")[0]).toBe(`# ${id}`);
        const stated = /^\*\*Default severity:\*\* (\w+)/m.exec(page)?.[1];
        expect(stated).toBe(severity);
      });

      it("uses only the example markers this test knows", () => {
        expect(scan(page).comments.filter((comment) => !isKnownMarker(comment))).toEqual([]);
        expect(() => readExamples(page)).not.toThrow();
      });

      it("has at least one triggering example, each with its conflict, and one near miss", () => {
        const { examples } = readExamples(page);
        const triggers = examples.filter((example) => example.kind === "triggers");
        expect(triggers.length).toBeGreaterThan(0);
        for (const example of triggers) expect(example.conflicts.length, `example at line ${example.line}`).toBeGreaterThan(0);
        expect(examples.some((example) => example.kind === "near-miss")).toBe(true);
      });

      it("has no broken relative links", () => {
        expect(brokenLinks(page, file)).toEqual([]);
      });

      // A page that breaks the convention fails the marker test above; its examples are then not run.
      let read: ReturnType<typeof readExamples> = { examples: [], configs: [] };
      try {
        read = readExamples(page);
      } catch {}
      const { examples, configs } = read;

      for (const example of examples) {
        if (example.kind === "triggers") {
          it(`triggers ${id} as shown: the example at line ${example.line}`, () => {
            const report = check(example.text);
            const mine = report.conflicts.filter((conflict) => conflict.rule === id);
            expect(mine.length).toBeGreaterThan(0);
            for (const { line, shown } of example.conflicts) {
              expect(typeof shown.message, `the conflict at line ${line} quotes no message`).toBe("string");
              if ("rule" in shown) expect(shown.rule).toBe(id);
              const actual = mine.find((conflict) => conflict.message === shown.message);
              expect(actual, `no ${id} conflict has the message quoted at line ${line}; reported: ${JSON.stringify(mine.map((c) => c.message))}`).toBeDefined();
              for (const [key, value] of Object.entries(shown)) {
                expect(actual![key as keyof Conflict], `line ${line}: ${key}`).toEqual(value);
              }
            }
            expect(otherRules(report, id), "the other rules that report (`also:` in the marker)").toEqual(example.also);
          });

          const suggested = example.conflicts.flatMap(({ shown }) => (shown.suggestions as Conflict["suggestions"]) ?? []);
          if (suggested.length > 0) {
            it(`suggestions of the example at line ${example.line} resolve it`, () => {
              for (const suggestion of suggested) {
                const fixed = applyAdds(JSON.parse(example.text), suggestion.patch);
                expect(check(fixed).conflicts.filter((conflict) => conflict.rule === id)).toEqual([]);
              }
            });
          }
        } else {
          it(`does not trigger ${id}: the ${example.kind} at line ${example.line}`, () => {
            const report = check(example.text);
            expect(report.conflicts.filter((conflict) => conflict.rule === id).map((conflict) => conflict.message)).toEqual([]);
            expect(otherRules(report, id), "the other rules that report (`also:` in the marker)").toEqual(example.also);
          });
        }
      }

      for (const { line, value } of configs) {
        it(`configuration at line ${line} is valid and does what it says`, () => {
          const config = configSchema.parse(value);
          const setting = config.rules?.[id];
          expect(setting, `the configuration at line ${line} does not name ${id}`).toBeDefined();
          const example = examples.find((candidate) => candidate.kind === "triggers");
          expect(example).toBeDefined();
          const mine = check(example!.text, { rules: config.rules }).conflicts.filter((conflict) => conflict.rule === id);
          if (setting === "off") expect(mine).toEqual([]);
          else {
            expect(mine.length).toBeGreaterThan(0);
            for (const conflict of mine) expect(conflict.severity).toBe(setting);
          }
        });
      }
    });
  }
});
