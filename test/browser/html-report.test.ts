/**
 * The HTML report of the bundled example, opened in headless Chromium at
 * desktop and phone widths: no console errors, no requests beyond the file
 * itself, a chart per group with a mark per claim, right-to-left quotes,
 * nothing wider than a phone. Screenshots go to test/artifacts/ (git-ignored)
 * for a person to look at.
 *
 * Needs Chromium (Debian's `chromium`, or CHROMIUM_PATH). Without it the test
 * is skipped, unless CORROBORATE_REQUIRE_BROWSER is set (.ci/run sets it):
 * then a missing browser fails.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium } from "../../scripts/chromium.js";
import { renderExample, repositoryPath } from "../../scripts/example-report.js";
import { expectedMarks } from "../formatters/html-marks.js";

// The page's globals, as far as the functions run in it use them (the project's types have no DOM).
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  getBoundingClientRect(): { left: number; right: number; width: number; height: number };
}
declare const document: {
  documentElement: { scrollWidth: number };
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
  getElementById(id: string): PageElement | null;
};
declare const window: { innerWidth: number };
declare function getComputedStyle(element: PageElement): { direction: string; display: string };

const executable = chromiumPath();
const required = Boolean(process.env.CORROBORATE_REQUIRE_BROWSER);
const artifacts = repositoryPath("test/artifacts");
const { claimSet, report, html } = renderExample();

if (executable === undefined && !required) {
  describe("the HTML report in Chromium", () => {
    it.skip("skipped: no Chromium (install Debian's chromium or set CHROMIUM_PATH; CORROBORATE_REQUIRE_BROWSER=1 makes this a failure)", () => {});
  });
} else {
  describe("the HTML report in Chromium", () => {
    let browser: Browser;
    const file = `${artifacts}/iraq-withdrawal-report.html`;
    const url = pathToFileURL(file).href;

    /** Opens the report at a width, recording console errors, page errors and every request. */
    async function open(width: number, height: number) {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") errors.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      page.on("requestfailed", (request) => errors.push(`failed request: ${request.url()}`));
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(url, { waitUntil: "load" });
      return { page, errors, requests };
    }

    beforeAll(async () => {
      if (executable === undefined) throw new Error("CORROBORATE_REQUIRE_BROWSER is set but no Chromium was found: apt-get install chromium, or set CHROMIUM_PATH");
      mkdirSync(artifacts, { recursive: true });
      writeFileSync(file, html);
      browser = await launchChromium(executable);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it("opens at desktop width without a console error or any request but the file itself", async () => {
      const { page, errors, requests } = await open(1280, 900);
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      expect(await page.title()).toBe("examples/iraq-withdrawal/claims.json: corroborate report");
      await page.screenshot({ path: `${artifacts}/iraq-withdrawal-report-desktop.png`, fullPage: true });
      await page.close();
    });

    it("shows every group with one chart, one mark per claim, and a text alternative", async () => {
      const { page } = await open(1280, 900);
      const groups = await page.evaluate(() =>
        Array.from(document.querySelectorAll("section.group"), (section) => {
          const svgs = Array.from(section.querySelectorAll("svg.timeline"));
          const svg = svgs[0];
          const labelled = (svg?.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "");
          const box = svg?.getBoundingClientRect();
          return {
            charts: svgs.length,
            role: svg?.getAttribute("role"),
            labelled,
            marks: Array.from(section.querySelectorAll("svg.timeline [data-claim]"), (mark) => mark.getAttribute("data-claim")!).sort(),
            drawn: box !== undefined && box.width > 200 && box.height > 100,
            rows: section.querySelectorAll("details.data tbody tr").length,
          };
        }),
      );
      expect(groups).toHaveLength(report.groups.length);
      groups.forEach((group, i) => {
        expect(group.charts, `group ${i + 1}`).toBe(1);
        expect(group.role).toBe("img");
        expect(group.labelled.every((text) => text.length > 10), `group ${i + 1} title and description`).toBe(true);
        expect(group.marks, `group ${i + 1}: ${report.groups[i]!.key}`).toEqual(expectedMarks(report, claimSet, i));
        expect(group.rows).toBe(group.marks.length);
        expect(group.drawn).toBe(true);
      });
      expect(groups.reduce((sum, group) => sum + group.marks.length, 0)).toBe(report.summary.claims);
      await page.close();
    });

    it("sets the quotes right to left, each dir=auto", async () => {
      const { page } = await open(1280, 900);
      const quotes = await page.evaluate(() =>
        Array.from(document.querySelectorAll("blockquote"), (element) => ({
          dir: element.getAttribute("dir"),
          direction: getComputedStyle(element).direction,
          arabic: /[\u0600-\u06ff]/.test(element.textContent ?? ""),
        })),
      );
      expect(quotes.length).toBeGreaterThan(5);
      for (const quote of quotes) {
        expect(quote.dir).toBe("auto");
        expect(quote.direction).toBe(quote.arabic ? "rtl" : "ltr");
      }
      await page.close();
    });

    it("fits a phone's width: nothing overflows, the quotes stack, the charts scale", async () => {
      const { page, errors } = await open(390, 844);
      expect(errors).toEqual([]);
      const layout = await page.evaluate(() => {
        const sides = document.querySelector("article.conflict")!.querySelectorAll(".side");
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          sideLefts: Array.from(sides, (side) => Math.round(side.getBoundingClientRect().left)),
          widestChart: Math.max(...Array.from(document.querySelectorAll("svg.timeline"), (svg) => svg.getBoundingClientRect().right)),
          // The chart's text as drawn on the screen: small, but legible.
          tickText: Math.min(...Array.from(document.querySelectorAll("svg.timeline .axis text"), (text) => text.getBoundingClientRect().height)),
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.widestChart).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.sideLefts.length).toBeGreaterThan(1);
      expect(new Set(layout.sideLefts).size).toBe(1);
      expect(layout.tickText).toBeGreaterThanOrEqual(9);
      await page.screenshot({ path: `${artifacts}/iraq-withdrawal-report-phone.png`, fullPage: true });
      await page.close();
    });

    it("prints without the navigation, and without overflowing the page", async () => {
      const { page } = await open(800, 1000);
      await page.emulateMedia({ media: "print" });
      expect(await page.evaluate(() => getComputedStyle(document.querySelector("nav")!).display)).toBe("none");
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.pdf({ path: `${artifacts}/iraq-withdrawal-report.pdf`, format: "A4" });
      await page.close();
    });
  });
}
