import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/index.js";
import { claim, cli, spawnCli, tempFiles } from "./helpers.js";

const json = (value: unknown) => JSON.stringify(value);
const good = json({
  sources: [{ id: "infoplus" }],
  claims: [claim("a"), claim("b", { value: "~1400", published: "2025-04-20" })],
});

describe("corroborate validate", () => {
  it("accepts a valid claim set: exit 0, a summary on stdout, nothing on stderr", () => {
    const out = cli(["validate", "good.json"], { "good.json": good });
    expect(out).toEqual({ code: 0, stdout: "good.json: valid claim set, 2 claims\n", stderr: "" });
  });

  it("--quiet prints nothing for valid files", () => {
    expect(cli(["validate", "-q", "good.json"], { "good.json": good })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it.each([
    {
      name: "a missing field",
      doc: { claims: [{ id: "a", property: "troop-count", value: 1, source: "s" }] },
      lines: ['bad.json: /claims/0/subject: "subject" is required'],
    },
    {
      name: "a duplicate claim id",
      doc: { claims: [claim("a"), claim("a")] },
      lines: ['bad.json: /claims/1/id: claim id "a" is already used by /claims/0'],
    },
    {
      name: "an impossible date",
      doc: { claims: [claim("a", { published: "2025-02-30" })] },
      lines: ['bad.json: /claims/0/published: cannot read "2025-02-30" as a date: February 2025 has 28 days'],
    },
    {
      name: "a value that is not a quantity",
      doc: {
        properties: [{ id: "troop-count", type: "quantity" }],
        claims: [claim("a", { value: "about nine hundred" })],
      },
      lines: ['bad.json: /claims/0/value: cannot read "about nine hundred" as a quantity'],
    },
    {
      name: "a __proto__ scope name",
      doc: { claims: [claim("a", { scope: JSON.parse('{"__proto__": "syria"}') })] },
      lines: ['bad.json: /claims/0/scope/__proto__: "__proto__" cannot be used as a scope name'],
    },
  ])("rejects $name: exit 2, one line per issue with its pointer", ({ doc, lines }) => {
    const out = cli(["validate", "bad.json"], { "bad.json": json(doc) });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    const printed = out.stderr.trimEnd().split("\n");
    expect(printed).toHaveLength(lines.length);
    printed.forEach((line, i) => expect(line.startsWith(lines[i]!)).toBe(true));
  });

  it("reports every issue of every file, and fails if any file is invalid", () => {
    const bad = json({ claims: [claim("a", { value: null }), claim("a", { modality: "maybe" })] });
    const out = cli(["validate", "good.json", "bad.json"], { "good.json": good, "bad.json": bad });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("good.json: valid claim set, 2 claims\n");
    expect(out.stderr.trimEnd().split("\n").map((line) => line.split(": ")[1])).toEqual([
      "/claims/0/value",
      "/claims/1/id",
      "/claims/1/modality",
    ]);
  });

  it("gives NDJSON line numbers", () => {
    const text = [json(claim("a")), "", json(claim("b", { asOf: "2025-13" })), "{not json"].join("\n");
    const out = cli(["validate", "claims.ndjson"], { "claims.ndjson": text });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'claims.ndjson:3: /claims/1/asOf: cannot read "2025-13" as a date: there is no month 13\n' +
        'claims.ndjson:4: /claims/2: not valid JSON at column 2: expected a field name in double quotes, found "n"\n',
    );
  });

  it("prints warnings for sources missing from a declared list, without failing", () => {
    const text = json({ sources: [{ id: "infoplus" }], claims: [claim("a", { source: "infoplu" })] });
    const out = cli(["validate", "c.json"], { "c.json": text });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('c.json: /claims/0/source: warning: source "infoplu" is not listed under "sources"\n');
  });

  it("reads standard input for -", () => {
    expect(cli(["validate", "-"], {}, good)).toMatchObject({ code: 0, stdout: "<stdin>: valid claim set, 2 claims\n" });
  });

  it("reports a JSON syntax error with its line and column, not the engine's message", () => {
    const out = cli(["validate", "c.json"], { "c.json": '{\n  "claims": [1,]\n}' });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('c.json:2: not valid JSON at column 16: expected a value, found "]"\n');
  });
});

describe("usage errors", () => {
  it.each([
    [["frob"], /unknown command "frob"/],
    [["validate"], /validate needs at least one file/],
    [["validate", "--bogus", "x.json"], /unknown option "--bogus"/],
    [["schema", "nonsense"], /unknown schema "nonsense"/],
  ])("%j exits 2 with one line and where the help is", (argv, message) => {
    const out = cli(argv);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).toMatch(/--help/);
    expect(out.stderr.split("\n")).toHaveLength(3);
  });

  it("a missing file exits 2, naming the file, with usage", () => {
    const out = cli(["validate", "missing.json"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'corroborate: cannot read "missing.json": no such file\nUsage: corroborate validate <file…|-> (corroborate validate --help for more)\n',
    );
  });

  it("no command at all prints the usage on stderr and exits 2", () => {
    const out = cli([]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^corroborate \d+\.\d+\.\d+: /);
  });

  it("--help and --version exit 0 on stdout", () => {
    expect(cli(["--help"])).toMatchObject({ code: 0, stderr: "" });
    expect(cli(["--help"]).stdout).toMatch(/corroborate validate <file…\|->/);
    expect(cli(["validate", "--help"]).stdout).toMatch(/^Usage: corroborate validate/);
    expect(cli(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });
});

describe("corroborate schema", () => {
  it("prints the committed claim-set schema", () => {
    const committed = readFileSync(new URL("../../schemas/claim-set.schema.json", import.meta.url), "utf8");
    expect(cli(["schema"])).toEqual({ code: 0, stdout: committed, stderr: "" });
    expect(cli(["schema", "claim-set"]).stdout).toBe(committed);
  });
});

describe("the executable under hostile input", () => {
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

  it("real process: exit codes, stdin, no stack traces", () => {
    const dir = tempFiles({
      "good.json": good,
      "huge-number.json": '{"claims":[{"id":"a","subject":"s","property":"p","value":1e400,"source":"s"}]}',
      "proto.json": '{"__proto__":{"polluted":true},"claims":[{"id":"a","subject":"s","property":"p","value":1,"source":"s","__proto__":{"x":1}}]}',
      "not-utf8.json": Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      "empty.json": "",
    });
    const ok = spawnCli(["validate", join(dir, "good.json")]);
    expect(ok.code).toBe(0);
    const piped = spawnCli(["validate", "-"], { input: good });
    expect(piped).toMatchObject({ code: 0, stdout: "<stdin>: valid claim set, 2 claims\n" });
    for (const [file, message] of [
      ["huge-number.json", "/claims/0/value: the number is too large to represent"],
      ["proto.json", 'unknown field "__proto__"'],
      ["not-utf8.json", "the file is not UTF-8 text"],
      ["empty.json", "the input is empty"],
      ["absent.json", "no such file"],
    ] as const) {
      const out = spawnCli(["validate", join(dir, file)]);
      expect(out.code, file).toBe(2);
      expect(out.stderr, file).toContain(message);
      noStack(out.stderr);
    }
  });

  it("200 000-deep nesting is rejected with a pointer, not a crash", () => {
    const depth = 200_000;
    const deep = "[".repeat(depth) + "]".repeat(depth);
    const dir = tempFiles({
      "deep-note.json": `{"claims":[{"id":"a","subject":"s","property":"p","value":1,"source":"s","note":${deep}}]}`,
      "deep-claims.json": `{"claims":${deep}}`,
      "deep-broken.json": `{"claims":${"[".repeat(depth)}`,
    });
    const note = spawnCli(["validate", join(dir, "deep-note.json")]);
    expect(note.code).toBe(2);
    expect(note.stderr).toContain("/claims/0/note: must be text, not a list");
    const claims = spawnCli(["validate", join(dir, "deep-claims.json")]);
    expect(claims.code).toBe(2);
    expect(claims.stderr).toContain("/claims/0: must be an object, not a list");
    const broken = spawnCli(["validate", join(dir, "deep-broken.json")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("not valid JSON");
    for (const out of [note, claims, broken]) noStack(out.stderr);
  });

  it("a 50 MB claim set is read whole: valid, then with one broken claim near the end", () => {
    const claims = [];
    for (let i = 0; claims.length === 0 || i < 270_000; i++) {
      claims.push(claim(`claim-${i}`, { value: `~${900 + (i % 700)}`, published: "2025-04-20", quote: "إلى جانب نحو 900 عنصر في سوريا" }));
    }
    const text = json({ claims });
    expect(Buffer.byteLength(text)).toBeGreaterThan(50_000_000);
    const broken = text.replace(/"claim-269998","subject":"us-forces","property":"troop-count","value":"~\d+"/, (m) =>
      m.replace(/"value":"~\d+"/, '"value":"about nine hundred"'),
    );
    const dir = tempFiles({ "big.json": text, "big-broken.json": broken });
    expect(spawnCli(["validate", join(dir, "big.json")])).toMatchObject({
      code: 0,
      stdout: `${join(dir, "big.json")}: valid claim set, 270000 claims\n`,
    });
    const out = spawnCli(["validate", join(dir, "big-broken.json")]);
    expect(out.code).toBe(2);
    expect(out.stderr.split("\n")).toHaveLength(2); // one issue, then the final newline
    expect(out.stderr).toMatch(
      new RegExp(`^${join(dir, "big-broken.json")}: /claims/269998/value: cannot read "about nine hundred" as a quantity; .*from its first value at /claims/0/value`),
    );
  }, 120_000);
});

describe("messages on standard error quote the input as data", () => {
  // A file name, an id or a value from the input must not recolour the terminal, reorder a line, or start a line of its own.
  const hostile = "x\u001b[31mred\u202eevil\nforged line";

  it.each([
    ["an invalid claim's id and value", ["validate", "claims.json"], { "claims.json": json({ claims: [claim(hostile, { published: hostile })] }) }],
    ["a file name", ["validate", `${hostile}.json`], { [`${hostile}.json`]: "{" }],
    ["a missing file", ["check", `${hostile}.json`], {}],
    ["an unknown command", [hostile], {}],
    ["a repeated key in a config", ["check", "claims.json", "--config", `${hostile}.json`], { "claims.json": good, [`${hostile}.json`]: '{"rules":{},"rules":{}}' }],
  ] as const)("%s", (_, argv, files) => {
    const out = cli([...argv], files as Record<string, string>);
    expect(out.code).toBe(2);
    expect(out.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out.stderr).not.toContain("\nforged line");
    expect(out.stderr).toMatch(/\\u001b|\\u202e/);
  });
});

describe("file names that are names of Object.prototype", () => {
  it.each([["diff", "constructor", "a.json"], ["validate", "__proto__"], ["check", "toString"]])("%s %s: no such file, exit 2", (...argv) => {
    const out = cli(argv);
    expect(out.code).toBe(2);
    expect(out.stderr).not.toContain("internal error");
  });
});
