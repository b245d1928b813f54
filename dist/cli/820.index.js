"use strict";
exports.id = 820;
exports.ids = [820,448];
exports.modules = {

/***/ 820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  remoteCommand: () => (/* binding */ remoteCommand),
  remoteUsage: () => (/* binding */ remoteUsage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/config/names.ts

/** Printable ASCII but the space: holds no invisible character (the common case). */
const VISIBLE_ASCII = /^[!-~]*$/;
/**
 * Whitespace, control and format characters (bidi overrides, zero-width): never in a name. The
 * Unicode classes are built only for text the ASCII check cannot clear: V8 expands a regex's
 * \p{…} classes when it makes the regex (a literal: when the module loads), millions of
 * instructions that every run would pay.
 */
let invisible;
const hasInvisible = (text) => !VISIBLE_ASCII.test(text) && (invisible ??= new RegExp('[\\s\\p{Cc}\\p{Cf}]', 'u')).test(text);
/** `text` in double quotes, every invisible character spelled `\uXXXX`, so a message stays one line. */
function quoteInput(text) {
    return JSON.stringify(text).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** GitHub refuses longer label names (422 "name is too long (maximum is 50 characters)"). */
const MAX_LABEL_CHARACTERS = 50;
/**
 * A tailnet name goes into the API path (`/api/v2/tailnet/<name>/acl`): `.` and `..` would
 * make it another path once the URL is normalised, `/ ? #` would end the segment, and an empty
 * name (the CLI's `--tailnet ''`; the action reads an empty input as `-`) leaves `tailnet//acl`.
 */
function parseTailnet(text, label) {
    if (text === '-')
        return text;
    const unusable = text === '' || text === '.' || text === '..' || /[/\\?#]/.test(text) || hasInvisible(text);
    if (!unusable)
        return text;
    throw new errors/* InputError */.dz(`${label}: ${quoteInput(text)} is not a tailnet name (no "/", "\\", "?", ` +
        `"#", spaces or control characters, not empty, "." or ".."); use the name from ` +
        `the admin console's General page, or "-" for the credential's own tailnet`);
}
/** The drift issue is found by label, and GitHub's `labels` filter is a comma-separated list. */
function parseLabel(text, label) {
    let problem;
    if (text.includes(','))
        problem = 'a comma (GitHub reads the label filter as a comma-separated list)';
    else if (hasInvisible(text.replace(/ /g, '')))
        problem = 'a control character or a line break';
    else if ([...text].length > MAX_LABEL_CHARACTERS)
        problem = `more than ${MAX_LABEL_CHARACTERS} characters, GitHub's limit`;
    if (problem === undefined)
        return text;
    throw new InputError(`${label}: ${quoteInput(text)} cannot be a GitHub label: it has ${problem}; choose another label`);
}

;// CONCATENATED MODULE: ./src/config/api-url.ts


const DEFAULT_API_URL = 'https://api.tailscale.com';
/**
 * localhost, ::1 and 127.0.0.0/8: the only hosts plain HTTP may carry credentials to. `hostname`
 * is a URL's, which the URL parser has already normalised (127.1 becomes 127.0.0.1, [::1] stays).
 */
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
/**
 * `text` quoted for a message, with nothing that may be a user name or password. Messages come
 * before any secret is registered (inputs are read first), so nothing would mask one. Userinfo
 * always ends at an `@`, and text that does not parse has no host to tell where: all between
 * the scheme and the last `@` is left out. Quoted as names are, so a message stays one line.
 */
function shown(text) {
    const at = text.lastIndexOf('@');
    if (at < 0)
        return quoteInput(text);
    const scheme = /^[a-z][a-z\d+.-]*:\/\//i.exec(text)?.[0] ?? '';
    return quoteInput(`${scheme}***${text.slice(at)}`);
}
/** Credentials travel only over HTTPS; plain HTTP is allowed to loopback addresses (tests). */
function parseApiUrl(text, label) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* InputError */.dz(`${label}: ${shown(text)} is not a URL; use e.g. ${DEFAULT_API_URL}`);
    }
    // Refused before the checks below, whose messages show the URL (without its userinfo).
    if (url.username || url.password) {
        throw new errors/* InputError */.dz(`${label}: the URL must not carry a user name or password; pass credentials through their own inputs`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw new errors/* InputError */.dz(`${label}: ${shown(text)} would send credentials without TLS; use https:// (http:// ` +
            `is allowed only for loopback addresses)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz(`${label}: ${shown(text)} must start with https://`);
    }
    if (url.search || url.hash) {
        throw new errors/* InputError */.dz(`${label}: give only scheme, host and path, e.g. ${DEFAULT_API_URL}`);
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
    throw new errors/* InputError */.dz(`${problem}: set exactly one of "${names.apiKey}"; "${names.clientId}" with ` +
        `"${names.clientSecret}"; or "${names.clientId}" with "${names.federated}"`);
}
/** The CLI's credential variables, as gitops-pusher reads them, for messages that name them. */
const CREDENTIAL_VARIABLES = 'TS_API_KEY, or TS_OAUTH_ID with TS_OAUTH_SECRET or TS_ID_TOKEN';
/** The secret parts of the credentials, to be registered before anything can print them. */
function credentialSecrets(credentials) {
    switch (credentials.kind) {
        case 'none':
            return [];
        case 'api-key':
            return [credentials.apiKey];
        case 'oauth':
            return [credentials.clientSecret];
        case 'federated':
            return credentials.idToken === undefined ? [] : [credentials.idToken];
    }
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/files/file-errors.ts
var file_errors = __webpack_require__(5317);
// EXTERNAL MODULE: ./src/files/workspace.ts
var files_workspace = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/git/blobs.ts
var git_blobs = __webpack_require__(6176);
// EXTERNAL MODULE: ./src/git/runner.ts
var runner = __webpack_require__(6916);
;// CONCATENATED MODULE: ./src/git/history.ts






const NOT_IN_GIT = 'the policy file is not in a git checkout, so its history cannot be searched';
const SHALLOW = 'the checkout is shallow, so older versions of the policy file are not visible; ' +
    'use actions/checkout with fetch-depth: 0';
// Git may not fetch here (no transport is allowed), so versions a partial clone lacks stay unseen.
const PARTIAL = 'the checkout is a partial clone, so older versions of the policy file may ' +
    'be missing; use actions/checkout without "filter"';
const ZERO_ID = /^0+$/;
/** The base commit (a pull request's, a merge queue group's) is not in the clone (the default checkout has one). */
const baseMissing = (ref) => `the base commit ${ref.slice(0, 12)} is not in the checkout, so the base branch's ` +
    'versions of the policy file are not visible; use actions/checkout with fetch-depth: 0';
/** The repository checked out at the workspace (`<workspace>/.git`), or undefined. */
async function workspaceRepository(workspace) {
    const root = await (0,promises_.realpath)(workspace).catch(() => undefined);
    return root === undefined ? undefined : (0,runner.repositoryAt)(root);
}
/** The workspace's repository and the file's path in it, or undefined when it is not in one. */
async function locate(workspace, file) {
    const repo = await workspaceRepository(workspace);
    if (repo === undefined)
        return undefined;
    const real = await (0,promises_.realpath)(external_node_path_default().resolve(file)).catch(() => external_node_path_default().resolve(file));
    const relative = external_node_path_default().relative(repo.root, real);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    return { repo, name: relative.split((external_node_path_default()).sep).join('/') };
}
/**
 * The commits that changed the file, with the blob each left behind. Blob ids, not
 * `<commit>:<path>` names, go to `cat-file --batch`, so no file name can break its line format.
 */
function parseLog(output) {
    const commits = [];
    for (const line of output.split('\n')) {
        if (line.startsWith('\0')) {
            const [, commit = '', subject = ''] = line.split('\0');
            commits.push({ commit, subject: subject.trimEnd() });
            continue;
        }
        // `:<old mode> <new mode> <old blob> <new blob> <status>\t<path>`
        const raw = /^:\d{6} (\d{6}) [0-9a-f]+ ([0-9a-f]+) /.exec(line);
        const last = commits.at(-1);
        if (raw === null || last === undefined || last.blob !== undefined)
            continue;
        if ((raw[1] === '100644' || raw[1] === '100755') && !ZERO_ID.test(raw[2]))
            last.blob = raw[2];
    }
    return commits;
}
/** Columns of a commit's subject that the history keeps; git ends a longer one with `..`. */
const SUBJECT_COLUMNS = 200;
async function commitsTouching(repo, name, limit, ref, deadline) {
    const output = await (0,runner.runGit)(repo, [
        'log',
        `--max-count=${limit}`,
        '--no-show-signature',
        '--no-renames',
        '--no-textconv',
        '--no-ext-diff',
        '--no-color',
        // A merge is listed only when it changed the file; its version is the diff to the first parent.
        '--diff-merges=first-parent',
        '--raw',
        '--no-abbrev',
        // The subject cut to 200 columns (padded with spaces when shorter): a commit message of 16 MB
        // filled the output buffer, and the whole history was lost with it.
        `--format=%x00%H%x00%<(${SUBJECT_COLUMNS},trunc)%s`,
        '--end-of-options',
        ref,
        '--',
        name,
    ], deadline);
    return parseLog(output);
}
/** What `git rev-parse` makes of `ref` as a commit, or undefined when git finds none. */
async function revParseCommit(repo, ref, deadline) {
    return (0,runner.runGit)(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], deadline).then((output) => output.trim(), (error) => {
        if (error instanceof errors/* TimeoutError */.MU || error instanceof errors/* GitMissingError */.bH)
            throw error;
        return undefined;
    });
}
/**
 * The commit id `ref` names, resolved once before the run, so the run reads the history of that
 * very commit (a fetch meanwhile cannot move it), and only a commit: `^main` or a range is none.
 * Past `deadline`, a TimeoutError.
 */
async function resolveCommit(workspace, ref, deadline) {
    const repo = await workspaceRepository(workspace);
    if (repo === undefined)
        return { kind: 'no-repository' };
    const id = await revParseCommit(repo, ref, deadline);
    return id !== undefined && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(id) ? { kind: 'commit', id } : { kind: 'none' };
}
/** A partial clone names its promisor remote: `remote.<name>.promisor` or `extensions.partialClone`. */
async function isPartialClone(repo, deadline) {
    // Exit status 1 when nothing matches: an ordinary clone.
    const pattern = '^(extensions\\.partialclone|remote\\..*\\.promisor)$';
    const settings = await (0,runner.runGit)(repo, ['config', '--get-regexp', pattern], deadline).catch((error) => {
        if (error instanceof errors/* TimeoutError */.MU || error instanceof errors/* GitMissingError */.bH)
            throw error;
        return '';
    });
    return settings.split('\n').some((line) => line.trim() !== '' && !line.endsWith(' false'));
}
/** The versions of the file `found` names, newest first, as of `ref`. */
async function* committedVersions(found, limit, ref, deadline) {
    // A missing base commit leaves nothing to list. The checked-out history would be the pull
    // request's own commits: its proposal would pass for the base branch's version.
    const commits = await commitsTouching(found.repo, found.name, limit, ref, deadline).catch((error) => {
        if (error instanceof errors/* TimeoutError */.MU)
            throw error;
        return [];
    });
    const withBlob = commits.filter((line) => line.blob !== undefined);
    if (withBlob.length === 0)
        return;
    const blobs = (0,git_blobs.readBlobs)(found.repo, withBlob.map((line) => line.blob), files_workspace/* MAX_FILE_BYTES */.gZ, deadline);
    let next = 0;
    for await (const content of blobs) {
        const line = withBlob[next++];
        if (content !== undefined)
            yield { commit: line.commit, subject: line.subject, behind: commits.indexOf(line), content };
    }
}
/**
 * The file's history in the repository checked out at `workspace`, from `ref` (HEAD unless
 * told). Git runs only against that repository, never one found near the file. Reading the
 * versions past `deadline` (the run's) throws a TimeoutError.
 */
function gitFileHistory(workspace, ref, deadline) {
    return {
        async *versions(file, limit) {
            const found = await locate(workspace, file);
            if (found === undefined)
                return;
            try {
                yield* committedVersions(found, limit, ref ?? 'HEAD', deadline);
            }
            catch (error) {
                if (!(error instanceof errors/* TimeoutError */.MU))
                    throw error;
                throw new errors/* TimeoutError */.MU(`the run's timeout elapsed while git read the history of ${found.name}`);
            }
        },
        async limitation(file) {
            const found = await locate(workspace, file);
            if (found === undefined)
                return NOT_IN_GIT;
            try {
                if (ref !== undefined && (await revParseCommit(found.repo, ref, deadline)) === undefined)
                    return baseMissing(ref);
                const shallow = await (0,runner.runGit)(found.repo, ['rev-parse', '--is-shallow-repository'], deadline);
                if (shallow.trim() === 'true')
                    return SHALLOW;
                return (await isPartialClone(found.repo, deadline)) ? PARTIAL : undefined;
            }
            catch (error) {
                if (error instanceof errors/* GitMissingError */.bH)
                    return `${error.message}, so the policy file's history cannot be searched`;
                if (!(error instanceof errors/* TimeoutError */.MU))
                    return NOT_IN_GIT;
                throw new errors/* TimeoutError */.MU(`the run's timeout elapsed while git read the history of ${found.name}`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/config/settings.ts
/** A setting as a message names it, so the advice fits where it was set: an input or a flag. */
function settingName(surface, name) {
    return surface === 'cli' ? `--${name}` : `the "${name}" input`;
}

;// CONCATENATED MODULE: ./src/git/tracked.ts



/**
 * Whether git tracks any of `files` (absolute paths) in the repository checked out at
 * `workspace`: 'no-repository' when there is none there. A tracked file came from a commit, so
 * a pull request may have written it. Throws when git cannot answer; past `deadline`, a TimeoutError.
 */
async function trackedByGit(workspace, files, deadline) {
    const repo = await (0,runner.repositoryAt)(await (0,promises_.realpath)(workspace));
    if (repo === undefined)
        return 'no-repository';
    const names = files
        .map((file) => external_node_path_default().relative(repo.root, file))
        .filter((relative) => relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative))
        .map((relative) => relative.split((external_node_path_default()).sep).join('/'));
    if (names.length === 0)
        return 'untracked';
    const listed = await (0,runner.runGit)(repo, ['ls-files', '-z', '--cached', '--', ...names], deadline);
    return listed === '' ? 'untracked' : 'tracked';
}

// EXTERNAL MODULE: ./src/hujson/etag.ts
var hujson_etag = __webpack_require__(6460);
// EXTERNAL MODULE: ./src/files/atomic-write.ts
var atomic_write = __webpack_require__(4448);
;// CONCATENATED MODULE: ./src/files/cache-file.ts








/**
 * A cache that git tracks came from a commit, which a pull request may have written (the live
 * ETag is public in the job summary), so it cannot vouch that the live policy was applied here.
 */
async function distrust(file, real, workspace, deadline) {
    const ignored = `the version cache ${file} was ignored`;
    try {
        const tracked = await trackedByGit(workspace, [external_node_path_default().resolve(file), real], deadline);
        if (tracked !== 'tracked')
            return undefined;
        return (`${ignored}: git tracks it, so a commit (a pull request's, say) may have ` +
            `written it; keep the cache out of the repository (restore it with actions/cache, ` +
            `and list it in .gitignore)`);
    }
    catch (error) {
        if (error instanceof errors/* TimeoutError */.MU)
            throw new errors/* TimeoutError */.MU(`the run's timeout elapsed while git looked whether it tracks the version cache ${file}`);
        return `${ignored}: git could not tell whether it is tracked (${(0,errors/* errorMessage */.gJ)(error)})`;
    }
}
/**
 * The last ETag this action applied, in gitops-pusher's `version-cache.json` format
 * (`{"PrevETag": "<hex>"}`), so caches restored from the reference action keep working. The
 * file must be a regular file inside `workspace`, and untracked by git; git asked past `deadline`
 * (the run's) is a TimeoutError.
 */
async function readCachedEtag(file, workspace, setting, deadline) {
    if (file === '')
        return {};
    const read = await cacheBytes(() => (0,files_workspace/* readWorkspaceFile */.sL)(file, workspace, setting), file, setting);
    if (read === undefined)
        return {};
    const warning = await distrust(file, read.real, workspace, deadline);
    if (warning !== undefined)
        return { warning };
    try {
        const parsed = JSON.parse(read.bytes.toString('utf8'));
        if (typeof parsed.PrevETag === 'string' && hujson_etag/* POLICY_ETAG */.x.test(parsed.PrevETag))
            return { etag: parsed.PrevETag };
    }
    catch {
        // Reported below, like a missing PrevETag.
    }
    throw new errors/* ActionError */.lZ(`${file}: not a version cache; expected {"PrevETag": "<64 hex digits>"}; delete the file and re-run`);
}
/** What `read` gives, undefined for a cache not there yet, or the one line that says why it cannot be read. */
async function cacheBytes(read, file, setting) {
    try {
        return await read();
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        if (error instanceof files_workspace/* RefusedFileError */.pc)
            throw new errors/* ActionError */.lZ(`${file}: ${error.reason}`);
        throw new errors/* ActionError */.lZ(`${file}: cannot read the version cache (${setting}): ${(0,file_errors/* describeFileError */.S)(error)}; ` +
            `delete it or fix its permissions`);
    }
}
/**
 * Refuses a cache path the read would refuse (outside the workspace, a folder, a link out of it,
 * too large), before any request: a bad setting fails the run as the other settings do. What the
 * file holds is read only when it is needed.
 */
async function checkCacheFile(file, workspace, setting) {
    if (file !== '')
        await cacheBytes(() => (0,files_workspace/* checkWorkspaceFile */.K$)(file, workspace, setting), file, setting);
}
/** The folder the cache goes to must be inside the workspace, and the cache no link; its real path. */
async function checkWritable(file, workspace) {
    const existing = await (0,promises_.lstat)(file).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    if (existing?.isSymbolicLink() === true)
        throw new errors/* ActionError */.lZ(`${file} is a symbolic link, and the version cache is never written through one`);
    if (existing !== undefined && !existing.isFile())
        throw new errors/* ActionError */.lZ(`${file} is not a regular file`);
    const root = await (0,promises_.realpath)(workspace);
    const real = external_node_path_default().join(await (0,promises_.realpath)(external_node_path_default().dirname(external_node_path_default().resolve(file))), external_node_path_default().basename(file));
    if (!(0,files_workspace/* isInside */.FK)(root, real)) {
        throw new errors/* ActionError */.lZ(`${file} is outside the workspace (${root}), where the version cache is never written`);
    }
    return real;
}
/**
 * Records `etag`, the live policy's ETag after a write. An answer that is no policy ETag (a
 * weak `W/"..."` one from a proxy, say) is refused: cached, it would vouch for nothing.
 */
async function writeCachedEtag(file, etag, workspace) {
    if (file === '')
        return;
    if (!hujson_etag/* POLICY_ETAG */.x.test(etag)) {
        const shown = JSON.stringify(etag.length > 80 ? `${etag.slice(0, 80)}...` : etag);
        throw new errors/* ActionError */.lZ(`the API answered the write with the ETag ${shown}, which is not 64 hex digits, so it was not cached`);
    }
    const real = await checkWritable(file, workspace);
    // Written at the path just checked: a link made there since is refused, not written through.
    await (0,atomic_write.writeFileAtomic)(real, `${JSON.stringify({ PrevETag: etag })}\n`, { resolved: true });
}

;// CONCATENATED MODULE: ./src/report/origin.ts
// Where the live policy came from, in words: one wording for every surface (log, CLI text,
// job summary, comment, drift issue). A surface passes its own way of showing names and
// untrusted text (inline code and escaping in Markdown, plain text elsewhere).
const PLAIN_FORMAT = {
    file: (name) => name,
    commit: (sha) => sha.slice(0, 12),
    text: (text) => text,
};
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** Which known version the live policy is. */
function describeOrigin(origin, file, format = PLAIN_FORMAT) {
    switch (origin.kind) {
        case 'local':
            return `the live policy is this version of ${format.file(file)}`;
        case 'cache':
            return 'the live policy is the version this action last applied (from the cache file)';
        case 'default':
            return "the live policy was Tailscale's untouched default policy";
        case 'commit': {
            const matched = `the live policy matches commit ${format.commit(origin.commit)} (${format.text(origin.subject)})`;
            return origin.behind === 0
                ? `${matched}, the latest commit of the file`
                : `${matched}; ${plural(origin.behind, 'later commit')} of ${format.file(file)} not applied`;
        }
        case 'unknown':
            if (origin.limitation !== undefined)
                return `the live policy matches no known version (${format.text(origin.limitation)})`;
            return origin.compared === undefined
                ? 'the live policy matches no known version'
                : `the live policy matches no known version (the file's last ${origin.compared} versions were compared)`;
    }
}
/** What a live policy that matches nothing known was compared with: `no version of` the file, or its last ones. */
function noVersionOf(origin) {
    const compared = origin?.kind === 'unknown' ? origin.compared : undefined;
    return compared === undefined ? 'no version of' : `none of the last ${compared} versions of`;
}
/**
 * Why the live policy matches nothing known: edited outside git (the whole history was
 * searched), or beyond the history this run could see. Undefined for a known version.
 */
function unknownLiveKind(origin) {
    if (origin?.kind !== 'unknown')
        return undefined;
    return origin.limitation === undefined ? 'edited-outside-git' : 'beyond-history';
}
/**
 * Why a live policy that matches nothing known counts as unknown: an edit made outside git,
 * or a version beyond the history this run could see (a shallow checkout). Undefined when the
 * live policy is a known version.
 */
function unknownLiveWording(origin, format = PLAIN_FORMAT) {
    if (origin?.kind !== 'unknown')
        return undefined;
    return origin.limitation === undefined
        ? 'The live policy was edited outside git'
        : `The live policy matches no version this run could see (${format.text(origin.limitation)})`;
}
/**
 * The `manual-edit` output. apply treats a version beyond its sight like an edit, since it may
 * be about to overwrite one; test and drift claim an edit only when the whole history was
 * searched (they report the limitation instead).
 */
function isManualEdit(mode, origin) {
    if (origin?.kind !== 'unknown')
        return false;
    return mode === 'apply' || origin.limitation === undefined;
}

// EXTERNAL MODULE: ./src/hujson/document.ts
var hujson_document = __webpack_require__(6736);
;// CONCATENATED MODULE: ./src/tailscale/locate.ts
// Finds where in the policy file the API's findings belong, so annotations and the pull-request
// comment can point at a line. The API answers with names and values only, never positions.

const NONE = -1;
function at(doc, value) {
    const { line, column } = doc.position(value);
    return { line, column };
}
function stringOf(doc, value) {
    return value !== NONE && doc.kind(value) === hujson_document/* STRING */.An ? doc.string(value) : undefined;
}
/** Member names are matched case-insensitively, as the server does. */
function member(doc, value, name) {
    if (value === NONE || doc.kind(value) !== hujson_document/* OBJECT */.qv)
        return NONE;
    const wanted = name.toLowerCase();
    for (let key = doc.firstItem(value); key !== NONE; key = doc.next(doc.next(key))) {
        if (doc.string(key).toLowerCase() === wanted)
            return doc.next(key);
    }
    return NONE;
}
function locate_elements(doc, value) {
    const out = [];
    if (value === NONE || doc.kind(value) !== hujson_document/* ARRAY */.sO)
        return out;
    for (let element = doc.firstItem(value); element !== NONE; element = doc.next(element))
        out.push(element);
    return out;
}
const TEST_SECTIONS = ['tests', 'sshTests'];
const ASSERTION_LISTS = ['accept', 'deny', 'check', 'dst'];
/**
 * Finds where the API's findings belong in one document. Each index is built once, on first
 * use, in file order: an answer may name thousands of failures, and searching the whole file
 * for each would cost failures times tests.
 */
class Locator {
    doc;
    /** The first entry with each `src`; by `src` and destination, the first entry and string listing it. */
    tests;
    strings;
    constructor(doc) {
        this.doc = doc;
    }
    /**
     * The `tests` or `sshTests` entry whose `src` is `source` and that lists `destination` (else
     * the first entry with that `src`), and the destination's string inside it.
     */
    test(source, destination) {
        const { entries, assertions } = (this.tests ??= this.indexTests());
        const hit = destination === undefined ? undefined : assertions.get(source)?.get(destination);
        if (hit !== undefined)
            return { entry: at(this.doc, hit[0]), assertion: at(this.doc, hit[1]) };
        const entry = entries.get(source);
        return entry === undefined ? undefined : { entry: at(this.doc, entry) };
    }
    /** The first string in the file (member names included) equal to `text`. */
    string(text) {
        const value = (this.strings ??= this.indexStrings()).get(text);
        return value === undefined ? undefined : at(this.doc, value);
    }
    indexTests() {
        const doc = this.doc;
        const entries = new Map();
        const assertions = new Map();
        for (const section of TEST_SECTIONS) {
            for (const entry of locate_elements(doc, member(doc, doc.root, section))) {
                const source = stringOf(doc, member(doc, entry, 'src'));
                if (source === undefined)
                    continue;
                if (!entries.has(source))
                    entries.set(source, entry);
                let listed = assertions.get(source);
                if (listed === undefined)
                    assertions.set(source, (listed = new Map()));
                for (const list of ASSERTION_LISTS) {
                    for (const item of locate_elements(doc, member(doc, entry, list))) {
                        const destination = stringOf(doc, item);
                        if (destination !== undefined && !listed.has(destination))
                            listed.set(destination, [entry, item]);
                    }
                }
            }
        }
        return { entries, assertions };
    }
    indexStrings() {
        const strings = new Map();
        // Values are numbered in document order.
        for (let value = 0; value < this.doc.count; value++) {
            const text = stringOf(this.doc, value);
            if (text !== undefined && !strings.has(text))
                strings.set(text, value);
        }
        return strings;
    }
}

;// CONCATENATED MODULE: ./src/tailscale/api-findings.ts
// Turns the API's validation answer into findings with file positions.

const POSITION = /^line (\d+), column (\d+): (.*)$/s;
const ADDRESS = /address "([^"]*)"/;
const VERDICT = /want: "?(\w+)"?,? got: "?(\w+)"?/;
const SSH_DESTINATION = /dst "([^"]*)"/;
/** Splits a server failure such as `address "2.2.2.2:22": want: Drop, got: Accept`. */
function parseTestFailure(source, message, locator) {
    const destination = ADDRESS.exec(message)?.[1] ?? SSH_DESTINATION.exec(message)?.[1];
    const verdict = VERDICT.exec(message);
    const place = locator.test(source, destination);
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
function locateMessage(message, locator) {
    for (const [, quoted] of message.matchAll(/"([^"]+)"/g)) {
        const location = locator.string(quoted);
        if (location)
            return location;
    }
    return undefined;
}
function findingsFromAnswer(answer, root) {
    const findings = { errors: [], testFailures: [], warnings: [] };
    const locator = new Locator(root);
    for (const entry of answer.data) {
        for (const message of entry.errors)
            findings.testFailures.push(parseTestFailure(entry.user, message, locator));
        for (const message of entry.warnings) {
            const text = entry.user ? `${entry.user}: ${message}` : message;
            findings.warnings.push({ severity: 'warning', message: text, location: locator.string(entry.user) });
        }
    }
    const message = answer.message;
    const isSummary = message === '' || /^(test\(s\) failed|warning\(s\) found)$/.test(message);
    if (!isSummary || (message === 'test(s) failed' && findings.testFailures.length === 0)) {
        const positioned = POSITION.exec(message);
        findings.errors.push(positioned
            ? {
                severity: 'error',
                message: positioned[3],
                location: { line: Number(positioned[1]), column: Number(positioned[2]) },
            }
            : { severity: 'error', message, location: locateMessage(message, locator) });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/modes/origin.ts

/** gitops-pusher looks back over this many commits of the policy file; so do we. */
const HISTORY_LIMIT = 200;
function etagOrUndefined(content) {
    try {
        return (0,hujson_etag/* etag */.w)(content);
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
    let compared = 0;
    for await (const version of query.history.versions(query.file, HISTORY_LIMIT)) {
        if (etagOrUndefined(version.content) === query.liveEtag) {
            return { kind: 'commit', commit: version.commit, subject: version.subject, behind: version.behind };
        }
        compared++;
    }
    // A file with more versions than that is not said to match none of them.
    const unknown = { kind: 'unknown', limitation: await limitation };
    return compared === HISTORY_LIMIT ? { ...unknown, compared } : unknown;
}

// EXTERNAL MODULE: ./src/files/local-policy.ts
var local_policy = __webpack_require__(5771);
;// CONCATENATED MODULE: ./src/modes/read.ts



/**
 * Reads and parses the policy file into `facts`. A syntax error at a position is handed back
 * as a finding instead of thrown, so it is annotated at its line and no request is ever sent.
 */
async function readPolicy(deps, facts) {
    return deps.log.group('Read the policy file', async () => {
        try {
            const { policyFile, workspace, surface } = deps.settings;
            const local = await (0,local_policy/* readLocalPolicy */.On)(policyFile, workspace, settingName(surface, 'policy-file'));
            facts.local = local;
            deps.log.info(`${local.file}: ${local.bytes.length} bytes, ETag ${local.etag}`);
            return { kind: 'read', local };
        }
        catch (error) {
            if (!(error instanceof errors/* PolicyFileError */.zj) || error.line === undefined)
                throw error;
            deps.log.info(error.message);
            const location = { line: error.line, column: error.column ?? 1 };
            return { kind: 'invalid', error: { severity: 'error', message: error.reason, location } };
        }
    });
}
async function readLive(deps, facts, client, scope) {
    return deps.log.group('Read the live policy', async () => {
        const live = await client.getPolicy(scope);
        facts.live = live;
        deps.log.info(liveEtagLine(deps, live.etag));
        return live;
    });
}
/**
 * The live ETag for the log, or that it is left out. Not masked: a mask would replace the hash
 * wherever it appears, text the fork wrote included, and so tell its author which guess was right.
 */
function liveEtagLine(deps, etag) {
    return deps.liveHidden === true
        ? 'live policy read; its ETag is left out, as the pull request comes from a fork'
        : `live policy ETag ${etag}`;
}
/** apply and drift cannot do anything useful offline. */
function requireClient(deps) {
    if (deps.client)
        return deps.client;
    const mode = deps.settings.mode;
    throw new errors/* InputError */.dz(`"${mode}" needs Tailscale credentials: an API key, or an OAuth client with its secret or a federated identity`);
}
const AS_IT_IS = ': this run uses the file as it is, no version in git; commit it first';
/** Line ends as git may convert them on checkout (core.autocrlf): no difference in content. */
const lf = (bytes) => Buffer.from(bytes).toString('latin1').replaceAll('\r\n', '\n');
/**
 * The file as git last committed it (in test mode, the base branch: what the access plan compares
 * with offline); or, when the checkout may hide it, why; undefined when it was never committed.
 */
async function newestVersion(deps) {
    const file = deps.settings.policyFile;
    for await (const version of deps.history.versions(file, 1)) {
        return { commit: version.commit, bytes: version.content };
    }
    const limitation = await deps.history.limitation(file);
    return limitation === undefined ? undefined : { unseen: limitation };
}
/**
 * A warning when the file is not what git last committed (changed, or never committed): apply
 * writes, and drift compares, the file as it is, which is then no version in git's history, so a
 * later run cannot recognise it. Nothing is said outside a git checkout.
 */
async function noteUncommitted(deps, facts, local) {
    const file = deps.settings.policyFile;
    const newest = await newestVersion(deps);
    if (newest === undefined)
        facts.notes.push({ severity: 'warning', message: `${file} was never committed${AS_IT_IS}` });
    else if ('commit' in newest && lf(newest.bytes) !== lf(local.bytes)) {
        const message = `${file} differs from its last commit (${newest.commit.slice(0, 12)})${AS_IT_IS}`;
        facts.notes.push({ severity: 'warning', message });
    }
}

;// CONCATENATED MODULE: ./src/modes/apply.ts








const REFUSED_FIRST = "the API refused the file, so whether the live policy is Tailscale's untouched default is not known";
/**
 * `action: apply`: make the live policy equal to the file, never overwriting an edit that this
 * run has not seen. The write is conditional on the ETag we decided to replace.
 */
async function runApply(deps, facts) {
    const { settings, log } = deps;
    const client = requireClient(deps);
    const read = await readPolicy(deps, facts);
    if (read.kind === 'invalid')
        return { kind: 'invalid-file', facts, error: read.error };
    const { local } = read;
    const cacheSetting = settingName(settings.surface, 'cache-file');
    await checkCacheFile(settings.cacheFile, settings.workspace, cacheSetting);
    await noteUncommitted(deps, facts, local);
    const live = await readLive(deps, facts, client, 'policy_file');
    if (live.etag === local.etag) {
        await recordAppliedEtag(deps, facts, live.etag);
        return { kind: 'unchanged', facts };
    }
    const cache = await readCachedEtag(settings.cacheFile, settings.workspace, cacheSetting, {
        at: deps.deadline,
        now: deps.now,
    });
    if (cache.warning !== undefined)
        facts.notes.push({ severity: 'warning', message: cache.warning });
    const origin = await findLiveOrigin({
        liveEtag: live.etag,
        localEtag: local.etag,
        cachedEtag: cache.etag,
        file: settings.policyFile,
        history: deps.history,
    });
    facts.origin = origin;
    log.debug(`live ETag ${live.etag}; local ETag ${local.etag}; cached ETag ${cache.etag ?? 'none'}; origin: ${origin.kind}`);
    log.info(describeOrigin(origin, settings.policyFile));
    if (origin.kind !== 'unknown')
        return write(deps, facts, client, local, live.etag);
    // A new tailnet's policy is Tailscale's default, which no version in git matches; the API
    // replaces it only while it is untouched, so this write can never lose an edit.
    log.debug('the live policy matches no known version; trying If-Match "ts-default" first');
    const overDefault = await log.group('Apply the policy over the default policy', () => conditionalWrite(client, local, 'ts-default'));
    if (overDefault.kind !== 'stale') {
        // Only a write proves the default: a server may refuse an invalid file before it compares ETags.
        facts.origin =
            overDefault.kind === 'written' ? { kind: 'default' } : { kind: 'unknown', limitation: REFUSED_FIRST };
        log.info(describeOrigin(facts.origin, settings.policyFile));
        return finish(deps, facts, local, overDefault);
    }
    log.debug(`the live policy is not the untouched default; on-manual-edit is "${settings.onManualEdit}"`);
    if (settings.onManualEdit === 'fail')
        return { kind: 'refused', facts, because: 'fail' };
    if (deps.keepsInFull?.(live.text) === false)
        return { kind: 'refused', facts, because: 'too-large-to-keep' };
    await deps.beforeOverwrite?.(live.text);
    return write(deps, facts, client, local, live.etag);
}
/** The policy is applied by now; a cache that cannot be written must not turn that into a failure. */
async function recordAppliedEtag(deps, facts, etag) {
    try {
        await writeCachedEtag(deps.settings.cacheFile, etag, deps.settings.workspace);
    }
    catch (error) {
        const setting = settingName(deps.settings.surface, 'cache-file');
        const message = `could not write the version cache (${setting}): ${(0,file_errors/* describeFileError */.S)(error)}`;
        facts.notes.push({ severity: 'warning', message });
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
        // Refused for its credential or tailnet at its only attempt, the write never happened. After a
        // retry, or any other failure, an earlier attempt may have landed before its answer was lost.
        if (error instanceof errors/* ApiError */.hD && [401, 403, 404].includes(error.status) && !error.retried) {
            throw new errors/* ActionError */.lZ(`${(0,errors/* errorMessage */.gJ)(error)}. Nothing was written`);
        }
        if (!(error instanceof errors/* PreconditionFailedError */.k9)) {
            throw new errors/* ActionError */.lZ(`${(0,errors/* errorMessage */.gJ)(error)}. The write may or may not have landed: check the ` +
                `policy in the admin console, then re-run`);
        }
        const now = await client.getPolicy('policy_file');
        return now.etag === local.etag ? { kind: 'written', etag: now.etag } : { kind: 'stale', live: now };
    }
}
async function write(deps, facts, client, local, ifMatch) {
    deps.log.debug(`writing with If-Match "${ifMatch}"`);
    const result = await deps.log.group('Apply the policy', () => conditionalWrite(client, local, ifMatch));
    if (result.kind === 'stale')
        return { kind: 'conflict', facts, current: result.live };
    return finish(deps, facts, local, result);
}
async function finish(deps, facts, local, result) {
    switch (result.kind) {
        case 'rejected':
            return { kind: 'rejected', facts, api: findingsFromAnswer(result.answer, local.root) };
        case 'written': {
            const etag = result.etag || local.etag;
            await recordAppliedEtag(deps, facts, etag);
            deps.log.info(`applied; the live policy ETag is now ${etag}`);
            return { kind: 'applied', facts, etag };
        }
    }
}

;// CONCATENATED MODULE: ./src/modes/drift.ts




/**
 * `action: drift`: is the live policy what the repository says? Reads only: this mode has no
 * code path that writes the policy.
 */
async function runDrift(deps, facts) {
    const { settings } = deps;
    const client = requireClient(deps);
    const read = await readPolicy(deps, facts);
    if (read.kind === 'invalid')
        return { kind: 'invalid-file', facts, error: read.error };
    const { local } = read;
    await noteUncommitted(deps, facts, local);
    const live = await readLive(deps, facts, client, 'policy_file:read');
    const origin = await findLiveOrigin({
        liveEtag: live.etag,
        localEtag: local.etag,
        file: settings.policyFile,
        history: deps.history,
    });
    facts.origin = origin;
    deps.log.debug(`live ETag ${live.etag}; local ETag ${local.etag}; origin: ${origin.kind}`);
    deps.log.info(describeOrigin(origin, settings.policyFile));
    switch (origin.kind) {
        case 'local':
            return { kind: 'drift', facts, state: 'in-sync' };
        case 'commit':
            return { kind: 'drift', facts, state: 'behind' };
        case 'cache':
        case 'default':
            return { kind: 'drift', facts, state: 'drifted' };
        case 'unknown':
            if (origin.limitation === undefined)
                return { kind: 'drift', facts, state: 'drifted' };
            // Without the whole history, "behind" and "edited outside git" look the same.
            throw new errors/* ActionError */.lZ(`cannot tell whether the live policy is an older commit or an edit made outside git: ${origin.limitation}`);
    }
}

;// CONCATENATED MODULE: ./src/modes/outcome.ts
// What a mode decided, as data. A mode reads, decides and returns one of these; the report is
// built from it in one place (src/report/build.ts), so no phase edits a shared report.
function newFacts() {
    return { notes: [] };
}

// EXTERNAL MODULE: ./src/hujson/bytes.ts
var bytes = __webpack_require__(4306);
// EXTERNAL MODULE: ./src/hujson/parse.ts
var parse = __webpack_require__(8246);
;// CONCATENATED MODULE: ./src/hujson/serialize.ts
// Serialisation of a parsed document (spec 1.4), plus the two lossy variants that share its
// walk: Standardize blanks comments and trailing commas in place, Minimize drops them. Pack
// rebuilds the input from the document's ranges, so pack(parse(x)) = x checks those ranges.
// Pack and Minimize are in pack.ts, which only the library's users load: the action, which
// standardizes a policy for the API, does not carry them.



const Mode = { Pack: 0, Standardize: 1, Minimize: 2 };
/**
 * Standard JSON with the same length and the same line breaks: comments and trailing commas
 * are blanked with spaces, so an error position in the result is the same position in the file.
 */
function standardize(input) {
    return new Serializer(toDocument(input), Mode.Standardize).run();
}
function toDocument(input) {
    return input instanceof Uint8Array || typeof input === 'string' ? (0,parse/* parse */.q)((0,bytes/* toBytes */.ZJ)(input)) : input;
}
/** Every mode writes at most the input's length, so the output is allocated once. */
class Serializer {
    doc;
    mode;
    out;
    at = 0;
    constructor(doc, mode) {
        this.doc = doc;
        this.mode = mode;
        this.out = new Uint8Array(doc.source.length);
    }
    run() {
        this.writeValues();
        return this.mode === Mode.Minimize ? this.out.slice(0, this.at) : this.out;
    }
    /**
     * One loop over the values in document order with an explicit stack of open composites, not
     * a recursion, so a document nested as deep as the parser allows cannot overflow the stack.
     * Each turn writes a value's before-extra and then the literal, or the composite's opening
     * bracket; a finished value is followed by its after-extra and what its composite puts next:
     * a colon, a comma, or (for its last item) the closing extra and bracket.
     */
    writeValues() {
        const doc = this.doc;
        const { kinds, flags, siblings, starts, ends } = doc;
        // Per open composite: its index, and for an object whether the item read last was a name.
        const open = new Int32Array(doc.depth);
        const afterName = new Uint8Array(doc.depth);
        let top = -1;
        let value = doc.root;
        for (;;) {
            this.writeExtra(doc.befores[value], starts[value]);
            const kind = kinds[value];
            if (kind === hujson_document/* OBJECT */.qv || kind === hujson_document/* ARRAY */.sO) {
                this.out[this.at++] = kind === hujson_document/* OBJECT */.qv ? bytes/* OPEN_BRACE */.Hv : bytes/* OPEN_BRACKET */.WL;
                if (flags[value] & hujson_document/* HAS_ITEMS */.iq) {
                    open[++top] = value;
                    afterName[top] = 0;
                    value++;
                    continue;
                }
                this.closeComposite(value);
            }
            else {
                this.copy(starts[value], ends[value]);
            }
            for (;;) {
                this.writeExtra(ends[value], doc.afters[value]);
                if (top === -1)
                    return;
                const composite = open[top];
                if (kinds[composite] === hujson_document/* OBJECT */.qv) {
                    // An object's items alternate: name, value, name...
                    afterName[top] ^= 1;
                    if (afterName[top]) {
                        this.out[this.at++] = bytes/* COLON */.oH;
                        value = siblings[value];
                        break;
                    }
                }
                if (siblings[value] !== -1) {
                    this.out[this.at++] = bytes/* COMMA */.KE;
                    value = siblings[value];
                    break;
                }
                if (flags[composite] & hujson_document/* TRAILING_COMMA */.VW)
                    this.writeTrailingComma();
                this.closeComposite(composite);
                value = composite;
                top--;
            }
        }
    }
    /** The closing extra and bracket. */
    closeComposite(composite) {
        const doc = this.doc;
        this.writeExtra(doc.closings[composite], doc.ends[composite] - 1);
        this.out[this.at++] = doc.kinds[composite] === hujson_document/* OBJECT */.qv ? bytes/* CLOSE_BRACE */.rc : bytes/* CLOSE_BRACKET */.wt;
    }
    /** Minimize drops every trailing comma; Standardize turns it into a space of the same size. */
    writeTrailingComma() {
        if (this.mode === Mode.Minimize)
            return;
        this.out[this.at++] = this.mode === Mode.Standardize ? bytes.SP : bytes/* COMMA */.KE;
    }
    writeExtra(start, end) {
        if (this.mode === Mode.Minimize)
            return;
        if (this.mode === Mode.Pack) {
            this.copy(start, end);
            return;
        }
        const { out } = this;
        const src = this.doc.source;
        let at = this.at;
        for (let i = start; i < end; i++) {
            const byte = src[i];
            out[at++] = byte === bytes.SP || byte === bytes.LF || byte === bytes.HT || byte === bytes.CR ? byte : bytes.SP;
        }
        this.at = at;
    }
    copy(start, end) {
        const { out } = this;
        const src = this.doc.source;
        if (end - start > 16) {
            out.set(src.subarray(start, end), this.at);
            this.at += end - start;
            return;
        }
        let at = this.at;
        for (let i = start; i < end; i++)
            out[at++] = src[i];
        this.at = at;
    }
}

// EXTERNAL MODULE: ./src/policy/index.ts
var policy = __webpack_require__(5086);
// EXTERNAL MODULE: ./src/policy/topology.ts
var topology = __webpack_require__(8657);
;// CONCATENATED MODULE: ./src/modes/offline.ts
// The offline policy engine inside the action: it runs before any network call, gives fork pull
// requests a real report without secrets, and lends exact positions to the API's findings.


/**
 * Runs the engine on the parsed file; `topology` makes the evaluation exact. A hostile policy
 * can make it long, so it stops at half the time left before the run's deadline: the rest is
 * for the API's checks and the report, and a report cut short says so.
 */
function checkOffline(local, topology, time) {
    const options = {};
    if (time !== undefined) {
        options.deadline = time.now() + Math.max(0, time.deadline - time.now()) / 2;
        options.now = time.now;
    }
    if (topology !== undefined)
        options.topology = topology;
    return (0,policy/* checkPolicy */.hM)(local.root, options);
}
/** Users and devices from the API, for `tailnet-devices: true`. */
async function fetchTopology(client) {
    const users = await client.getJson('/users', 'users:read');
    const devices = await client.getJson('/devices?fields=all', 'devices:core:read');
    try {
        return (0,topology/* topologyFromApi */.IN)(users, devices);
    }
    catch (error) {
        if (!(error instanceof topology/* TopologyError */.kA))
            throw error;
        throw new errors/* ApiError */.hD(`the users and devices lists have an unexpected shape (${error.message}); ` +
            `set tailnet-devices: false to evaluate offline`, 200);
    }
}

;// CONCATENATED MODULE: ./src/modes/test.ts









/**
 * A test only consults the cache; a broken one is worth a notice, not a failed pull request.
 * One a pull request may have written (tracked by git) is ignored with a warning.
 */
async function cachedEtag(deps, notes) {
    try {
        const { cacheFile, workspace, surface } = deps.settings;
        const cache = await readCachedEtag(cacheFile, workspace, settingName(surface, 'cache-file'), {
            at: deps.deadline,
            now: deps.now,
        });
        if (cache.warning !== undefined)
            notes.push({ severity: 'warning', message: cache.warning });
        return cache.etag;
    }
    catch (error) {
        notes.push({ severity: 'notice', message: `the version cache was ignored: ${(0,errors/* errorMessage */.gJ)(error)}` });
        return undefined;
    }
}
/**
 * `action: test`: is the proposed policy valid, and do its tests pass? Nothing is written.
 * The offline engine runs first; without credentials its verdict is the whole answer.
 */
async function runTest(deps, facts) {
    const { settings, client, log } = deps;
    const read = await readPolicy(deps, facts);
    if (read.kind === 'invalid')
        return { kind: 'invalid-file', facts, error: read.error };
    const { local } = read;
    // git runs while the engine works: the base version is the plan's baseline without the live policy.
    const baseline = newestVersion(deps);
    // Awaited below; if the run stops before that, its failure must not surface as unhandled.
    baseline.catch(() => undefined);
    const topology = settings.tailnetDevices && client
        ? await log.group("Read the tailnet's users and devices", () => fetchTopology(client))
        : undefined;
    facts.engine = await log.group('Check the policy offline', async () => {
        const engine = checkOffline(local, topology, deps);
        const { passed, failed, unknown } = engine.summary;
        log.info(`offline engine (${engine.mode}): ${engine.errors.length} error(s), tests ` +
            `${passed} passed, ${failed} failed, ${unknown} undecided`);
        return engine;
    });
    facts.baseline = await baseline;
    if (!client)
        return { kind: 'offline', facts };
    const live = await readLive(deps, facts, client, 'policy_file:read');
    // A fork's author learns nothing of the live policy, not even whether their text, or a version
    // in the history they pushed, is it: the file is validated as any other, its origin not sought.
    if (deps.liveHidden === true)
        return { kind: 'validated', facts, api: await validate(deps, client, local) };
    if (live.etag === local.etag)
        return { kind: 'unchanged', facts };
    // The history search spawns git; it overlaps the validation round trip instead of adding to it.
    const [origin, answer] = await Promise.all([
        cachedEtag(deps, facts.notes).then((cached) => findLiveOrigin({
            liveEtag: live.etag,
            localEtag: local.etag,
            cachedEtag: cached,
            file: settings.policyFile,
            history: deps.history,
        })),
        validate(deps, client, local),
    ]);
    facts.origin = origin;
    log.debug(`${liveEtagLine(deps, live.etag)}; local ETag ${local.etag}; origin: ${origin.kind}`);
    log.info(describeOrigin(origin, settings.policyFile));
    return { kind: 'validated', facts, api: answer };
}
async function validate(deps, client, local) {
    const answer = await deps.log.group('Validate with the Tailscale API', () => client.validate(Buffer.from(standardize(local.bytes)).toString('utf8')));
    return findingsFromAnswer(answer, local.root);
}

;// CONCATENATED MODULE: ./src/modes/index.ts





/**
 * Runs the mode the settings name. An expected failure still yields what was learned so far,
 * so the summary shows what was read (the live policy above all) before the run stopped.
 */
async function runMode(deps) {
    const facts = newFacts();
    try {
        switch (deps.settings.mode) {
            case 'test':
                return await runTest(deps, facts);
            case 'apply':
                return await runApply(deps, facts);
            case 'drift':
                return await runDrift(deps, facts);
        }
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        return { kind: 'stopped', facts, error };
    }
}

// EXTERNAL MODULE: ./src/plan/render-text.ts
var render_text = __webpack_require__(7723);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/render/markdown/diff.ts
// The unified diff from the live policy to the local file, computed once per run and cut to a
// size on demand (GitHub bodies are limited, policies are not).

/** Diffing is quadratic in the worst case (a rewrite of a large file); a report must not hang on it. */
const DIFF_TIMEOUT_MS = 2000;
/**
 * The last diff made, with what it was made of: the job summary, the comment and the drift issue
 * each show the same one, each from its own redacted copy of the report.
 */
let last;
/**
 * The diff live → local; undefined when either side is unknown or they are equal, and
 * 'too-slow' when the files differ so much that the diff took longer than `timeoutMs`. Made
 * once for the same texts (up to `timeoutMs` each time otherwise), then shared: read-only.
 */
function policyDiff(report, timeoutMs = DIFF_TIMEOUT_MS) {
    const { liveText: live, localText: local, policyFile: file } = report;
    const made = last;
    if (made?.file === file && made.live === live && made.local === local && made.timeoutMs === timeoutMs)
        return made.result;
    last = { live, local, file, timeoutMs, result: diffOf(report, timeoutMs) };
    return last.result;
}
function diffOf(report, timeoutMs) {
    const { liveText, localText } = report;
    if (liveText === undefined || localText === undefined || liveText === localText)
        return undefined;
    const patch = (0,create/* createTwoFilesPatch */.ss)('live policy', report.policyFile, liveText, localText, undefined, undefined, {
        headerOptions: create/* FILE_HEADERS_ONLY */.jr,
        timeout: timeoutMs,
    });
    if (patch === undefined)
        return 'too-slow';
    const lines = patch.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    // The first two lines are the `---`/`+++` file headers, which are not changes.
    const body = lines.slice(2);
    return {
        lines,
        added: body.filter((line) => line.startsWith('+')).length,
        removed: body.filter((line) => line.startsWith('-')).length,
    };
}
/** The first lines of the patch whose text (with newlines) fits in `maxChars`. */
function cutDiff(diff, maxChars) {
    const kept = [];
    let used = 0;
    for (const line of diff.lines) {
        used += line.length + 1;
        if (used > maxChars)
            break;
        kept.push(line);
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/render/cli/text.ts



function text_at(file, location) {
    return location ? `${file}:${location.line}:${location.column}` : file;
}
const HEADLINES = {
    'no-change': 'no change: the live policy already equals the file',
    passed: 'passed',
    failed: 'FAILED',
    applied: 'applied',
};
/**
 * A drift found without failing the run (fail-on-drift off) is not a pass: the verdict names it,
 * as the action's headline does.
 */
const DRIFT_FOUND = {
    behind: 'found: the live policy is behind git',
    drifted: 'found: the live policy was edited outside git',
};
function verdict(report) {
    const drift = report.drift;
    if (report.result === 'passed' && (drift === 'behind' || drift === 'drifted'))
        return DRIFT_FOUND[drift];
    return HEADLINES[report.result];
}
/**
 * The live policy an apply left alone because it was edited outside git, as a diff to the file:
 * the job summary shows it for the action; the CLI has only its output.
 */
function editLeftAlone(report) {
    const diff = policyDiff(report);
    if (diff === undefined)
        return undefined;
    if (diff === 'too-slow')
        return 'note: the live policy and the file differ too much to show a diff in time';
    return `the live policy, edited outside git, against ${report.policyFile}:\n${diff.lines.join('\n')}`;
}
/**
 * The CLI's report: one `FILE:LINE:COL: message` line per finding, then a verdict line.
 * `overwrittenCopy` says where apply kept the edit it was about to overwrite.
 */
function renderText(report, overwrittenCopy) {
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
    const overwritten = report.manualEdit && report.applied ? report.liveText : undefined;
    if (overwritten !== undefined) {
        // The CLI has no job summary: the overwritten version goes to the output, so it is not lost;
        // the output is for reading (a line a CI runner would take for a command is altered), the
        // file, when it could be written, for restoring.
        const kept = overwrittenCopy === undefined ? '' : ` (${overwrittenCopy})`;
        lines.push(`warning: the live policy matched no known version and was overwritten${kept}; it was:\n` + overwritten.trimEnd());
    }
    else if (report.refusedOverEdit === true) {
        const diff = editLeftAlone(report);
        if (diff !== undefined)
            lines.push(diff);
    }
    if (overwrittenCopy !== undefined && overwritten === undefined) {
        // Kept before a write that failed, or whose answer was lost: it may have landed.
        lines.push(`note: the live policy this run was about to overwrite: ${overwrittenCopy}`);
    }
    if (report.offlineReason)
        lines.push(`note: the Tailscale API checks were skipped: ${report.offlineReason}`);
    const origin = report.origin;
    if (origin && (origin.kind === 'commit' || origin.kind === 'cache' || report.manualEdit))
        lines.push(`note: ${describeOrigin(origin, file)}`);
    if (report.drift)
        lines.push(`drift: ${report.drift}`);
    if (report.plan)
        lines.push(`${(0,render_text/* renderPlanText */.$)(report.plan.plan).trimEnd()}\n(computed ${report.plan.against})`);
    else if (report.planNote !== undefined)
        lines.push(`note: ${report.planNote}`);
    const etags = report.localEtag
        ? ` (local ETag ${report.localEtag.slice(0, 12)}, live ${report.controlEtag?.slice(0, 12) ?? 'unknown'})`
        : '';
    lines.push(`${report.mode} ${verdict(report)}: tailnet ${report.tailnet}, ${file}${etags}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/engine.ts
// The offline engine's verdict in the report's terms. Without an API to ask, it is the whole
// verdict; with one, the API is the authority and the engine lends positions and says when it
// disagrees.
function engine_at(position) {
    return position ? { line: position.line, column: position.column } : undefined;
}
/** The engine's failing assertions, as the same rows the API's failures become. */
function failures(engine) {
    const rows = [];
    for (const test of engine.tests) {
        // A test that passed has no failing assertion to make.
        if (test.outcome === 'pass')
            continue;
        for (const assertion of test.assertions) {
            if (assertion.outcome !== 'fail')
                continue;
            rows.push({
                source: test.src,
                destination: assertion.text,
                wanted: assertion.wanted,
                got: assertion.got,
                message: assertion.message ?? test.error ?? 'test failed',
                location: engine_at(assertion.at.pos),
                entry: engine_at(test.at.pos),
            });
        }
    }
    return rows;
}
function rejects(engine) {
    return engine.errors.length > 0 || engine.summary.failed > 0;
}
/** What a notice quotes of why the engine rejects a policy: its first error, else its first failure. */
function firstRejection(engine, rows = failures(engine)) {
    return engine.errors[0]?.message ?? rows[0]?.message ?? 'test(s) failed';
}
/** Notices the engine has whatever the API says: constructs it accepted without certainty. */
function engineNotices(engine, apiAsked = true) {
    const notices = engine.notices.map((n) => ({
        severity: 'notice',
        message: n.message,
        location: engine_at(n.position),
    }));
    if (engine.cutShort)
        notices.push({ severity: 'notice', message: cutShort(engine.cutShortBy === 'size', apiAsked) });
    return notices;
}
/**
 * Why tests are undecided after a cut: the timeout or the engine's size limit. Where the API
 * was not asked (the live policy already is the file), it is not said to check them.
 */
function cutShort(bySize, apiAsked) {
    const undecided = `the tests it did not reach count as undecided offline${apiAsked ? ' (the Tailscale API, when credentials are given, still checks them all)' : ''}`;
    if (bySize)
        return ('the offline check was cut short: its ipsets and rules expand to more address ranges than it holds in ' +
            `memory (a long chain of ipsets, each naming the one before, does); ${undecided}`);
    return `the offline check was cut short by the timeout: ${undecided}; raise the run's timeout to evaluate them`;
}
/**
 * How many reasons for undecided assertions get a notice each; the rest are counted in one.
 * GitHub shows only the first ten notices of a step, and the run has others to show.
 */
const UNDECIDED_REASONS = 5;
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
/** What an assertion's message says before its reason: the server's prefix, and the pair it is about. */
const ABOUT = new RegExp(`^\\[(?:acl|ssh) test error\\]: (?:address ${QUOTED}(?: \\(protocol ${QUOTED}\\))?: |dst ${QUOTED}, ssh user ${QUOTED}: )?`);
/** The assertion in a notice's words: a test's destination, or an sshTest's destination and login. */
function described(src, assertion) {
    const { user, destination, text } = assertion;
    return user === undefined ? `"${src}" to "${text}"` : `"${src}" to "${destination ?? ''}" as "${user}"`;
}
/**
 * Undecided assertions, one notice per reason the engine gives (a `*` destination, a group with
 * no device...), at the first assertion it holds for and with how many it holds for, so that
 * the log says why, as the CLI does assertion by assertion.
 */
function undecidedNotices(engine) {
    const byReason = new Map();
    let [others, undecided] = [0, 0];
    for (const test of engine.tests) {
        for (const assertion of test.assertions) {
            if (assertion.outcome !== 'unknown')
                continue;
            undecided++;
            const reason = (assertion.message ?? test.error ?? 'cannot be decided offline').replace(ABOUT, '');
            const known = byReason.get(reason);
            if (known !== undefined)
                known.count++;
            else if (byReason.size === UNDECIDED_REASONS)
                others++;
            else
                byReason.set(reason, { count: 1, what: described(test.src, assertion), location: engine_at(assertion.at.pos) });
        }
    }
    const notices = [...byReason].map(([reason, { count, what, location }]) => {
        const which = count === 1
            ? `undecided offline for ${what}`
            : `${count} test assertions undecided offline, the first for ${what}`;
        return { severity: 'notice', message: `${which}: ${reason}`, location };
    });
    if (others > 0)
        notices.push({
            severity: 'notice',
            message: `${others} more test assertion(s) undecided offline for other reasons`,
        });
    return { notices, undecided };
}
/**
 * With no API to ask, the engine's findings are the whole verdict; `undecided` counts the test
 * assertions (of the tests it reached) it could not decide.
 */
function offlineFindings(engine) {
    const { notices: unsure, undecided } = undecidedNotices(engine);
    const notices = [...engineNotices(engine), ...unsure];
    return {
        undecided,
        errors: engine.errors.map((e) => ({ severity: 'error', message: e.message, location: engine_at(e.position) })),
        testFailures: failures(engine),
        warnings: engine.warnings.map((w) => ({
            severity: 'warning',
            message: w.message,
            location: engine_at(w.position),
        })),
        notices,
    };
}
/**
 * The live policy already is the file, so the API was not asked to validate it again (as
 * gitops-pusher does): the engine's notices, and a notice where it rejects what is live.
 */
function unaskedFindings(engine) {
    const notices = engineNotices(engine, false);
    if (rejects(engine)) {
        notices.push({
            severity: 'notice',
            message: `the offline policy engine rejects this policy (${firstRejection(engine)}); it already is the live policy, so ` +
                'the Tailscale API was not asked to validate it again',
        });
    }
    return { errors: [], testFailures: [], warnings: [], notices };
}
/**
 * The API's findings, with the engine's positions for failures the API reported without a
 * findable line, and a notice when the two disagree about the verdict (never hidden).
 */
function reconcile(api, engine) {
    const engineRows = failures(engine);
    const testFailures = api.testFailures.map((row) => {
        if (row.location !== undefined)
            return row;
        const twin = engineRows.find((e) => e.source === row.source && e.destination === row.destination);
        return twin?.location ? { ...row, location: twin.location, entry: twin.entry } : row;
    });
    const notices = engineNotices(engine);
    const apiRejects = api.errors.length > 0 || api.testFailures.length > 0;
    // Offline, an undecided assertion may fail on the server, and a check cut short may miss what
    // the server refuses; neither is a disagreement.
    const undecided = engine.errors.length === 0 && (engine.cutShort === true || (api.errors.length === 0 && engine.summary.unknown > 0));
    if (apiRejects !== rejects(engine) && !(apiRejects && undecided)) {
        const engineSays = rejects(engine) ? `rejects it (${firstRejection(engine, engineRows)})` : 'accepts it';
        notices.push({
            severity: 'notice',
            message: `the offline policy engine disagrees with the Tailscale API: the API ${apiRejects ? 'rejects' : 'accepts'} ` +
                `this policy, the engine ${engineSays}. The API's verdict stands; please ` +
                `report this difference`,
        });
    }
    return { ...api, testFailures, notices };
}

;// CONCATENATED MODULE: ./src/report/model.ts
// The outcome of one run, whatever the mode, in one shape: every reporter (annotations, job
// summary, outputs, pull-request comment, drift issue, CLI) renders this and nothing else.
/** Whether the live policy differs from the file, by the ETags: not said where the live ETag is left out. */
function differsFromLive(report) {
    return report.localEtag !== undefined && report.controlEtag !== undefined && report.localEtag !== report.controlEtag;
}
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

// EXTERNAL MODULE: ./src/plan/index.ts + 21 modules
var plan = __webpack_require__(2781);
// EXTERNAL MODULE: ./src/plan/budget.ts
var budget = __webpack_require__(6362);
// EXTERNAL MODULE: ./src/plan/side.ts + 1 modules
var side = __webpack_require__(3400);
;// CONCATENATED MODULE: ./src/report/plan.ts
// The access plan of a run: which two versions of the policy it compares, by mode. The plan
// itself is computed by src/plan/; this only picks its two sides and says what they are.

/**
 * The repository's file as a side. When the offline engine checked it (and found no error, or no
 * plan is made at all), the plan does not validate it a second time.
 */
function localSide(local, facts) {
    return { name: local.file, root: local.root, validated: facts.engine !== undefined };
}
function testSides(facts, view) {
    const { local, live, baseline } = facts;
    if (local === undefined)
        return 'the policy file could not be read';
    const after = localSide(local, facts);
    if (live !== undefined && view.livePolicyVisible)
        return { before: { name: 'live policy', source: live.text }, after, against: 'against the live policy' };
    if (view.noBaseline !== undefined)
        return view.noBaseline;
    const words = view.baseline ?? 'the base branch';
    if (baseline === undefined)
        return `${words} has no earlier version of the file to compare with`;
    if ('unseen' in baseline)
        return `${words} has no earlier version of the file that this run can see (${baseline.unseen})`;
    const against = `against ${words}'s version (commit ${baseline.commit.slice(0, 12)})`;
    return { before: { name: view.baseline ?? 'base branch', source: baseline.bytes }, after, against };
}
/** The two sides each outcome compares, or why there are none (undefined: no plan is wanted). */
function sidesOf(outcome, view) {
    const { local, live } = outcome.facts;
    switch (outcome.kind) {
        case 'offline':
        case 'validated':
            return testSides(outcome.facts, view);
        case 'applied':
            if (local === undefined || live === undefined)
                return undefined;
            return {
                before: { name: 'replaced live policy', source: live.text },
                after: localSide(local, outcome.facts),
                against: 'against the live policy it replaced',
            };
        case 'drift':
            // What the live policy grants that the repository's file does not, and the other way round.
            if (outcome.state === 'in-sync' || local === undefined || live === undefined)
                return undefined;
            return {
                before: localSide(local, outcome.facts),
                after: { name: 'live policy', source: live.text },
                against: "against the repository's version, with the live policy as the new side",
                proposes: false,
            };
        case 'invalid-file':
        case 'unchanged':
        case 'rejected':
        case 'refused':
        case 'conflict':
        case 'stopped':
            return undefined;
    }
}
/** The plan for the report, or a note saying why there is none; both undefined when none is wanted. */
function accessPlan(outcome, view) {
    const engine = outcome.facts.engine;
    if (engine?.cutShort === true)
        return { note: 'the access plan was skipped: the offline check was cut short by the timeout' };
    // The errors section already says why the policy is invalid.
    if (engine !== undefined && engine.errors.length > 0)
        return { note: 'no access plan: the proposed policy has errors' };
    const sides = sidesOf(outcome, view);
    if (sides === undefined)
        return {};
    if (typeof sides === 'string')
        return { note: `no access plan: ${sides}` };
    const options = sides.proposes === false ? { propose: false } : {};
    if (view.deadline !== undefined)
        options.deadline = view.deadline;
    if (view.now !== undefined)
        options.now = view.now;
    try {
        return { plan: { plan: (0,plan/* computeAccessPlan */.Lm)(sides.before, sides.after, options), against: sides.against } };
    }
    catch (error) {
        if (error instanceof budget/* PlanCutShortError */.UK)
            return { note: cutShortNote(error) };
        if (!(error instanceof side/* PlanInputError */.eY))
            throw error;
        return { note: `no access plan: ${error.message}` };
    }
}
function cutShortNote(error) {
    switch (error.reason) {
        case 'timeout':
            return error.message;
        case 'size':
            return `no access plan: ${error.message}, past the plan's size limit`;
    }
}

;// CONCATENATED MODULE: ./src/report/build.ts
// The one place a mode's outcome becomes the report every surface renders.






const CONCURRENT_CHANGE_MESSAGE = 'the live policy changed while this run was applying it (HTTP 412, If-Match ' +
    'did not match); nothing was overwritten. Re-run this job to apply on top ' +
    'of the new version, after checking the other change in the admin console';
/**
 * Why only the offline check ran: no credentials. A fork's pull request gets no secrets; any other
 * run was given none, which is what an unset or misnamed secret reads as.
 */
function offlineReason(surface, secretsWithheld) {
    const why = surface === 'cli'
        ? `${CREDENTIAL_VARIABLES}, is not set`
        : secretsWithheld
            ? 'pull requests from forks get no secrets'
            : 'set "api-key", or "oauth-client-id" with "oauth-secret" or "audience", from a secret: ' +
                'one that is unset or misnamed reads as empty';
    return (`no Tailscale credentials were given (${why}). This is the offline check: syntax, validation ` +
        "and the policy's tests, evaluated without the tailnet's devices");
}
/** How to leave on-manual-edit "fail", and where the diff is, in the words of the run's surface. */
const MANUAL_EDIT_FAIL = {
    action: 'and on-manual-edit is "fail": nothing was applied. Bring the live version into the repository ' +
        '(see the diff in the job summary), or set on-manual-edit: warn to overwrite it',
    cli: 'and --on-manual-edit is fail: nothing was applied. Bring the live version into the repository ' +
        '(the diff below goes from it to the file), or pass --on-manual-edit warn to overwrite it',
};
/** Failing tests and errors fail the run; warnings only when the user asked for that. */
function build_verdict(report, failOnWarnings) {
    const failing = report.errors.length > 0 || report.testFailures.length > 0;
    return failing || (failOnWarnings && report.warnings.length > 0) ? 'failed' : 'passed';
}
function addFindings(report, found) {
    // Loops, not push(...list): a policy's test can hold more entries than a call takes arguments.
    for (const error of found.errors)
        report.errors.push(error);
    for (const failure of found.testFailures)
        report.testFailures.push(failure);
    for (const warning of found.warnings)
        report.warnings.push(warning);
    for (const notice of found.notices ?? [])
        report.notices.push(notice);
}
function addFacts(report, facts) {
    if (facts.local) {
        report.localText = facts.local.text;
        report.localEtag = facts.local.etag;
    }
    if (facts.live) {
        report.liveText = facts.live.text;
        report.controlEtag = facts.live.etag;
    }
    if (facts.origin)
        report.origin = facts.origin;
    for (const note of facts.notes)
        (note.severity === 'notice' ? report.notices : report.warnings).push(note);
}
function refusal(report, because, surface) {
    const limitation = report.origin?.kind === 'unknown' ? report.origin.limitation : undefined;
    const why = limitation === undefined
        ? `the live policy was edited outside git (it matches ${noVersionOf(report.origin)} this file)`
        : `the live policy matches no version of this file that this run can see (${limitation})`;
    switch (because) {
        case 'fail':
            return `${why}, ${MANUAL_EDIT_FAIL[surface]}`;
        case 'too-large-to-keep':
            return (`${why}, too large for the job summary to keep in full as on-manual-edit "warn" does: nothing ` +
                `was applied. Bring it into the repository from the admin console, then apply on top of it`);
    }
}
/** In test mode an unknown live policy beyond the visible history is a notice, not an edit. */
function originNotice(report) {
    if (report.mode !== 'test' || report.origin?.kind !== 'unknown' || report.origin.limitation === undefined)
        return undefined;
    return {
        severity: 'notice',
        message: `could not tell whether the live policy was edited outside git: ${report.origin.limitation}`,
    };
}
function driftFinding(report, failOnDrift) {
    if (report.drift === undefined || report.drift === 'in-sync' || report.origin === undefined)
        return undefined;
    const what = report.drift === 'behind'
        ? 'the repository has changes that were never applied'
        : 'the live policy was edited outside git';
    const message = `drift: ${what}; ${describeOrigin(report.origin, report.policyFile)}`;
    return { severity: failOnDrift ? 'error' : 'warning', message };
}
/** The outcomes where the file was checked but not written: offline, unchanged, validated. */
function addCheck(report, settings, outcome, secretsWithheld) {
    const engine = outcome.facts.engine;
    switch (outcome.kind) {
        case 'offline':
            if (engine) {
                const found = offlineFindings(engine);
                addFindings(report, found);
                report.undecidedOffline = found.undecided;
            }
            report.offlineReason = offlineReason(settings.surface, secretsWithheld);
            if (settings.surface === 'action' && !secretsWithheld)
                report.credentialsMissing = true;
            report.result = build_verdict(report, settings.failOnWarnings);
            return;
        case 'unchanged':
            report.origin = { kind: 'local' };
            if (engine)
                addFindings(report, unaskedFindings(engine));
            report.result = 'no-change';
            return;
        case 'validated': {
            const notice = originNotice(report);
            if (notice)
                report.notices.push(notice);
            addFindings(report, engine ? reconcile(outcome.api, engine) : outcome.api);
            report.result = build_verdict(report, settings.failOnWarnings);
            return;
        }
    }
}
/** The outcomes of a write, and of a run that stopped: applied, rejected, refused, conflict, stopped. */
function addWrite(report, outcome, surface) {
    report.result = 'failed';
    switch (outcome.kind) {
        case 'applied':
            report.applied = true;
            report.result = 'applied';
            // An ETag the write was answered with that is none (a proxy's weak one, say) is not passed
            // on, nor the one read before the write.
            report.controlEtag = hujson_etag/* POLICY_ETAG */.x.test(outcome.etag) ? outcome.etag : undefined;
            return;
        case 'rejected':
            addFindings(report, outcome.api);
            return;
        case 'refused':
            report.refusedOverEdit = true;
            report.errors.push({ severity: 'error', message: refusal(report, outcome.because, surface) });
            return;
        case 'conflict':
            report.liveText = outcome.current.text;
            report.controlEtag = outcome.current.etag;
            report.errors.push({ severity: 'error', message: CONCURRENT_CHANGE_MESSAGE });
            return;
        case 'stopped':
            report.errors.push({ severity: 'error', message: outcome.error.message });
            return;
    }
}
function addDrift(report, settings, state) {
    report.drift = state;
    const finding = driftFinding(report, settings.failOnDrift);
    if (finding)
        (finding.severity === 'error' ? report.errors : report.warnings).push(finding);
    report.result = state === 'in-sync' ? 'no-change' : settings.failOnDrift ? 'failed' : 'passed';
}
/**
 * Turns what a mode decided into the report; nothing changes the report after this. A `view`
 * that may not see the live policy gets a report without its text (and a notice saying so).
 */
function buildReport(settings, outcome, view = { livePolicyVisible: true }) {
    const report = emptyReport(settings.mode, settings.tailnet, settings.policyFile);
    addFacts(report, outcome.facts);
    const { plan, note } = accessPlan(outcome, view);
    if (plan)
        report.plan = plan;
    if (note !== undefined)
        report.planNote = note;
    report.manualEdit = isManualEdit(report.mode, report.origin);
    switch (outcome.kind) {
        case 'invalid-file':
            report.errors.push(outcome.error);
            report.result = 'failed';
            break;
        case 'offline':
        case 'unchanged':
        case 'validated':
            addCheck(report, settings, outcome, view.secretsWithheld === true);
            break;
        case 'applied':
        case 'rejected':
        case 'refused':
        case 'conflict':
        case 'stopped':
            addWrite(report, outcome, settings.surface);
            break;
        case 'drift':
            addDrift(report, settings, outcome.state);
            break;
    }
    return view.livePolicyVisible ? report : withoutLive(report);
}
const LIVE_TEXT_WITHHELD = 'the live policy is left out of this report: the pull request comes from ' +
    'a fork, and "show-live-policy-to-forks" is false, so nothing of the live ' +
    'policy (edits made outside git included) is shown to its author';
/**
 * The report for readers who may not see the live policy (the author of a fork's pull request,
 * through the comment, the public job summary and the outputs): its text, and so the diff, its
 * ETag, and whether it differs from the file left out. Else a fork could push guesses, one per
 * run, until the headline or `changed` said one was the live text.
 */
function withoutLive(report) {
    if (report.liveText === undefined && report.controlEtag === undefined)
        return report;
    const notices = [...report.notices, { severity: 'notice', message: LIVE_TEXT_WITHHELD }];
    return { ...report, liveText: undefined, controlEtag: undefined, notices };
}

;// CONCATENATED MODULE: ./src/runner/commands.ts
// The runner's workflow commands: lines on stdout of the form `::name key=value,key=value::data`
// that the GitHub runner turns into annotations, masks, log groups and debug lines. The same
// lines @actions/core writes, byte for byte (docs/runner-commands.md names the source of each
// rule), without loading the toolkit and the HTTP stack it imports at start-up.
/** os.EOL, without loading node:os at start-up for one constant. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** The data after `::`: `%`, CR and LF escaped, so the command stays on one line. */
function escapeData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
/** A property value: as data, and `:` and `,` too, which end a value. */
function escapeProperty(text) {
    return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
/** One command line, without its line break. Values that are '', 0 or undefined are omitted. */
function commandLine(name, properties, data) {
    const given = properties.filter(([, value]) => value !== undefined && value !== '' && value !== 0);
    const written = given.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
    return `::${name}${properties.length > 0 ? ` ${written}` : ''}::${escapeData(data)}`;
}
/**
 * An annotation's properties under the runner's names. Like the toolkit, no properties at all
 * write no space after the command name, while properties that are all empty still write one.
 */
function annotationProperties(properties) {
    if (Object.keys(properties).length === 0)
        return [];
    return [
        ['title', properties.title],
        ['file', properties.file],
        ['line', properties.startLine],
        ['endLine', properties.endLine],
        ['col', properties.startColumn],
        ['endColumn', properties.endColumn],
    ];
}
function issue(name, data, properties = []) {
    process.stdout.write(`${commandLine(name, properties, data)}${EOL}`);
}
/** A plain log line; the caller keeps workflow commands out of it (neutralizeLogLine). */
function info(message) {
    process.stdout.write(`${message}${EOL}`);
}
/** Shown only when the workflow runs with debug logging. */
function debug(message) {
    issue('debug', message);
}
function error(message, properties = {}) {
    issue('error', message, annotationProperties(properties));
}
function warning(message, properties = {}) {
    issue('warning', message, annotationProperties(properties));
}
function notice(message, properties = {}) {
    issue('notice', message, annotationProperties(properties));
}
/** Asks the runner to replace `secret` with *** wherever the log shows it. */
function setSecret(secret) {
    issue('add-mask', secret);
}
/** The step fails (exit code 1) with `message` as its error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Runs `work` inside a collapsible log group, closed however `work` ends. */
async function group(name, work) {
    issue('group', name);
    try {
        return await work();
    }
    finally {
        issue('endgroup', '');
    }
}

;// CONCATENATED MODULE: ./src/secrets.ts

const REDACTED = '***';
/** `text` with every occurrence of `secret` made `***`; an empty secret changes nothing. */
function withoutSecret(text, secret) {
    return secret === '' ? text : text.split(secret).join(REDACTED);
}
/**
 * Keeps every secret of the run. The runner masks registered secrets in the log only, so
 * everything the action writes itself (summary, outputs, comments, issues, error messages)
 * goes through `redact` as well.
 */
class SecretRegistry {
    mask;
    secrets = new Set();
    constructor(mask = setSecret) {
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
            result = withoutSecret(result, secret);
        return result;
    }
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
        throw new errors/* ApiError */.hD(`the Tailscale token endpoint ${path} answered without an access_token; ` +
            `check that the API URL is the Tailscale API`, 200);
    }
    if (response.status !== 200 || typeof answer.access_token !== 'string') {
        const hint = response.status === 401 || response.status === 400 || response.status === 403
            ? 'check the OAuth client id and its secret or federated identity settings in the Tailscale admin console'
            : 'try again later';
        throw new errors/* ApiError */.hD(`the Tailscale token endpoint ${path} answered HTTP ${response.status}: ${hint}`, response.status);
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
                throw new errors/* ApiError */.hD('no Tailscale credentials were given, so the API cannot be called', 401);
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

;// CONCATENATED MODULE: ./src/http/retry.ts
// When to try a request again, and how long to wait first. Pure, so it is tested by table.
const RETRY_STATUS_CODES = [429, 502, 503, 504];
/** Network failures worth another try; http.ts reports its own connect and idle timeouts as ETIMEDOUT. */
const RETRY_ERROR_CODES = [
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'EAI_AGAIN',
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
 * exponential backoff with "equal jitter": a random wait between half and all of the ceiling.
 * The random half spreads out parallel jobs hitting the same limit; the fixed half keeps every
 * retry a real back-off, where full jitter (anywhere from zero) may re-send at once into the
 * burst that was just refused, and our retries are bounded by the run's deadline, not a count.
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
        throw new errors/* ApiError */.hD(`${what}: the answer is not JSON; check that the API URL is the Tailscale API`, 200);
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
    // The HTTP client retries these until the next wait would pass the run's deadline, which may
    // be at once (a Retry-After longer than the time left): no count of retries is claimed.
    if (RETRY_STATUS_CODES.includes(status))
        return `the API kept answering ${status} until another try would not fit in the run's time left; try again later`;
    if (status >= 500)
        return 'the Tailscale API had an internal error; try again later';
    return 'an unexpected answer; check that the API URL is the Tailscale API';
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
        // apply answers a stale If-Match itself (it re-reads the live policy); the wording is its own.
        if (status === 412)
            throw new errors/* PreconditionFailedError */.k9(`${what} failed with HTTP 412${said}`, status, message);
        const hints = {
            401: 'the API key or OAuth client is wrong, expired or revoked; create a new ' +
                'one in the admin console and update the secret',
            403: `the credential lacks the "${scope}" scope; give the OAuth client or API key that scope`,
            404: `tailnet "${this.options.tailnet}" was not found; check ${this.options.tailnetSetting ?? settingName('action', 'tailnet')}, ` +
                `or use "-" for the credential's own tailnet`,
        };
        const hint = hints[status] ?? otherHint(status);
        const text = `${what} failed with HTTP ${status}${said}: ${hint}`;
        throw new errors/* ApiError */.hD(text, status, message, response.retried === true);
    }
    async getPolicy(scope = 'policy_file:read') {
        const response = await this.send('GET', '/acl', { accept: 'application/hujson' });
        if (response.status !== 200)
            this.fail(response, 'reading the live policy', scope);
        const etag = unquoteEtag(response.headers.etag);
        if (!hujson_etag/* POLICY_ETAG */.x.test(etag)) {
            throw new errors/* ApiError */.hD(`reading the live policy gave no usable ETag header ("${response.headers.etag ?? ''}"); ` +
                `is the API URL the Tailscale API?`, 200);
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
            return { kind: 'written', etag: unquoteEtag(response.headers.etag) };
        if (isRejection(response.status))
            return { kind: 'rejected', answer: parseValidationAnswer(response.body) };
        this.fail(response, 'writing the policy', 'policy_file');
    }
    async getJson(path, scope) {
        const response = await this.send('GET', path, { accept: 'application/json' });
        if (response.status !== 200)
            this.fail(response, `reading ${path}`, scope);
        return jsonAnswer(response.body, `reading ${path}`);
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/http/proxy.ts
// Behind a proxy: which variables Node's own proxy support gets, what the run must keep secret,
// and what to say when this Node.js does not read them (docs/proxy.md).
const PROXY_NAMES = ['https_proxy', 'HTTPS_PROXY'];
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Whether node:https of this Node.js version reads HTTPS_PROXY: 22.21 and 24.5 brought it (docs/proxy.md). */
function readsProxyVariables(nodeVersion) {
    const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
    return major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21);
}
/**
 * An older Node.js connects directly, which behind a proxy only times out: said at the end of a
 * failure, so its cause is no mystery.
 */
function ignoredProxy(env, nodeVersion) {
    const variables = proxyVariables(env);
    if (PROXY_NAMES.every((name) => variables[name] === undefined) || readsProxyVariables(nodeVersion))
        return '';
    return ` (HTTPS_PROXY is set, but Node.js ${nodeVersion} ignores it: use Node.js 22.21, 24.5 or later)`;
}
/**
 * The variables Node's proxy support reads, a value without a scheme taken as `http://`: Node
 * ignores `proxy.corp:3128`, which curl and the toolkit's own client accept (docs/proxy.md).
 */
function proxyVariables(env) {
    const out = {};
    for (const name of [...PROXY_NAMES, 'no_proxy', 'NO_PROXY']) {
        const value = env?.[name]?.trim();
        if (value === undefined || value === '')
            continue;
        out[name] = PROXY_NAMES.includes(name) && !SCHEME.test(value) ? `http://${value}` : value;
    }
    return out;
}
/** The password of each proxy URL, so that no message or log line can show it. */
function proxySecrets(env) {
    const variables = proxyVariables(env);
    return PROXY_NAMES.flatMap((name) => {
        const value = variables[name];
        if (value === undefined)
            return [];
        try {
            const password = decodeURIComponent(new URL(value).password);
            return password === '' ? [] : [password];
        }
        catch {
            // Not a URL: Node refuses it (transports), with our message, not its own.
            return [];
        }
    });
}

;// CONCATENATED MODULE: ./src/http/client.ts
// The one way the action and the CLI talk HTTP: node:http and node:https with keep-alive
// connections, our own retry loop (equal jitter, Retry-After, the run's deadline), and no API
// credential sent in clear text beyond this machine. HTTPS goes through the proxy HTTPS_PROXY
// names (proxy.ts), in a tunnel: TLS still ends at the API (an http:// proxy sees the host name,
// and the proxy's own password if its URL has one). The modules load on the first
// request, so a run that never calls an API does not pay for them.






/**
 * The largest answer read: a policy is at most 10 MiB, and a large tailnet's devices list some
 * tens. A server (or a proxy) that sends more is not read to the end of memory.
 */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
const TOO_LARGE = 'EANSWERTOOLARGE';
/** A connection that takes longer than this is given up (and retried, deadline permitting). */
const CONNECT_TIMEOUT_MS = 10_000;
/** So is one that stays silent this long while we wait for the answer. */
const IDLE_TIMEOUT_MS = 60_000;
/** A network failure with the code that decides whether to retry (ETIMEDOUT for our timeouts). */
function networkError(code, message) {
    return Object.assign(new Error(message), { code });
}
function firstValues(headers) {
    const result = {};
    for (const [name, values] of Object.entries(headers))
        if (values?.[0] !== undefined)
            result[name] = values[0];
    return result;
}
/** Reads the whole answer; the decoder drops a byte-order mark, as a fetch body's text() does. */
function readAnswer(response, maxBytes) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let total = 0;
        response.on('data', (chunk) => {
            total += chunk.length;
            if (total > maxBytes)
                response.destroy(networkError(TOO_LARGE, `more than ${maxBytes / 1048576} MiB`));
            else
                chunks.push(chunk);
        });
        response.on('error', reject);
        response.on('end', () => {
            const body = new TextDecoder().decode(Buffer.concat(chunks));
            resolve({ status: response.statusCode ?? 0, headers: firstValues(response.headersDistinct), body });
        });
    });
}
/** One request and its whole answer; rejects on a network failure, a timeout or the signal. */
function exchange(transport, req, signal, maxBytes) {
    const body = typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : req.body;
    const headers = body === undefined ? req.headers : { ...req.headers, 'content-length': String(body.byteLength) };
    return new Promise((resolve, reject) => {
        const outgoing = transport.request(req.url, {
            method: req.method,
            headers,
            agent: transport.agent,
            signal,
            timeout: IDLE_TIMEOUT_MS,
        });
        outgoing.on('timeout', () => outgoing.destroy(networkError('ETIMEDOUT', 'the server stopped answering')));
        outgoing.on('socket', (socket) => {
            if (!socket.connecting)
                return;
            const timer = setTimeout(() => outgoing.destroy(networkError('ETIMEDOUT', 'no connection')), CONNECT_TIMEOUT_MS);
            socket.once('connect', () => clearTimeout(timer));
            outgoing.once('close', () => clearTimeout(timer));
        });
        outgoing.on('error', reject);
        outgoing.on('response', (response) => readAnswer(response, maxBytes).then(resolve, reject));
        outgoing.end(body);
    });
}
/**
 * Every request of this client carries a credential (an Authorization header, or a token in
 * the form), so plain HTTP may go to this machine only; parseApiUrl says the same for inputs.
 */
function refuseCleartext(url) {
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname)))
        return;
    throw new errors/* ApiError */.hD(`refusing to send credentials to ${url.protocol}//${url.host} without TLS; use https:// ` +
        `(http:// is allowed only for loopback addresses)`, 0);
}
/**
 * `setting` names the run's limit; `hint` ends the message: ignoredProxy's word on a proxy this
 * Node.js does not read, or nothing.
 */
function timedOut(req, lastFailure, setting, hint) {
    const last = lastFailure ? ` (last failure: ${lastFailure})` : '';
    return new errors/* TimeoutError */.MU(`the run's timeout elapsed during ${req.method} ${req.url.pathname}${last}; ` +
        `raise ${setting} if the API is slow${hint}`);
}
function unreachable(req, why, hint) {
    return new errors/* ApiError */.hD(`could not reach ${req.url.host}: ${why}; check the API URL and the runner's network${hint}`, 0);
}
/** A proxy's refusal names its answer, never the proxy's URL: that may hold a password. */
function refusedTunnel(req, status) {
    const answer = status === undefined ? 'without an answer' : `(HTTP ${status})`;
    return new errors/* ApiError */.hD(`could not reach ${req.url.host}: the proxy in HTTPS_PROXY refused the tunnel ${answer}; ` +
        `check HTTPS_PROXY, its credentials, and NO_PROXY`, 0);
}
/**
 * The keep-alive pools, each made on its first request: HTTPS through the proxy, if any; HTTPS to
 * this machine, never through one (as the toolkit's client, docs/proxy.md); and plain HTTP, which
 * goes to loopback only (refuseCleartext), so it never crosses a proxy with a credential.
 */
function transports(proxyEnv) {
    // Promises, so that requests sent at once share the pool made for the first.
    const pools = new Map();
    const made = [];
    const make = async (kind) => {
        if (kind === 'plain') {
            const http = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
            return { request: http.request, agent: new http.Agent({ keepAlive: true }) };
        }
        const https = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23));
        // proxyEnv is Node's own option (22.21, 24.5); older versions ignore it.
        const options = { keepAlive: true };
        if (kind === 'proxied')
            options.proxyEnv = proxyVariables(proxyEnv);
        try {
            return { request: https.request, agent: new https.Agent(options) };
        }
        catch {
            // Node's own message quotes the whole URL, password included.
            throw new errors/* ApiError */.hD('HTTPS_PROXY is not a valid proxy URL; use http://[user:password@]host:port', 0);
        }
    };
    return {
        async get(url) {
            const kind = url.protocol !== 'https:' ? 'plain' : isLoopback(url.hostname) ? 'local' : 'proxied';
            let pool = pools.get(kind);
            if (pool === undefined) {
                pool = make(kind).then((transport) => (made.push(transport), transport));
                pools.set(kind, pool);
            }
            return pool;
        },
        close() {
            for (const transport of made)
                transport.agent.destroy();
        },
    };
}
/**
 * A client that retries 429, 502, 503, 504 and dropped or refused connections until the next
 * wait would pass the run's deadline. Every method is retried unless the request says `once`:
 * reads and validation are safe, the policy write is conditional (If-Match), and an edit of a
 * comment or an issue sets it to the same text again.
 */
function createHttpClient(options) {
    const now = options.now ?? Date.now;
    const random = options.random ?? Math.random;
    const backoff = options.backoff ?? DEFAULT_BACKOFF;
    const pools = transports(options.proxyEnv);
    const hint = ignoredProxy(options.proxyEnv, process.versions.node);
    const setting = options.timeoutSetting ?? settingName('action', 'timeout');
    return {
        async send(req) {
            refuseCleartext(req.url);
            const remaining = options.deadline - now();
            if (remaining <= 0)
                throw new errors/* TimeoutError */.MU(`the run's timeout elapsed before ${req.method} ${req.url.pathname}`);
            const signal = AbortSignal.timeout(remaining);
            const transport = await pools.get(req.url);
            let lastFailure = '';
            for (let attempt = 1;; attempt++) {
                let response;
                try {
                    response = await exchange(transport, req, signal, options.maxAnswerBytes ?? MAX_ANSWER_BYTES);
                    if (!RETRY_STATUS_CODES.includes(response.status))
                        return attempt > 1 ? { ...response, retried: true } : response;
                    lastFailure = `HTTP ${response.status}`;
                }
                catch (error) {
                    if (signal.aborted)
                        throw timedOut(req, lastFailure, setting, hint);
                    const failure = error;
                    if (failure.code === 'ERR_PROXY_TUNNEL')
                        throw refusedTunnel(req, failure.statusCode);
                    if (failure.code === TOO_LARGE) {
                        throw new errors/* ApiError */.hD(`${req.url.host} answered ${req.method} with ${failure.message}; check the API URL`, 0);
                    }
                    if (failure.code === undefined || !RETRY_ERROR_CODES.includes(failure.code)) {
                        throw unreachable(req, failure.code ?? failure.message, hint);
                    }
                    lastFailure = failure.code;
                }
                if (req.once === true) {
                    if (response !== undefined)
                        return response;
                    throw unreachable(req, lastFailure, hint);
                }
                const retryAfterMs = parseRetryAfter(response?.headers['retry-after'], now());
                const delay = retryDelay({ attempt, retryAfterMs, now: now(), deadline: options.deadline, random, backoff });
                if (delay === undefined) {
                    // Out of time: the last status alone (the client's hint says the API kept failing).
                    if (response !== undefined)
                        return { status: response.status, headers: {}, body: '', retried: attempt > 1 };
                    throw unreachable(req, lastFailure, hint);
                }
                options.onRetry?.(lastFailure, delay);
                await (0,external_node_timers_promises_.setTimeout)(delay, undefined, { signal }).catch(() => {
                    throw timedOut(req, lastFailure, setting, hint);
                });
            }
        },
        async close() {
            pools.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/tailscale/connect.ts
// The Tailscale client an entry point hands to a mode: HTTP pool, authenticator and API client,
// built in one call so the action and the CLI wire them the same way.




/** A client for the settings' API and tailnet; undefined without credentials (nothing is sent). */
function connect(settings, options) {
    if (settings.credentials.kind === 'none')
        return undefined;
    const { deadline, now, onRetry, proxyEnv } = options;
    const timeoutSetting = settingName(settings.surface, 'timeout');
    const http = options.http ?? createHttpClient({ deadline, now, onRetry, proxyEnv, timeoutSetting });
    const { apiUrl, tailnet, credentials } = settings;
    const auth = createAuthenticator(credentials, {
        http,
        apiUrl,
        secrets: options.secrets,
        getIdToken: options.getIdToken,
    });
    const tailnetSetting = options.tailnetSetting ?? settingName(settings.surface, 'tailnet');
    return { client: new TailscaleClient({ http, apiUrl, tailnet, tailnetSetting, auth }), close: () => http.close() };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/files.ts
var files = __webpack_require__(9141);
// EXTERNAL MODULE: ./src/cli/io.ts + 1 modules
var cli_io = __webpack_require__(6859);
;// CONCATENATED MODULE: ./src/cli/remote.ts
// `tailnet-policy test|apply|drift`: the action's engine for other CI systems and laptops. Each
// command takes its own flags (one table, so the help and the parser cannot disagree).




















const ALL = ['test', 'apply', 'drift'];
const FLAGS = {
    'policy-file': {
        value: 'FILE',
        default: './policy.hujson',
        help: 'policy file (default ./policy.hujson)',
        modes: ALL,
    },
    tailnet: {
        value: 'NAME',
        default: '-',
        help: "tailnet name, or - for the credential's own (default $TS_TAILNET, else -)",
        modes: ALL,
    },
    'api-url': { value: 'URL', default: DEFAULT_API_URL, help: `Tailscale API (default ${DEFAULT_API_URL})`, modes: ALL },
    'cache-file': {
        value: 'FILE',
        default: './version-cache.json',
        help: 'version cache {"PrevETag": ...}; \'\' for none (default ./version-cache.json)',
        modes: ['test', 'apply'],
    },
    base: {
        value: 'REV',
        default: 'HEAD',
        help: "commit the plan compares with offline: a merge request's target (default HEAD)",
        modes: ['test'],
    },
    'on-manual-edit': {
        value: 'MODE',
        default: 'warn',
        help: 'warn (overwrite it) or fail when the live policy was edited outside git (default warn)',
        modes: ['apply'],
    },
    'fail-on-warnings': { default: false, help: 'exit 1 when the API returns validation warnings', modes: ['test'] },
    'fail-on-drift': {
        default: false,
        help: 'exit 1 when the live policy differs from the repository',
        modes: ['drift'],
    },
    timeout: {
        value: 'DURATION',
        default: '5m',
        help: 'limit for the whole run, e.g. 5m or 90s (default 5m)',
        modes: ALL,
    },
};
const remote_ABOUT = {
    test: `Checks the policy offline, then validates it with the Tailscale API (acl/validate), which
also runs its tests. Without credentials only the offline check runs.`,
    apply: `Pushes the policy to Tailscale with If-Match set to a version it knows (the version cache
or the file's git history), so an edit made outside git is never overwritten unseen.`,
    drift: `Compares the live policy with the file and its git history: in-sync, behind (an older
commit) or drifted (edited outside git). Reads only; never writes the policy.`,
};
const flagsOf = (mode) => Object.entries(FLAGS).filter(([, flag]) => flag.modes.includes(mode));
function remoteUsage(mode) {
    const rows = flagsOf(mode).map(([name, flag]) => {
        const spelling = flag.value === undefined ? `--${name}` : `--${name} ${flag.value}`;
        return `  ${spelling.padEnd(23)}  ${flag.help}`;
    });
    return `Usage: tailnet-policy ${mode} [options]

${remote_ABOUT[mode]}

Options:
${rows.join('\n')}
  -h, --help               show this help

Credentials come from the environment, as for gitops-pusher: TS_API_KEY; or TS_OAUTH_ID with
TS_OAUTH_SECRET (OAuth client) or with TS_ID_TOKEN (workload identity federation).
Exit status: 0 success; 1 failure; 2 a usage error, or a policy file that cannot be read.
`;
}
function parseFlags(mode, args) {
    const options = { help: { type: 'boolean', short: 'h', default: false } };
    for (const [name, flag] of flagsOf(mode)) {
        options[name] =
            // No defaults here: a flag not given is undefined, so TS_TAILNET can stand in for --tailnet.
            flag.value === undefined ? { type: 'boolean' } : { type: 'string' };
    }
    try {
        return (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true });
    }
    catch (error) {
        const sentence = (0,cli_args/* firstSentence */.qi)((0,errors/* errorMessage */.gJ)(error));
        const flag = /^unknown option '--([^'=]+)'/.exec(sentence)?.[1];
        const owners = flag === undefined ? [] : (FLAGS[flag]?.modes ?? []);
        const elsewhere = owners.length > 0 ? `; it is an option of ${owners.join(' and ')}` : '';
        throw new errors/* InputError */.dz(`${sentence}${elsewhere}; run 'tailnet-policy ${mode} --help' for the options`);
    }
}
function commandFrom(mode, args, env) {
    const { values, positionals } = parseFlags(mode, args);
    if (values.help)
        return 'help';
    if (positionals.length > 0) {
        throw new errors/* InputError */.dz(`unexpected argument "${positionals[0]}"; give the file with --policy-file`);
    }
    // A flag this command does not take keeps its default, which the engine does not look at.
    const text = (name) => (values[name] ?? FLAGS[name].default);
    const on = (name) => (values[name] ?? FLAGS[name].default);
    const onManualEdit = text('on-manual-edit');
    if (onManualEdit !== 'warn' && onManualEdit !== 'fail') {
        throw new errors/* InputError */.dz(`--on-manual-edit: "${onManualEdit}" is not warn or fail`);
    }
    const credentials = chooseCredentials({ apiKey: env.TS_API_KEY, clientId: env.TS_OAUTH_ID, clientSecret: env.TS_OAUTH_SECRET, idToken: env.TS_ID_TOKEN }, { apiKey: 'TS_API_KEY', clientId: 'TS_OAUTH_ID', clientSecret: 'TS_OAUTH_SECRET', federated: 'TS_ID_TOKEN' });
    // As gitops-pusher, TS_TAILNET names the tailnet when --tailnet does not. Empty counts as
    // unset, as for the credentials: CI writes a variable nobody defined as ''.
    const fromEnv = values.tailnet === undefined && env.TS_TAILNET ? env.TS_TAILNET : undefined;
    const tailnetFrom = fromEnv === undefined ? '--tailnet' : 'TS_TAILNET';
    const settings = {
        mode,
        surface: 'cli',
        // The name goes into the API path, which `.`, `..` or a `/` would turn into another one.
        tailnet: parseTailnet(fromEnv ?? text('tailnet'), tailnetFrom),
        credentials,
        workspace: (0,files/* cliWorkspace */.cQ)(process.cwd()),
        policyFile: policyFileOf(values['policy-file']),
        apiUrl: parseApiUrl(text('api-url'), '--api-url'),
        cacheFile: text('cache-file'),
        onManualEdit,
        failOnWarnings: on('fail-on-warnings'),
        failOnDrift: on('fail-on-drift'),
        timeoutMs: (0,duration/* parseDuration */.E)(text('timeout'), '--timeout'),
        tailnetDevices: false,
    };
    const base = values.base;
    return base === undefined ? { settings, tailnetFrom } : { settings, base, tailnetFrom };
}
/** An empty --policy-file would be the current folder: said as what it is. */
function policyFileOf(given) {
    if (given === '')
        throw new errors/* InputError */.dz('--policy-file: the path is empty; name the policy file');
    return given ?? FLAGS['policy-file'].default;
}
/**
 * The commit --base names, resolved once; one that names none here is a usage error, before
 * anything is sent. The run's timeout covers git here too.
 */
async function baseCommit(settings, base, deadline) {
    const resolved = await resolveCommit(settings.workspace, base, deadline).catch((error) => {
        if (error instanceof errors/* TimeoutError */.MU)
            throw new errors/* TimeoutError */.MU(`--base: the timeout elapsed while git resolved ${quoteInput(base)}`);
        if (error instanceof errors/* GitMissingError */.bH)
            throw new errors/* InputError */.dz(`--base: cannot resolve ${quoteInput(base)}: ${error.message}`);
        throw error;
    });
    switch (resolved.kind) {
        case 'commit':
            return resolved.id;
        case 'none':
            throw new errors/* InputError */.dz(`--base: ${quoteInput(base)} names no commit of this checkout; fetch it first (e.g. git fetch origin main)`);
        case 'no-repository':
            throw new errors/* InputError */.dz(`--base: there is no git checkout here (${settings.workspace}) to read it from`);
    }
}
/**
 * The CLI's wiring: progress to stderr, a Tailscale client when there are credentials, git;
 * `beforeOverwrite` keeps a copy of an edit apply is about to overwrite.
 */
async function runWired({ settings, tailnetFrom }, base, { at: deadline, now }, io, secrets, beforeOverwrite) {
    const log = {
        info: (line) => io.stderr((0,cli_io/* errorLine */.BP)(secrets.redact(line))),
        debug: () => undefined,
        group: (_name, work) => work(),
    };
    const connection = connect(settings, {
        secrets,
        getIdToken: () => Promise.reject(new errors/* InputError */.dz('TS_ID_TOKEN is required with TS_OAUTH_ID for federated identity')),
        deadline,
        now,
        onRetry: (failure, delay) => log.info(`${failure}; retrying in ${(delay / 1000).toFixed(1)} s`),
        proxyEnv: io.env,
        tailnetSetting: tailnetFrom,
    });
    try {
        const history = gitFileHistory(settings.workspace, base, { at: deadline, now });
        return await runMode({ settings, client: connection?.client, history, log, deadline, now, beforeOverwrite });
    }
    finally {
        await connection?.close();
    }
}
async function run(mode, args, io, secrets) {
    const command = commandFrom(mode, args, io.env);
    if (command === 'help') {
        io.stdout(remoteUsage(mode));
        return cli_io/* EXIT_OK */.Ij;
    }
    const { settings } = command;
    if (settings.credentials.kind === 'none' && mode !== 'test') {
        throw new errors/* InputError */.dz(`${mode} needs credentials: set ${CREDENTIAL_VARIABLES}`);
    }
    await (0,files/* requireReadable */.CM)(mode, settings.policyFile, settings.workspace);
    const time = { at: Date.now() + settings.timeoutMs, now: Date.now };
    const base = command.base === undefined ? undefined : await baseCommit(settings, command.base, time);
    for (const secret of [...credentialSecrets(settings.credentials), ...proxySecrets(io.env)])
        secrets.add(secret);
    // Saved before the write, and said on stderr at once: a run cut short after it still leaves a copy.
    let kept;
    const outcome = await runWired(command, base, time, io, secrets, async (text) => {
        kept = await keepOverwritten(text);
        io.stderr((0,cli_io/* errorLine */.BP)(secrets.redact(`the live policy about to be overwritten: ${kept}`)));
    });
    // The plan has what is left of --timeout, a limit for the whole run: only printing follows it.
    const view = { livePolicyVisible: true, deadline: time.at, now: Date.now, baseline: command.base ?? 'HEAD' };
    const report = buildReport(settings, outcome, view);
    io.stdout((0,cli_io/* inertText */.UJ)(secrets.redact(renderText(report, kept))));
    return report.result === 'failed' ? cli_io/* EXIT_FAILED */.hj : cli_io/* EXIT_OK */.Ij;
}
/**
 * The live policy apply is about to overwrite, byte for byte in a file of its own in the temp
 * folder (the printed copy shows some characters by name): where it is, or why it could not be
 * written.
 */
async function keepOverwritten(text) {
    try {
        const file = external_node_path_default().join(await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'tailnet-policy-')), 'overwritten-policy.hujson');
        await (0,promises_.writeFile)(file, text, { flag: 'wx', mode: 0o600 });
        return `saved byte for byte in ${file}`;
    }
    catch (error) {
        return `no copy could be saved in the temp folder: ${(0,file_errors/* describeFileError */.S)(error)}; the one below is all there is`;
    }
}
function remoteCommand(mode) {
    return async (args, io) => {
        const secrets = new SecretRegistry(() => undefined);
        try {
            return await run(mode, args, io, secrets);
        }
        catch (error) {
            if (error instanceof files/* UnreadableFileError */.o2) {
                io.stderr((0,cli_io/* errorLine */.BP)(error.message));
                return cli_io/* EXIT_USAGE */.Ri;
            }
            io.stderr((0,cli_io/* errorLine */.BP)(`tailnet-policy ${mode}: ${secrets.redact((0,errors/* errorMessage */.gJ)(error))}`));
            if (error instanceof errors/* InputError */.dz)
                return cli_io/* EXIT_USAGE */.Ri;
            if (!(error instanceof errors/* ActionError */.lZ))
                io.stderr('this is a bug; please report it with the command you ran\n');
            return cli_io/* EXIT_FAILED */.hj;
        }
    };
}


/***/ }),

/***/ 4448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




const LINKED_SINCE = 'it became a symbolic link after it was checked, so nothing was written';
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
 * existing file keeps its mode, and a symbolic link is followed and stays a link. With
 * `resolved`, `file` is a real path already checked: a link found there is refused, and one made
 * there after that is replaced by the rename, not followed.
 */
async function writeFileAtomic(file, contents, { resolved = false } = {}) {
    const target = resolved ? node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file) : await resolveTarget(file);
    const existing = await (resolved ? node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat : node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target).catch(() => undefined);
    if (existing?.isSymbolicLink() === true)
        throw new Error(LINKED_SINCE);
    const existingMode = existing === undefined ? undefined : existing.mode & 0o7777;
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


/***/ }),

/***/ 5086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hM: () => (/* binding */ checkPolicy)
/* harmony export */ });
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1835);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3816);
/* harmony import */ var _decode_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8072);
/* harmony import */ var _decode_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3766);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6563);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8056);
/* harmony import */ var _network_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8323);
/* harmony import */ var _network_tests_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8618);
/* harmony import */ var _ssh_tests_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2654);
/* harmony import */ var _tailnet_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4219);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6114);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2250);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1350);
// The offline policy engine: validate a Tailscale policy file and evaluate its tests and
// sshTests, against a described tailnet or symbolically. Semantics: docs/policy-semantics.md.

















