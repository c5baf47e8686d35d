import { readFileSync } from "node:fs";
import { check } from "./src/index.js";
const report = check(readFileSync("examples/iraq-withdrawal/claims.json", "utf8"));
console.log(JSON.stringify(report.summary));
for (const c of report.conflicts) console.log(c.severity, c.rule, "|", c.message);
for (const g of report.groups) console.log(g.key, g.positions.map(p => `${p.display}[${p.claims.length}]${p.modality==="planned"?"P":""}`).join(" "));
