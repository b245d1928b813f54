// The GitHub REST calls the action makes (issues, their comments, one label), sent through the
// HTTP client that talks to Tailscale: one HTTP stack for the whole run, with its proxy handling,
// its retries and the run's deadline, and no token over plain HTTP beyond this machine. A handful
// of endpoints do not need a general client; docs/github-api.md lists what each call relies on.

import { parseApiUrl } from '../config/api-url.js';
import type { HttpClient, HttpRequest } from '../http/client.js';
import { withoutSecret } from '../secrets.js';
import { VERSION } from '../version.js';

/** GitHub answered with a status other than 2xx. */
export class GitHubError extends Error {
  override readonly name = 'GitHubError';

  constructor(
    readonly status: number,
    message: string,
    /** The `errors` GitHub lists with a 422 (`[{ code: 'already_exists', ... }]`). */
    readonly errors: readonly { code?: unknown }[] = [],
  ) {
    super(message);
  }
}

/** The version of the REST API the calls are written against. */
const API_VERSION = '2022-11-28';
/** GitHub's own messages are a line; an answer of another kind is not quoted at length. */
const MAX_MESSAGE = 300;

export type GitHubMethod = 'GET' | 'POST' | 'PATCH';

export interface GitHubClient {
  /** One call; the answer's JSON. Throws GitHubError on an error status. */
  request<T>(method: GitHubMethod, path: string, body?: object): Promise<T>;
  /**
   * The first item of a list, page by page (100 items each), that `pick` turns into a result;
   * later pages are not read.
   */
  find<T, R>(
    path: string,
    query: Record<string, string>,
    pick: (item: T) => R | undefined | Promise<R | undefined>,
  ): Promise<R | undefined>;
}

/** The path of a repository's endpoints, under the API's URL. */
export function repoPath({ owner, repo }: { owner: string; repo: string }): string {
  return `repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}

/**
 * The error an answer's status and body make: GitHub's `message`, and the page it points to.
 * An answer that echoes the token loses it here,
 * before the message is cut to its length: cut first, a token split at the cut would keep its
 * first characters, which no later redaction of the whole token finds.
 */
function errorOf(status: number, body: string, token: string): GitHubError {
  let answer: { message?: unknown; documentation_url?: unknown; errors?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) answer = parsed;
  } catch {
    // Not JSON (a proxy's or a load balancer's page): the status says it all.
  }
  const parts = [answer.message, answer.documentation_url].filter((part) => typeof part === 'string');
  const listed: unknown[] = Array.isArray(answer.errors) ? answer.errors : [];
  const errors = listed.filter((entry): entry is { code?: unknown } => typeof entry === 'object' && entry !== null);
  return new GitHubError(status, withoutSecret(parts.join(' - '), token).slice(0, MAX_MESSAGE), errors);
}

/** The `rel="next"` page of a Link header, if it lies under the API's own URL (no token goes elsewhere). */
export function nextPage(link: string | undefined, base: URL): URL | undefined {
  const target = /<([^>]*)>\s*;\s*rel="next"/.exec(link ?? '')?.[1];
  if (target === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) ? url : undefined;
}

/** A client for `apiUrl` (GITHUB_API_URL, so GHES works); throws InputError for a URL that would leak the token. */
export function gitHubClient(token: string, apiUrl: string, http: HttpClient): GitHubClient {
  const base = parseApiUrl(apiUrl, 'GITHUB_API_URL');
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'user-agent': `tailnet-policy/${VERSION}`,
    'x-github-api-version': API_VERSION,
  };
  const send = async (method: GitHubMethod, url: URL, body?: object): Promise<{ data: unknown; link?: string }> => {
    const request: HttpRequest = { method, url, headers };
    if (body !== undefined) {
      request.headers = { ...headers, 'content-type': 'application/json; charset=utf-8' };
      request.body = JSON.stringify(body);
      // A POST creates a comment, an issue or a label: sent again after a lost answer, it may make two.
      if (method === 'POST') request.once = true;
    }
    const answer = await http.send(request);
    if (answer.status < 200 || answer.status > 299) throw errorOf(answer.status, answer.body, token);
    try {
      return { data: JSON.parse(answer.body) as unknown, link: answer.headers.link };
    } catch {
      throw new GitHubError(answer.status, `the answer to ${method} ${url.pathname} is not JSON`);
    }
  };
  const at = (path: string): URL => new URL(path.replace(/^\//, ''), base);
  return {
    async request<T>(method: GitHubMethod, path: string, body?: object): Promise<T> {
      return (await send(method, at(path), body)).data as T;
    },
    async find<T, R>(
      path: string,
      query: Record<string, string>,
      pick: (item: T) => R | undefined | Promise<R | undefined>,
    ) {
      let url: URL | undefined = at(path);
      for (const [name, value] of Object.entries({ ...query, per_page: '100' })) url.searchParams.set(name, value);
      while (url !== undefined) {
        const { data, link } = await send('GET', url);
        if (!Array.isArray(data)) throw new GitHubError(200, `the answer to GET ${url.pathname} is not a list`);
        for (const item of data as T[]) {
          const found = await pick(item);
          if (found !== undefined) return found;
        }
        url = nextPage(link, base);
      }
      return undefined;
    },
  };
}

/**
 * The HTTP status GitHub answered; undefined when no answer came (a network failure, the run's
 * deadline, a URL refused before sending).
 */
export function statusOf(error: unknown): number | undefined {
  return error instanceof GitHubError ? error.status : undefined;
}

/** The failure in one line: `HTTP 403: <GitHub's message>`, or why no answer came. */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof GitHubError)) return message;
  return message === '' ? `HTTP ${error.status}` : `HTTP ${error.status}: ${message}`;
}
