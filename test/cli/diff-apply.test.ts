/**
 * `corroborate diff` (two reports → new, resolved, changed conflicts, or the
 * RFC 6902 patch) and `corroborate apply` (a patch onto a claim set, written
 * back atomically, or nothing at all).
 */
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import jsonpatch from "fast-json-patch";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { check, keyedReport } from "../../src/index.js";
import { claim, cli, spawnCli, tempFiles } from "./helpers.js";

const json = (value: unknown) => JSON.stringify(value);
const properties = [{ id: "troop-count", type: "quantity", temporal: "state" }];
const day = { published: "2025-04-20" };

// Two outlets disagree on the same day: one conflicting-values error.
const claims = {
  properties,
  claims: [
    claim("a", { value: "~1400", source: "pentagon", ...day }),
    claim("b", { value: "~900", source: "infoplus", ...day }),
    claim("c", { subject: "coalition", value: 10, source: "infoplus", ...day }),
  ],
};
// The correction: "b" now agrees, and a new figure for the coalition disagrees.
const corrected = {
  properties,
  claims: [
    claim("a", { value: "~1400", source: "pentagon", ...day }),
    claim("b", { value: 1400, source: "infoplus", ...day }),
    claim("c", { subject: "coalition", value: 10, source: "infoplus", ...day }),
    claim("d", { subject: "coalition", value: 50, source: "pentagon", ...day }),
  ],
};
const before = check(claims);
const after = check(corrected);

