/**
 * The safe writer and the writers' lock, against the real file system with
 * faults injected at every step: short writes, a full disk, an I/O error on
 * flushing, a failed rename. After every failure the target must be byte for
 * byte what it was, and no temporary file may be left beside it.
 */
import * as fs from "node:fs";
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WriterFs } from "../../src/cli/files.js";
import { identify, lockFile, writeAll, writeFileSafely } from "../../src/cli/files.js";
import { LockBusy } from "../../src/cli/io.js";
import { tempFiles } from "./helpers.js";

/** The real file system with `writeSync` and friends replaced. */
function faulty(overrides: Partial<WriterFs>): WriterFs {
  return { ...fs, ...overrides } as WriterFs;
}

const errno = (code: string) => Object.assign(new Error(code), { code });

/** A `writeSync` that writes at most `most` bytes a call, then fails with `code` once `limit` bytes are written. */
function limitedWrites(most: number, limit = Infinity, code = "ENOSPC"): WriterFs["writeSync"] {
  let total = 0;
  return ((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
    const want = Math.min(length ?? buffer.length, most);
    if (total + want > limit) {
      const room = limit - total;
      if (room <= 0) throw errno(code);
      total += fs.writeSync(fd, buffer, offset, room);
      return room;
    }
    total += want;
    return fs.writeSync(fd, buffer, offset, want);
  }) as WriterFs["writeSync"];
}

const OLD = "the original content, byte for byte\n";

function dirWith(content = OLD): { dir: string; file: string } {
  const dir = tempFiles({ "report.json": content });
  return { dir, file: join(dir, "report.json") };
}

