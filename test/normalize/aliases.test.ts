import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAliasResolver, normalizeLabel, type EntityLike } from "../../src/normalize/index.js";

const victory: EntityLike = {
  id: "victory-base",
  labels: ["Victory", "Camp Victory", "النصر", "قاعدة النصر", "فكتوريا"],
};
const ainAlAsad: EntityLike = {
  id: "ain-al-asad",
  labels: ["Ain al-Asad", "Al Asad Airbase", "عين الأسد", "قاعدة عين الأسد"],
};

describe("createAliasResolver: resolution", () => {
  const aliases = createAliasResolver([victory, ainAlAsad]);

  it.each([
    "victory-base",
    "Victory-Base",
    "victory",
    "VICTORY",
    "  Camp   Victory ",
    "camp\u00a0victory",
    "النصر",
    "  النّصر ",
    "النَّصْر",
    "\u200fالنصر\u200f",
    "قاعدة النصر",
    "قاعده النصر",
    "قاعدة النـصر",
    "فكتوريا",
  ])("resolves %j to victory-base", (label) => {
    expect(aliases.resolve(label)).toBe("victory-base");
    expect(aliases.lookup(label)).toBe("victory-base");
  });

  it.each(["عين الاسد", "عين الأسد", "عَيْن الأَسَد", "قاعدة عين الأسد", "ain al-asad", "AL ASAD AIRBASE"])(
    "resolves %j to ain-al-asad",
    (label) => {
      expect(aliases.resolve(label)).toBe("ain-al-asad");
    },
  );

  it("returns the id exactly as written", () => {
    const r = createAliasResolver([{ id: "Camp Victory (Baghdad)", labels: ["النصر"] }]);
    expect(r.resolve("النصر")).toBe("Camp Victory (Baghdad)");
    expect(r.resolve("camp victory (baghdad)")).toBe("Camp Victory (Baghdad)");
  });

  it("resolves unknown labels to their normalised self and lookup gives undefined", () => {
    expect(aliases.resolve("  Erbil ")).toBe("erbil");
    expect(aliases.resolve("أربيل")).toBe("اربيل");
    expect(aliases.resolve("أربيل")).toBe(normalizeLabel("أربيل"));
    expect(aliases.lookup("Erbil")).toBeUndefined();
    expect(aliases.lookup("")).toBeUndefined();
    expect(aliases.resolve("")).toBe("");
  });

  it("has no conflicts for distinct entities", () => {
    expect(aliases.conflicts).toEqual([]);
  });

  it("works with no entities and entities without labels", () => {
    expect(createAliasResolver([]).resolve("X")).toBe("x");
    const r = createAliasResolver([{ id: "erbil" }]);
    expect(r.resolve("ERBIL")).toBe("erbil");
    expect(r.conflicts).toEqual([]);
  });
});

describe("createAliasResolver: conflicts", () => {
  it("reports a label claimed by two entities, pointing at the later one; first wins", () => {
    const r = createAliasResolver([
      { id: "baghdad-airport", labels: ["BIAP"] },
      victory,
      { id: "camp-victory-2", labels: ["Liberty", "Victory"] },
    ]);
    expect(r.conflicts).toEqual([
      {
        path: "/entities/2/labels/1",
        message:
          '"Victory" is already a label of entity "victory-base" (/entities/1); a label can name only one entity',
      },
    ]);
    expect(r.resolve("victory")).toBe("victory-base");
    expect(r.resolve("liberty")).toBe("camp-victory-2");
  });

  it("reports a spelling variant of an existing label and shows the earlier spelling", () => {
    const r = createAliasResolver([victory, { id: "other", labels: ["النّصر"] }]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]?.path).toBe("/entities/1/labels/0");
    expect(r.conflicts[0]?.message).toBe(
      '"النّصر" matches "النصر", already a label of entity "victory-base" (/entities/0); a label can name only one entity',
    );
    expect(r.resolve("النصر")).toBe("victory-base");
  });

  it("reports a label equal to another entity's id", () => {
    const r = createAliasResolver([victory, ainAlAsad, { id: "x", labels: ["Victory-Base"] }]);
    expect(r.conflicts).toEqual([
      {
        path: "/entities/2/labels/0",
        message:
          '"Victory-Base" matches "victory-base", already the id of entity "victory-base" (/entities/0); a label can name only one entity',
      },
    ]);
  });

  it("reports an id equal to another entity's label", () => {
    const r = createAliasResolver([victory, { id: "Victory", labels: ["Camp Liberty"] }]);
    expect(r.conflicts).toEqual([
      {
        path: "/entities/1/id",
        message:
          'Entity id "Victory" is already a label of entity "victory-base" (/entities/0); a label can name only one entity',
      },
    ]);
    expect(r.resolve("victory")).toBe("victory-base");
    // The later entity keeps its other labels.
    expect(r.resolve("camp liberty")).toBe("Victory");
  });

  it("reports two entities with the same id and ignores the later one", () => {
    const r = createAliasResolver([
      victory,
      { id: "victory-base", labels: ["Other"] },
      { id: "Victory-Base", labels: ["Another"] },
    ]);
    expect(r.conflicts).toEqual([
      {
        path: "/entities/1/id",
        message: 'Entity id "victory-base" is already used by entity (/entities/0); each entity needs its own id',
      },
      {
        path: "/entities/2/id",
        message:
          'Entity id "Victory-Base" matches the id "victory-base" of entity (/entities/0) (ids are compared ignoring case, accents and spacing); each entity needs its own id',
      },
    ]);
    expect(r.lookup("other")).toBeUndefined();
    expect(r.lookup("another")).toBeUndefined();
  });

  it("does not report labels repeated within one entity or equal to its own id", () => {
    const r = createAliasResolver([
      { id: "victory-base", labels: ["Victory", "victory", " VICTORY ", "victory-base", "Victory-Base", "النصر", "النّصر"] },
    ]);
    expect(r.conflicts).toEqual([]);
  });

  it("reports every offending entry, in document order", () => {
    const r = createAliasResolver([
      victory,
      ainAlAsad,
      { id: "dup", labels: ["Victory", "Erbil", "عين الاسد"] },
      { id: "dup2", labels: ["erbil"] },
    ]);
    expect(r.conflicts.map((c) => c.path)).toEqual([
      "/entities/2/labels/0",
      "/entities/2/labels/2",
      "/entities/3/labels/0",
    ]);
    expect(r.resolve("erbil")).toBe("dup");
  });

  it("ignores labels that normalise to nothing", () => {
    const r = createAliasResolver([
      { id: "a", labels: ["", "  ", "\u200b"] },
      { id: "b", labels: [""] },
    ]);
    expect(r.conflicts).toEqual([]);
    expect(r.lookup("")).toBeUndefined();
  });

  it("freezes the conflict list", () => {
    const r = createAliasResolver([victory, victory]);
    expect(Object.isFrozen(r.conflicts)).toBe(true);
  });
});

