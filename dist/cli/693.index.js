export const id = 693;
export const ids = [693];
export const modules = {

/***/ 5693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  remoteCommand: () => (/* binding */ remoteCommand),
  remoteUsage: () => (/* binding */ remoteUsage)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/errors.ts
// Typed errors. Every expected failure is one of these, so run() can print one clear line
// instead of a stack trace, and the CLI can choose its exit status.
/** A failure the user can fix; `message` is one line that says what and how. */
class ActionError extends Error {
    name = 'ActionError';
}
/** An action input or CLI flag is missing or malformed; nothing has been sent anywhere. */
class InputError extends ActionError {
    name = 'InputError';
}
/** The local policy file cannot be read or parsed. */
class PolicyFileError extends ActionError {
    reason;
    file;
    line;
    column;
    name = 'PolicyFileError';
    constructor(
    /** What is wrong, without the file and position. */
    reason, file, line, column) {
        super(`${file}${line === undefined ? '' : `:${line}:${column ?? 1}`}: ${reason}`);
        this.reason = reason;
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
/** The Tailscale API answered with an error status that retrying cannot fix. */
class ApiError extends ActionError {
    status;
    serverMessage;
    name = 'ApiError';
    constructor(message, status, serverMessage) {
        super(message);
        this.status = status;
        this.serverMessage = serverMessage;
    }
}
/** A conditional write was refused because the live policy is no longer the one we read. */
class PreconditionFailedError extends ApiError {
    name = 'PreconditionFailedError';
}
/** The run's `timeout` elapsed, or retries could not succeed within it. */
class TimeoutError extends ActionError {
    name = 'TimeoutError';
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/config/api-url.ts


const DEFAULT_API_URL = 'https://api.tailscale.com';
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host === '::1')
        return true;
    return (0,external_node_net_.isIP)(host) === 4 && host.startsWith('127.');
}
/** Credentials travel only over HTTPS; plain HTTP is allowed to loopback addresses (tests). */
function parseApiUrl(text, label) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new InputError(`${label}: "${text}" is not a URL; use e.g. ${DEFAULT_API_URL}`);
    }
    // Checked first, so that no message ever repeats a password given in the URL.
    if (url.username || url.password) {
        throw new InputError(`${label}: the URL must not carry a user name or password; pass credentials through their own inputs`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw new InputError(`${label}: "${text}" would send credentials without TLS; use https:// (http:// is allowed only for loopback addresses)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(`${label}: "${text}" must start with https://`);
    }
    if (url.search || url.hash) {
        throw new InputError(`${label}: give only scheme, host and path, e.g. ${DEFAULT_API_URL}`);
    }
    url.pathname = url.pathname.replace(/\/+$/, '');
    return url;
}

;// CONCATENATED MODULE: ./src/config/credentials.ts

/** Exactly one method must be given; anything else is one error that lists the three choices. */
function chooseCredentials(sources, names) {
    const { apiKey, clientId, clientSecret } = sources;
    const federatedProof = sources.audience ?? sources.idToken;
    const chosen = [];
    if (apiKey)
        chosen.push({ kind: 'api-key', apiKey });
    if (clientId && clientSecret)
        chosen.push({ kind: 'oauth', clientId, clientSecret });
    if (clientId && federatedProof) {
        chosen.push({ kind: 'federated', clientId, audience: sources.audience, idToken: sources.idToken });
    }
    const incomplete = (clientId && !clientSecret && !federatedProof) || (!clientId && (clientSecret || federatedProof));
    if (chosen.length === 1 && !incomplete)
        return chosen[0];
    if (chosen.length === 0 && !incomplete)
        return { kind: 'none' };
    const problem = chosen.length > 1 ? 'more than one authentication method is set' : 'the authentication settings are incomplete';
    throw new InputError(`${problem}: set exactly one of "${names.apiKey}"; "${names.clientId}" with "${names.clientSecret}"; or "${names.clientId}" with "${names.federated}"`);
}

;// CONCATENATED MODULE: ./src/config/duration.ts

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
/**
 * Parses a Go-style duration such as `5m`, `90s` or `1m30s` (a bare number means seconds),
 * the notation the reference action's users already write.
 */
/** Node's timers hold at most 2^31-1 ms; a day is far more than any run needs anyway. */
const MAX_MS = 24 * UNIT_MS.h;
function parseDuration(text, label) {
    const ms = durationMs(text, label);
    if (ms <= 0)
        throw new InputError(`${label}: the duration must be more than zero`);
    if (ms > MAX_MS)
        throw new InputError(`${label}: "${text}" is more than 24h; give a shorter duration`);
    return ms;
}
function durationMs(text, label) {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1_000;
    const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    const consumed = parts.map((p) => p[0]).join('');
    if (parts.length === 0 || consumed !== trimmed) {
        throw new InputError(`${label}: "${text}" is not a duration; write it like 5m, 90s or 1m30s`);
    }
    return Math.round(parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit], 0));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/git/history.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function commitsTouching(dir, name, limit, ref) {
    const { stdout } = await run('git', ['log', `--max-count=${limit}`, '--format=%H%x00%s', ref, '--', name], { cwd: dir, maxBuffer: 16 << 20 });
    return stdout
        .split('\n')
        .filter((line) => line.includes('\0'))
        .map((line) => {
        const [commit = '', subject = ''] = line.split('\0');
        return { commit, subject };
    });
}
/**
 * Reads every blob through one `git cat-file --batch`, so 200 versions cost one process,
 * not 200. The answer is `<sha> blob <size>\n<bytes>\n`, or `<name> missing\n`.
 */
async function readBlobs(dir, specs) {
    const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'ignore'] });
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(''));
    const chunks = [];
    for await (const chunk of child.stdout)
        chunks.push(chunk);
    const output = Buffer.concat(chunks);
    const blobs = [];
    let at = 0;
    for (let i = 0; i < specs.length && at < output.length; i++) {
        const headerEnd = output.indexOf(10, at);
        const header = output.subarray(at, headerEnd).toString();
        const size = / blob (\d+)$/.exec(header)?.[1];
        if (size === undefined) {
            blobs.push(undefined);
            at = headerEnd + 1;
            continue;
        }
        blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + Number(size)));
        at = headerEnd + 1 + Number(size) + 1;
    }
    return blobs;
}
/** The file's history in the git checkout around it, from `ref` (HEAD unless told). */
function gitFileHistory(ref) {
    return {
        async *versions(file, limit) {
            const dir = external_node_path_default().dirname(external_node_path_default().resolve(file));
            const name = external_node_path_default().basename(file);
            let commits;
            try {
                commits = await commitsTouching(dir, name, limit, ref ?? 'HEAD');
            }
            catch {
                // The ref may be missing from a partial clone; the checked-out history still counts.
                commits = ref === undefined ? [] : await commitsTouching(dir, name, limit, 'HEAD').catch(() => []);
            }
            if (commits.length === 0)
                return;
            const blobs = await readBlobs(dir, commits.map(({ commit }) => `${commit}:./${name}`));
            for (const [behind, { commit, subject }] of commits.entries()) {
                const content = blobs[behind];
                if (content !== undefined)
                    yield { commit, subject, behind, content };
            }
        },
        async limitation(file) {
            const dir = external_node_path_default().dirname(external_node_path_default().resolve(file));
            try {
                const { stdout } = await run('git', ['rev-parse', '--is-shallow-repository'], { cwd: dir });
                return stdout.trim() === 'true'
                    ? 'the checkout is shallow, so older versions of the policy file are not visible; use actions/checkout with fetch-depth: 0'
                    : undefined;
            }
            catch {
                return 'the policy file is not in a git checkout, so its history cannot be searched';
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/report/model.ts
// The outcome of one run, whatever the mode, in one shape: every reporter (annotations, job
// summary, outputs, pull-request comment, drift issue, CLI) renders this and nothing else.
function emptyReport(mode, tailnet, policyFile) {
    return {
        mode,
        result: 'passed',
        tailnet,
        policyFile,
        manualEdit: false,
        applied: false,
        errors: [],
        testFailures: [],
        warnings: [],
        notices: [],
    };
}

;// CONCATENATED MODULE: ./src/tailscale/url.ts
/** `path` (with an optional `?query`) under the API base URL, keeping any path prefix the base has. */
function apiEndpoint(base, path) {
    const [pathname = '', query] = path.split('?', 2);
    const url = new URL(base.href);
    url.pathname = `${base.pathname.replace(/\/+$/, '')}${pathname}`;
    if (query !== undefined)
        url.search = query;
    return url;
}

;// CONCATENATED MODULE: ./src/tailscale/auth.ts


async function requestToken(deps, path, form, headers) {
    const url = apiEndpoint(deps.apiUrl, path);
    const response = await deps.http.send({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
        body: form.toString(),
    });
    let answer = {};
    try {
        answer = JSON.parse(response.body);
    }
    catch {
        // A non-JSON answer is reported below by its status.
    }
    if (response.status === 200 && typeof answer.access_token !== 'string') {
        throw new ApiError(`the Tailscale token endpoint ${path} answered without an access_token; check that "api-url" is the Tailscale API`, 200);
    }
    if (response.status !== 200 || typeof answer.access_token !== 'string') {
        const hint = response.status === 401 || response.status === 400 || response.status === 403
            ? 'check the OAuth client id and its secret or federated identity settings in the Tailscale admin console'
            : 'try again later';
        throw new ApiError(`the Tailscale token endpoint ${path} answered HTTP ${response.status}: ${hint}`, response.status);
    }
    deps.secrets.add(answer.access_token);
    return answer.access_token;
}
function basic(user, password) {
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
function createAuthenticator(credentials, deps) {
    let header;
    const obtain = async () => {
        switch (credentials.kind) {
            case 'api-key':
                return basic(credentials.apiKey, '');
            case 'oauth': {
                const form = new URLSearchParams({ grant_type: 'client_credentials' });
                const authorization = basic(credentials.clientId, credentials.clientSecret);
                deps.secrets.add(authorization.slice('Basic '.length));
                return `Bearer ${await requestToken(deps, '/api/v2/oauth/token', form, { authorization })}`;
            }
            case 'federated': {
                const jwt = credentials.idToken ?? (await deps.getIdToken(credentials.audience ?? ''));
                deps.secrets.add(jwt);
                const form = new URLSearchParams({ client_id: credentials.clientId, jwt });
                return `Bearer ${await requestToken(deps, '/api/v2/oauth/token-exchange', form, {})}`;
            }
            case 'none':
                throw new ApiError('no Tailscale credentials were given, so the API cannot be called', 401);
        }
    };
    return {
        authorization() {
            header ??= obtain().then((value) => {
                deps.secrets.add(value.replace(/^(Basic|Bearer) /, ''));
                return value;
            });
            return header;
        },
    };
}

;// CONCATENATED MODULE: ./src/tailscale/retry.ts
// When to try a request again, and how long to wait first. Pure, so it is tested by table.
const RETRY_STATUS_CODES = [429, 502, 503, 504];
const RETRY_ERROR_CODES = [
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
];
const DEFAULT_BACKOFF = { baseDelayMs: 500, maxDelayMs: 60_000 };
/** Retry-After is either delay-seconds or an HTTP date; anything else is ignored. */
function parseRetryAfter(value, now) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * The wait before retry number `attempt` (1 for the first retry), or undefined when the run's
 * deadline would pass before the retry could finish waiting. Without Retry-After it is
 * "full jitter" exponential backoff, so parallel jobs hitting the same limit spread out.
 */
function retryDelay(input) {
    const { attempt, retryAfterMs, now, deadline, random, backoff } = input;
    const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** (attempt - 1));
    const delay = retryAfterMs !== undefined
        ? Math.min(retryAfterMs, backoff.maxDelayMs)
        : Math.round(ceiling / 2 + random() * (ceiling / 2));
    return now + delay < deadline ? delay : undefined;
}

;// CONCATENATED MODULE: ./src/tailscale/client.ts



function unquoteEtag(header) {
    return (header ?? '').replace(/^W\//, '').replace(/^"|"$/g, '');
}
function serverMessage(body) {
    try {
        const parsed = JSON.parse(body);
        return typeof parsed.message === 'string' ? parsed.message : undefined;
    }
    catch {
        return undefined;
    }
}
/** A 200 answer that is not JSON comes from something other than the Tailscale API. */
function jsonAnswer(body, what) {
    try {
        return JSON.parse(body);
    }
    catch {
        throw new ApiError(`${what}: the answer is not JSON; check that "api-url" is the Tailscale API`, 200);
    }
}
function asStrings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
/** Reads an error body with lower-case keys, the shape the API documents. */
function parseValidationAnswer(body) {
    if (body.trim() === '')
        return { message: '', data: [] };
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return { message: body.trim(), data: [] };
    }
    const data = Array.isArray(parsed.data) ? parsed.data : [];
    return {
        message: typeof parsed.message === 'string' ? parsed.message : '',
        // Servers have been seen sending plain strings here instead of objects.
        data: data.map((entry) => {
            if (typeof entry === 'string')
                return { user: '', errors: [entry], warnings: [] };
            const fields = (entry ?? {});
            return {
                user: typeof fields.user === 'string' ? fields.user : '',
                errors: asStrings(fields.errors),
                warnings: asStrings(fields.warnings),
            };
        }),
    };
}
function otherHint(status) {
    if (RETRY_STATUS_CODES.includes(status))
        return 'the API kept failing after retries; try again later';
    if (status >= 500)
        return 'the Tailscale API had an internal error; try again later';
    return 'an unexpected answer; check that "api-url" is the Tailscale API';
}
/** A client error that is about the policy itself, not about access or timing. */
function isRejection(status) {
    return status >= 400 && status < 500 && ![401, 403, 404, 412, 429].includes(status);
}
class TailscaleClient {
    options;
    constructor(options) {
        this.options = options;
    }
    url(path) {
        return apiEndpoint(this.options.apiUrl, `/api/v2/tailnet/${encodeURIComponent(this.options.tailnet)}${path}`);
    }
    async send(method, path, headers, body) {
        const authorization = await this.options.auth.authorization();
        return this.options.http.send({ method, url: this.url(path), headers: { authorization, ...headers }, body });
    }
    /** Turns 401/403/404 into errors that say what to do; `scope` is what the call needs. */
    fail(response, what, scope) {
        const message = serverMessage(response.body);
        const said = message ? ` (${message})` : '';
        const status = response.status;
        const hints = {
            401: 'the API key or OAuth client is wrong, expired or revoked; create a new one in the admin console and update the secret',
            403: `the credential lacks the "${scope}" scope; give the OAuth client or API key that scope`,
            404: `tailnet "${this.options.tailnet}" was not found; check the "tailnet" setting, or use "-" for the credential's own tailnet`,
            412: 'the live policy changed while this run was applying it; re-run the job to apply on top of the new version',
        };
        const hint = hints[status] ?? otherHint(status);
        const text = `${what} failed with HTTP ${status}${said}: ${hint}`;
        if (status === 412)
            throw new PreconditionFailedError(text, status, message);
        throw new ApiError(text, status, message);
    }
    async getPolicy(scope = 'policy_file:read') {
        const response = await this.send('GET', '/acl', { accept: 'application/hujson' });
        if (response.status !== 200)
            this.fail(response, 'reading the live policy', scope);
        const etag = unquoteEtag(response.headers.etag);
        if (!/^[0-9a-f]{64}$/.test(etag)) {
            throw new ApiError(`reading the live policy gave no usable ETag header ("${response.headers.etag ?? ''}"); is "api-url" the Tailscale API?`, 200);
        }
        return { text: response.body, etag };
    }
    /** Runs the server's validation and the policy's tests; writes nothing. */
    async validate(standardizedJson) {
        const response = await this.send('POST', '/acl/validate', { 'content-type': 'application/json', accept: 'application/json' }, standardizedJson);
        if (response.status !== 200)
            this.fail(response, 'validating the policy', 'policy_file:read');
        if (response.body.trim() !== '')
            jsonAnswer(response.body, 'validating the policy');
        return parseValidationAnswer(response.body);
    }
    /**
     * Replaces the policy only if the live ETag is still `ifMatch`. The file's own bytes are sent,
     * so the stored policy has exactly the ETag computed here. A rejected policy answers with its
     * validation errors; a stale precondition throws PreconditionFailedError.
     */
    async setPolicy(hujson, ifMatch) {
        const response = await this.send('POST', '/acl', { 'content-type': 'application/hujson', accept: 'application/hujson', 'if-match': `"${ifMatch}"` }, hujson);
        if (response.status === 200)
            return { etag: unquoteEtag(response.headers.etag) };
        if (isRejection(response.status))
            return { rejected: parseValidationAnswer(response.body) };
        this.fail(response, 'writing the policy', 'policy_file');
    }
    async getJson(path, scope) {
        const response = await this.send('GET', path, { accept: 'application/json' });
        if (response.status !== 200)
            this.fail(response, `reading ${path}`, scope);
        return jsonAnswer(response.body, `reading ${path}`);
    }
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/tailscale/http.ts




function describeFailure(error) {
    return error.statusCode !== undefined ? `HTTP ${error.statusCode}` : (error.code ?? error.message);
}
function headerValue(value) {
    return Array.isArray(value) ? value[0] : value;
}
/**
 * One keep-alive connection pool with undici's retry handler. Our retry callback decides the
 * waits (jitter, Retry-After, the run's deadline); undici re-sends the request. Every method is
 * retried: reads and validation are safe, and the policy write is conditional (If-Match).
 */
function createHttpClient(options) {
    // undici parses HTTP with a WebAssembly module. V8 optimises it in the background, and
    // the process cannot exit until that is done: ~80 ms on every run, for a few small answers.
    // The baseline compiler alone parses them just as well.
    (0,external_node_v8_.setFlagsFromString)('--liftoff-only');
    const now = options.now ?? Date.now;
    const random = options.random ?? Math.random;
    const backoff = options.backoff ?? DEFAULT_BACKOFF;
    const agent = new undici/* Agent */.g6({ connectTimeout: 10_000, headersTimeout: 60_000, bodyTimeout: 60_000, keepAliveTimeout: 10_000 });
    let lastFailure = '';
    const dispatcher = new undici/* RetryAgent */.cg(agent, {
        statusCodes: RETRY_STATUS_CODES,
        errorCodes: RETRY_ERROR_CODES,
        methods: ['GET', 'POST'],
        retry(error, { state }, callback) {
            const failure = error;
            lastFailure = describeFailure(failure);
            const retryable = failure.statusCode !== undefined
                ? RETRY_STATUS_CODES.includes(failure.statusCode)
                : failure.code !== undefined && RETRY_ERROR_CODES.includes(failure.code);
            const delay = retryable
                ? retryDelay({
                    attempt: state.counter,
                    retryAfterMs: parseRetryAfter(headerValue(failure.headers?.['retry-after']), now()),
                    now: now(),
                    deadline: options.deadline,
                    random,
                    backoff,
                })
                : undefined;
            if (delay === undefined) {
                callback(error);
                return;
            }
            options.onRetry?.(lastFailure, delay);
            setTimeout(() => callback(null), delay);
        },
    });
    return {
        async send(req) {
            const remaining = options.deadline - now();
            if (remaining <= 0)
                throw new TimeoutError(`the run's timeout elapsed before ${req.method} ${req.url.pathname}`);
            try {
                const response = await (0,undici/* request */.Em)(req.url, {
                    method: req.method,
                    headers: req.headers,
                    body: req.body,
                    dispatcher,
                    signal: AbortSignal.timeout(remaining),
                });
                const headers = {};
                for (const [name, value] of Object.entries(response.headers)) {
                    const first = headerValue(value);
                    if (first !== undefined)
                        headers[name.toLowerCase()] = first;
                }
                return { status: response.statusCode, headers, body: await response.body.text() };
            }
            catch (error) {
                const failure = error;
                // When retries run out on a retryable status, undici ends with that status as an error.
                if (failure.statusCode !== undefined)
                    return { status: failure.statusCode, headers: {}, body: '' };
                if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
                    throw new TimeoutError(`the run's timeout elapsed during ${req.method} ${req.url.pathname}${lastFailure ? ` (last failure: ${lastFailure})` : ''}; raise the "timeout" input if the API is slow`);
                }
                throw new ApiError(`could not reach ${req.url.host}: ${describeFailure(failure)}; check the API URL and the runner's network`, 0);
            }
        },
        close: () => agent.close(),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/files/atomic-write.ts
var atomic_write = __webpack_require__(4448);
// EXTERNAL MODULE: ./src/files/file-errors.ts
var file_errors = __webpack_require__(5317);
;// CONCATENATED MODULE: ./src/files/cache-file.ts




/**
 * The last ETag this action applied, in gitops-pusher's `version-cache.json` format
 * (`{"PrevETag": "<hex>"}`), so caches restored from the reference action keep working.
 */
async function readCachedEtag(file) {
    if (file === '')
        return undefined;
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new ActionError(`${file}: cannot read the version cache (input "cache-file"): ${(0,file_errors/* describeFileError */.S)(error)}; delete it or fix its permissions`);
    }
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.PrevETag === 'string' && /^[0-9a-f]{64}$/.test(parsed.PrevETag))
            return parsed.PrevETag;
    }
    catch {
        // Reported below, like a missing PrevETag.
    }
    throw new ActionError(`${file}: not a version cache; expected {"PrevETag": "<64 hex digits>"}; delete the file and re-run`);
}
async function writeCachedEtag(file, etag) {
    if (file === '')
        return;
    await (0,atomic_write/* writeFileAtomic */.Z)(file, `${JSON.stringify({ PrevETag: etag })}\n`);
}

// EXTERNAL MODULE: ./src/hujson/index.ts + 14 modules
var hujson = __webpack_require__(2881);
;// CONCATENATED MODULE: ./src/report/locate.ts
// Finds where in the policy file the API's findings belong, so annotations and the pull-request
// comment can point at a line. The API answers with names and values only, never positions.

function at(value) {
    return { line: value.start.line, column: value.start.column };
}
function stringOf(value) {
    if (value?.node.kind !== 'literal' || value.node.bytes[0] !== 0x22)
        return undefined;
    return (0,hujson/* decodeString */.sc)(value.node);
}
/** Member names are matched case-insensitively, as the server does. */
function member(value, name) {
    if (value?.node.kind !== 'object')
        return undefined;
    const wanted = name.toLowerCase();
    return value.node.members.find((m) => stringOf(m.name)?.toLowerCase() === wanted)?.value;
}
function locate_elements(value) {
    return value?.node.kind === 'array' ? value.node.elements : [];
}
/**
 * Finds the `tests` or `sshTests` entry whose `src` is `source` and that lists `destination`
 * (else the first entry with that `src`), and the destination's string inside it.
 */
function locateTest(root, source, destination) {
    let firstEntry;
    for (const section of ['tests', 'sshTests']) {
        for (const entry of locate_elements(member(root, section))) {
            if (stringOf(member(entry, 'src')) !== source)
                continue;
            firstEntry ??= { entry: at(entry) };
            if (destination === undefined)
                return firstEntry;
            for (const list of ['accept', 'deny', 'check', 'dst']) {
                const hit = locate_elements(member(entry, list)).find((item) => stringOf(item) === destination);
                if (hit)
                    return { entry: at(entry), assertion: at(hit) };
            }
        }
    }
    return firstEntry;
}
/** The first string in the file equal to `text`, found without recursion (depth is unbounded). */
function locateString(root, text) {
    const stack = [root];
    while (stack.length > 0) {
        const value = stack.pop();
        const node = value.node;
        if (node.kind === 'literal') {
            if (stringOf(value) === text)
                return at(value);
            continue;
        }
        const children = node.kind === 'object' ? node.members.flatMap((m) => [m.name, m.value]) : node.elements;
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/api-findings.ts
// Turns the API's validation answer into findings with file positions.

const POSITION = /^line (\d+), column (\d+): (.*)$/s;
const ADDRESS = /address "([^"]*)"/;
const VERDICT = /want: "?(\w+)"?,? got: "?(\w+)"?/;
const SSH_DESTINATION = /dst "([^"]*)"/;
/** Splits a server failure such as `address "2.2.2.2:22": want: Drop, got: Accept`. */
function parseTestFailure(source, message, root) {
    const destination = ADDRESS.exec(message)?.[1] ?? SSH_DESTINATION.exec(message)?.[1];
    const verdict = VERDICT.exec(message);
    const place = locateTest(root, source, destination);
    return {
        source,
        destination,
        wanted: verdict?.[1],
        got: verdict?.[2],
        message,
        location: place?.assertion ?? place?.entry,
        entry: place?.entry,
    };
}
/** A validation message usually quotes the offending value; point at its first occurrence. */
function locateMessage(message, root) {
    for (const [, quoted] of message.matchAll(/"([^"]+)"/g)) {
        const location = locateString(root, quoted);
        if (location)
            return location;
    }
    return undefined;
}
function findingsFromAnswer(answer, root) {
    const findings = { errors: [], testFailures: [], warnings: [] };
    for (const entry of answer.data) {
        for (const message of entry.errors)
            findings.testFailures.push(parseTestFailure(entry.user, message, root));
        for (const message of entry.warnings) {
            const text = entry.user ? `${entry.user}: ${message}` : message;
            findings.warnings.push({ severity: 'warning', message: text, location: locateString(root, entry.user) });
        }
    }
    const message = answer.message;
    const isSummary = message === '' || /^(test\(s\) failed|warning\(s\) found)$/.test(message);
    if (!isSummary || (message === 'test(s) failed' && findings.testFailures.length === 0)) {
        const positioned = POSITION.exec(message);
        findings.errors.push(positioned
            ? { severity: 'error', message: positioned[3], location: { line: Number(positioned[1]), column: Number(positioned[2]) } }
            : { severity: 'error', message, location: locateMessage(message, root) });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/modes/origin.ts

/** gitops-pusher looks back over this many commits of the policy file; so do we. */
const HISTORY_LIMIT = 200;
function etagOrUndefined(content) {
    try {
        return (0,hujson/* etag */.wN)(content);
    }
    catch {
        // A version that never parsed can never have been live.
        return undefined;
    }
}
/**
 * Is the live policy a version we know? It is when it is the local file, the version this
 * action last applied (the cache), or any earlier committed version of the file. The history
 * search is what lets apply work without actions/cache.
 */
async function findLiveOrigin(query) {
    if (query.liveEtag === query.localEtag)
        return { kind: 'local' };
    if (query.cachedEtag === query.liveEtag)
        return { kind: 'cache' };
    // Asked up front so its git process runs alongside the history search.
    const limitation = query.history.limitation(query.file);
    for await (const version of query.history.versions(query.file, HISTORY_LIMIT)) {
        if (etagOrUndefined(version.content) === query.liveEtag) {
            return { kind: 'commit', commit: version.commit, subject: version.subject, behind: version.behind };
        }
    }
    return { kind: 'unknown', limitation: await limitation };
}
function describeOrigin(origin) {
    switch (origin.kind) {
        case 'local':
            return 'the live policy is the local file';
        case 'cache':
            return 'the live policy is the version this action applied last (version cache)';
        case 'default':
            return "the live policy was Tailscale's untouched default policy";
        case 'commit': {
            const commits = origin.behind === 1 ? '1 commit' : `${origin.behind} commits`;
            return `the live policy is commit ${origin.commit.slice(0, 12)} ("${origin.subject}"), ${commits} of the file behind`;
        }
        case 'unknown':
            return `the live policy matches no version of the file in git${origin.limitation ? ` (${origin.limitation})` : ''}`;
    }
}

;// CONCATENATED MODULE: ./src/files/local-policy.ts




async function readLocalPolicy(file) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new PolicyFileError(missing ? 'no such file; check the "policy-file" setting' : (0,file_errors/* describeFileError */.S)(error), file);
    }
    return parseLocalPolicy(file, bytes);
}
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
function parseLocalPolicy(file, bytes) {
    if (BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte)) {
        throw new PolicyFileError('the file starts with a byte-order mark, which HuJSON does not allow; save it as UTF-8 without BOM', file, 1, 1);
    }
    let root;
    try {
        root = (0,hujson/* parse */.qg)(bytes);
    }
    catch (error) {
        if (error instanceof hujson/* HujsonSyntaxError */.VV)
            throw new PolicyFileError(error.message, file, error.line, error.column);
        throw error;
    }
    // Go keeps invalid UTF-8 inside strings, but the API would not store those bytes as they
    // are, and the live ETag would never match the file again.
    const invalid = (0,hujson/* invalidUtf8Offset */.CK)(bytes);
    if (invalid !== -1) {
        const { line, column } = (0,hujson/* positionAt */.t$)(bytes, invalid);
        const byte = bytes[invalid].toString(16).padStart(2, '0');
        throw new PolicyFileError(`byte 0x${byte} is not valid UTF-8; save the file as UTF-8`, file, line, column);
    }
    return { file, bytes, text: Buffer.from(bytes).toString('utf8'), root, etag: (0,hujson/* etag */.wN)(bytes) };
}

