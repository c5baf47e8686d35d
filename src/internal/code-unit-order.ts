/**
 * Code-unit order of strings: the same on every machine and in every locale,
 * unlike `localeCompare`, so reports sort alike everywhere.
 * @internal
 */
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
