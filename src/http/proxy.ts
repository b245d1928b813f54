// Behind a proxy: which variables Node's own proxy support gets, what the run must keep secret,
// and what to say when this Node.js does not read them (docs/proxy.md).

/** Where HTTPS_PROXY and NO_PROXY are read from: an entry point's environment. */
export type ProxyEnv = Readonly<Record<string, string | undefined>>;

const PROXY_NAMES = ['https_proxy', 'HTTPS_PROXY'];
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Whether node:https of this Node.js version reads HTTPS_PROXY: 22.21 and 24.5 brought it (docs/proxy.md). */
export function readsProxyVariables(nodeVersion: string): boolean {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  return major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21);
}

/**
 * An older Node.js connects directly, which behind a proxy only times out: said at the end of a
 * failure, so its cause is no mystery.
 */
export function ignoredProxy(env: ProxyEnv | undefined, nodeVersion: string): string {
  const variables = proxyVariables(env);
  if (PROXY_NAMES.every((name) => variables[name] === undefined) || readsProxyVariables(nodeVersion)) return '';
  return ` (HTTPS_PROXY is set, but Node.js ${nodeVersion} ignores it: use Node.js 22.21, 24.5 or later)`;
}

/**
 * The variables Node's proxy support reads, a value without a scheme taken as `http://`: Node
 * ignores `proxy.corp:3128`, which curl and the toolkit's own client accept (docs/proxy.md).
 */
export function proxyVariables(env: ProxyEnv | undefined): ProxyEnv {
  const out: Record<string, string> = {};
  for (const name of [...PROXY_NAMES, 'no_proxy', 'NO_PROXY']) {
    const value = env?.[name]?.trim();
    if (value === undefined || value === '') continue;
    out[name] = PROXY_NAMES.includes(name) && !SCHEME.test(value) ? `http://${value}` : value;
  }
  return out;
}

/** The password of each proxy URL, so that no message or log line can show it. */
export function proxySecrets(env: ProxyEnv): string[] {
  const variables = proxyVariables(env);
  return PROXY_NAMES.flatMap((name) => {
    const value = variables[name];
    if (value === undefined) return [];
    try {
      const password = decodeURIComponent(new URL(value).password);
      return password === '' ? [] : [password];
    } catch {
      // Not a URL: Node refuses it (transports), with our message, not its own.
      return [];
    }
  });
}
