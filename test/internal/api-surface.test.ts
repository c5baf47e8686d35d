/**
 * One way to mark what is not public API: every declaration a module of src/
 * exports that the package's entries (src/index.ts, corroborate/vitest and
 * its setup) do not export carries a JSDoc `@internal` tag, and nothing the
 * entries export does.
 */
import { fileURLToPath } from "node:url";
import { relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

function exportsOf() {
  const config = ts.readConfigFile(`${root}tsconfig.json`, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(
    parsed.fileNames.filter((file) => relative(root, file).startsWith("src/")),
    parsed.options,
  );
  const checker = program.getTypeChecker();
  const publicDeclarations = new Set<ts.Declaration>();
  for (const entry of ["src/index.ts", "src/vitest/index.ts", "src/vitest/setup.ts"]) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(`${root}${entry}`)!)!;
    for (const exported of checker.getExportsOfModule(module)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of target.declarations ?? []) publicDeclarations.add(declaration);
    }
  }
  const found: Array<{ where: string; internal: boolean; isPublic: boolean }> = [];
  for (const file of program.getSourceFiles()) {
    const path = relative(root, file.fileName);
    if (!path.startsWith("src/") || path.endsWith(".d.ts")) continue;
    const module = checker.getSymbolAtLocation(file);
    if (!module) continue;
    for (const exported of checker.getExportsOfModule(module)) {
      if (exported.flags & ts.SymbolFlags.Alias) continue; // a re-export: judged where it is declared
      for (const declaration of exported.declarations ?? []) {
        if (declaration.getSourceFile() !== file) continue;
        const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
        const internal = ts.getJSDocTags(node).some((tag) => tag.tagName.text === "internal");
        const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `${path}:${line} ${exported.name}`, internal, isPublic: publicDeclarations.has(declaration) });
      }
    }
  }
  return found;
}

describe("the public API and what is internal", () => {
  const found = exportsOf();

  it("finds the package's exports and its internal ones", () => {
    expect(found.filter((f) => f.isPublic).length).toBeGreaterThan(50);
    expect(found.filter((f) => !f.isPublic).length).toBeGreaterThan(100);
  });

  it("every export the entries do not export is tagged @internal", () => {
    expect(found.filter((f) => !f.isPublic && !f.internal).map((f) => f.where)).toEqual([]);
  });

  it("nothing the entries export is tagged @internal", () => {
    expect(found.filter((f) => f.isPublic && f.internal).map((f) => f.where)).toEqual([]);
  });
});
