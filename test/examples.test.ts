import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeParseClaimSet } from "../src/index.js";

const dir = new URL("../examples/iraq-withdrawal/", import.meta.url);
const text = readFileSync(new URL("claims.json", dir), "utf8");
const articles = readdirSync(new URL("articles/", dir))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(new URL(`articles/${name}`, dir), "utf8"));

describe("the iraq-withdrawal example", () => {
  it("is a valid claim set with no warnings", () => {
    const result = safeParseClaimSet(text);
    expect(result.success && result.warnings).toEqual([]);
  });

  it("ships the five articles", () => {
    expect(articles).toHaveLength(5);
  });

  it("quotes every claim verbatim from one of the articles", () => {
    const { claims } = JSON.parse(text) as { claims: Array<{ id: string; quote?: string }> };
    const unquoted = claims.filter((claim) => !claim.quote || !articles.some((article) => article.includes(claim.quote!)));
    expect(unquoted.map((claim) => claim.id)).toEqual([]);
  });
});
