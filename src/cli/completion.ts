/**
 * `corroborate completion bash|zsh|fish`: prints a script that completes
 * commands, options, the values of options that take a fixed set, and file
 * names where a command reads files. The table below is checked against
 * each command's --help by test/cli/completion.test.ts.
 */
import { EXIT, UsageError, parseOptions } from "./args.js";
import type { CliIo } from "./io.js";

/** An option as completion offers it. */
interface OptionSpec {
  long: string;
  short?: string;
  /** What it is for, in a few words (no quotes, brackets or colons: shells read those). */
  about: string;
  /** Its values, when they are a fixed set; `file` for a file name; absent for a flag. */
  takes?: readonly string[] | "file" | "text";
}

/** A command as completion offers it. */
interface CommandSpec {
  about: string;
  options: readonly OptionSpec[];
  /** What its positional arguments are: files, or one of a fixed set of words. */
  positionals: "files" | readonly string[];
}

const FORMATS = ["text", "json", "markdown", "sarif", "html"] as const;

/** Every command, its options and its arguments. @internal */
export const COMPLETION: Readonly<Record<string, CommandSpec>> = {
  check: {
    about: "find contradictions in claim sets",
    positionals: "files",
    options: [
      { long: "format", short: "f", about: "output format", takes: FORMATS },
      { long: "output", short: "o", about: "write the report to a file", takes: "file" },
      { long: "fail-on", about: "exit 1 from this severity on", takes: ["error", "warning", "info", "none"] },
      { long: "config", short: "c", about: "JSON configuration file", takes: "file" },
      { long: "lenient", about: "skip invalid claims and check the rest" },
      { long: "color", about: "colour the text format" },
      { long: "no-color", about: "never colour the text format" },
      { long: "input-format", about: "read every input as this", takes: ["json", "ndjson", "csv", "tsv"] },
      { long: "context", about: "JSON with sources, entities, properties and documents", takes: "file" },
    ],
  },
  validate: {
    about: "check that claim sets are well formed",
    positionals: "files",
    options: [
      { long: "quiet", short: "q", about: "print nothing for valid files" },
      { long: "input-format", about: "read every input as this", takes: ["json", "ndjson", "csv", "tsv"] },
      { long: "context", about: "JSON with sources, entities, properties and documents", takes: "file" },
    ],
  },
  schema: { about: "print a JSON Schema", positionals: ["claim-set", "report", "config", "lexicon"], options: [] },
  diff: {
    about: "compare two reports of check --format json",
    positionals: "files",
    options: [{ long: "format", short: "f", about: "output format", takes: ["text", "json"] }],
  },
  apply: {
    about: "apply a JSON Patch to a claim set",
    positionals: "files",
    options: [
      { long: "output", short: "o", about: "write the patched claim set to a file", takes: "file" },
      { long: "lock-timeout", about: "seconds to wait for another apply", takes: "text" },
    ],
  },
  extract: {
    about: "draft a claim set from an article",
    positionals: "files",
    options: [
      { long: "lang", short: "l", about: "language of the article", takes: ["ar", "en"] },
      { long: "published", about: "publication date", takes: "text" },
      { long: "reference", about: "resolve relative dates against this date", takes: "text" },
      { long: "source", short: "s", about: "who published the article", takes: "text" },
      { long: "document", short: "d", about: "id of the article", takes: "text" },
      { long: "lexicon", about: "JSON lexicon file", takes: "file" },
      { long: "output", short: "o", about: "write the claim set to a file", takes: "file" },
    ],
  },
  export: {
    about: "write a claim set as a sheet, NDJSON or JSON",
    positionals: "files",
    options: [
      { long: "to", short: "t", about: "the form to write", takes: ["csv", "tsv", "ndjson", "json"] },
      { long: "output", short: "o", about: "write to a file", takes: "file" },
      { long: "input-format", about: "read every input as this", takes: ["json", "ndjson", "csv", "tsv"] },
      { long: "context", about: "JSON with sources, entities, properties and documents", takes: "file" },
      { long: "context-output", about: "write the other sections to this JSON file", takes: "file" },
    ],
  },
  completion: { about: "print a shell completion script", positionals: ["bash", "zsh", "fish"], options: [] },
};

const HELP: OptionSpec = { long: "help", short: "h", about: "show help" };

/** `--format -f` as the words a shell completes. */
function optionWords(options: readonly OptionSpec[]): string {
  return [...options, HELP].flatMap((option) => [`--${option.long}`, ...(option.short ? [`-${option.short}`] : [])]).join(" ");
}

