import { VERSION } from "../version.js";

export const USAGE = `corroborate ${VERSION}: find where sources contradict each other, contradict themselves, or move across dates

Usage:
  corroborate validate <file…|->      check that claim sets are well formed
  corroborate schema [claim-set]      print the JSON Schema of a claim set

Options:
  -h, --help       show this help (or a command's: corroborate validate --help)
  -v, --version    print the version

Files are JSON claim sets or NDJSON (one claim per line; .ndjson and .jsonl
are always read as NDJSON). "-" reads standard input.

Exit codes: 0 valid, 2 bad usage or invalid input.
`;

/** One line of usage per command, printed under errors that need no full help. */
export const USAGE_LINE = {
  validate: "Usage: corroborate validate <file…|-> (corroborate validate --help for more)\n",
};

export const COMMAND_USAGE: Record<string, string> = {
  validate: `Usage: corroborate validate <file…|->

Checks that each claim set is well formed: every field, every value read
against its property's type, unique ids, real calendar dates. Problems are
printed on standard error as "file: /json/pointer: message" (with the line for
NDJSON input). Warnings (a source missing from "sources") do not fail.

Options:
  -q, --quiet    print nothing for valid files

Exit codes: 0 every file valid, 2 a file invalid or unreadable.
`,
  schema: `Usage: corroborate schema [claim-set]

Prints the JSON Schema (draft 2020-12) of a claim set, for editors and other
validators. Point a claim set's "$schema" at it for hover help and completion.
`,
};
