/**
 * NDJSON read as it arrives: `check` and `validate` print the same for an
 * .ndjson file read in chunks of any size, for the same text on standard
 * input, and for it in a .json file (read whole, as NDJSON by detection);
 * SARIF lines and --lenient included. Then the real executable on files
 * larger than one chunk, from a file and from a pipe.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim, cli, spawnCli, tempFiles } from "./helpers.js";
import type { Outcome } from "./helpers.js";

const json = (value: unknown) => JSON.stringify(value);

/** The outcome with the input's name (and SARIF's name for standard input) replaced by FILE. */
function named(outcome: Outcome, name: string): Outcome {
  const rename = (text: string) => text.split(name).join("FILE").split("stdin.json").join("FILE");
  return { code: outcome.code, stdout: rename(outcome.stdout), stderr: rename(outcome.stderr) };
}

const claimLine = fc
  .record({
    id: fc.constantFrom("a", "b", "c", "d"),
    value: fc.constantFrom("~900", 1400, "أكثر من 142", "2690..3290", "2025-02-30"),
    source: fc.constantFrom("infoplus", "pentagon", "وكالة الأنباء"),
    published: fc.constantFrom("2025-04-20", "2025-06-01", "2025-02-30"),
    subject: fc.constantFrom("us-forces", "الجيش العراقي"),
  })
  .map((fields) => json(claim(fields.id, fields)));

const otherLine = fc.constantFrom("", "  ", "\t", '{"id": "x",}', "not json", "[1]", '{"id": "e", "subject": "s"}');

/** NDJSON as `"auto"` reads it too: a claim first, then more lines, with LF or CRLF, maybe a byte-order mark. */
const ndjson = fc
  .record({
    bom: fc.constantFrom("", "\ufeff"),
    first: claimLine,
    rest: fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: claimLine }, { weight: 1, arbitrary: otherLine }), fc.constantFrom("\n", "\r\n")), {
      minLength: 1,
      maxLength: 8,
    }),
  })
  .map(({ bom, first, rest }) => `${bom}${first}\n${rest.map(([line, end]) => line + end).join("")}`)
  .filter((text) => text.split("\n").filter((line) => line.trim() !== "").length >= 2);

const runs = [["check"], ["check", "-f", "json"], ["check", "-f", "sarif"], ["check", "-f", "sarif", "--lenient"], ["validate"]];

describe("NDJSON read in chunks", () => {
  it("prints what the whole text read at once prints, for any chunk size, from a file or standard input", () => {
    fc.assert(
      fc.property(ndjson, fc.constantFrom(...runs), fc.integer({ min: 1, max: 64 }), (text, [command, ...flags], chunkSize) => {
        const whole = named(cli([command!, "c.json", ...flags], { "c.json": text }), "c.json");
        const file = named(cli([command!, "c.ndjson", ...flags], { "c.ndjson": text }, undefined, { chunkSize }), "c.ndjson");
        const stdin = named(cli([command!, "-", ...flags], {}, text, { chunkSize }), "<stdin>");
        expect(file).toEqual(whole);
        expect(stdin).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it("reads standard input that is not NDJSON whole, as before", () => {
    const text = JSON.stringify({ claims: [claim("a", { value: "~1400", source: "pentagon" }), claim("b", { value: "~900" })] }, null, 2);
    const piped = cli(["check", "-", "-f", "json"], {}, text, { chunkSize: 3 });
    expect(piped).toEqual(cli(["check", "c.json", "-f", "json"], { "c.json": text }));
    expect(cli(["validate", "-"], {}, `${json(claim("a"))}\n`).stdout).toBe("<stdin>: valid claim set, 1 claim\n");
    expect(cli(["validate", "-"], {}, "\ufeff\n\t").stderr).toBe("<stdin>: the input is empty\n");
  });

  it("names the line of each problem, across chunk boundaries, bytes that are not UTF-8 included", () => {
    const text = `${json(claim("a"))}\r\n\r\n{"id": "b",}\r\n${json(claim("c", { published: "2025-13" }))}\r\n`;
    const out = cli(["validate", "c.jsonl"], { "c.jsonl": text }, undefined, { chunkSize: 2 });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'c.jsonl:3: /claims/1: not valid JSON at column 12: expected a field name in double quotes, found "}"\n' +
        'c.jsonl:4: /claims/2/published: cannot read "2025-13" as a date: there is no month 13\n',
    );
    const bytes = new Uint8Array([...new TextEncoder().encode(`${json(claim("a"))}\n`), 0xd8, 0xa7, 0xd8]);
    expect(cli(["validate", "c.ndjson"], { "c.ndjson": bytes }).stderr).toBe(
      "c.ndjson:2: /claims/1: the line is not UTF-8 text: its byte 3 (0xD8) is not part of a UTF-8 character\n",
    );
  });

  it("says why a file cannot be read", () => {
    expect(cli(["check", "missing.ndjson"]).stderr).toMatch(/^corroborate: cannot read "missing.ndjson": no such file\n/);
    expect(cli(["validate", "-"]).stderr).toMatch(/^corroborate: cannot read standard input: no such file\n/);
  });
});

describe("the executable", () => {
  /** About 2.5 MB of NDJSON (more than two of the 1 MiB chunks), with one conflict at its end. */
  const big = (() => {
    const lines: string[] = [];
    for (let i = 0; i < 12_000; i++) {
      lines.push(json(claim(`c${i}`, { subject: `subject-${i}`, quote: "القوات الأمريكية في العراق ".repeat(4) })));
    }
    lines.push(json(claim("x", { value: "~1400", source: "pentagon", published: "2025-04-20" })));
    lines.push(json(claim("y", { value: "~900", source: "infoplus", published: "2025-04-20" })));
    return `${lines.join("\r\n")}\n`;
  })();

  it("checks an NDJSON file larger than a chunk, and the same text piped in", () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(2 * 2 ** 20);
    const dir = tempFiles({ "big.ndjson": big });
    const file = spawnCli(["check", join(dir, "big.ndjson"), "-f", "json"]);
    expect(file.stderr).toBe("");
    expect(file.code).toBe(1);
    const report = JSON.parse(file.stdout) as { summary: { claims: number; conflicts: number } };
    expect(report.summary).toMatchObject({ claims: 12_002, conflicts: 1 });
    const piped = spawnCli(["check", "-", "-f", "json"], { input: big });
    expect(piped).toEqual(file);
  });

  it("says so when an .ndjson name is a directory", () => {
    const dir = tempFiles({});
    mkdirSync(join(dir, "folder.ndjson"));
    const out = spawnCli(["validate", join(dir, "folder.ndjson")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`cannot read ${JSON.stringify(join(dir, "folder.ndjson"))}: it is a directory`);
  });
});
