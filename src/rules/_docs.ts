/** Where a rule's documentation page is published: the package's own file on the npm CDN. */
export function docsUrl(id: string): { url: string } {
  return { url: `https://unpkg.com/corroborate/docs/rules/${id}.md` };
}
