/**
 * `corroborate completion bash|zsh|fish`: the table it completes from says
 * what each command's --help says (options, short names, fixed values), and
 * the scripts complete in the real shells: bash always (it is everywhere
 * this suite runs), zsh and fish when they are installed.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMPLETION } from "../../src/cli/completion.js";
import { COMMAND_USAGE } from "../../src/cli/usage.js";
import { cli, tempFiles } from "./helpers.js";

/** The options a command's --help lists: from the lines of its Options section that start with a dash. */
function helpOptions(help: string): Map<string, { short?: string; values?: string[] }> {
  const found = new Map<string, { short?: string; values?: string[] }>();
  const section = help.split("\nOptions:\n")[1]?.split("\n\n")[0] ?? "";
  for (const line of section.split("\n")) {
    if (!line.trimStart().startsWith("-")) continue;
    const head = line.trim().split(/\s{2,}/)[0]!; // "-f, --format text|json", "--color, --no-color"
    let short: string | undefined;
    for (const part of head.split(", ")) {
      const [flag, value] = part.split(" ");
      if (/^-[a-z]$/.test(flag!)) short = flag!.slice(1);
      else if (flag!.startsWith("--")) {
        found.set(flag!.slice(2), { ...(short ? { short } : {}), ...(value?.includes("|") ? { values: value.split("|") } : {}) });
        short = undefined;
      }
    }
  }
  return found;
}

describe("the completion table", () => {
  it("has every command there is", () => {
    expect(Object.keys(COMPLETION).sort()).toEqual(Object.keys(COMMAND_USAGE).sort());
  });

  it.each(Object.keys(COMPLETION))("completes what corroborate %s --help lists", (name) => {
    const listed = helpOptions(COMMAND_USAGE[name]!);
    const table = new Map(
      COMPLETION[name]!.options.map((option) => [
        option.long,
        { ...(option.short ? { short: option.short } : {}), ...(Array.isArray(option.takes) ? { values: [...option.takes] } : {}) },
      ]),
    );
    expect(table).toEqual(listed);
    const positionals = COMPLETION[name]!.positionals;
    if (positionals !== "files") for (const word of positionals) expect(COMMAND_USAGE[name]).toContain(word);
  });

  it("reads a help text's options as the table writes them", () => {
    expect(helpOptions("Usage: x\n\nOptions:\n  -f, --format a|b   what\n      --flag         a flag\n\nExit codes: 0\n")).toEqual(
      new Map([
        ["format", { short: "f", values: ["a", "b"] }],
        ["flag", {}],
      ]),
    );
  });
});

describe("corroborate completion", () => {
  it.each(["bash", "zsh", "fish"])("prints the %s script on standard output", (shell) => {
    const out = cli(["completion", shell]);
    expect(out).toMatchObject({ code: 0, stderr: "" });
    expect(out.stdout).toContain("corroborate");
    for (const command of Object.keys(COMPLETION)) expect(out.stdout).toContain(command);
  });

  it("needs one known shell", () => {
    expect(cli(["completion"]).stderr).toBe("corroborate: completion needs one shell: bash, zsh or fish\nUsage: corroborate completion bash|zsh|fish (corroborate completion --help for more)\n");
    expect(cli(["completion"]).code).toBe(2);
    expect(cli(["completion", "bash", "zsh"]).code).toBe(2);
  });
});

/** Whether a program runs here. */
function has(program: string): boolean {
  return spawnSync(program, ["--version"], { stdio: "ignore" }).status === 0;
}

describe("in bash", () => {
  const dir = tempFiles({ "corroborate.bash": cli(["completion", "bash"]).stdout });
  /** What bash offers for the command line `words`, the last being the word under the cursor. */
  const complete = (...words: string[]) => {
    const script = `source ${JSON.stringify(join(dir, "corroborate.bash"))}
COMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")}); COMP_CWORD=${words.length - 1}
_corroborate 2>/dev/null
printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = spawnSync("bash", ["--norc", "--noprofile", "-c", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    return result.stdout.split("\n").filter((line) => line !== "");
  };

  it.each([
    [["corroborate", "ch"], ["check"]],
    [["corroborate", "c"], ["check", "completion"]],
    [["corroborate", "--v"], ["--version"]],
    [["corroborate", "check", "--fo"], ["--format"]],
    [["corroborate", "check", "--no"], ["--no-color"]],
    [["corroborate", "check", "--format", ""], ["text", "json", "markdown", "sarif", "html"]],
    [["corroborate", "check", "-f", "s"], ["sarif"]],
    [["corroborate", "check", "--fail-on", "w"], ["warning"]],
    [["corroborate", "validate", "--q"], ["--quiet"]],
    [["corroborate", "diff", "-f", ""], ["text", "json"]],
    [["corroborate", "extract", "a.txt", "--lang", ""], ["ar", "en"]],
    [["corroborate", "schema", "r"], ["report"]],
    [["corroborate", "completion", "f"], ["fish"]],
    [["corroborate", "check", "claims"], []], // file names: bash's own completion
  ])("%j → %j", (words, offered) => {
    expect(complete(...words)).toEqual(offered);
  });
});

describe.skipIf(!has("zsh"))("in zsh (skipped: zsh is not installed)", () => {
  it("is a script zsh reads", () => {
    const dir = tempFiles({ _corroborate: cli(["completion", "zsh"]).stdout });
    const result = spawnSync("zsh", ["-n", join(dir, "_corroborate")], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe.skipIf(!has("fish"))("in fish (skipped: fish is not installed)", () => {
  it("offers the commands and the values of --format", () => {
    const dir = tempFiles({});
    const file = join(dir, "corroborate.fish");
    writeFileSync(file, cli(["completion", "fish"]).stdout);
    const ask = (line: string) =>
      spawnSync("fish", ["--no-config", "-c", `source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`], { encoding: "utf8" })
        .stdout.split("\n")
        .map((entry) => entry.split("\t")[0])
        .filter((entry) => entry !== "");
    expect(ask("corroborate ch")).toEqual(["check"]);
    expect(ask("corroborate check --format ")).toEqual(["html", "json", "markdown", "sarif", "text"]);
    expect(ask("corroborate check --fa")).toEqual(["--fail-on"]);
  });
});