describe("writeFileSafely", () => {
  it("writes a new file and replaces an old one, from a string or from pieces, keeping the permissions", () => {
    const { dir, file } = dirWith();
    chmodSync(file, 0o640);
    writeFileSafely(file, ["a", "é", "x".repeat(100_000), "\n"]);
    expect(readFileSync(file, "utf8")).toBe(`aé${"x".repeat(100_000)}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    writeFileSafely(join(dir, "new.json"), "{}\n");
    expect(readFileSync(join(dir, "new.json"), "utf8")).toBe("{}\n");
    expect(readdirSync(dir).sort()).toEqual(["new.json", "report.json"]);
  });

  it("completes short writes, however short", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 1, max: 7 }), (text, most) => {
        const { dir, file } = dirWith();
        writeFileSafely(file, text, {}, faulty({ writeSync: limitedWrites(most) }));
        expect(readFileSync(file, "utf8")).toBe(text);
        expect(readdirSync(dir)).toEqual(["report.json"]);
      }),
      { numRuns: 30 },
    );
  });

  // Each fault, at each point it can strike: the target stays as it was and nothing is left beside it.
  const faults: Array<[string, (bytes: number) => Partial<WriterFs>, string]> = [
    ["a full disk part way", (bytes) => ({ writeSync: limitedWrites(4096, bytes, "ENOSPC") }), "ENOSPC"],
    ["the file-size limit part way", (bytes) => ({ writeSync: limitedWrites(4096, bytes, "EFBIG") }), "EFBIG"],
    ["an I/O error part way", (bytes) => ({ writeSync: limitedWrites(4096, bytes, "EIO") }), "EIO"],
    ["a device that takes nothing", () => ({ writeSync: (() => 0) as WriterFs["writeSync"] }), "EIO"],
    ["an I/O error on flushing", () => ({ fsyncSync: () => { throw errno("EIO"); } }), "EIO"],
    ["an error on closing", () => ({ closeSync: () => { throw errno("EIO"); } }), "EIO"],
    ["a failed rename", () => ({ renameSync: () => { throw errno("EXDEV"); } }), "EXDEV"],
  ];
  for (const [name, fault, code] of faults) {
    it(`${name}: ${code}, the target unchanged, no temporary file`, () => {
      for (const bytes of [0, 1, 5000, 50_000]) {
        const { dir, file } = dirWith();
        expect(() => writeFileSafely(file, ["y".repeat(30_000), "z".repeat(30_000)], {}, faulty(fault(bytes)))).toThrow(
          expect.objectContaining({ code }),
        );
        expect(readFileSync(file, "utf8")).toBe(OLD);
        expect(readdirSync(dir)).toEqual(["report.json"]);
      }
    });
  }

  it("refuses a read-only file, a folder and a missing folder, and writes nothing", () => {
    const { dir, file } = dirWith();
    chmodSync(file, 0o444);
    expect(() => writeFileSafely(file, "new")).toThrow(expect.objectContaining({ code: "EREADONLY" }));
    expect(readFileSync(file, "utf8")).toBe(OLD);
    mkdirSync(join(dir, "folder"));
    expect(() => writeFileSafely(join(dir, "folder"), "new")).toThrow(expect.objectContaining({ code: "EISDIR" }));
    expect(() => writeFileSafely(join(dir, "missing", "out.json"), "new")).toThrow(expect.objectContaining({ code: "ENOENT" }));
    expect(readdirSync(dir).sort()).toEqual(["folder", "report.json"]);
    expect(readdirSync(join(dir, "folder"))).toEqual([]);
  });

  it("follows symbolic links, so a link stays a link, also to a file not made yet", () => {
    const { dir, file } = dirWith();
    symlinkSync(file, join(dir, "link.json"));
    symlinkSync(join(dir, "later.json"), join(dir, "dangling.json"));
    writeFileSafely(join(dir, "link.json"), "through the link\n");
    writeFileSafely(join(dir, "dangling.json"), "made through the link\n");
    expect(readFileSync(file, "utf8")).toBe("through the link\n");
    expect(readFileSync(join(dir, "later.json"), "utf8")).toBe("made through the link\n");
    expect(fs.lstatSync(join(dir, "link.json")).isSymbolicLink()).toBe(true);
    expect(fs.lstatSync(join(dir, "dangling.json")).isSymbolicLink()).toBe(true);
  });

  it("writes a device as it is, without replacing it", () => {
    const before = statSync("/dev/null");
    writeFileSafely("/dev/null", "nothing\n");
    expect(statSync("/dev/null").ino).toBe(before.ino);
    expect(() => writeFileSafely("/dev/full", "x")).toThrow(expect.objectContaining({ code: "ENOSPC" }));
  });

  it("refuses to replace a file that changed since it was read", () => {
    const { dir, file } = dirWith();
    const seen = identify(file)!;
    writeFileSync(file, "someone else's edit, made after the read\n");
    fs.utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(() => writeFileSafely(file, "mine", { unchangedSince: seen })).toThrow(expect.objectContaining({ code: "ECHANGED" }));
    expect(readFileSync(file, "utf8")).toBe("someone else's edit, made after the read\n");
    expect(readdirSync(dir)).toEqual(["report.json"]);
    writeFileSafely(file, "mine", { unchangedSince: identify(file)! });
    expect(readFileSync(file, "utf8")).toBe("mine");
  });
});

describe("writeAll", () => {
  it("waits out EAGAIN (a full non-blocking pipe) and fails on anything else", () => {
    let calls = 0;
    const chunks: string[] = [];
    const writeSync = ((_fd: number, buffer: Uint8Array, offset: number, length: number) => {
      if (calls++ % 2 === 0) throw errno("EAGAIN");
      chunks.push(Buffer.from(buffer.subarray(offset, offset + Math.min(length, 3))).toString("latin1"));
      return Math.min(length, 3);
    }) as unknown as WriterFs["writeSync"];
    writeAll(99, ["abcdefgh", "ij"], { writeSync });
    expect(chunks.join("")).toBe("abcdefghij");
    expect(() => writeAll(99, "x", { writeSync: () => { throw errno("EPIPE"); } })).toThrow(expect.objectContaining({ code: "EPIPE" }));
  });
});

describe("lockFile", () => {
  it("is exclusive: a second taker waits, then gives up with who holds it; the release frees it", () => {
    const { dir, file } = dirWith();
    const release = lockFile(file, 1000);
    expect(readFileSync(`${file}.lock`, "utf8")).toMatch(new RegExp(`^${process.pid} `));
    let clock = 0;
    const error = (() => {
      try {
        lockFile(file, 100, fs, () => (clock += 30));
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(LockBusy);
    expect(error).toMatchObject({ pid: process.pid, stale: false, lockFile: `${file}.lock` });
    expect(clock).toBeGreaterThanOrEqual(100); // it waited
    release();
    expect(readdirSync(dir)).toEqual(["report.json"]);
    lockFile(file, 0)();
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("says a lock is stale when its process has ended on this machine, and never takes it over", () => {
    const { dir, file } = dirWith();
    const ended = 2 ** 22 + 12_345; // above Linux's largest process id
    writeFileSync(`${file}.lock`, `${ended} ${hostname()}\n`);
    expect(() => lockFile(file, 10_000)).toThrow(expect.objectContaining({ stale: true, pid: ended }));
    expect(readdirSync(dir).sort()).toEqual(["report.json", "report.json.lock"]);
  });
});
