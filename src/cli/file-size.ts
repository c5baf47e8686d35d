import { fstatSync, statSync } from "node:fs";

/** The size of a regular file (standard input for `-`), or `undefined`. @internal */
export function fileSize(path: string): number | undefined {
  try {
    const stats = path === "-" ? fstatSync(0) : statSync(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}
