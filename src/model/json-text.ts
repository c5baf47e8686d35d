/**
 * Reading JSON text. `JSON.parse` does the work; when it fails we locate the
 * error ourselves, because its messages differ between engines and quote the
 * input back. The locator is iterative, so nesting depth cannot overflow it.
 */

/** Where JSON text stops being valid, and what was expected there. @internal */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
/** A JSON number, matched where the scanner stands (sticky): no slicing, any length. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Finds the first syntax error in `text`, or `undefined` when it is valid JSON.
 *
 * @example
 * findJsonSyntaxError('{"a": 1,}')?.message; // → 'expected a field name in double quotes'
 * @internal
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const error = scan(text);
  if (error === undefined) return undefined;
  const [offset, message] = error;
  const { line, column } = lineAndColumn(text, offset);
  return { offset, line, column, message };
}

/** 1-based line and column (in UTF-16 code units) of an offset. @internal */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

type Frame = "object" | "array";
/** What the scanner reads next. */
type Expect = "value" | "member" | "after";

/** Returns `[offset, message]` of the first error, or `undefined`. */
function scan(text: string): [number, string] | undefined {
  const stack: Frame[] = [];
  let i = 0;
  let expect = "value" as Expect;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const here = () => (i >= text.length ? "the end of the text" : JSON.stringify(text[i]));

  const string = (): string | undefined => {
    i++; // opening quote
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return undefined;
      }
      if (code < 0x20) return "a line break or control character inside text must be escaped";
      if (code === 0x5c) {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return "a \\u escape needs four hexadecimal digits";
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          return `unknown escape \\${next ?? ""} in text`;
        }
      } else {
        i++;
      }
    }
    return "text is not closed by a double quote";
  };

  const step = (): string | undefined => {
    skip();
    const c = text[i];
    if (expect === "member") {
      if (c !== '"') return `expected a field name in double quotes, found ${here()}`;
      const problem = string();
      if (problem) return problem;
      skip();
      if (text[i] !== ":") return `expected ":" after a field name, found ${here()}`;
      i++;
      expect = "value";
      return undefined;
    }
    if (expect === "after") {
      const frame = stack[stack.length - 1];
      if (frame === undefined) return i < text.length ? `unexpected ${here()} after the end of the document` : undefined;
      const close = frame === "object" ? "}" : "]";
      if (c === ",") {
        i++;
        expect = frame === "object" ? "member" : "value";
      } else if (c === close) {
        i++;
        stack.pop();
      } else {
        return `expected "," or "${close}" after a value, found ${here()}`;
      }
      return undefined;
    }
    // expect === "value"
    expect = "after";
    if (c === "{" || c === "[") {
      i++;
      skip();
      if (text[i] === (c === "{" ? "}" : "]")) {
        i++;
      } else {
        stack.push(c === "{" ? "object" : "array");
        expect = c === "{" ? "member" : "value";
      }
      return undefined;
    }
    if (c === '"') return string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (!match) return "not a valid number";
      i += match[0].length;
      return undefined;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    return `expected a value, found ${here()}`;
  };

  while (i <= text.length) {
    const problem = step();
    if (problem !== undefined) return [i, problem];
    if (expect === "after" && stack.length === 0) {
      skip();
      return i < text.length ? [i, `unexpected ${here()} after the end of the document`] : undefined;
    }
  }
  return undefined;
}

/**
 * The 1-based line where each claim starts: for JSON, the line of the first
 * character of each element of the top-level `claims` array (the `{` of
 * `/claims/i`); for NDJSON, the line of each non-blank line. Lines are
 * counted by `\n`, as `lineAndColumn` and the NDJSON reader count them.
 * Returns `[]` when the text is not a JSON object with a `claims` array.
 * One pass, no recursion: any nesting depth is safe.
 *
 * @example
 * claimLines('{\n  "claims": [\n    { "id": "a" },\n    { "id": "b" }\n  ]\n}', "json"); // → [3, 4]
 * claimLines('{"id":"a"}\n\n{"id":"b"}\n', "ndjson"); // → [1, 3]
 */
export function claimLines(text: string, format: "json" | "ndjson"): number[] {
  if (format === "ndjson") return ndjsonLines(text);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (findJsonSyntaxError(text) !== undefined) return [];
  return jsonClaimLines(text);
}

/** The line of each non-blank line, as `parseClaimSet` reads NDJSON. */
function ndjsonLines(text: string): number[] {
  const lines: number[] = [];
  let start = 0;
  for (let n = 1; start <= text.length; n++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (text.slice(start, end).trim() !== "") lines.push(n);
    start = end + 1;
  }
  return lines;
}

/**
 * Walks valid JSON text token by token, keeping only the depth: the top
 * level is depth 1 inside the root object, the `claims` array's elements
 * start at depth 2. A repeated `claims` key wins, as with `JSON.parse`.
 */
function jsonClaimLines(text: string): number[] {
  let line = 1;
  let depth = 0;
  /** The next string at depth 1 is a member name. */
  let expectKey = false;
  /** The last member name read at depth 1. */
  let key: string | undefined;
  /** The value after `key:` at depth 1 has not started yet. */
  let expectTopValue = false;
  /** Lines of the claims array being read, while inside it. */
  let reading: number[] | undefined;
  /** The next value at depth 2 of the claims array starts an element. */
  let expectElement = false;
  /** The lines of the last `claims` member, or undefined when it was not an array. */
  let found: number[] | undefined;

  /** Called where a value starts, before it is consumed. */
  const valueStarts = (opensArray: boolean) => {
    if (depth === 1 && expectTopValue) {
      expectTopValue = false;
      if (key === "claims") {
        found = undefined;
        if (opensArray) {
          reading = [];
          expectElement = true;
        }
      }
    } else if (depth === 2 && reading !== undefined && expectElement) {
      reading.push(line);
      expectElement = false;
    }
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    switch (code) {
      case 0x0a: // \n
        line++;
        break;
      case 0x7b: // {
      case 0x5b: // [
        if (depth === 0 && code !== 0x7b) return [];
        valueStarts(code === 0x5b);
        depth++;
        if (depth === 1) expectKey = true;
        break;
      case 0x7d: // }
      case 0x5d: // ]
        if (depth === 2 && reading !== undefined) {
          found = reading;
          reading = undefined;
        }
        depth--;
        break;
      case 0x2c: // ,
        if (depth === 1) expectKey = true;
        else if (depth === 2 && reading !== undefined) expectElement = true;
        break;
      case 0x3a: // :
        if (depth === 1) expectTopValue = true;
        break;
      case 0x22: {
        // a string: find its end, skipping escapes (valid JSON has no raw line breaks in text)
        let end = i + 1;
        while (end < text.length && text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1;
        if (depth === 1 && expectKey) {
          expectKey = false;
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } else {
          valueStarts(false);
        }
        i = end;
        break;
      }
      case 0x20:
      case 0x09:
      case 0x0d:
        break;
      default:
        // a number or true/false/null: its first character starts the value
        if (depth === 0) return [];
        valueStarts(false);
        while (i + 1 < text.length && /[0-9a-zA-Z.+-]/.test(text[i + 1]!)) i++;
    }
  }
  return found ?? [];
}