;// CONCATENATED MODULE: ./src/modes/shared.ts


/**
 * Reads and parses the policy file. A syntax error becomes the report's finding instead of an
 * exception, so it is annotated at its line and no request is ever sent.
 */
async function readPolicyInto(report, ctx) {
    return ctx.log.group('Read the policy file', async () => {
        try {
            const local = await readLocalPolicy(ctx.settings.policyFile);
            report.localText = local.text;
            report.localEtag = local.etag;
            ctx.log.info(`${local.file}: ${local.bytes.length} bytes, ETag ${local.etag}`);
            return local;
        }
        catch (error) {
            if (!(error instanceof PolicyFileError) || error.line === undefined)
                throw error;
            report.errors.push({ severity: 'error', message: error.reason, location: { line: error.line, column: error.column ?? 1 } });
            report.result = 'failed';
            ctx.log.info(error.message);
            return undefined;
        }
    });
}
async function readLiveInto(report, ctx, client, scope) {
    return ctx.log.group('Read the live policy', async () => {
        const live = await client.getPolicy(scope);
        report.liveText = live.text;
        report.controlEtag = live.etag;
        ctx.log.info(`live policy ETag ${live.etag}`);
        return live;
    });
}
/** Failing tests and errors fail the run; warnings only when the user asked for that. */
function verdict(report, failOnWarnings) {
    const failing = report.errors.length > 0 || report.testFailures.length > 0;
    return failing || (failOnWarnings && report.warnings.length > 0) ? 'failed' : 'passed';
}
function addFindings(report, found) {
    report.errors.push(...found.errors);
    report.testFailures.push(...found.testFailures);
    report.warnings.push(...found.warnings);
}
function requireClient(ctx) {
    if (ctx.client)
        return ctx.client;
    throw new InputError(`"${ctx.settings.mode}" needs Tailscale credentials: an API key, or an OAuth client with its secret or a federated identity`);
}

