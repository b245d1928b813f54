/** `path` (with an optional `?query`) under the API base URL, keeping any path prefix the base has. */
export function apiEndpoint(base: URL, path: string): URL {
  const [pathname = '', query] = path.split('?', 2);
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${pathname}`;
  if (query !== undefined) url.search = query;
  return url;
}