/** The bash script: one function, registered for `corroborate`. */
function bash(): string {
  const commands = Object.keys(COMPLETION).join(" ");
  const cases = Object.entries(COMPLETION)
    .map(([name, command]) => {
      const values = command.options
        .filter((option) => option.takes !== undefined)
        .map((option) => {
          const names = [`--${option.long}`, ...(option.short ? [`-${option.short}`] : [])].join("|");
          const reply =
            option.takes === "file"
              ? "compopt -o default; COMPREPLY=()"
              : option.takes === "text"
                ? "COMPREPLY=()"
                : `COMPREPLY=($(compgen -W "${option.takes!.join(" ")}" -- "$cur"))`;
          return `        ${names}) ${reply}; return ;;\n`;
        })
        .join("");
      const positional =
        command.positionals === "files" ? "compopt -o default; COMPREPLY=()" : `COMPREPLY=($(compgen -W "${command.positionals.join(" ")}" -- "$cur"))`;
      return (
        `    ${name})\n` +
        `      case "$prev" in\n${values}      esac\n` +
        `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${optionWords(command.options)}" -- "$cur")); else ${positional}; fi\n` +
        `      ;;\n`
      );
    })
    .join("");
  return `# bash completion for corroborate: source <(corroborate completion bash)
_corroborate() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${commands} --help --version" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}  esac
}
complete -F _corroborate corroborate
`;
}

/** The zsh script: `#compdef` for $fpath, or `compdef` when sourced. */
function zsh(): string {
  const commands = Object.entries(COMPLETION)
    .map(([name, command]) => `    '${name}:${command.about}'\n`)
    .join("");
  const cases = Object.entries(COMPLETION)
    .map(([name, command]) => {
      const specs = [...command.options, HELP].map((option) => {
        const action = option.takes === undefined ? "" : option.takes === "file" ? ":file:_files" : option.takes === "text" ? ":value: " : `:value:(${option.takes.join(" ")})`;
        const names = option.short ? `'(-${option.short} --${option.long})'{-${option.short},--${option.long}}` : `--${option.long}`;
        return `        ${names}'[${option.about}]${action}'`;
      });
      const rest = command.positionals === "files" ? `'*:file:_files'` : `'1:argument:(${command.positionals.join(" ")})'`;
      return `    ${name})\n      _arguments -s \\\n${[...specs, `        ${rest}`].join(" \\\n")} ;;\n`;
    })
    .join("");
  return `#compdef corroborate
# zsh completion for corroborate: source <(corroborate completion zsh), or save as _corroborate in $fpath
_corroborate() {
  local -a commands
  commands=(
${commands}  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'corroborate command' commands
    _arguments '--help[show help]' '--version[print the version]'
    return
  fi
  local command="$words[2]"
  shift words
  (( CURRENT-- ))
  case "$command" in
${cases}  esac
}
if [[ "\${funcstack[1]}" == "_corroborate" ]]; then
  _corroborate "$@"
else
  compdef _corroborate corroborate
fi
`;
}

/** The fish script: one `complete` line per command and option. */
function fish(): string {
  const lines = ["# fish completion for corroborate: corroborate completion fish | source", "complete -c corroborate -f"];
  const names = Object.keys(COMPLETION).join(" ");
  for (const [name, command] of Object.entries(COMPLETION)) {
    lines.push(`complete -c corroborate -n "not __fish_seen_subcommand_from ${names}" -a ${name} -d '${command.about}'`);
    const when = `-n "__fish_seen_subcommand_from ${name}"`;
    for (const option of [...command.options, HELP]) {
      const short = option.short ? ` -s ${option.short}` : "";
      const takes =
        option.takes === undefined ? "" : option.takes === "file" ? " -r -F" : option.takes === "text" ? " -x" : ` -x -a '${option.takes.join(" ")}'`;
      lines.push(`complete -c corroborate ${when}${short} -l ${option.long}${takes} -d '${option.about}'`);
    }
    lines.push(command.positionals === "files" ? `complete -c corroborate ${when} -F` : `complete -c corroborate ${when} -a '${command.positionals.join(" ")}'`);
  }
  lines.push(`complete -c corroborate -n "not __fish_seen_subcommand_from ${names}" -l help -s h -d 'show help'`);
  lines.push(`complete -c corroborate -n "not __fish_seen_subcommand_from ${names}" -l version -s v -d 'print the version'`);
  return lines.join("\n") + "\n";
}

const SHELLS: Record<string, () => string> = { bash, zsh, fish };

/** Runs `completion`; returns the exit code. @internal */
export function completionCommand(args: string[], io: CliIo): number {
  const { positionals } = parseOptions(args, {});
  if (positionals.length !== 1) throw new UsageError("completion needs one shell: bash, zsh or fish");
  const shell = positionals[0]!;
  if (!Object.hasOwn(SHELLS, shell)) throw new UsageError(`no completion for ${JSON.stringify(shell)}; the shells are bash, zsh and fish`);
  io.stdout(SHELLS[shell]!());
  return EXIT.ok;
}