;// CONCATENATED MODULE: ./src/modes/apply.ts






const CONCURRENT_CHANGE_MESSAGE = 'the live policy changed while this run was applying it (HTTP 412, If-Match did not match); nothing was overwritten. Re-run this job to apply on top of the new version, after checking the other change in the admin console';
/**
 * `action: apply`: make the live policy equal to the file, never overwriting an edit that this
 * run has not seen. The write is conditional on the ETag we decided to replace.
 */
async function runApply(ctx, report) {
    const { settings } = ctx;
    const client = requireClient(ctx);
    const local = await readPolicyInto(report, ctx);
    if (!local)
        return report;
    const live = await readLiveInto(report, ctx, client, 'policy_file');
    if (live.etag === local.etag) {
        report.origin = { kind: 'local' };
        report.result = 'no-change';
        await recordAppliedEtag(report, ctx, live.etag);
        return report;
    }
    report.origin = await findLiveOrigin({
        liveEtag: live.etag,
        localEtag: local.etag,
        cachedEtag: await readCachedEtag(settings.cacheFile),
        file: settings.policyFile,
        history: ctx.history,
    });
    ctx.log.info(describeOrigin(report.origin));
    if (report.origin.kind === 'unknown') {
        // A new tailnet's policy is Tailscale's default, which no version in git matches; the
        // API replaces it only while it is untouched, so this write can never lose an edit.
        const overDefault = await ctx.log.group('Apply the policy over the default policy', () => conditionalWrite(client, local, 'ts-default'));
        if ('stale' in overDefault)
            return applyOverUnknown(report, ctx, client, local, live, report.origin.limitation);
        report.origin = { kind: 'default' };
        ctx.log.info(describeOrigin(report.origin));
        return finish(report, ctx, local, overDefault);
    }
    return write(report, ctx, client, local, live);
}
/** The live policy matches nothing we know: kept in full in the summary before any write. */
async function applyOverUnknown(report, ctx, client, local, live, limitation) {
    report.manualEdit = true;
    if (ctx.settings.onManualEdit === 'fail') {
        report.result = 'failed';
        report.errors.push({ severity: 'error', message: refusal(limitation) });
        return report;
    }
    return write(report, ctx, client, local, live);
}
function refusal(limitation) {
    const why = limitation === undefined
        ? 'the live policy was edited outside git (it matches no version of this file)'
        : `the live policy matches no version of this file that this run can see (${limitation})`;
    return `${why}, and on-manual-edit is "fail": nothing was applied. Bring the live version into the repository (see the diff in the job summary), or set on-manual-edit: warn to overwrite it`;
}
/** The policy is applied by now; a cache that cannot be written must not turn that into a failure. */
async function recordAppliedEtag(report, ctx, etag) {
    try {
        await writeCachedEtag(ctx.settings.cacheFile, etag);
    }
    catch (error) {
        report.warnings.push({ severity: 'warning', message: `could not write the version cache (input "cache-file"): ${(0,file_errors/* describeFileError */.S)(error)}` });
    }
}
/**
 * POSTs the file with If-Match. A 412 can mean that an earlier attempt of this very write
 * landed before its answer was lost (the request is retried), so the live policy is read again:
 * if it is now the file, the write succeeded; otherwise the live version is handed back.
 */
