import { VERSION } from "../version.js";

/** @internal */
export const USAGE = `corroborate ${VERSION}: find where sources contradict each other, contradict themselves, or move across dates

Usage:
  corroborate check <file…|-> [options]   find contradictions in claim sets
  corroborate validate <file…|->          check that claim sets are well formed
  corroborate schema [claim-set|report|config|lexicon]
                                          print a JSON Schema
  corroborate diff <before.json> <after.json> [--format text|json]
                                          compare two reports (check --format json)
  corroborate apply <claims.json> <patch.json> [--output FILE]
                                          apply a JSON Patch (RFC 6902) to a claim set
  corroborate extract <article|-> --lang ar|en [options]
                                          draft a claim set from an article's text
  corroborate completion bash|zsh|fish    print a shell completion script
  corroborate export <file|-> --to csv|tsv|ndjson|json [options]
                                          write a claim set as a sheet, NDJSON or JSON

Options:
  -h, --help       show this help (or a command's: corroborate validate --help)
  -v, --version    print the version

Files are JSON claim sets, NDJSON (one claim per line; .ndjson and .jsonl
are always read as NDJSON) or claim sheets (.csv and .tsv: a header row of
claim fields, a claim per row). "-" reads standard input.

Exit codes: 0 nothing at or above --fail-on (valid, for validate), 1 conflicts
at or above --fail-on, 2 bad usage, invalid input, or output that cannot be
written (files are written atomically: the old file stays until the new one
is whole).
`;

/**
 * The line printed under a usage error: the command's usage line, or where
 * its help is; for no known command, where the commands are listed.
 * @internal
 */
export function usageHint(command: string | undefined): string {
  if (command === undefined) return 'Run "corroborate --help" for the commands.\n';
  return Object.hasOwn(USAGE_LINE, command) ? USAGE_LINE[command as keyof typeof USAGE_LINE] : `Run "corroborate ${command} --help" for its options.\n`;
}

/** One line of usage per command, printed under errors that need no full help. @internal */
export const USAGE_LINE = {
  validate: "Usage: corroborate validate <file…|-> (corroborate validate --help for more)\n",
  check: "Usage: corroborate check <file…|-> [options] (corroborate check --help for more)\n",
  diff: "Usage: corroborate diff <before-report.json> <after-report.json> [--format text|json] (corroborate diff --help for more)\n",
  apply: "Usage: corroborate apply <claims.json> <patch.json> [--output FILE] [--lock-timeout SECONDS] (corroborate apply --help for more)\n",
  extract: "Usage: corroborate extract <article.txt|-> --lang ar|en [options] (corroborate extract --help for more)\n",
  schema: "Usage: corroborate schema [claim-set|report|config|lexicon] (corroborate schema --help for more)\n",
  completion: "Usage: corroborate completion bash|zsh|fish (corroborate completion --help for more)\n",
  export: "Usage: corroborate export <file|-> --to csv|tsv|ndjson|json [--output FILE] (corroborate export --help for more)\n",
};

/** The input options `check`, `validate` and `export` share, for their help. */
const INPUT_OPTIONS = `      --input-format json|ndjson|csv|tsv
                                    read every input as this (by default:
                                    .csv and .tsv are claim sheets, .ndjson
                                    and .jsonl NDJSON, anything else JSON or
                                    NDJSON as its text shows)
      --context FILE                JSON with sources, entities (aliases),
                                    properties and documents for claims that
                                    come without them (NDJSON, sheets); a
                                    section given in both is an error`;

