import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true });
const checker = program.getTypeChecker();
const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!);

/** Each public export, resolved through re-exports, with its JSDoc. */
const documented = exports.map((symbol) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target.declarations?.[0];
  const tags = declaration ? ts.getJSDocTags(declaration).map((tag) => tag.tagName.text) : [];
  const docs = ts.displayPartsToString(target.getDocumentationComment(checker));
  const isValue = (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
  return { name: symbol.name, docs, tags, isValue };
});

describe("the public API's documentation", () => {
  it("exports something", () => {
    expect(documented.length).toBeGreaterThan(30);
  });

  it("has a summary on every export", () => {
    expect(documented.filter((d) => d.docs.trim() === "").map((d) => d.name)).toEqual([]);
  });

  it("has an @example on every exported function, class and constant", () => {
    expect(documented.filter((d) => d.isValue && !d.tags.includes("example")).map((d) => d.name)).toEqual([]);
  });
});