async function conditionalWrite(client, local, ifMatch) {
    try {
        return await client.setPolicy(local.bytes, ifMatch);
    }
    catch (error) {
        if (!(error instanceof PreconditionFailedError)) {
            throw new ActionError(`${errorMessage(error)}. The write may or may not have landed: check the policy in the admin console, then re-run`);
        }
        const now = await client.getPolicy('policy_file');
        return now.etag === local.etag ? { etag: now.etag } : { stale: now };
    }
}
async function write(report, ctx, client, local, live) {
    const outcome = await ctx.log.group('Apply the policy', () => conditionalWrite(client, local, live.etag));
    if ('stale' in outcome) {
        report.controlEtag = outcome.stale.etag;
        report.liveText = outcome.stale.text;
        report.errors.push({ severity: 'error', message: CONCURRENT_CHANGE_MESSAGE });
        report.result = 'failed';
        return report;
    }
    return finish(report, ctx, local, outcome);
}
async function finish(report, ctx, local, outcome) {
    if ('rejected' in outcome) {
        addFindings(report, findingsFromAnswer(outcome.rejected, local.root));
        report.result = 'failed';
        return report;
    }
    report.applied = true;
    report.result = 'applied';
    report.controlEtag = outcome.etag || local.etag;
    await recordAppliedEtag(report, ctx, report.controlEtag);
    ctx.log.info(`applied; the live policy ETag is now ${report.controlEtag}`);
    return report;
}

