/** `corroborate apply <claims.json> <patch.json>`: applies an RFC 6902 patch to a claim set. */
import { applyClaimSetPatch } from "../engine/patch.js";
import { plural } from "../internal/plural.js";
import { EXIT, UsageError, parseOptions } from "./args.js";
import { formatFor, located, readJsonFile } from "./input.js";
import type { CliIo, FileIdentity } from "./io.js";
import { LockBusy, sameFile } from "./io.js";
import { lockMessage, outputIsNoInput, whyNotWritten, writeOutput } from "./output.js";
import { USAGE_LINE } from "./usage.js";

/** How long `apply` waits, by default, for another apply of the same file to finish. @internal */
export const LOCK_TIMEOUT_SECONDS = 10;

/**
 * `corroborate apply claims.json patch.json`: applies an RFC 6902 patch
 * through the safe facade. The file written is locked from before it is read
 * until it is replaced, so two applies at once both land, one after the
 * other; a program that changes the file without the lock makes the apply
 * refuse instead of overwriting its change.
 * @internal
 */
export function applyCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, {
    output: { type: "string", short: "o" },
    "lock-timeout": { type: "string" },
  });
  if (positionals.length !== 2) throw new UsageError("apply needs a claim set and a patch");
  const [claimsPath, patchPath] = positionals as [string, string];
  if (claimsPath === "-" && patchPath === "-") throw new UsageError("only one of the files can be standard input");
  const timeoutText = values["lock-timeout"] ?? String(LOCK_TIMEOUT_SECONDS);
  const timeout = timeoutText.trim() === "" ? NaN : Number(timeoutText);
  if (!(timeout >= 0 && timeout <= 86_400)) throw new UsageError("--lock-timeout must be a number of seconds, at most 86400");
  if (formatFor(claimsPath) === "ndjson") {
    io.stderr(`corroborate: apply patches JSON claim sets; ${JSON.stringify(claimsPath)} is NDJSON\n${USAGE_LINE.apply}`);
    return EXIT.invalid;
  }
  const output = values.output === "-" ? undefined : (values.output ?? (claimsPath === "-" ? undefined : claimsPath));
  if (output !== undefined && !outputIsNoInput(io, output, [patchPath])) return EXIT.invalid;

  let release: (() => void) | undefined;
  if (output !== undefined) {
    try {
      release = io.lock(output, timeout * 1000);
    } catch (error) {
      if (error instanceof LockBusy) io.stderr(lockMessage(error));
      else if (typeof (error as { code?: unknown }).code === "string") io.stderr(`corroborate: cannot write ${JSON.stringify(output)}: ${whyNotWritten(error)}; nothing was changed\n`);
      else throw error;
      return EXIT.invalid;
    }
  }
  try {
    return applyLocked(io, claimsPath, patchPath, output);
  } finally {
    release?.();
  }
}

/** The rest of `apply`, once the file to write is locked. */
function applyLocked(io: CliIo, claimsPath: string, patchPath: string, output: string | undefined): number {
  // Read after the lock is taken: what is read is what the next writer waits for.
  const inPlace = output !== undefined && claimsPath !== "-" && sameFile(io.identify(claimsPath), io.identify(output));
  const before: FileIdentity | undefined = inPlace ? io.identify(claimsPath) : undefined;
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
  if (output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  if (!writeOutput(io, output, text, before ? { unchangedSince: before } : {})) return EXIT.invalid;
  const operations = (patch.value as unknown[]).length;
  io.stdout(`${output}: applied ${plural(operations, "operation")}; ${plural(result.document.claims.length, "claim")}\n`);
  return EXIT.ok;
}
