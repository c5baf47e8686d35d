/**
 * Claim sheets (CSV, TSV): the header, each cell as its claim field, the
 * exports spreadsheets write (BOM, CRLF, quoted line breaks, `;`), every
 * problem by row and column, and the round trip through `writeSheet`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClaimSetIssue, ParseOptions } from "../../src/index.js";
import { check, formatIssue, parseClaimSet, parseQuantity, safeParseClaimSet } from "../../src/index.js";
import { escapeCell, readSheet, unescapeCell, writeSheet } from "../../src/model/sheet.js";

const HEADER = "id,subject,property,scope.location,value,source,published";
const sheet = (...rows: string[]) => [HEADER, ...rows].join("\n");

function issuesOf(text: string, options: ParseOptions = { format: "csv" }): string[] {
  const result = safeParseClaimSet(text, options);
  if (result.success) throw new Error(`expected the sheet to be rejected: ${JSON.stringify(result.data)}`);
  return result.error.issues.map(formatIssue);
}

describe("reading a claim sheet", () => {
  it("reads each row as the claim a JSON claim set would hold", () => {
    const claimSet = parseClaimSet(
      sheet(
        'a,us-forces,troop-count,syria,"1,400",pentagon,2025-04-20',
        "b,us-forces,troop-count,,~900,infoplus,",
      ),
      { format: "csv" },
    );
    expect(claimSet).toEqual({
      claims: [
        { id: "a", subject: "us-forces", property: "troop-count", scope: { location: "syria" }, value: "1,400", source: "pentagon", published: "2025-04-20" },
        { id: "b", subject: "us-forces", property: "troop-count", value: "~900", source: "infoplus" },
      ],
    });
  });

  it.each([
    { name: "a figure with a thousands separator", cell: '"1,400"', value: "1,400", display: "1400" },
    { name: "a plain figure", cell: "900", value: "900", display: "900" },
    { name: "an approximate figure", cell: "~900", value: "~900", display: "~900" },
    { name: "a bound", cell: ">=70", value: ">=70", display: ">=70" },
    { name: "a range", cell: "2000..2500", value: "2000..2500", display: "2000..2500" },
    { name: "a negative figure", cell: "-5", value: "-5", display: "-5" },
  ])("reads a value cell as the JSON value string: $name", ({ cell, value, display }) => {
    const text = `id,subject,property,value,source\na,x,count,${cell},s\n`;
    expect(parseClaimSet(text, { format: "csv" }).claims[0]!.value).toBe(value);
    expect(check(text, { format: "csv" }).groups[0]!.positions[0]!.display).toBe(display);
  });

  it.each([
    { name: "a count that starts with four digits", cells: ["2000", "~900", "1400"], values: [2000, "~900", 1400], type: "quantity" },
    { name: "years alone", cells: ["2026", "2025"], values: ["2026", "2025"], type: "date" },
    { name: "years and months", cells: ["2026", "2025-09"], values: ["2026", "2025-09"], type: "date" },
  ])("reads four-digit cells by their column: $name", ({ cells, values, type }) => {
    const text = ["id,subject,property,value,source", ...cells.map((cell, i) => `c${i},x,p,${cell},s`)].join("\n");
    expect(parseClaimSet(text, { format: "csv" }).claims.map((claim) => claim.value)).toEqual(values);
    expect(check(text, { format: "csv" }).groups[0]!.positions[0]!.value.type).toBe(type);
  });

  it.each(["TRUE", "true", "False", "FALSE"])("reads %s as a boolean, as spreadsheets write them", (cell) => {
    const claims = parseClaimSet(`id,subject,property,value,source\na,x,flag,${cell},s\n`, { format: "csv" }).claims;
    expect(claims[0]!.value).toBe(cell.toLowerCase() === "true");
  });

  it("splits attribution at semicolons, trims each name, and drops empty ones", () => {
    const claims = parseClaimSet('id,subject,property,value,source,attribution\na,x,p,1,s,"reuters; pentagon ;"\n', { format: "csv" }).claims;
    expect(claims[0]!.attribution).toEqual(["reuters", "pentagon"]);
  });

  it("matches header names ignoring case and edge spaces, fills scope from scope.<name> columns, skips # and blank columns", () => {
    const text = "ID, Subject ,PROPERTY,Scope.Location,scope.unit,Value,Source,AsOf,# checked by,\na,x,p,syria,army,1,s,2025,Hala,\n";
    expect(parseClaimSet(text, { format: "csv" }).claims[0]).toEqual({
      id: "a", subject: "x", property: "p", scope: { Location: "syria", unit: "army" }, value: "1", source: "s", asOf: "2025",
    });
  });

  it("keeps quotes, delimiters and line breaks inside quoted cells", () => {
    const text = 'id,subject,property,value,source,quote\r\na,x,p,1,s,"He said ""about 900"",\r\nthen left"\r\n';
    expect(parseClaimSet(text, { format: "csv" }).claims[0]!.quote).toBe('He said "about 900",\r\nthen left');
  });

  it("reads the exports of Excel (BOM, CRLF), LibreOffice and Google Sheets (LF), and European exports (;)", () => {
    const rows = [
      ["id", "subject", "property", "value", "source", "quote"],
      ["a", "us-forces", "troop-count", "1,400", "pentagon", "line one\nline two"],
      ["b", "us-forces", "troop-count", "~900", "infoplus", 'a "quoted" word'],
    ];
    const cell = (text: string, delimiter: string) => (/[",;\n\r]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text);
    const write = (delimiter: string, newline: string) => rows.map((row) => row.map((text) => cell(text, delimiter)).join(delimiter)).join(newline) + newline;
    const expected = parseClaimSet({ claims: rows.slice(1).map(([id, subject, property, value, source, quote]) => ({ id, subject, property, value, source, quote })) });
    const excel = `\uFEFF${write(",", "\r\n")}`;
    const google = write(",", "\n");
    const european = `\uFEFF${write(";", "\r\n")}`;
    for (const text of [excel, google, european]) expect(parseClaimSet(text, { format: "csv" })).toEqual(expected);
    expect(parseClaimSet(new TextEncoder().encode(excel), { format: "csv" })).toEqual(expected);
    expect(parseClaimSet(write("\t", "\r\n"), { format: "tsv" })).toEqual(expected);
    expect(parseClaimSet(write(";", "\n"), { format: "csv", delimiter: ";" })).toEqual(expected);
  });

  it("skips blank rows but keeps counting them", () => {
    const text = "id,subject,property,value,source\n\na,x,p,1,s\n,,,,\nb,x,p,zz,s\n";
    expect(issuesOf(text)).toEqual(['row 5, column value: cannot read "zz" as a quantity; write a number such as 900, "~900", ">=900" or "900..1000" (property "p" is not declared, so it takes its type, quantity, from its first value at row 3, column value; declare it under "properties" to choose)']);
  });

  it("skips rows of spaces only, such as the carriage returns a CRLF file leaves when its header ends in LF", () => {
    const text = "id,subject,property,value,source\na,x,p,1,s\n\r\n  , ,\nb,x,p,zz,s\n";
    expect(issuesOf(text)).toEqual([expect.stringMatching(/^row 5, column value: cannot read "zz"/)]);
  });

  it("knows the line each claim's row starts on, which a quoted cell with line breaks puts after its row number", () => {
    const header = "id,subject,property,value,source,quote";
    const cases: Array<{ name: string; text: string; rows: number[]; lines: number[] }> = [
      { name: "one line a row (LF)", text: `${header}\na,x,p,1,s,q\nb,x,p,2,s,q\n`, rows: [2, 3], lines: [2, 3] },
      { name: "CRLF", text: `${header}\r\na,x,p,1,s,q\r\nb,x,p,2,s,q\r\n`, rows: [2, 3], lines: [2, 3] },
      { name: "CR only (old Mac exports)", text: `${header}\ra,x,p,1,s,q\rb,x,p,2,s,q`, rows: [2, 3], lines: [2, 3] },
      { name: "a quote over three lines", text: `${header}\na,x,p,1,s,"one\ntwo\nthree"\nb,x,p,2,s,q\n`, rows: [2, 3], lines: [2, 5] },
      { name: "CRLF inside a quoted cell", text: `${header}\r\na,x,p,1,s,"one\r\ntwo"\r\nb,x,p,2,s,q\r\n`, rows: [2, 3], lines: [2, 4] },
      { name: "blank rows between", text: `${header}\n\na,x,p,1,s,q\n\n\nb,x,p,2,s,q\n`, rows: [3, 6], lines: [3, 6] },
      { name: "a line break in the header (an editor's # column)", text: `id,subject,property,value,source,"# desk\nnote"\na,x,p,1,s,q\n`, rows: [2], lines: [3] },
    ];
    for (const { name, text, rows, lines } of cases) {
      const { sheet } = readSheet(text, "csv");
      expect({ name, rows: sheet.rows, lines: sheet.lines }).toEqual({ name, rows, lines });
    }
  });

  it("finds each written claim on the line its row starts on, whatever line breaks its cells hold", () => {
    fc.assert(
      fc.property(claimsArbitrary, fc.constantFrom("csv" as const, "tsv" as const), (claims, format) => {
        const written = writeSheet(claims, format);
        if (!written.ok) return;
        const textLines = written.text.split(/\r\n|\n|\r/);
        const { sheet } = readSheet(written.text, format);
        expect(sheet.lines).toHaveLength(claims.length);
        // Ids are c0, c1…: a row's first line opens with its id and the delimiter.
        sheet.lines.forEach((line, i) => expect(textLines[line - 1]).toMatch(new RegExp(`^c${i}${format === "tsv" ? "\t" : ","}`)));
      }),
      { numRuns: 300 },
    );
  });

  it("reads an apostrophe that guards a formula away, and keeps other apostrophes", () => {
    const claims = parseClaimSet("id,subject,property,value,source,note\na,x,p,1,s,'=SUM(A1)\nb,x,p,1,s,'tis\nc,x,p,1,s,''quoted\n", { format: "csv" }).claims;
    expect(claims.map((claim) => claim.note)).toEqual(["=SUM(A1)", "'tis", "'quoted"]);
  });

  it("gives an empty sheet the empty-input issue, and a header alone no claims", () => {
    expect(issuesOf("\uFEFF \r\n")).toEqual(["the input is empty"]);
    expect(parseClaimSet("id,subject,property,value\r\n", { format: "csv" })).toEqual({ claims: [] });
  });

  describe("problems, by row and column", () => {
    it.each<{ name: string; text: string; issues: string[] }>([
      {
        name: "an unknown column, with a hint",
        text: "id,subjet,property,value,source\na,x,p,1,s\n",
        issues: [
          'row 1: column 2: unknown column "subjet"; did you mean "subject"? (columns name claim fields: id, subject, property, value, source, published, asOf, document, attribution, modality, quote, url, note, scope.<name>; a column whose name starts with # is not read)',
          'row 1: the header has no "subject" column; a claim sheet needs id, subject, property, value',
        ],
      },
      {
        name: "a scope column without a name",
        text: "id,subject,property,value,source,scope.\na,x,p,1,s,syria\n",
        issues: ['row 1: column 6 is named "scope.": name the scope\'s qualifier, as in scope.location'],
      },
      {
        name: "scope alone",
        text: "id,subject,property,value,source,scope\na,x,p,1,s,syria\n",
        issues: ['row 1: column 6: unknown column "scope"; name the scope\'s qualifier, as in scope.location (columns name claim fields: id, subject, property, value, source, published, asOf, document, attribution, modality, quote, url, note, scope.<name>; a column whose name starts with # is not read)'],
      },
      {
        name: "a column twice",
        text: "id,subject,property,value,source,Value\na,x,p,1,s,2\n",
        issues: ['row 1: columns 4 and 6 are both "value"'],
      },
      {
        name: "a required column missing",
        text: "id,subject,property,source\na,x,p,s\n",
        issues: ['row 1: the header has no "value" column; a claim sheet needs id, subject, property, value'],
      },
      {
        name: "an unquoted figure with a thousands separator",
        text: "id,subject,property,value,source\na,x,p,1,400,s\n",
        issues: ['row 2: the row has 6 cells but the header names 5 columns; a cell holding the delimiter, such as "1,400", must be quoted'],
      },
      {
        name: "text under a column with no name",
        text: "id,subject,,property,value,source\na,x,oops,p,1,s\n",
        issues: ["row 2: cell 3 has text but its column has no name in the header"],
      },
      {
        name: "a quoted cell that goes on after its quote",
        text: 'id,subject,property,value,source\na,x,p,"1"2,s\nb,x,p,1,s\n',
        issues: ['row 2: a quoted cell goes on after its closing quote; write a " inside a quoted cell as "" (the rows up to the next quote may be read into this one)'],
      },
      {
        name: "a quoted cell never closed",
        text: 'id,subject,property,value,source\na,x,p,1,s\nb,x,p,"1,s\n',
        issues: ['row 3: a quoted cell is never closed: a " opens it and no " ends it, so the rest of the file is read into it'],
      },
      {
        name: "a value that is not a quantity",
        text: "id,subject,property,value,source\na,x,troop-count,900,s\nb,x,troop-count,about nine hundred,s\n",
        issues: [
          'row 3, column value: cannot read "about nine hundred" as a quantity; write a number such as 900, "~900", ">=900" or "900..1000" (property "troop-count" is not declared, so it takes its type, quantity, from its first value at row 2, column value; declare it under "properties" to choose)',
        ],
      },
      {
        name: "an impossible date",
        text: "id,subject,property,value,source,published\na,x,p,1,s,2025-02-30\n",
        issues: ['row 2, column published: cannot read "2025-02-30" as a date: February 2025 has 28 days'],
      },
      {
        name: "a repeated id",
        text: "id,subject,property,value,source\na,x,p,1,s\na,x,p,1,s\n",
        issues: ['row 3, column id: claim id "a" is already used by row 2'],
      },
      {
        name: "a missing subject",
        text: "id,subject,property,value,source\na,,p,1,s\n",
        issues: ['row 2, column subject: "subject" is required'],
      },
      {
        name: "a missing source, with no source column",
        text: "id,subject,property,value\na,x,p,1\n",
        issues: ['row 2, column source: "source" is required (or a "document" listed under "documents" that names one)'],
      },
      {
        name: "a modality that is not one",
        text: "id,subject,property,value,source,modality\na,x,p,1,s,maybe\n",
        issues: ['row 2, column modality: must be one of "asserted", "planned", "denied", not "maybe"'],
      },
      {
        name: "a scope name that would reach an object's prototype",
        text: "id,subject,property,value,source,scope.__proto__,scope.constructor\na,x,p,1,s,polluted,too\n",
        issues: ['row 2, column scope.__proto__: "__proto__" cannot be used as a scope name', 'row 2, column scope.constructor: "constructor" cannot be used as a scope name'],
      },
      {
        name: "a blank scope value",
        text: "id,subject,property,value,source,scope.location\na,x,p,1,s, \n",
        issues: ["row 2, column scope.location: must not be empty"],
      },
    ])("$name", ({ text, issues }) => {
      expect(issuesOf(text)).toEqual(issues);
    });

    it("keeps each issue's JSON pointer beside its row and column", () => {
      const result = safeParseClaimSet("id,subject,property,value,source\n\na,x,p,1,s\nb,x,p,zz,s\n", { format: "csv" });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.issues.map(({ path, row, column }: ClaimSetIssue) => ({ path, row, column }))).toEqual([{ path: "/claims/1/value", row: 4, column: "value" }]);
    });

    it("is named by a file that is not UTF-8, with how to save it", () => {
      const latin1 = Uint8Array.from([...new TextEncoder().encode("id,subject,property,value,source\na,Bagdad "), 0xe9, ...new TextEncoder().encode(",p,1,s\n")]);
      expect(issuesOf(latin1 as unknown as string)).toEqual([
        "line 2: the file is not UTF-8 text: the byte at offset 42 (0xE9) is not part of a UTF-8 character; save the sheet as CSV UTF-8",
      ]);
    });
  });

  it("never throws on any text after a header, and locates every problem by row", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "1", ",", ";", "\t", '"', "\n", "\r", " ", "'", "=", "~", "é"), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.constantFrom("csv" as const, "tsv" as const), fc.boolean(), (body, format, lenient) => {
        const input = `${["id", "subject", "property", "value", "source"].join(format === "tsv" ? "\t" : ",")}\n${body}`;
        const result = safeParseClaimSet(input, { format });
        if (!result.success) for (const issue of result.error.issues) expect(issue.row, formatIssue(issue)).toBeGreaterThan(1);
        try {
          check(input, { format, lenient });
        } catch (error) {
          expect((error as Error).name).toBe("ClaimSetError");
        }
      }),
      { numRuns: 500 },
    );
  });

  describe("lenient checks", () => {
    it("skip a bad row, count it, and check the rest; the diagnostic names its row and column", () => {
      const text = "id,subject,property,value,source,published\na,x,p,900,s,2025-04\nb,x,p,nine hundred,s,2025-04\nc,x,p,1,400,s,2025-04\nd,x,p,1400,t,2025-04\n";
      const report = check(text, { format: "csv", lenient: true });
      expect(report.summary.claims).toBe(2);
      expect(report.diagnostics.map(({ code, path, row, column }) => ({ code, path, row, column }))).toEqual([
        { code: "skipped-claim:invalid-value", path: "/claims/1/value", row: 3, column: "value" },
        { code: "skipped-claim:invalid-sheet", path: "/claims/2", row: 4, column: undefined },
      ]);
      expect(report.conflicts.map((conflict) => conflict.claims)).toEqual([["a", "d"]]);
    });

    it("cannot skip a header problem", () => {
      expect(() => check("id,subject,property,source\na,x,p,s\n", { format: "csv", lenient: true })).toThrow(/no "value" column/);
    });
  });
});

// ---------------------------------------------------------------- writing, and the round trip

/** Text a cell may hold: anything, delimiters, quotes, line breaks and formula characters included. */
const cellText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom("a", " ", ",", ";", "\t", '"', "\n", "\r", "'", "=", "-", "+", "@", "é", "ع"), minLength: 1, maxLength: 12 }),
);
/** Text that is not blank: ids, subjects, properties. */
const name = cellText.filter((text) => text.trim() !== "" && text.toLowerCase() !== "true" && text.toLowerCase() !== "false");
const attributionName = fc.string({ unit: fc.constantFrom("a", "b", " ", "-", "é"), minLength: 1, maxLength: 6 }).filter((text) => text.trim() === text && text !== "");
const quantity = fc.oneof(
  fc.integer({ min: -100000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 100000 }).map((n) => `~${n}`),
  fc.integer({ min: 1000, max: 999999 }).map((n) => n.toLocaleString("en-US")),
);
const claimArbitrary = fc.record(
  {
    subject: name,
    property: fc.constantFrom("troop-count", "bases"),
    scope: fc.dictionary(fc.constantFrom("location", "unit", "a;b", "x y"), name, { minKeys: 1, maxKeys: 2 }),
    value: quantity,
    source: name,
    published: fc.constantFrom("2025", "2025-04", "2025-04-20", "2026-Q4"),
    attribution: fc.array(attributionName, { minLength: 1, maxLength: 3 }),
    modality: fc.constantFrom("asserted", "planned", "denied"),
    quote: cellText,
    note: cellText,
  },
  { requiredKeys: ["subject", "property", "value", "source"] },
);
const claimsArbitrary = fc.array(claimArbitrary, { minLength: 1, maxLength: 8 }).map((claims) => claims.map((claim, i) => ({ id: `c${i}`, ...claim })));