;// CONCATENATED MODULE: ./src/modes/drift.ts



/**
 * `action: drift`: is the live policy what the repository says? Reads only: this mode has no
 * code path that writes the policy.
 */
async function runDrift(ctx, report) {
    const { settings } = ctx;
    const client = requireClient(ctx);
    const local = await readPolicyInto(report, ctx);
    if (!local)
        return report;
    const live = await readLiveInto(report, ctx, client, 'policy_file:read');
    const origin = await findLiveOrigin({ liveEtag: live.etag, localEtag: local.etag, file: settings.policyFile, history: ctx.history });
    report.origin = origin;
    ctx.log.info(describeOrigin(origin));
    if (origin.kind === 'unknown' && origin.limitation !== undefined) {
        // Without the whole history, "behind" and "edited outside git" look the same.
        throw new ActionError(`cannot tell whether the live policy is an older commit or an edit made outside git: ${origin.limitation}`);
    }
    report.drift = origin.kind === 'local' ? 'in-sync' : origin.kind === 'commit' ? 'behind' : 'drifted';
    report.manualEdit = report.drift === 'drifted';
    const drifted = report.drift !== 'in-sync';
    report.result = !drifted ? 'no-change' : settings.failOnDrift ? 'failed' : 'passed';
    if (drifted) {
        const what = report.drift === 'behind' ? 'the repository has changes that were never applied' : 'the live policy was edited outside git';
        const finding = { severity: settings.failOnDrift ? 'error' : 'warning', message: `drift: ${what}; ${describeOrigin(origin)}` };
        (settings.failOnDrift ? report.errors : report.warnings).push(finding);
    }
    return report;
}

