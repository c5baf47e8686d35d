#!/usr/bin/env node
/**
 * The `corroborate` executable. A large input is checked in a Node started
 * again with its heap sized for it (respawn.ts), once: the second Node
 * carries RESTARTED in its environment. That decision is made before the
 * CLI itself is loaded, so the first Node stays light.
 */
import { spawnSync } from "node:child_process";
import { totalmem } from "node:os";
import { fileSize } from "./file-size.js";
import { RESTARTED, mayRestart, respawnArgs } from "./respawn.js";

/**
 * Runs the CLI again in a Node with its heap sized for the input when it
 * is large (see respawn.ts); true when it did, with its exit code set here.
 */
function respawned(): boolean {
  if (!mayRestart(process.env, process.versions)) return false;
  const args = respawnArgs(process.argv, process.execArgv, process.env.NODE_OPTIONS, fileSize, totalmem());
  if (args === undefined) return false;
  const child = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, [RESTARTED]: "1" } });
  if (child.error !== undefined) return false; // could not start: run here after all
  if (child.signal) process.kill(process.pid, child.signal);
  process.exitCode = child.status ?? 1;
  return true;
}

if (!respawned()) await import("./process.js");