describe("corroborate diff", () => {
  it("prints counts, then + new, - resolved, ~ changed", () => {
    const out = cli(["diff", "old.json", "new.json"], { "old.json": json(before), "new.json": json(after) });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const lines = out.stdout.split("\n");
    expect(lines[0]).toBe("1 new, 1 resolved, 0 changed");
    expect(lines[1]).toBe(`+ error conflicting-values: ${after.conflicts[0]!.message}`);
    expect(lines[1]).toContain("10");
    expect(lines[2]).toBe(`- error conflicting-values: ${before.conflicts[0]!.message}`);
    expect(lines.slice(3)).toEqual([""]);
  });

  it("shows changed conflicts with ~", () => {
    const changed = structuredClone(before) as Report;
    changed.conflicts[0]!.message = "a new wording";
    const out = cli(["diff", "old.json", "new.json"], { "old.json": json(before), "new.json": json(changed) });
    expect(out.stdout).toBe("0 new, 0 resolved, 1 changed\n~ error conflicting-values: a new wording\n");
  });

  it("--format json prints the RFC 6902 patch between the keyed views", () => {
    const out = cli(["diff", "old.json", "new.json", "--format", "json"], { "old.json": json(before), "new.json": json(after) });
    expect(out.code).toBe(0);
    const patch = JSON.parse(out.stdout) as jsonpatch.Operation[];
    expect(patch.map((op) => `${op.op} ${op.path.split("/")[1]}`).sort()).toEqual(["add conflicts", "remove conflicts", "replace summary"]);
    const applied = jsonpatch.applyPatch(structuredClone(keyedReport(before)), patch, true).newDocument;
    expect(applied).toEqual(keyedReport(after));
    expect(cli(["diff", "a.json", "a.json", "-f", "json"], { "a.json": json(before) }).stdout).toBe("[]\n");
  });

  it("reads one report from standard input", () => {
    const out = cli(["diff", "-", "new.json"], { "new.json": json(after) }, json(before));
    expect(out.stdout.split("\n")[0]).toBe("1 new, 1 resolved, 0 changed");
  });

  it("exits 2 on a report that is not one, with pointers", () => {
    const broken = { ...before, summary: { ...before.summary, errors: "one" }, conflicts: [{ id: 1 }] };
    const out = cli(["diff", "old.json", "new.json"], { "old.json": json(broken), "new.json": json(after) });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("old.json: /summary/errors: ");
    expect(out.stderr).toContain("old.json: /conflicts/0/id: ");
    expect(out.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it("exits 2 on bad JSON, a missing file, or bad usage", () => {
    const badJson = cli(["diff", "old.json", "new.json"], { "old.json": "{\n  nope", "new.json": json(after) });
    expect(badJson).toMatchObject({ code: 2, stdout: "" });
    expect(badJson.stderr).toMatch(/^old\.json:2: not valid JSON at column 3: /);
    expect(cli(["diff", "old.json", "gone.json"], { "old.json": json(before) }).stderr).toContain('cannot read "gone.json": no such file');
    expect(cli(["diff", "old.json"], { "old.json": json(before) }).code).toBe(2);
    expect(cli(["diff", "a", "b", "--format", "xml"]).stderr).toContain("--format must be one of text, json");
    expect(cli(["diff", "-", "-"]).code).toBe(2);
  });

  it("has its own help", () => {
    const out = cli(["diff", "--help"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Usage: corroborate diff");
    expect(cli(["--help"]).stdout).toContain("corroborate diff <before.json> <after.json>");
  });
});

describe("corroborate apply", () => {
  const patch = [
    { op: "test", path: "/claims/1/id", value: "b" },
    { op: "replace", path: "/claims/1/value", value: 1400 },
    { op: "add", path: "/claims/-", value: claim("d", { subject: "coalition", value: 50, source: "pentagon", ...day }) },
  ];

  it("writes the patched claim set back to the claims file, under its lock, as 2-space JSON with a final newline", () => {
    const written: Record<string, string> = {};
    const locks: string[] = [];
    const out = cli(["apply", "claims.json", "patch.json"], { "claims.json": json(claims), "patch.json": json(patch) }, undefined, {
      written,
      locks,
    });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toBe("claims.json: applied 3 operations; 4 claims\n");
    expect(locks).toEqual(["claims.json", "-claims.json"]);
    expect(written["claims.json"]).toBe(JSON.stringify(corrected, null, 2) + "\n");
  });

  it("--output writes elsewhere; - reads the claim set from standard input and prints the result", () => {
    const written: Record<string, string> = {};
    const out = cli(["apply", "claims.json", "patch.json", "-o", "fixed.json"], { "claims.json": json(claims), "patch.json": json(patch) }, undefined, { written });
    expect(out.code).toBe(0);
    expect(Object.keys(written)).toEqual(["fixed.json"]);
    const piped = cli(["apply", "-", "patch.json"], { "patch.json": json(patch) }, json(claims));
    expect(piped).toEqual({ code: 0, stdout: JSON.stringify(corrected, null, 2) + "\n", stderr: "" });
  });

  it("names the patch file and the operation's pointer when the patch is wrong; writes nothing", () => {
    const written: Record<string, string> = {};
    const bad = [...patch, { op: "replace", path: "/claims/9/value", value: 1 }];
    const out = cli(["apply", "claims.json", "patch.json"], { "claims.json": json(claims), "patch.json": json(bad) }, undefined, { written });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe('patch.json: /3/path: "/claims/9/value" points at nothing: the claim set has 4 claims\n');
    expect(written).toEqual({});
  });

  it("names the claims file and the claim's pointer when the result is not a valid claim set; writes nothing", () => {
    const written: Record<string, string> = {};
    const bad = [{ op: "replace", path: "/claims/1/value", value: "about nine hundred" }];
    const out = cli(["apply", "claims.json", "patch.json"], { "claims.json": json(claims), "patch.json": json(bad) }, undefined, { written });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^claims\.json: \/claims\/1\/value: cannot read "about nine hundred" as a quantity/);
    expect(written).toEqual({});
  });

  it("refuses hostile patches, every problem listed", () => {
    const hostile = [
      { op: "copy", from: "/constructor", path: "/x" },
      { op: "add", path: "/__proto__/polluted", value: "yes" },
      { op: "delete", path: "/claims/0" },
    ];
    const out = cli(["apply", "claims.json", "patch.json"], { "claims.json": json(claims), "patch.json": json(hostile) }, undefined, { written: {} });
    expect(out.code).toBe(2);
    expect(out.stderr.split("\n").filter(Boolean)).toEqual([
      'patch.json: /0/from: "/constructor" goes through "constructor", which a patch may not touch',
      'patch.json: /1/path: "/__proto__/polluted" goes through "__proto__", which a patch may not touch',
      'patch.json: /2/op: "delete" is not an operation; use add, remove, replace, move, copy, test',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const many = Array.from({ length: 10_000 }, () => ({ op: "test", path: "/claims/0/id", value: "a" }));
    expect(cli(["apply", "claims.json", "patch.json"], { "claims.json": json(claims), "patch.json": json(many) }).stderr).toBe(
      "patch.json: the patch has 10000 operations; at most 1000 are allowed in one patch (split it, or raise maxOperations)\n",
    );
    expect(cli(["apply", "claims.json", "patch.json"], { "claims.json": json(claims), "patch.json": json({ op: "remove" }) }).stderr).toMatch(
      /^patch\.json: a patch is a JSON array of operations/,
    );
  });

  it("prints warnings but applies", () => {
    const withSources = { ...claims, sources: [{ id: "pentagon" }, { id: "infoplus" }] };
    const out = cli(
      ["apply", "claims.json", "patch.json"],
      { "claims.json": json(withSources), "patch.json": json([{ op: "replace", path: "/claims/0/source", value: "pentagn" }]) },
      undefined,
      { written: {} },
    );
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('claims.json: /claims/0/source: warning: source "pentagn" is not listed under "sources"\n');
  });

  it("exits 2 on bad JSON, NDJSON claims, unwritable output, or bad usage", () => {
    const files = { "claims.json": json(claims), "patch.json": json(patch) };
    expect(cli(["apply", "claims.json", "patch.json"], { ...files, "patch.json": "[{]" }).stderr).toMatch(/^patch\.json:1: not valid JSON at column 3: /);
    expect(cli(["apply", "claims.ndjson", "patch.json"], { ...files, "claims.ndjson": "{}\n{}\n" }).stderr).toContain("is NDJSON");
    const failing = cli(["apply", "claims.json", "patch.json"], files, undefined, { written: {}, failWrites: "EACCES" });
    expect(failing).toMatchObject({ code: 2, stdout: "" });
    expect(failing.stderr).toBe('corroborate: cannot write "claims.json": permission denied; it was left as it was\n');
    expect(cli(["apply", "claims.json"], files).code).toBe(2);
    expect(cli(["apply", "-", "-"], files).stderr).toContain("only one of the files can be standard input");
    expect(cli(["apply", "claims.json", "patch.json", "--force"], files).stderr).toContain("unknown option");
  });
});

describe("the real executable", () => {
  it("apply replaces the file in place, leaves no temporary file, and keeps a symbolic link a link", () => {
    const dir = tempFiles({ "claims.json": json(claims), "patch.json": json([{ op: "replace", path: "/claims/1/value", value: 1400 }]) });
    symlinkSync(join(dir, "claims.json"), join(dir, "link.json"));
    chmodSync(join(dir, "claims.json"), 0o640);
    const out = spawnCli(["apply", join(dir, "link.json"), join(dir, "patch.json")]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "claims.json"), "utf8")) as typeof claims;
    expect(written.claims[1]!.value).toBe(1400);
    expect(readFileSync(join(dir, "claims.json"), "utf8").endsWith("}\n")).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "link.json", "patch.json"]);
    expect(lstatSync(join(dir, "link.json")).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, "claims.json")).mode & 0o777).toBe(0o640);
  });

  it("a failing apply leaves the file byte for byte as it was; diff reads what check wrote", () => {
    const original = JSON.stringify(claims); // compact: a rewrite would show
    const dir = tempFiles({ "claims.json": original, "patch.json": json([{ op: "remove", path: "/claims/7" }]) });
    const out = spawnCli(["apply", join(dir, "claims.json"), join(dir, "patch.json")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(`${join(dir, "patch.json")}: /0/path: "/claims/7" points at nothing: the claim set has 3 claims\n`);
    expect(readFileSync(join(dir, "claims.json"), "utf8")).toBe(original);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "patch.json"]);

    const reports = tempFiles({ "before.json": json(before), "after.json": json(after) });
    const diff = spawnCli(["diff", join(reports, "before.json"), join(reports, "after.json")]);
    expect(diff.code).toBe(0);
    expect(diff.stdout.split("\n")[0]).toBe("1 new, 1 resolved, 0 changed");
    expect(existsSync(join(reports, "before.json"))).toBe(true);
  });
});
