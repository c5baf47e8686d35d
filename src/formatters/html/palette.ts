/**
 * The page's colours, in one place so that a test can check every pair the
 * page draws against WCAG 2 contrast: 4.5:1 for text, 3:1 for marks.
 * Position colours are dark enough to be text too, and every meaning they
 * carry is also given by a shape, a dash, a label or a table.
 */
import type { Severity } from "../../model/report.js";

/**
 * Page background, text, secondary text, lines (axes, borders), the panels
 * behind quotes, and the charts' gridlines (a faint aid, not information:
 * exempt from the 3:1 rule).
 * @internal
 */
export const PAGE = {
  background: "#ffffff",
  text: "#1f2328",
  muted: "#57606a",
  line: "#7d8590",
  panel: "#f6f8fa",
  grid: "#e4e7eb",
} as const;

/**
 * One colour per position of a group, strongest first; cycled past eight.
 * No reds, oranges or browns: those mean severity.
 * @internal
 */
export const POSITION_COLORS = [
  "#1f5fbf", // blue
  "#7b3fb5", // purple
  "#00707a", // teal
  "#9c2f6a", // magenta
  "#5c6b00", // olive
  "#4b5563", // slate
  "#1a7f4b", // green
  "#3730a3", // indigo
] as const;

/** Severity: its colour (text, outlines) and the tint behind its badge. @internal */
export const SEVERITY_COLORS: Record<Severity, { color: string; tint: string }> = {
  error: { color: "#b42318", tint: "#fbeae8" },
  warning: { color: "#8a4b00", tint: "#fdf1dc" },
  info: { color: "#0b5cad", tint: "#e7f0fb" },
};

/** The colour of the position at `index`. @internal */
export function positionColor(index: number): string {
  return POSITION_COLORS[index % POSITION_COLORS.length]!;
}

/** The class that gives an element the colour of the position at `index` (`--pos`, see the stylesheet). @internal */
export function positionClass(index: number): string {
  return `p${index % POSITION_COLORS.length}`;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. @internal */
export function relativeLuminance(hex: string): number {
  const channel = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. @internal */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
