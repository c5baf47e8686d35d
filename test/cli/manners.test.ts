/**
 * How the command line behaves toward the person typing: colour from
 * --color/--no-color, FORCE_COLOR, NO_COLOR and the terminal; a mistyped
 * option or command gives one line, the nearest name, and where the help
 * is; diff given claim sets says what it compares; a --config file's
 * mistyped keys and rule ids get a "did you mean".
 */
import { describe, expect, it } from "vitest";
import { colorFromEnvironment } from "../../src/cli/color.js";
import { optionProblem } from "../../src/cli/args.js";
import { check } from "../../src/index.js";
import { claim, cli, spawnCli, tempFiles } from "./helpers.js";
import { join } from "node:path";

const json = (value: unknown) => JSON.stringify(value);
const disagreeing = json({
  claims: [
    claim("a", { value: "~1400", source: "pentagon", published: "2025-04-20" }),
    claim("b", { value: "~900", source: "infoplus", published: "2025-04-20" }),
  ],
});
const ESC = "\u001b[";

describe("colour", () => {
  it.each([
    [{}, false, false],
    [{}, true, true],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "" }, true, true], // no-color.org: only a non-empty value counts
    [{ TERM: "dumb" }, true, false],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "3" }, false, true],
    [{ FORCE_COLOR: "" }, false, true], // as Node reads it: set and empty means on
    [{ FORCE_COLOR: "true" }, false, true],
    [{ FORCE_COLOR: "0" }, true, false],
    [{ FORCE_COLOR: "false" }, true, false],
    [{ FORCE_COLOR: "1", NO_COLOR: "1" }, false, true], // FORCE_COLOR wins, as in Node
    [{ FORCE_COLOR: "1", TERM: "dumb" }, false, true],
  ])("environment %j, terminal %s: colour %s", (env, isTTY, wanted) => {
    expect(colorFromEnvironment(env, isTTY)).toBe(wanted);
  });

  const files = { "c.json": disagreeing };
  it.each([
    [[], false, false],
    [[], true, true],
    [["--color"], false, true],
    [["--no-color"], true, false],
    [["--color", "--no-color"], false, false], // the later one wins
    [["--no-color", "--color"], true, true],
    [["--color", "-f", "json"], true, false], // only the text format has colour
    [["--color", "-f", "markdown"], true, false],
  ])("check %j on a terminal that wants colour: %s → %s", (options, terminal, coloured) => {
    const out = cli(["check", "c.json", ...options], files, undefined, { color: terminal });
    expect(out.stdout.includes(ESC)).toBe(coloured);
    expect(out.code).toBe(1);
  });

  it("--color colours a report written to --output; the terminal's wish alone does not", () => {
    const written: Record<string, string> = {};
    cli(["check", "c.json", "--output", "forced.txt", "--color"], files, undefined, { written });
    cli(["check", "c.json", "--output", "plain.txt"], files, undefined, { written, color: true });
    expect(written["forced.txt"]).toContain(ESC);
    expect(written["plain.txt"]).not.toContain(ESC);
  });

  it("the executable reads FORCE_COLOR and NO_COLOR (its output here is a pipe)", { timeout: 60_000 }, () => {
    const dir = tempFiles({ "c.json": disagreeing });
    const file = join(dir, "c.json");
    expect(spawnCli(["check", file], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).toContain(ESC);
    expect(spawnCli(["check", file], { env: { FORCE_COLOR: "0" } }).stdout).not.toContain(ESC);
    expect(spawnCli(["check", file, "--color"], { env: { FORCE_COLOR: "0", NO_COLOR: "1" } }).stdout).toContain(ESC); // the option wins
  });
});

