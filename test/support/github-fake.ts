/**
 * A fake GitHub REST API on 127.0.0.1 for what the action calls through octokit: issue
 * comments (the sticky PR comment), issues and labels (the drift issue), plus the Actions OIDC
 * id-token endpoint that `core.getIDToken` calls. One repository (`options.repository`);
 * others answer 404. State lives in memory (github-state.ts), seedable and inspectable.
 *
 * Fake behaviour worth knowing:
 * - Auth: `Authorization: token X` or `Bearer X` with X in `tokens` (default
 *   [DEFAULT_GITHUB_TOKEN]) or `readOnlyTokens`; otherwise 401 `Bad credentials`. A read-only
 *   token gets 403 `Resource not accessible by integration` on any write (the fork PR case).
 * - Those tokens act as the workflow's bot, which may not read `GET /user` (403, as an
 *   installation token); a token in `userTokens` acts as that person: `GET /user` names them,
 *   and the comments and issues it creates are theirs.
 * - Lists take `per_page` (default 30, max 100) and `page`, and answer real `Link` headers.
 * - Comment and issue bodies over 65,536 characters (code points) answer 422.
 * - `pathPrefix: '/api/v3'` serves the API under that prefix, as GitHub Enterprise Server does;
 *   `url` includes it, so it is always the right GITHUB_API_URL.
 *
 * @example
 * ```ts
 * const gh = await startGitHubFake();
 * afterEach(() => gh.close());
 * gh.addComments(7, 150, 'someone-else'); // two pages of other people's comments
 * await runAction({ inputs: { 'github-token': gh.token }, env: gh.actionsEnv(), eventName: 'pull_request', eventPayload: { pull_request: { number: 7 } } });
 * expect(gh.comments(7).at(-1)?.user.login).toBe('github-actions[bot]');
 * expect(gh.requestsTo('POST comments')).toHaveLength(1);
 * ```
 */

import { fakeJwt } from './jwt.js';
import {
  startHarness,
  type Fault,
  type Harness,
  type RecordedRequest,
  type Reply,
  type RouteMatcher,
} from './http-harness.js';
import {
  BOT_LOGIN,
  GitHubRepoState,
  type GitHubComment,
  type GitHubIssue,
  type GitHubLabel,
  type NewIssue,
} from './github-state.js';

export {
  BOT_LOGIN,
  type GitHubComment,
  type GitHubIssue,
  type GitHubLabel,
  type GitHubUser,
  type NewIssue,
} from './github-state.js';
export type { Fault, RecordedRequest, RouteMatcher } from './http-harness.js';

export type GitHubRoute =
  | 'GET comments'
  | 'POST comments'
  | 'GET comment'
  | 'PATCH comment'
  | 'DELETE comment'
  | 'GET issues'
  | 'POST issues'
  | 'GET issue'
  | 'PATCH issue'
  | 'GET labels'
  | 'POST labels'
  | 'GET user'
  | 'GET id-token';

export interface GitHubFakeOptions {
  /** `owner/repo`; default `octo-org/octo-repo`. */
  repository?: string;
  /** Tokens with write access; default [DEFAULT_GITHUB_TOKEN]. */
  tokens?: string[];
  readOnlyTokens?: string[];
  /** Write tokens of people (personal access tokens), by token: the login each acts as. */
  userTokens?: Record<string, string>;
  /** e.g. `/api/v3` for GitHub Enterprise Server; default none. */
  pathPrefix?: string;
  /** Base of `html_url`s (GITHUB_SERVER_URL); default `https://github.com`. */
  serverUrl?: string;
  /** The bearer token the OIDC endpoint expects (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  oidcRequestToken?: string;
}

export const DEFAULT_GITHUB_TOKEN = 'ghs_fakeGitHubToken0123456789abcdefABCDEF';
export const MAX_BODY_CHARACTERS = 65_536;
const DOCS = 'https://docs.github.com/rest';
const OIDC_PATH = '/_actions/oidc/token';

interface Target {
  route: GitHubRoute;
  repository: string;
  /** The issue number or comment id in the path. */
  id: number;
}

const PATHS: Array<[RegExp, Record<string, GitHubRoute>]> = [
  [
    /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/,
    { GET: 'GET comment', PATCH: 'PATCH comment', DELETE: 'DELETE comment' },
  ],
  [/^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, { GET: 'GET comments', POST: 'POST comments' }],
  [/^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)$/, { GET: 'GET issue', PATCH: 'PATCH issue' }],
  [/^\/repos\/([^/]+\/[^/]+)\/issues()$/, { GET: 'GET issues', POST: 'POST issues' }],
  [/^\/repos\/([^/]+\/[^/]+)\/labels()$/, { GET: 'GET labels', POST: 'POST labels' }],
];