/** Validates a parsed policy and, when it is valid, runs its `tests` and `sshTests`. */
function checkPolicy(root, options = {}) {
    const mode = options.topology === undefined ? 'symbolic' : 'topology';
    const report = {
        mode,
        errors: [],
        warnings: [],
        notices: [],
        tests: [],
        summary: { passed: 0, failed: 0, unknown: 0 },
    };
    const reader = new _decode_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .Reader */ .mP();
    const policy = (0,_decode_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePolicy */ .V)(root, reader, options.extraKeys);
    if (reader.errors.length > 0) {
        report.errors = reader.errors;
        return report;
    }
    const tailnet = options.topology === undefined ? undefined : (0,_tailnet_js__WEBPACK_IMPORTED_MODULE_2__/* .buildTailnet */ .i)(options.topology);
    const domains = tailnet?.domains;
    const deadline = new _deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .Deadline */ .B(options.deadline, options.now, options.rangeLimit);
    const { context, findings, cutShort } = (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_4__/* .validatePolicy */ .t)(policy, domains === undefined ? {} : { domains }, deadline);
    if (tailnet !== undefined && !cutShort)
        warnUnknownMembers(policy, tailnet, findings);
    report.errors = cutShort ? [] : findings.errors;
    report.warnings = findings.warnings;
    report.notices = [...reader.notices, ...findings.notices];
    if (report.errors.length > 0)
        return report;
    const env = { context, match: (0,_match_js__WEBPACK_IMPORTED_MODULE_5__/* .matchEnvOf */ ._O)(policy, tailnet), resolved: new Map(), deadline };
    if (tailnet !== undefined)
        env.tailnet = tailnet;
    report.tests = cutShort ? [] : runTests(policy, env, deadline);
    // forEach here and an indexed loop in runTests: each runs once per test, mostly before V8
    // optimises it, where each step of a for-of makes an iterator result.
    report.tests.forEach(({ outcome }) => {
        report.summary[outcome === 'pass' ? 'passed' : outcome === 'fail' ? 'failed' : 'unknown']++;
    });
    if (deadline.cutShort) {
        report.cutShort = true;
        report.cutShortBy = deadline.reason ?? 'timeout';
        report.summary.unknown += policy.tests.length + policy.sshTests.length - report.tests.length;
    }
    return report;
}
/** Runs tests, then sshTests, until the deadline passes; tests not reached are left out. */
function runTests(policy, env, deadline) {
    const results = [];
    if (policy.tests.length > 0 && !deadline.passed(true)) {
        const rules = (0,_compile_js__WEBPACK_IMPORTED_MODULE_6__/* .compileNetworkRules */ .vE)(policy, env.context, deadline);
        // The rules without grants that have `via`, asked when only those may accept (network-tests.ts).
        const viaFree = rules.some((rule) => rule.via !== undefined)
            ? new _network_index_js__WEBPACK_IMPORTED_MODULE_7__/* .NetworkIndex */ .T(rules.filter((rule) => rule.via === undefined), env.match, deadline)
            : undefined;
        const runner = new _network_tests_js__WEBPACK_IMPORTED_MODULE_8__/* .NetworkTestRunner */ .B(env, new _network_index_js__WEBPACK_IMPORTED_MODULE_7__/* .NetworkIndex */ .T(rules, env.match, deadline), viaFree);
        for (let i = 0; i < policy.tests.length; i++) {
            if (deadline.passed(true))
                return results;
            results.push(runner.evaluate(policy.tests[i]));
        }
    }
    if (policy.sshTests.length > 0 && !deadline.passed(true)) {
        const rules = (0,_compile_js__WEBPACK_IMPORTED_MODULE_6__/* .compileSshRules */ .nI)(policy.ssh, env.context, { defaultUnsure: true, deadline });
        for (const test of policy.sshTests) {
            if (deadline.passed(true))
                return results;
            results.push((0,_ssh_tests_js__WEBPACK_IMPORTED_MODULE_9__/* .evaluateSshTest */ .em)(test, rules, env));
        }
    }
    return results;
}
function warnUnknownMembers(policy, tailnet, findings) {
    for (const group of policy.groups) {
        group.items.forEach((member, i) => {
            const login = member.text.trim();
            if (login.includes('@') && !login.startsWith('group:') && !tailnet.knownLogins.has((0,_unsure_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeLogin */ .tq)(login))) {
                findings.warning((0,_messages_js__WEBPACK_IMPORTED_MODULE_11__/* .userNotFoundWarning */ .PG)(group.name.text, login), member, `groups[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_12__/* .quoteKey */ ._)(group.name.text)}][${i}]`);
            }
        });
    }
}


/***/ })

};
;