/**
 * The in-memory repository behind the GitHub fake: issues, their comments, and labels, shaped
 * like the REST API's objects (only the fields an action plausibly reads). Tests reach it
 * through `GitHubFake` (`addComments`, `addIssue`, `comments()`, `issues()`...), not directly.
 *
 * Pull requests are not stored as issues: commenting on an unknown number treats it as an
 * existing pull request (so `addComments(7, 150)` needs no setup), and `GET /issues` lists only
 * real issues.
 *
 * @example
 * ```ts
 * const state = new GitHubRepoState('octo-org/octo-repo', 'https://github.com');
 * state.addComments(7, 3, 'someone');
 * state.comments(7).length; // 3
 * ```
 */

export interface GitHubUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface GitHubLabel {
  id: number;
  node_id: string;
  url: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface GitHubComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: GitHubUser;
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface GitHubIssue {
  id: number;
  node_id: string;
  number: number;
  url: string;
  html_url: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: GitHubLabel[];
  user: GitHubUser;
  author_association: string;
  comments: number;
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface NewIssue {
  title: string;
  body?: string | null;
  labels?: string[];
  state?: 'open' | 'closed';
  author?: string;
}

/** The user the default token acts as, like GITHUB_TOKEN. */
export const BOT_LOGIN = 'github-actions[bot]';

/** The workflow token's bot, another app's bot (`name[bot]`), or a person. */
function userOf(login: string): GitHubUser {
  if (login === BOT_LOGIN) return { login, id: 41898282, type: 'Bot' };
  return { login, id: 1000 + login.length, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

export class GitHubRepoState {
  /** Set by the server once it knows its URL; API `url` fields are built from it. */
  apiUrl = '';
  readonly #repository: string;
  readonly #serverUrl: string;
  readonly #issues = new Map<number, GitHubIssue>();
  readonly #comments = new Map<number, GitHubComment[]>();
  readonly #labels = new Map<string, GitHubLabel>();
  #nextNumber = 1;
  #nextId = 1;
  #clock = Date.parse('2024-01-01T00:00:00Z');

  constructor(repository: string, serverUrl: string) {
    this.#repository = repository;
    this.#serverUrl = serverUrl;
  }

  /** Distinct, increasing timestamps, so ordering by date is deterministic. */
  #now(): string {
    this.#clock += 1000;
    return new Date(this.#clock).toISOString().replace('.000Z', 'Z');
  }

  #id(): number {
    return this.#nextId++;
  }

  #repoApi(): string {
    return `${this.apiUrl}/repos/${this.#repository}`;
  }

  issue(number: number): GitHubIssue | undefined {
    return this.#issues.get(number);
  }

  /** Every issue, newest first, open and closed. */
  issues(): GitHubIssue[] {
    return [...this.#issues.values()].sort((a, b) => b.number - a.number);
  }

  /** Comments of an issue or pull request, oldest first. */
  comments(number: number): GitHubComment[] {
    return this.#comments.get(number) ?? [];
  }

  comment(id: number): GitHubComment | undefined {
    for (const list of this.#comments.values()) {
      const found = list.find((comment) => comment.id === id);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  labels(): GitHubLabel[] {
    return [...this.#labels.values()];
  }

  label(name: string): GitHubLabel | undefined {
    return this.#labels.get(name.toLowerCase());
  }

  addLabel(name: string, color = 'ededed', description: string | null = null): GitHubLabel {
    const id = this.#id();
    const label = {
      id,
      node_id: `LA_${id}`,
      url: `${this.#repoApi()}/labels/${encodeURIComponent(name)}`,
      name,
      color,
      description,
      default: false,
    };
    this.#labels.set(name.toLowerCase(), label);
    return label;
  }

  /** Labels by name, created on the fly as GitHub does when an issue names a new label. */
  resolveLabels(names: readonly string[]): GitHubLabel[] {
    return names.map((name) => this.label(name) ?? this.addLabel(name));
  }

  addIssue(fields: NewIssue): GitHubIssue {
    const number = this.#nextNumber++;
    const id = this.#id();
    const created = this.#now();
    const closed = fields.state === 'closed';
    const issue: GitHubIssue = {
      id,
      node_id: `I_${id}`,
      number,
      url: `${this.#repoApi()}/issues/${number}`,
      html_url: `${this.#serverUrl}/${this.#repository}/issues/${number}`,
      title: fields.title,
      body: fields.body ?? null,
      state: closed ? 'closed' : 'open',
      state_reason: closed ? 'completed' : null,
      labels: this.resolveLabels(fields.labels ?? []),
      user: userOf(fields.author ?? BOT_LOGIN),
      author_association: (fields.author ?? BOT_LOGIN) === BOT_LOGIN ? 'NONE' : 'MEMBER',
      comments: 0,
      locked: false,
      created_at: created,
      updated_at: created,
      closed_at: closed ? created : null,
    };
    this.#issues.set(number, issue);
    this.#comments.set(number, []);
    return issue;
  }

  updateIssue(
    issue: GitHubIssue,
    changes: Partial<Pick<GitHubIssue, 'title' | 'body' | 'state' | 'state_reason'>> & { labels?: string[] },
  ): void {
    const { labels, ...rest } = changes;
    const wasOpen = issue.state === 'open';
    Object.assign(issue, rest);
    if (labels !== undefined) issue.labels = this.resolveLabels(labels);
    issue.updated_at = this.#now();
    if (wasOpen && issue.state === 'closed') {
      issue.closed_at = issue.updated_at;
      issue.state_reason = changes.state_reason ?? 'completed';
    }
    if (!wasOpen && issue.state === 'open') {
      issue.closed_at = null;
      issue.state_reason = 'reopened';
    }
  }

  addComment(number: number, body: string, author = BOT_LOGIN): GitHubComment {
    // An unknown number becomes a pull request; later issues must not reuse it.
    this.#nextNumber = Math.max(this.#nextNumber, number + 1);
    const id = this.#id();
    const created = this.#now();
    const page = this.#issues.has(number) ? 'issues' : 'pull';
    const comment: GitHubComment = {
      id,
      node_id: `IC_${id}`,
      url: `${this.#repoApi()}/issues/comments/${id}`,
      html_url: `${this.#serverUrl}/${this.#repository}/${page}/${number}#issuecomment-${id}`,
      issue_url: `${this.#repoApi()}/issues/${number}`,
      body,
      user: userOf(author),
      created_at: created,
      updated_at: created,
      author_association: author === BOT_LOGIN ? 'NONE' : 'MEMBER',
    };
    this.#comments.set(number, [...this.comments(number), comment]);
    const issue = this.#issues.get(number);
    if (issue !== undefined) issue.comments += 1;
    return comment;
  }

  updateComment(comment: GitHubComment, body: string): void {
    comment.body = body;
    comment.updated_at = this.#now();
  }

  deleteComment(id: number): boolean {
    for (const [number, list] of this.#comments) {
      const index = list.findIndex((comment) => comment.id === id);
      if (index === -1) continue;
      list.splice(index, 1);
      const issue = this.#issues.get(number);
      if (issue !== undefined) issue.comments -= 1;
      return true;
    }
    return false;
  }
}
