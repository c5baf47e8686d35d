/**
 * Sessions keep the similar-spelling warnings of a claim set without
 * entities as a full check gives them, whatever a patch changes.
 */
import { describe, expect, it } from "vitest";
import { check, createSession } from "../../src/index.js";

const claim = (id: string, subject: string, value: unknown) => ({ id, subject, property: "troop-count", value, source: "s", published: "2025-04" });
const json = (value: unknown) => JSON.stringify(value);

describe("sessions and two spellings of one subject", () => {
  it.each([
    { name: "a value of the claim warned about", patch: [{ op: "replace", path: "/claims/1/value", value: 950 }] },
    { name: "its subject, respelled as the first", patch: [{ op: "replace", path: "/claims/1/subject", value: "us-forces" }] },
    { name: "another subject, respelled apart", patch: [{ op: "replace", path: "/claims/2/subject", value: "U.S. forces" }] },
    { name: "a claim added", patch: [{ op: "add", path: "/claims/-", value: claim("d", "US-Forces", 3) }] },
    { name: "the first spelling removed", patch: [{ op: "remove", path: "/claims/0" }] },
  ])("after a patch of $name, the report is a full check's", ({ patch }) => {
    const session = createSession({ claims: [claim("a", "us-forces", 900), claim("b", "US forces", 1400), claim("c", "syria", 2)] });
    expect(session.report.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["similar-spelling"]);
    const update = session.apply(patch);
    expect(json(update.report)).toBe(json(check(session.claimSet)));
  });

  it("a value patch with nothing spelled two ways stays on the short path and matches a full check", () => {
    const session = createSession({ claims: [claim("a", "us-forces", 900), claim("b", "syria", 2)] });
    const update = session.apply([{ op: "replace", path: "/claims/0/value", value: 950 }]);
    expect(json(update.report)).toBe(json(check(session.claimSet)));
    expect(update.report.diagnostics).toEqual([]);
  });
});
