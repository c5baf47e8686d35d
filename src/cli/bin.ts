#!/usr/bin/env node
/** The `corroborate` executable: wires `run` to the real process. */
import { readFileSync, writeFileSync } from "node:fs";
import { run } from "./main.js";

// A closed pipe (`corroborate … | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path === "-" ? 0 : path),
  writeFile: (path, text) => writeFileSync(path, text),
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