/** @internal */
export const COMMAND_USAGE: Record<string, string> = {
  extract: `Usage: corroborate extract <article.txt|-> --lang ar|en [options]

Reads an article (UTF-8 text) and prints a claim set of candidate claims:
every figure and date with its hedge (نحو 900 → "~900", more than 90 → ">90",
بين … و … → a range), deadline (بحلول سبتمبر 2025 → "2025-09") and the sentence
as quote. A lexicon names properties, places (scope) and actors (subject);
what it does not name is left as a placeholder starting with "?" for an
editor to fill. The output passes validate and can be given to check.

Options:
  -l, --lang ar|en          the article's language (required)
      --published DATE      publication date, in the date grammar (2025-04-20,
                            2025-04, 2025-Q3, 2025-06/.., 2025-04~): copied to
                            claims; resolves "next September", "yesterday"
      --reference DATE      resolve relative dates against DATE instead
  -s, --source ID           who published the article (each claim's source;
                            "?source" without it)
  -d, --document ID         the article's id (claims' document, id prefix)
      --lexicon FILE        JSON lexicon (docs/extract.md)
  -o, --output FILE         write the claim set to FILE, atomically

Exit codes: 0 extracted, 2 bad usage, an unreadable article or an invalid
lexicon (printed as "file: /json/pointer: message").
`,
  validate: `Usage: corroborate validate <file…|->

Checks that each claim set is well formed: every field, every value read
against its property's type, unique ids, real calendar dates. Problems are
printed on standard error as "file: /json/pointer: message" (with the line for
NDJSON input; "file: row 14, column value: message" for a claim sheet).
Warnings (a source missing from "sources", two spellings of one subject) do
not fail.

Options:
  -q, --quiet                       print nothing for valid files
${INPUT_OPTIONS}

Exit codes: 0 every file valid, 2 a file invalid or unreadable.
`,
  schema: `Usage: corroborate schema [claim-set|report|config|lexicon]

Prints a JSON Schema (draft 2020-12): of a claim set (the default), of the
report that check --format json prints, of a --config file, or of an extract
--lexicon. Point a file's "$schema" at it for hover help and completion in
editors.
`,
  check: `Usage: corroborate check <file…|-> [options]

Reads claim sets (JSON, NDJSON: one claim per line, or CSV/TSV claim
sheets: one claim per row), groups claims by
subject, property and scope, and reports where they cannot all be true.

Options:
  -f, --format text|json|markdown|sarif|html
                                    output format (default text); html is a
                                    self-contained page with a timeline chart
                                    per group
  -o, --output FILE                 write the report to FILE, atomically
                                    (never one of the inputs; "-": standard
                                    output)
      --fail-on error|warning|info|none
                                    exit 1 when a conflict is at least this
                                    severe (default error)
  -c, --config FILE                 JSON: { "rules": { "value-changed": "off" },
                                    "properties": [ … ] }
      --lenient                     skip invalid claims (listed under
                                    diagnostics) and check the rest
      --color, --no-color           colour the text format, or not, whatever
                                    the environment says (by default: on a
                                    terminal; FORCE_COLOR=1 turns it on,
                                    NO_COLOR or FORCE_COLOR=0 off)
                                    diagnostics) and check the rest; in a
                                    sheet, a bad row is skipped
${INPUT_OPTIONS}

With several files, each is checked on its own; --format json then prints an
array of reports, --format sarif one SARIF 2.1.0 log with one run whose
results point at the claims' files and lines (for GitHub code scanning),
--format html one page with a part per file.

Exit codes: 0 nothing at or above --fail-on, 1 conflicts at or above it,
2 bad usage or invalid input.
`,
  completion: `Usage: corroborate completion bash|zsh|fish

Prints a script that completes corroborate's commands, options, their values
and file names in that shell. Load it in the current shell, or install it:

  bash   source <(corroborate completion bash)
         corroborate completion bash > ~/.local/share/bash-completion/completions/corroborate
  zsh    source <(corroborate completion zsh)
         corroborate completion zsh > "\${fpath[1]}/_corroborate"
  fish   corroborate completion fish | source
         corroborate completion fish > ~/.config/fish/completions/corroborate.fish

Exit codes: 0 printed, 2 no shell or an unknown one.
`,
  diff: `Usage: corroborate diff <before-report.json> <after-report.json> [options]

Compares two reports written by check --format json: conflicts that are new,
resolved, or changed (same id, different content), matched by their stable
ids. Prints "N new, M resolved, K changed", then one line per conflict:
"+" new, "-" resolved, "~" changed.

Options:
  -f, --format text|json   json prints an RFC 6902 patch from the earlier
                           report's keyed view ({ summary, conflicts by id })
                           to the later one's

Exit codes: 0 compared, 2 bad usage or a report that cannot be read.
`,
  export: `Usage: corroborate export <file|-> --to csv|tsv|ndjson|json [options]

Reads a claim set (JSON, NDJSON or a claim sheet), checks that it is valid,
and writes it as a claim sheet (CSV or TSV, RFC 4180: a header of the claim
fields the claims use, a row per claim, for Excel, Google Sheets or
LibreOffice), as NDJSON, or as one JSON claim set.

A sheet or NDJSON holds claims only: sources, entities, properties and
documents are written to --context-output as a file for check --context;
without it, export refuses rather than drop them. A claim a sheet cannot
hold as it is (a value with a unit, the text "true", an attribution name with
a ";") is named, and nothing is written. Text that a spreadsheet would run as
a formula (=, +, -, @ first) is written with a leading apostrophe, which
check reads away.

Options:
  -t, --to csv|tsv|ndjson|json      what to write (required)
  -o, --output FILE                 write to FILE, atomically ("-": standard
                                    output, the default)
      --context-output FILE         write the sections a sheet or NDJSON
                                    cannot hold to FILE (JSON)
${INPUT_OPTIONS}

Exit codes: 0 written, 2 bad usage, invalid input, or a file that cannot be
written.
`,
  apply: `Usage: corroborate apply <claims.json> <patch.json> [options]

Applies a JSON Patch (RFC 6902: an array of add, remove, replace, move, copy
and test operations, such as a conflict's suggestion) to a JSON claim set and
writes the result back to the claim set's file. The patch is checked first
(at most 1000 operations, valid pointers, nothing through __proto__,
constructor or prototype, no pointer into nothing), and the result must be a
valid claim set; otherwise every problem is printed as
"file: /json/pointer: message" and the file is left as it was.

The file is replaced atomically: written beside it, flushed, then renamed
over it. Concurrent applies take turns: each takes a lock file beside the
file it writes (claims.json.lock) before reading it, and waits for another
apply's lock up to --lock-timeout; a program that changes the file without
the lock makes the apply refuse rather than overwrite that change. A lock
left by a stopped process is never taken over: the error names it.

Options:
  -o, --output FILE         write the patched claim set to FILE instead
                            ("-": standard output)
      --lock-timeout SECONDS
                            how long to wait for another apply of the same
                            file (default 10)

With "-" for the claim set, the result is printed unless --output is given.

Exit codes: 0 applied, 2 bad usage, an invalid patch or claim set, or a file
that cannot be read or written.
`,
};