describe("createAliasResolver: prototype property names are ordinary labels", () => {
  const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];

  it.each(names)("%s is unknown until declared", (name) => {
    const r = createAliasResolver([victory]);
    expect(r.lookup(name)).toBeUndefined();
    expect(r.resolve(name)).toBe(name.toLowerCase());
  });

  it.each(names)("%s can be a label or an id", (name) => {
    const r = createAliasResolver([
      { id: "entity-a", labels: [name] },
      { id: name, labels: ["b"] },
    ]);
    expect(r.lookup(name)).toBe("entity-a");
    expect(r.lookup("b")).toBe(name);
    expect(r.conflicts.map((c) => c.path)).toEqual(["/entities/1/id"]);
  });

  it("does not pollute Object.prototype", () => {
    createAliasResolver([{ id: "__proto__", labels: ["constructor", "toString"] }]);
    expect(({} as Record<string, unknown>)["constructor"]).toBe(Object);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "__proto__")).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("createAliasResolver: determinism", () => {
  const labelArb = fc.oneof(
    fc.constantFrom("Victory", "victory", "النصر", "النّصر", "قاعدة", "قاعده", "__proto__", "constructor", "", " "),
    fc.string({ maxLength: 6 }),
  );
  const entitiesArb = fc.array(
    fc.record({ id: labelArb, labels: fc.array(labelArb, { maxLength: 5 }) }),
    { maxLength: 8 },
  );

  it("gives the same results and conflicts when built twice", () => {
    fc.assert(
      fc.property(entitiesArb, fc.array(labelArb, { maxLength: 10 }), (entities, queries) => {
        const a = createAliasResolver(entities);
        const b = createAliasResolver(structuredClone(entities));
        expect(b.conflicts).toEqual(a.conflicts);
        for (const q of queries) {
          expect(b.resolve(q)).toBe(a.resolve(q));
          expect(b.lookup(q)).toBe(a.lookup(q));
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("resolves every id and label to some entity id, the first claimant's", () => {
    fc.assert(
      fc.property(entitiesArb, (entities) => {
        const r = createAliasResolver(entities);
        const ids = new Set(entities.map((e) => e.id));
        for (const e of entities) {
          for (const label of [e.id, ...e.labels]) {
            const key = normalizeLabel(label);
            if (key === "") continue;
            const first = entities.find(
              (o) => normalizeLabel(o.id) === key || o.labels.some((l) => normalizeLabel(l) === key),
            );
            const got = r.lookup(label);
            // Either the first entity that names the key, or nothing when that
            // entity was ignored as a duplicate id and no one else claims it.
            if (got !== undefined) expect(ids.has(got)).toBe(true);
            if (first !== undefined) {
              const firstIndex = entities.indexOf(first);
              const duplicateOfEarlier = entities
                .slice(0, firstIndex)
                .some((o) => normalizeLabel(o.id) === normalizeLabel(first.id) && normalizeLabel(first.id) !== "");
              if (!duplicateOfEarlier) expect(got).toBe(first.id);
            }
            expect(r.resolve(label)).toBe(got ?? key);
          }
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