// EXTERNAL MODULE: ./src/policy/index.ts + 32 modules
var policy = __webpack_require__(6434);
;// CONCATENATED MODULE: ./src/modes/offline.ts
// The offline policy engine inside the action: it runs before any network call, gives fork pull
// requests a real report without secrets, and lends exact positions to the API's findings.


function offline_at(position) {
    return position ? { line: position.line, column: position.column } : undefined;
}
/** The engine's failing assertions, as the same rows the API's failures become. */
function failures(engine) {
    const rows = [];
    for (const test of engine.tests) {
        for (const assertion of test.assertions) {
            if (assertion.outcome !== 'fail')
                continue;
            rows.push({
                source: test.src,
                destination: assertion.text,
                wanted: assertion.wanted,
                got: assertion.got,
                message: assertion.message ?? test.error ?? 'test failed',
                location: offline_at(assertion.position),
                entry: offline_at(test.position),
            });
        }
    }
    return rows;
}
function rejects(engine) {
    return engine.errors.length > 0 || engine.summary.failed > 0;
}
/** Runs the engine on the parsed file; `topology` makes the evaluation exact. */
function checkOffline(local, topology) {
    return (0,policy/* checkPolicy */.hM)(local.root, topology === undefined ? {} : { topology });
}
/** Users and devices from the API, for `tailnet-devices: true`. */
async function fetchTopology(client) {
    const users = await client.getJson('/users', 'users:read');
    const devices = await client.getJson('/devices?fields=all', 'devices:core:read');
    try {
        return (0,policy/* topologyFromApi */.IN)(users, devices);
    }
    catch (error) {
        if (!(error instanceof policy/* TopologyError */.kA))
            throw error;
        throw new ApiError(`the users and devices lists have an unexpected shape (${error.message}); set tailnet-devices: false to evaluate offline`, 200);
    }
}
/** With no API to ask, the engine's findings are the whole report. */
function adoptOfflineFindings(report, engine) {
    report.errors.push(...engine.errors.map((e) => ({ severity: 'error', message: e.message, location: offline_at(e.position) })));
    report.testFailures.push(...failures(engine));
    report.warnings.push(...engine.warnings.map((w) => ({ severity: 'warning', message: w.message, location: offline_at(w.position) })));
    if (engine.summary.unknown > 0) {
        report.notices.push({
            severity: 'notice',
            message: `${engine.summary.unknown} test assertion(s) depend on the tailnet's users and devices and could not be decided offline`,
        });
    }
}
/**
 * The API is the authority; the engine only adds what it knows better. A failure the API
 * reported without a findable line takes the engine's position, and a disagreement about the
 * verdict is reported as a notice, never hidden.
 */
function reconcile(report, engine) {
    const engineRows = failures(engine);
    for (const row of report.testFailures) {
        if (row.location !== undefined)
            continue;
        const twin = engineRows.find((e) => e.source === row.source && e.destination === row.destination);
        if (twin?.location) {
            row.location = twin.location;
            row.entry = twin.entry;
        }
    }
    const apiRejects = report.errors.length > 0 || report.testFailures.length > 0;
    // Offline, an undecided assertion may fail on the server; that is no disagreement.
    const undecided = report.errors.length === 0 && engine.errors.length === 0 && engine.summary.unknown > 0;
    if (apiRejects === rejects(engine) || (apiRejects && undecided))
        return;
    const engineSays = rejects(engine) ? `rejects it (${engine.errors[0]?.message ?? engineRows[0]?.message ?? 'test(s) failed'})` : 'accepts it';
    report.notices.push({
        severity: 'notice',
        message: `the offline policy engine disagrees with the Tailscale API: the API ${apiRejects ? 'rejects' : 'accepts'} this policy, the engine ${engineSays}. The API's verdict stands; please report this difference`,
    });
}

