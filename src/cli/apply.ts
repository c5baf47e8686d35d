/** `corroborate apply <claims.json> <patch.json>`: applies an RFC 6902 patch to a claim set. */
import { applyClaimSetPatch } from "../engine/patch.js";
import { EXIT, UsageError, parseOptions } from "./args.js";
import { formatFor, located, readJsonFile } from "./input.js";
import type { CliIo } from "./io.js";
import { USAGE_LINE } from "./usage.js";

/** `corroborate apply claims.json patch.json`: applies an RFC 6902 patch through the safe facade, writing atomically. */
export function applyCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, { output: { type: "string", short: "o" } });
  if (positionals.length !== 2) throw new UsageError("apply needs a claim set and a patch");
  const [claimsPath, patchPath] = positionals as [string, string];
  if (claimsPath === "-" && patchPath === "-") throw new UsageError("only one of the files can be standard input");
  if (formatFor(claimsPath) === "ndjson") {
    io.stderr(`corroborate: apply patches JSON claim sets; ${JSON.stringify(claimsPath)} is NDJSON\n${USAGE_LINE.apply}`);
    return EXIT.invalid;
  }
  const claims = readJsonFile(claimsPath, io, USAGE_LINE.apply);
  const patch = readJsonFile(patchPath, io, USAGE_LINE.apply);
  if (claims === undefined || patch === undefined) return EXIT.invalid;

  const claimsName = claimsPath === "-" ? "<stdin>" : claimsPath;
  const result = applyClaimSetPatch(claims.value, patch.value);
  if (!result.ok) {
    const name = result.target === "patch" ? (patchPath === "-" ? "<stdin>" : patchPath) : claimsName;
    io.stderr(result.issues.map((issue) => located(name, issue)).join(""));
    return EXIT.invalid;
  }
  if (result.warnings.length > 0) {
    io.stderr(result.warnings.map((issue) => located(claimsName, { ...issue, message: `warning: ${issue.message}` })).join(""));
  }
  const text = JSON.stringify(result.document, null, 2) + "\n";
  const output = values.output ?? (claimsPath === "-" ? undefined : claimsPath);
  if (output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    io.replaceFile(output, text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === "ENOENT" ? "no such directory" :
      code === "EISDIR" ? "it is a directory" :
      code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" :
      "it cannot be written";
    io.stderr(`corroborate: cannot write ${JSON.stringify(output)}: ${why}; nothing was changed\n`);
    return EXIT.invalid;
  }
  const operations = (patch.value as unknown[]).length;
  const count = result.document.claims.length;
  io.stdout(`${output}: applied ${operations} operation${operations === 1 ? "" : "s"}; ${count} claim${count === 1 ? "" : "s"}\n`);
  return EXIT.ok;
}