/** Claims with each value as the quantity it reads as: a number written as text ("1,400" for 1400) reads the same. */
const canonical = (claims: ReadonlyArray<Record<string, unknown>>) => claims.map((claim) => ({ ...claim, value: (parseQuantity(claim.value) as { value?: { display: string } }).value?.display }));

describe("writing a claim sheet", () => {
  it("reads back as the same claim set, for CSV and TSV, whatever the cells hold", () => {
    fc.assert(
      fc.property(claimsArbitrary, fc.constantFrom("csv" as const, "tsv" as const), (claims, format) => {
        const written = writeSheet(claims, format);
        expect(written.ok).toBe(true);
        if (!written.ok) return;
        expect(canonical(parseClaimSet(written.text, { format }).claims)).toEqual(canonical(parseClaimSet({ claims }).claims));
      }),
      { numRuns: 300 },
    );
  });

  it("writes numbers as text that reads the same, and quantity objects in the value grammar", () => {
    const claims = [
      { id: "a", subject: "x", property: "p", value: 1400, source: "s" },
      { id: "b", subject: "x", property: "p", value: { amount: 1400, approx: true }, source: "s" },
      { id: "c", subject: "x", property: "p", value: { min: 70, minExclusive: true }, source: "s" },
      { id: "d", subject: "x", property: "p", value: { min: 5, max: 10, maxExclusive: true }, source: "s" },
      { id: "e", subject: "x", property: "p", value: { max: 1000 }, source: "s" },
    ];
    const written = writeSheet(claims, "csv");
    expect(written).toEqual({ ok: true, text: 'id,subject,property,value,source\r\na,x,p,1400,s\r\nb,x,p,~1400,s\r\nc,x,p,>70,s\r\nd,x,p,[5..10),s\r\ne,x,p,<=1000,s\r\n' });
    const before = check({ claims });
    const after = check(written.ok ? written.text : "", { format: "csv" });
    expect(after.groups.map((group) => group.positions.map((position) => [position.display, position.claims]))).toEqual(
      before.groups.map((group) => group.positions.map((position) => [position.display, position.claims])),
    );
  });

  it("groups four-digit numbers only where nothing else in their column shows them to be figures", () => {
    const claims = [
      { id: "a", subject: "x", property: "count", value: 2000, source: "s" },
      { id: "b", subject: "x", property: "count", value: 1400, source: "s" },
      { id: "c", subject: "x", property: "bases", value: 2000, source: "s" },
      { id: "d", subject: "x", property: "bases", value: 900, source: "s" },
    ];
    const written = writeSheet(claims, "csv");
    expect(written).toEqual({ ok: true, text: 'id,subject,property,value,source\r\na,x,count,"2,000",s\r\nb,x,count,"1,400",s\r\nc,x,bases,2000,s\r\nd,x,bases,900,s\r\n' });
    const read = parseClaimSet(written.ok ? written.text : "", { format: "csv" }).claims;
    expect(read.map((claim) => claim.value)).toEqual(["2,000", "1,400", 2000, "900"]);
    expect(check(written.ok ? written.text : "", { format: "csv" }).groups.map((group) => group.positions.map((position) => position.value.type))).toEqual([["quantity", "quantity"], ["quantity", "quantity"]]);
  });

  it("names the claims a sheet cannot hold instead of writing them", () => {
    const claims = [
      { id: "a", subject: "x", property: "p", value: { amount: 5, unit: "troops" }, source: "s" },
      { id: "b", subject: "x", property: "p", value: "TRUE", source: "s" },
      { id: "c", subject: "x", property: "p", value: 1, source: "s", attribution: ["a;b"] },
      { id: "d", subject: "x", property: "p", value: 1, source: "s", scope: { " loc": "x" } },
    ];
    expect(writeSheet(claims, "csv")).toEqual({
      ok: false,
      problems: [
        { index: 0, message: "its value has a unit, which a sheet's value cell cannot hold (put the unit on the property)" },
        { index: 1, message: 'its value is the text "TRUE", which a sheet reads as a boolean' },
        { index: 2, message: 'its attribution name "a;b" holds a ";" or edge spaces, which an attribution cell cannot keep apart' },
        { index: 3, message: 'its scope name " loc" starts or ends with a space, which a header cell loses' },
      ],
    });
  });

  it.each([
    ["=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"],
    ["+1", "+1"],
    ["-5", "-5"],
    ["-1,400.5", "-1,400.5"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["'quoted", "''quoted"],
    ["plain", "plain"],
  ])("guards formula text: %s is written %s", (text, cell) => {
    expect(escapeCell(text)).toBe(cell);
    expect(unescapeCell(cell)).toBe(text);
  });

  it("guards every cell so that it reads back as written", () => {
    fc.assert(fc.property(fc.string(), (text) => unescapeCell(escapeCell(text)) === text));
  });
});