function parseTarget(prefix: string, method: string, path: string): Target | undefined {
  if (method === 'GET' && path === OIDC_PATH) return { route: 'GET id-token', repository: '', id: 0 };
  if (!path.startsWith(`${prefix}/`)) return undefined;
  const rest = path.slice(prefix.length);
  if (method === 'GET' && rest === '/user') return { route: 'GET user', repository: '', id: 0 };
  for (const [pattern, routes] of PATHS) {
    const match = pattern.exec(rest);
    const route = match === null ? undefined : routes[method];
    if (match !== null && route !== undefined)
      return { route, repository: decodeURIComponent(match[1]!), id: Number(match[2] || 0) };
  }
  return undefined;
}

function error(status: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, ...extra, documentation_url: DOCS, status: String(status) } };
}

const NOT_FOUND = error(404, 'Not Found');

function invalid(resource: string, field: string, code: string, message?: string): Reply {
  return error(422, 'Validation Failed', {
    errors: [{ resource, code, field, ...(message === undefined ? {} : { message }) }],
  });
}

/** 422 unless `body` is an acceptable comment or issue body. */
function checkBody(resource: string, body: unknown, required: boolean): Reply | undefined {
  if (body === undefined || body === null) return required ? invalid(resource, 'body', 'missing_field') : undefined;
  if (typeof body !== 'string') return invalid(resource, 'body', 'invalid');
  if ([...body].length > MAX_BODY_CHARACTERS) {
    return invalid(resource, 'body', 'custom', `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`);
  }
  return undefined;
}

