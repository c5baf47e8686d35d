/** `corroborate schema [name]`: prints a JSON Schema. */
import { schemaFiles } from "../model/json-schema.js";
import { EXIT, UsageError, parseOptions } from "./args.js";
import type { CliIo } from "./io.js";

/** Runs `schema`; returns the exit code. @internal */
export function schemaCommand(args: string[], io: CliIo): number {
  const { positionals } = parseOptions(args, {});
  const [which = "claim-set", ...extra] = positionals;
  if (extra.length > 0) throw new UsageError("schema takes one name");
  const schemas = schemaFiles();
  const file = `${which}.schema.json`;
  if (!Object.hasOwn(schemas, file)) {
    const names = Object.keys(schemas).map((name) => name.replace(".schema.json", ""));
    throw new UsageError(`unknown schema "${which}"; available: ${names.join(", ")}`);
  }
  io.stdout(JSON.stringify(schemas[file], null, 2) + "\n");
  return EXIT.ok;
}
