/**
 * The README's pictures of the HTML report: the example's report opened in
 * headless Chromium at desktop width, its top (summary and first conflicts)
 * and the timeline of US troops in Syria. `npm run screenshot`; needs
 * Chromium (`apt-get install chromium`, or CHROMIUM_PATH).
 */
import { mkdirSync } from "node:fs";
import { chromiumPath, launchChromium } from "./chromium.js";
import { renderExample, repositoryPath } from "./example-report.js";

const executable = chromiumPath();
if (executable === undefined) {
  console.error("screenshot: no Chromium found; install it (apt-get install chromium) or set CHROMIUM_PATH");
  process.exit(1);
}

const shots = {
  top: "docs/images/iraq-withdrawal-report.png",
  timeline: "docs/images/iraq-withdrawal-timeline.png",
};
mkdirSync(repositoryPath("docs/images"), { recursive: true });
const browser = await launchChromium(executable);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(renderExample().html, { waitUntil: "load" });
  // The page's column, from the top to the end of the first conflict.
  const column = (await page.locator(".page").boundingBox())!;
  const first = (await page.locator("article.conflict").first().boundingBox())!;
  await page.screenshot({ path: repositoryPath(shots.top), fullPage: true, clip: { x: column.x, y: 0, width: column.width, height: first.y + first.height + 24 } });
  const syria = (await page.locator("section.group", { hasText: "troop count (location: Syria)" }).boundingBox())!;
  await page.screenshot({ path: repositoryPath(shots.timeline), fullPage: true, clip: { x: column.x, y: syria.y - 24, width: column.width, height: syria.height + 40 } });
  for (const path of Object.values(shots)) console.log(`wrote ${path}`);
} finally {
  await browser.close();
}