/** The token of `Authorization: token X` or `Bearer X`; empty when there is none. */
function tokenOf(request: RecordedRequest<GitHubRoute>): string {
  return /^(?:token|bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
}

function labelNames(labels: unknown): string[] | undefined {
  if (!Array.isArray(labels)) return undefined;
  return labels.map((label: unknown) =>
    typeof label === 'object' && label !== null ? String((label as { name?: unknown }).name) : String(label),
  );
}

export class GitHubFake {
  readonly repository: string;
  readonly pathPrefix: string;
  readonly oidcRequestToken: string;
  readonly #serverUrl: string;
  readonly #writers: Set<string>;
  readonly #readers: Set<string>;
  readonly #people: Map<string, string>;
  readonly #state: GitHubRepoState;
  #harness!: Harness<GitHubRoute>;

  private constructor(options: GitHubFakeOptions) {
    this.repository = options.repository ?? 'octo-org/octo-repo';
    this.pathPrefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
    this.oidcRequestToken = options.oidcRequestToken ?? 'fake-oidc-request-token';
    this.#serverUrl = options.serverUrl ?? 'https://github.com';
    this.#writers = new Set(options.tokens ?? [DEFAULT_GITHUB_TOKEN]);
    this.#readers = new Set(options.readOnlyTokens ?? []);
    this.#people = new Map(Object.entries(options.userTokens ?? {}));
    for (const token of this.#people.keys()) this.#writers.add(token);
    this.#state = new GitHubRepoState(this.repository, this.#serverUrl);
  }

  static async start(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
    const fake = new GitHubFake(options);
    const prefix = fake.pathPrefix;
    fake.#harness = await startHarness({
      routeOf: (method, path) => parseTarget(prefix, method, path)?.route,
      handle: (request) => fake.#handle(request),
    });
    fake.#state.apiUrl = fake.url;
    return fake;
  }

  /** The REST API base URL, prefix included: use it as GITHUB_API_URL. */
  get url(): string {
    return `${this.#harness.url}${this.pathPrefix}`;
  }

  /** The first write token: what most tests pass as the github-token input. */
  get token(): string {
    return [...this.#writers][0] ?? '';
  }

  /** ACTIONS_ID_TOKEN_REQUEST_URL: already has a query, as core.getIDToken appends `&audience=`. */
  get oidcRequestUrl(): string {
    return `${this.#harness.url}${OIDC_PATH}?api-version=2.0`;
  }

  /** The id token the OIDC endpoint issues for `audience` (deterministic, unsigned). */
  idToken(audience: string): string {
    return fakeJwt({
      iss: 'https://token.actions.githubusercontent.com',
      aud: audience,
      sub: `repo:${this.repository}:ref:refs/heads/main`,
      repository: this.repository,
    });
  }

  /** GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY and the OIDC variables, for runAction's env. */
  actionsEnv(): Record<string, string> {
    return {
      GITHUB_API_URL: this.url,
      GITHUB_SERVER_URL: this.#serverUrl,
      GITHUB_REPOSITORY: this.repository,
      ACTIONS_ID_TOKEN_REQUEST_URL: this.oidcRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.oidcRequestToken,
    };
  }

  /** Every request, in arrival order; `json` holds the parsed body. */
  get requests(): RecordedRequest<GitHubRoute>[] {
    return this.#harness.requests;
  }

  requestsTo(route: GitHubRoute): RecordedRequest<GitHubRoute>[] {
    return this.requests.filter((request) => request.route === route);
  }

  fail(matcher: RouteMatcher<GitHubRoute>, ...faults: Fault[]): void {
    this.#harness.faults.add(matcher, faults);
  }

  clearFaults(): void {
    this.#harness.faults.clear();
  }

  /** Queued fault uses not yet consumed (`times: Infinity` counts as one, forever). */
  get pendingFaults(): number {
    return this.#harness.faults.pending;
  }

  /** Seeds a comment on an issue or pull request (unknown numbers are pull requests). */
  addComment(number: number, body: string, author = BOT_LOGIN): GitHubComment {
    return this.#state.addComment(number, body, author);
  }

  /** Seeds `count` comments, bodies `comment 1`... unless `body(i)` says otherwise (i from 0). */
  addComments(
    number: number,
    count: number,
    author = 'octocat',
    body: (i: number) => string = (i) => `comment ${i + 1}`,
  ): GitHubComment[] {
    return Array.from({ length: count }, (_, i) => this.#state.addComment(number, body(i), author));
  }

  addIssue(fields: NewIssue): GitHubIssue {
    return this.#state.addIssue(fields);
  }

  addLabel(name: string, color?: string, description?: string): GitHubLabel {
    return this.#state.addLabel(name, color, description ?? null);
  }

  /** Live objects: later API calls change them. */
  comments(number: number): GitHubComment[] {
    return this.#state.comments(number);
  }

  comment(id: number): GitHubComment | undefined {
    return this.#state.comment(id);
  }

  /** All issues, newest first, open and closed (no pull requests). */
  issues(): GitHubIssue[] {
    return this.#state.issues();
  }

  issue(number: number): GitHubIssue | undefined {
    return this.#state.issue(number);
  }

  labels(): GitHubLabel[] {
    return this.#state.labels();
  }

  close(): Promise<void> {
    return this.#harness.close();
  }

  #handle(request: RecordedRequest<GitHubRoute>): Reply {
    const target = parseTarget(this.pathPrefix, request.method, request.path);
    if (target === undefined) return NOT_FOUND;
    // The OIDC endpoint has its own credential, checked where it answers.
    const refusal = target.route === 'GET id-token' ? undefined : this.#refusal(target, request);
    return refusal ?? this.#route(target, request);
  }

  #refusal(target: Target, request: RecordedRequest<GitHubRoute>): Reply | undefined {
    const token = tokenOf(request);
    if (!this.#writers.has(token) && !this.#readers.has(token)) return error(401, 'Bad credentials');
    if (target.route === 'GET user')
      return this.#people.has(token) ? undefined : error(403, 'Resource not accessible by integration');
    if (target.repository.toLowerCase() !== this.repository.toLowerCase()) return NOT_FOUND;
    if (request.method !== 'GET' && !this.#writers.has(token))
      return error(403, 'Resource not accessible by integration');
    return undefined;
  }

  /** Who a request's token acts as: a person's login, or the workflow's bot. */
  #author(request: RecordedRequest<GitHubRoute>): string {
    return this.#people.get(tokenOf(request)) ?? BOT_LOGIN;
  }

  #route(target: Target, request: RecordedRequest<GitHubRoute>): Reply {
    const json = (request.json ?? {}) as Record<string, unknown>;
    switch (target.route) {
      case 'GET comments':
        return this.#page(request, this.#state.comments(target.id));
      case 'POST comments':
        return (
          checkBody('IssueComment', json.body, true) ?? {
            status: 201,
            body: this.#state.addComment(target.id, json.body as string, this.#author(request)),
          }
        );
      case 'GET comment':
        return this.#withComment(target.id, (comment) => ({ status: 200, body: comment }));
      case 'PATCH comment':
        return this.#withComment(target.id, (comment) => {
          const refusal = checkBody('IssueComment', json.body, true);
          if (refusal === undefined) this.#state.updateComment(comment, json.body as string);
          return refusal ?? { status: 200, body: comment };
        });
      case 'DELETE comment':
        return this.#state.deleteComment(target.id) ? { status: 204 } : NOT_FOUND;
      case 'GET issues':
        return this.#page(request, this.#filterIssues(request.query));
      case 'POST issues':
        return this.#createIssue(json, this.#author(request));
      case 'GET issue': {
        const issue = this.#state.issue(target.id);
        return issue === undefined ? NOT_FOUND : { status: 200, body: issue };
      }
      case 'PATCH issue':
        return this.#updateIssue(target.id, json);
      case 'GET labels':
        return this.#page(request, this.#state.labels());
      case 'POST labels':
        return this.#createLabel(json);
      case 'GET user':
        return { status: 200, body: { login: this.#author(request), id: 1000, type: 'User' } };
      case 'GET id-token':
        return this.#idTokenReply(request);
    }
  }

  #withComment(id: number, then: (comment: GitHubComment) => Reply): Reply {
    const comment = this.#state.comment(id);
    return comment === undefined ? NOT_FOUND : then(comment);
  }

  /** One page of `items` with GitHub's Link header (next, last, first, prev as applicable). */
  #page(request: RecordedRequest<GitHubRoute>, items: readonly unknown[]): Reply {
    const perPage = Math.min(100, Math.max(1, Number.parseInt(request.query.per_page ?? '30', 10) || 30));
    const page = Math.max(1, Number.parseInt(request.query.page ?? '1', 10) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const linkTo = (n: number): string => {
      const query = new URLSearchParams({ ...request.query, page: String(n) });
      return `<${this.#harness.url}${request.path}?${query}>`;
    };
    const links: string[] = [];
    if (page < last) links.push(`${linkTo(page + 1)}; rel="next"`, `${linkTo(last)}; rel="last"`);
    if (page > 1) links.push(`${linkTo(1)}; rel="first"`, `${linkTo(Math.min(page - 1, last))}; rel="prev"`);
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {};
    return { status: 200, headers, body: items.slice((page - 1) * perPage, page * perPage) };
  }

  #filterIssues(query: Record<string, string>): GitHubIssue[] {
    const state = query.state ?? 'open';
    const wanted = (query.labels ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== '');
    return this.#state
      .issues()
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) => wanted.every((name) => issue.labels.some((label) => label.name.toLowerCase() === name)));
  }

  #createIssue(json: Record<string, unknown>, author: string): Reply {
    if (typeof json.title !== 'string' || json.title === '') return invalid('Issue', 'title', 'missing_field');
    const refusal = checkBody('Issue', json.body, false);
    if (refusal !== undefined) return refusal;
    const issue = this.#state.addIssue({
      title: json.title,
      body: json.body as string | undefined,
      labels: labelNames(json.labels) ?? [],
      author,
    });
    return { status: 201, body: issue };
  }

  #updateIssue(number: number, json: Record<string, unknown>): Reply {
    const issue = this.#state.issue(number);
    if (issue === undefined) return NOT_FOUND;
    if (json.state !== undefined && json.state !== 'open' && json.state !== 'closed')
      return invalid('Issue', 'state', 'invalid');
    const refusal = checkBody('Issue', json.body, false);
    if (refusal !== undefined) return refusal;
    const changes: Parameters<GitHubRepoState['updateIssue']>[1] = {};
    if (typeof json.title === 'string') changes.title = json.title;
    if (json.body !== undefined) changes.body = json.body as string | null;
    if (json.state !== undefined) changes.state = json.state as 'open' | 'closed';
    if (typeof json.state_reason === 'string') changes.state_reason = json.state_reason;
    const labels = labelNames(json.labels);
    if (labels !== undefined) changes.labels = labels;
    this.#state.updateIssue(issue, changes);
    return { status: 200, body: issue };
  }

  #createLabel(json: Record<string, unknown>): Reply {
    if (typeof json.name !== 'string' || json.name === '') return invalid('Label', 'name', 'missing_field');
    if (this.#state.label(json.name) !== undefined) return invalid('Label', 'name', 'already_exists');
    const description = typeof json.description === 'string' ? json.description : null;
    return {
      status: 201,
      body: this.#state.addLabel(json.name, typeof json.color === 'string' ? json.color : undefined, description),
    };
  }

  /** What core.getIDToken calls: `GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=...` with the request token. */
  #idTokenReply(request: RecordedRequest<GitHubRoute>): Reply {
    if (request.headers.authorization !== `Bearer ${this.oidcRequestToken}`) return error(401, 'Bad credentials');
    return { status: 200, body: { count: 1, value: this.idToken(request.query.audience ?? '') } };
  }
}

/** Starts a GitHub fake on 127.0.0.1 with an ephemeral port. */
export function startGitHubFake(options?: GitHubFakeOptions): Promise<GitHubFake> {
  return GitHubFake.start(options);
}
