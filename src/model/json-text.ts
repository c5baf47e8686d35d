/**
 * Reading JSON text. `JSON.parse` does the work; when it fails we locate the
 * error ourselves, because its messages differ between engines and quote the
 * input back. The locator is iterative, so nesting depth cannot overflow it.
 */

/** Where JSON text stops being valid, and what was expected there. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);

/**
 * Finds the first syntax error in `text`, or `undefined` when it is valid JSON.
 *
 * @example
 * findJsonSyntaxError('{"a": 1,}')?.message; // → 'expected a field name in double quotes'
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const error = scan(text);
  if (error === undefined) return undefined;
  const [offset, message] = error;
  const { line, column } = lineAndColumn(text, offset);
  return { offset, line, column, message };
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
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
      const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 1000));
      if (!match || match[0].length === 1000) return "not a valid number";
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