;// CONCATENATED MODULE: ./src/modes/test.ts







/** A test only consults the cache; a broken one is worth a notice, not a failed pull request. */
async function cachedEtagForTest(report, cacheFile) {
    try {
        return await readCachedEtag(cacheFile);
    }
    catch (error) {
        report.notices.push({ severity: 'notice', message: `the version cache was ignored: ${errorMessage(error)}` });
        return undefined;
    }
}
/**
 * `action: test`: is the proposed policy valid, and do its tests pass? Nothing is written.
 * The offline engine runs first; without credentials its result is the whole report.
 */
async function runTest(ctx, report) {
    const { settings } = ctx;
    const local = await readPolicyInto(report, ctx);
    if (!local)
        return report;
    const client = ctx.client;
    const topology = settings.tailnetDevices && client ? await ctx.log.group("Read the tailnet's users and devices", () => fetchTopology(client)) : undefined;
    const engine = await ctx.log.group('Check the policy offline', async () => {
        const result = checkOffline(local, topology);
        ctx.log.info(`offline engine (${result.mode}): ${result.errors.length} error(s), tests ${result.summary.passed} passed, ${result.summary.failed} failed, ${result.summary.unknown} undecided`);
        return result;
    });
    if (!client) {
        adoptOfflineFindings(report, engine);
        report.offlineReason =
            'no Tailscale credentials were given (pull requests from forks get no secrets), so the Tailscale API checks were skipped. This is the offline check: syntax, validation and the policy\'s tests, evaluated without the tailnet\'s devices';
        report.result = verdict(report, settings.failOnWarnings);
        return report;
    }
    const live = await readLiveInto(report, ctx, client, 'policy_file:read');
    if (live.etag === local.etag) {
        report.origin = { kind: 'local' };
        report.result = 'no-change';
        reconcile(report, engine);
        return report;
    }
    // The history search spawns git; it overlaps the validation round trip instead of adding to it.
    const [origin, answer] = await Promise.all([
        cachedEtagForTest(report, settings.cacheFile).then((cachedEtag) => findLiveOrigin({ liveEtag: live.etag, localEtag: local.etag, cachedEtag, file: settings.policyFile, history: ctx.history })),
        ctx.log.group('Validate with the Tailscale API', () => client.validate(Buffer.from((0,hujson/* standardize */.W9)(local.bytes)).toString('utf8'))),
    ]);
    report.origin = origin;
    ctx.log.info(describeOrigin(origin));
    if (origin.kind === 'unknown') {
        // Only a search of the whole history can tell an edit made outside git from a version we cannot see.
        if (origin.limitation === undefined)
            report.manualEdit = true;
        else
            report.notices.push({ severity: 'notice', message: `could not tell whether the live policy was edited outside git: ${origin.limitation}` });
    }
    addFindings(report, findingsFromAnswer(answer, local.root));
    reconcile(report, engine);
    report.result = verdict(report, settings.failOnWarnings);
    return report;
}

;// CONCATENATED MODULE: ./src/modes/index.ts









/** Runs one mode from start to report: the same engine behind the action and the CLI. */
async function runEngine(settings, deps) {
    const now = deps.now ?? Date.now;
    // Without credentials nothing is sent, so no connection pool is set up.
    const http = settings.credentials.kind === 'none'
        ? undefined
        : (deps.http ??
            createHttpClient({
                deadline: now() + settings.timeoutMs,
                now,
                onRetry: (failure, delay) => deps.log.info(`${failure}; retrying in ${(delay / 1000).toFixed(1)} s`),
            }));
    const ctx = {
        settings,
        history: gitFileHistory(deps.historyRef),
        log: deps.log,
        client: http && tailscaleClient(settings, http, deps),
    };
    const report = emptyReport(settings.mode, settings.tailnet, settings.policyFile);
    try {
        const modes = { test: runTest, apply: runApply, drift: runDrift };
        return await modes[settings.mode](ctx, report);
    }
    catch (error) {
        // An expected failure still yields the report so far: the summary then shows what was
        // read (the live policy above all) before the run stopped.
        if (!(error instanceof ActionError))
            throw error;
        report.errors.push({ severity: 'error', message: error.message });
        report.result = 'failed';
        return report;
    }
    finally {
        await http?.close();
    }
}
function tailscaleClient(settings, http, deps) {
    const { apiUrl, tailnet, credentials } = settings;
    const auth = createAuthenticator(credentials, { http, apiUrl, secrets: deps.secrets, getIdToken: deps.getIdToken });
    return new TailscaleClient({ http, apiUrl, tailnet, auth });
}
/** Registers every credential the settings carry, before anything can print them. */
function registerCredentialSecrets(settings, secrets) {
    const credentials = settings.credentials;
    if (credentials.kind === 'api-key')
        secrets.add(credentials.apiKey);
    if (credentials.kind === 'oauth')
        secrets.add(credentials.clientSecret);
    if (credentials.kind === 'federated')
        secrets.add(credentials.idToken);
}

;// CONCATENATED MODULE: ./src/report/text.ts