describe("usage errors: one line, the nearest name, where the help is", () => {
  const files = { "c.json": disagreeing, "p.json": "[]", "a.txt": "About 900 troops." };
  it.each([
    [["check", "c.json", "--fromat", "json"], 'unknown option "--fromat"; did you mean "--format"?', "check"],
    [["check", "c.json", "--fail-no", "none"], 'unknown option "--fail-no"; did you mean "--fail-on"?', "check"],
    [["check", "c.json", "--colour"], 'unknown option "--colour"; did you mean "--color"?', "check"],
    [["check", "c.json", "--frobnicate"], 'unknown option "--frobnicate"', "check"],
    [["check", "c.json", "-x"], 'unknown option "-x"', "check"],
    [["check", "c.json", "--format"], "--format needs a value", "check"],
    [["check", "c.json", "-f"], "--format needs a value", "check"],
    [["check", "c.json", "--lenient=yes"], "--lenient takes no value", "check"],
    [["validate", "c.json", "--quite"], 'unknown option "--quite"; did you mean "--quiet"?', "validate"],
    [["diff", "c.json", "c.json", "--formt", "json"], 'unknown option "--formt"; did you mean "--format"?', "diff"],
    [["apply", "c.json", "p.json", "--ouput", "x.json"], 'unknown option "--ouput"; did you mean "--output"?', "apply"],
    [["extract", "a.txt", "--lnag", "en"], 'unknown option "--lnag"; did you mean "--lang"?', "extract"],
    [["schema", "--pretty"], 'unknown option "--pretty"', "schema"],
    [["completion", "bash", "--all"], 'unknown option "--all"', "completion"],
    [["completion", "tcsh"], 'no completion for "tcsh"; the shells are bash, zsh and fish', "completion"],
    [["chek", "c.json"], 'unknown command "chek"; did you mean "check"?', undefined],
    [["valdate", "c.json"], 'unknown command "valdate"; did you mean "validate"?', undefined],
    [["frob"], 'unknown command "frob"', undefined],
    [["--colour"], 'unknown option "--colour"', undefined],
  ])("%j", (argv, message, command) => {
    const out = cli(argv, files);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    const lines = out.stderr.split("\n");
    expect(lines).toHaveLength(3); // the message, the hint, and the final newline
    expect(lines[0]).toBe(`corroborate: ${message}`);
    expect(lines[1]).toBe(
      command === undefined ? 'Run "corroborate --help" for the commands.' : `Usage: corroborate ${command} ${lines[1]!.slice(`Usage: corroborate ${command} `.length)}`,
    );
    if (command !== undefined) expect(lines[1]).toContain(`corroborate ${command} --help`);
  });

  it("words node:util's parse errors as ours, whatever they say", () => {
    const options = { format: { type: "string" as const, short: "f" } };
    expect(optionProblem(Object.assign(new Error("Unknown option '--formta=json'"), { code: "ERR_PARSE_ARGS_UNKNOWN_OPTION" }), options)).toBe(
      'unknown option "--formta=json"; did you mean "--format"?',
    );
    expect(optionProblem(Object.assign(new Error("Option '-f, --format <value>' argument missing"), { code: "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" }), options)).toBe(
      "--format needs a value",
    );
    expect(optionProblem(new Error("something else entirely"), options)).toBe("these options cannot be read");
    expect(optionProblem("not an error", options)).toBe("these options cannot be read");
  });
});

describe("diff given claim sets", () => {
  const report = json(check(disagreeing));
  const ndjson = `${json(claim("a", { value: 900 }))}\n${json(claim("b", { value: 1400 }))}\n`;

  it("says what diff compares, and how to make it, for two claim sets", () => {
    const out = cli(["diff", "before.json", "after.ndjson"], { "before.json": disagreeing, "after.ndjson": ndjson });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe(
      "corroborate: these are claim sets; diff compares reports from check --format json\n" +
        "Write the reports first, then diff them:\n" +
        '  corroborate check "before.json" --format json --output "before.report.json"\n' +
        '  corroborate check "after.ndjson" --format json --output "after.report.json"\n',
    );
  });

  it.each([
    ["a claim set", disagreeing],
    ["a single claim", json(claim("a"))],
    ["NDJSON claims", ndjson],
  ])("names the file that is %s", (_, text) => {
    const out = cli(["diff", "report.json", "claims.json"], { "report.json": report, "claims.json": text });
    expect(out.code).toBe(2);
    expect(out.stderr.split("\n")[0]).toBe('corroborate: "claims.json" is a claim set; diff compares reports from check --format json');
  });

  it("standard input that is a claim set", () => {
    const out = cli(["diff", "-", "report.json"], { "report.json": report }, disagreeing);
    expect(out.stderr).toBe("corroborate: standard input is a claim set; diff compares reports from check --format json\n");
  });

  it("still compares reports, and still names a broken report's problems", () => {
    expect(cli(["diff", "a.json", "b.json"], { "a.json": report, "b.json": report })).toMatchObject({ code: 0, stdout: "0 new, 0 resolved, 0 changed\n" });
    const broken = cli(["diff", "a.json", "b.json"], { "a.json": report, "b.json": json({ tool: {}, conflicts: "none" }) });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^b\.json: \/conflicts: /m);
    expect(broken.stderr).not.toContain("claim set");
  });
});

describe("--config: did you mean", () => {
  it.each([
    [{ rule: { "value-changed": "off" } }, 'unknown field "rule"; did you mean "rules"?'],
    [{ rules: { "rapid-chnage": "off" } }, '/rules/rapid-chnage: unknown rule "rapid-chnage"; did you mean "rapid-change"?'],
    [{ rules: { "conflicting-value": "warning" } }, 'did you mean "conflicting-values"?'],
    [{ rules: { "no-such-thing": "off" } }, 'unknown rule "no-such-thing"; the rules are conflicting-values, self-contradiction, '],
    [{ properties: [{ id: "troop-count", tpye: "quantity" }] }, 'unknown field "tpye"; did you mean "type"?'],
  ])("%j", (config, message) => {
    const out = cli(["check", "c.json", "--config", "config.json"], { "c.json": disagreeing, "config.json": json(config) });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain(message);
    expect(out.stderr.startsWith("config.json: ")).toBe(true);
  });
});
