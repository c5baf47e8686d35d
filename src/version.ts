/**
 * The version of corroborate; a test keeps it equal to package.json's.
 *
 * @example
 * console.log(`checked with corroborate ${VERSION}`);
 */
export const VERSION = "0.1.0";