function text_at(file, location) {
    return location ? `${file}:${location.line}:${location.column}` : file;
}
const HEADLINES = {
    'no-change': 'no change: the live policy already equals the file',
    passed: 'passed',
    failed: 'FAILED',
    applied: 'applied',
};
/** The CLI's report: one `FILE:LINE:COL: message` line per finding, then a verdict line. */
function renderText(report) {
    const file = report.policyFile;
    const lines = [];
    for (const finding of report.errors)
        lines.push(`${finding.location ? `${text_at(file, finding.location)}: ` : ''}error: ${finding.message}`);
    for (const failure of report.testFailures) {
        lines.push(`${text_at(file, failure.location)}: test failed${failure.source ? ` for ${failure.source}` : ''}: ${failure.message}`);
    }
    for (const finding of report.warnings)
        lines.push(`${text_at(file, finding.location)}: warning: ${finding.message}`);
    for (const finding of report.notices)
        lines.push(`${text_at(file, finding.location)}: notice: ${finding.message}`);
    if (report.manualEdit && report.applied && report.liveText !== undefined) {
        // The CLI has no job summary: the overwritten version goes to the output, so it is not lost.
        lines.push(`warning: the live policy matched no known version and was overwritten; it was:\n${report.liveText.trimEnd()}`);
    }
    if (report.offlineReason)
        lines.push(`note: ${report.offlineReason}`);
    const origin = report.origin;
    if (origin && (origin.kind === 'commit' || origin.kind === 'cache' || report.manualEdit))
        lines.push(`note: ${describeOrigin(origin)}`);
    if (report.drift)
        lines.push(`drift: ${report.drift}`);
    const etags = report.localEtag ? ` (local ETag ${report.localEtag.slice(0, 12)}, live ${report.controlEtag?.slice(0, 12) ?? 'unknown'})` : '';
    lines.push(`${report.mode} ${HEADLINES[report.result]}: tailnet ${report.tailnet}, ${file}${etags}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/secrets.ts

const REDACTED = '***';
/**
 * Keeps every secret of the run. The runner masks registered secrets in the log only, so
 * everything the action writes itself (summary, outputs, comments, issues, error messages)
 * goes through `redact` as well.
 */
class SecretRegistry {
    mask;
    secrets = new Set();
    constructor(mask = core/* setSecret */.Pq) {
        this.mask = mask;
    }
    add(secret) {
        if (secret === undefined || secret === '' || this.secrets.has(secret))
            return;
        this.secrets.add(secret);
        this.mask(secret);
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join(REDACTED);
        return result;
    }
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/remote.ts










const OPTIONS = {
    'policy-file': { type: 'string', default: './policy.hujson' },
    tailnet: { type: 'string', default: '-' },
    'api-url': { type: 'string', default: DEFAULT_API_URL },
    'cache-file': { type: 'string', default: './version-cache.json' },
    'on-manual-edit': { type: 'string', default: 'warn' },
    'fail-on-warnings': { type: 'boolean', default: false },
    'fail-on-drift': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '5m' },
    help: { type: 'boolean', short: 'h', default: false },
};
function remoteUsage(mode) {
    return `Usage: tailnet-policy ${mode} [options]

Options:
  --policy-file FILE       policy file (default ./policy.hujson)
  --tailnet NAME           tailnet name, or - for the credential's own (default -)
  --api-url URL            Tailscale API (default ${DEFAULT_API_URL})
  --cache-file FILE        version cache {"PrevETag": ...}; '' for none (default ./version-cache.json)
  --on-manual-edit MODE    apply: warn or fail when the live policy was edited outside git (default warn)
  --fail-on-warnings       fail on validation warnings
  --fail-on-drift          drift: exit 1 when the live policy differs from the repository
  --timeout DURATION       limit for the whole run, e.g. 5m or 90s (default 5m)

Credentials come from the environment, as for gitops-pusher: TS_API_KEY; or TS_OAUTH_ID with
TS_OAUTH_SECRET (OAuth client) or with TS_ID_TOKEN (workload identity federation).
Exit status: 0 success, 1 failure, 2 usage error.
`;
}
function parseFlags(mode, args) {
    try {
        return (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true });
    }
    catch (error) {
        throw new InputError(`${(0,cli_args/* firstSentence */.q)(error.message)}; run 'tailnet-policy ${mode} --help' for the options`);
    }
}
function settingsFrom(mode, args, env) {
    const { values, positionals } = parseFlags(mode, args);
    if (values.help)
        return 'help';
    if (positionals.length > 0)
        throw new InputError(`unexpected argument "${positionals[0]}"; give the file with --policy-file`);
    const onManualEdit = values['on-manual-edit'];
    if (onManualEdit !== 'warn' && onManualEdit !== 'fail')
        throw new InputError(`--on-manual-edit: "${onManualEdit}" is not warn or fail`);
    const credentials = chooseCredentials({ apiKey: env.TS_API_KEY, clientId: env.TS_OAUTH_ID, clientSecret: env.TS_OAUTH_SECRET, idToken: env.TS_ID_TOKEN }, { apiKey: 'TS_API_KEY', clientId: 'TS_OAUTH_ID', clientSecret: 'TS_OAUTH_SECRET', federated: 'TS_ID_TOKEN' });
    return {
        mode,
        tailnet: values.tailnet,
        credentials,
        policyFile: values['policy-file'],
        apiUrl: parseApiUrl(values['api-url'], '--api-url'),
        cacheFile: values['cache-file'],
        onManualEdit,
        failOnWarnings: values['fail-on-warnings'],
        failOnDrift: values['fail-on-drift'],
        timeoutMs: parseDuration(values.timeout, '--timeout'),
        tailnetDevices: false,
    };
}
/** `tailnet-policy test|apply|drift`: the action's engine for other CI systems and laptops. */
function remoteCommand(mode) {
    return async (args, io) => {
        const secrets = new SecretRegistry(() => undefined);
        try {
            const settings = settingsFrom(mode, args, io.env);
            if (settings === 'help') {
                io.stdout(remoteUsage(mode));
                return cli_io/* EXIT_OK */.Ij;
            }
            if (settings.credentials.kind === 'none' && mode !== 'test') {
                throw new InputError(`${mode} needs credentials: set TS_API_KEY, or TS_OAUTH_ID with TS_OAUTH_SECRET or TS_ID_TOKEN`);
            }
            registerCredentialSecrets(settings, secrets);
            const report = await runEngine(settings, {
                secrets,
                log: { info: (line) => io.stderr(`${secrets.redact(line)}\n`), group: (_name, work) => work() },
                getIdToken: () => Promise.reject(new InputError('TS_ID_TOKEN is required with TS_OAUTH_ID for federated identity')),
            });
            io.stdout(secrets.redact(renderText(report)));
            return report.result === 'failed' ? cli_io/* EXIT_FAILED */.hj : cli_io/* EXIT_OK */.Ij;
        }
        catch (error) {
            const usage = error instanceof InputError;
            io.stderr(`tailnet-policy ${mode}: ${secrets.redact(errorMessage(error))}\n`);
            if (usage)
                return cli_io/* EXIT_USAGE */.Ri;
            if (!(error instanceof ActionError))
                io.stderr('this is a bug; please report it with the command you ran\n');
            return cli_io/* EXIT_FAILED */.hj;
        }
    };
}


/***/ }),

/***/ 4448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




async function resolveTarget(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file);
        throw error;
    }
}
/**
 * Replaces a file so readers see the old bytes or the new ones, never a mix: the new content
 * goes to a temporary file in the same folder, is flushed, then renamed over the target. An
 * existing file keeps its mode, and a symbolic link is followed and stays a link.
 */
async function writeFileAtomic(file, contents) {
    const target = await resolveTarget(file);
    const existingMode = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target).then((info) => info.mode & 0o7777, () => undefined);
    // A rename would replace a read-only file too; refuse as writing in place would.
    if (existingMode !== undefined)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(target, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    // A new file gets the usual permissions (0666 less the umask); an existing one keeps its own.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temporary, 'wx', existingMode === undefined ? 0o666 : 0o600);
    try {
        await handle.writeFile(contents);
        if (existingMode !== undefined)
            await handle.chmod(existingMode);
        await handle.sync();
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, target);
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temporary).catch(() => undefined);
        throw error;
    }
}


/***/ })

};
