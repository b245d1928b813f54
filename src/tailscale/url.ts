/** `path` under the API base URL, keeping any path prefix the base has (e.g. behind a proxy). */
export function apiEndpoint(base: URL, path: string): URL {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
  return url;
}
