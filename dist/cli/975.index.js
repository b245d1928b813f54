"use strict";
exports.id = 975;
exports.ids = [975];
exports.modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   G0: () => (/* binding */ deadlineOf),
/* harmony export */   cS: () => (/* binding */ DEFAULT_TIMEOUT),
/* harmony export */   hD: () => (/* binding */ helpHint),
/* harmony export */   iT: () => (/* binding */ ENGINE_OPTIONS),
/* harmony export */   qi: () => (/* binding */ firstSentence)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7840);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4226);




/**
 * The first sentence of a node:util parseArgs error, lower-cased to follow a prefix. Node adds
 * advice about its own syntax after it, worded differently from one version to the next.
 */
function firstSentence(message) {
    // "ambiguous" is Node's word for a value that starts with a dash; say what to write instead.
    const dashed = /^Option '(--[^']+)' argument is ambiguous/.exec(message)?.[1];
    if (dashed !== undefined)
        return `option '${dashed}' takes a value starting with "-" only as ${dashed}=VALUE`;
    const sentence = message.split(/\.\s/)[0].replace(/\.$/, '');
    return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
/** Where a usage error of `command` sends the user. */
const helpHint = (command) => `run 'tailnet-policy ${command} --help' for usage`;
/** node:util's parseArgs, its error made a UsageError: the first sentence, then where the help is. */
function parseCommandLine(command, config) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (error) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${firstSentence(error instanceof Error ? error.message : String(error))}; ${helpHint(command)}`);
    }
}
/**
 * How long `check` and `plan` may work on their files by default. The files may come from a
 * merge request, and a hostile policy may be built to take minutes and gigabytes: past this, the
 * rest is reported cut short, as in the action (whose engine takes half of its own timeout).
 */
const DEFAULT_TIMEOUT = '2m';
/** The options `check` and `plan` share: a tailnet description, JSON out, a time limit. */
const ENGINE_OPTIONS = {
    devices: { type: 'string' },
    // Taken only to say where it went: in test, apply and drift it is the tailnet's name.
    tailnet: { type: 'string' },
    json: { type: 'boolean', default: false },
    timeout: { type: 'string', default: DEFAULT_TIMEOUT },
    help: { type: 'boolean', short: 'h', default: false },
};
/** The deadline `--timeout` sets, counted from now; a bad duration is a usage error. */
function deadlineOf(timeout) {
    try {
        return { deadline: Date.now() + (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(timeout, '--timeout'), now: Date.now };
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(error.message);
        throw error;
    }
}


/***/ }),

/***/ 9141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ requireReadable),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   TF: () => (/* binding */ STDIN),
/* harmony export */   aN: () => (/* binding */ resolveFileArgument),
/* harmony export */   cQ: () => (/* binding */ cliWorkspace),
/* harmony export */   g$: () => (/* binding */ tooLarge),
/* harmony export */   kz: () => (/* binding */ readFileArgument),
/* harmony export */   o2: () => (/* binding */ UnreadableFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_file_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5317);
/* harmony import */ var _files_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9622);
// How every command reads the files it is named: `-` is standard input, and a file that cannot
// be read (missing, a directory, no permission) is one rule everywhere: the line
// `tailnet-policy <command>: cannot read FILE: reason` and exit status 2. Commands that take
// several files go on with the others.




const STDIN = '-';
/**
 * The CLI's workspace: the nearest folder at or above `cwd` holding a `.git` entry (a checkout's
 * root), else `cwd` itself. Never a folder found from the policy file, which a pull request
 * may have planted; a bare repository is never taken as a checkout either.
 */
function cliWorkspace(cwd) {
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd);; dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git')))
            return dir;
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) === dir)
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd);
    }
}
/** The name messages use for a file argument. */
function displayName(file) {
    return file === STDIN ? '<stdin>' : file;
}
/** A file argument that cannot be read; `message` is the whole line, without the newline. */
class UnreadableFileError extends Error {
    name = 'UnreadableFileError';
    constructor(command, file, reason) {
        super(`tailnet-policy ${command}: cannot read ${displayName(file)}: ${reason}`);
    }
}
// In CI the named file comes from a merge request: a link to a device or a pipe must not hang
// the job, nor a huge file exhaust it. O_NONBLOCK: opening a pipe does not wait for a writer.
// A real path inside the checkout, just resolved, opens as the action opens its files
// (RESOLVED_OPEN_FLAGS, which adds O_NOFOLLOW).
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const LINKED_SINCE = 'a symbolic link made while it was being read, so it is not read; name the file itself';
/**
 * What to open (or write) for a file argument, or why it may not be: a link that leads out of
 * the checkout. In CI the checkout is a merge request's, and its `policy.hujson` may lead to the
 * runner's credentials; a file the command line names outside the checkout is the caller's own
 * choice. A file is inside when its path as written is, or when it passes through the checkout
 * (so an absolute path through a link to the checkout is inside too): the checkout's content
 * then decides where it leads, a file or a folder of it linked anywhere. Inside, the file's real
 * path must be in the checkout and is used, and a link put in its place after this check is
 * refused, not followed.
 */
function resolveFileArgument(file, use = 'read') {
    const workspace = cliWorkspace(process.cwd());
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(lexical));
    const named = (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, lexical) || (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), lexical);
    if (!named && !passesThrough(realRoot, lexical, folder))
        return { path: file, resolved: false };
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(lexical);
    if ((0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, real))
        return { path: real, resolved: true };
    // The file itself may be a plain file whose folder (or a folder above it) is the link.
    const how = isAtOrInside(realRoot, folder) ? 'a symbolic link' : 'reached through a folder linked';
    return `${how} to a place outside the checkout (${realRoot}), so it is not ${use}; name the file itself`;
}
const isAtOrInside = (root, dir) => dir === root || (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, dir);
/**
 * Whether a folder on the way to `lexical` really is the checkout or lies in it, once its links
 * are followed (`folder` is its own folder's real path, already known). Every folder up to the
 * file system's root is looked at: `/alias/linked/policy.hujson`, with `/alias` a link to the
 * checkout and `linked` the checkout's link out, passes through the checkout at `/alias`.
 */
function passesThrough(realRoot, lexical, folder) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(lexical);
    let real = folder;
    while (!isAtOrInside(realRoot, real)) {
        const up = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (up === dir)
            return false;
        dir = up;
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    return true;
}
function openTarget(target) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target.path, target.resolved ? _files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .RESOLVED_OPEN_FLAGS */ .GD : OPEN_FLAGS);
    }
    catch (error) {
        if (target.resolved && error.code === 'ELOOP')
            return LINKED_SINCE;
        throw error;
    }
}
/** Why a file past the size cap is not read; `kind` names the limit's files. */
function tooLarge(kind = 'policy files') {
    return `larger than ${_files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_BYTES */ .gZ / (1024 * 1024)} MiB, the limit for ${kind}`;
}
/**
 * The file's bytes, or why it cannot be read. Synchronous on purpose: commands read their files
 * one at a time, and one buffer of the size fstat gives, filled by read calls, costs far less
 * than the promise API's chunks and the copy that joins them. `kind` names the limit's files.
 */
function readFileArgument(file, kind = 'policy files') {
    const target = resolveFileArgument(file);
    if (typeof target === 'string')
        return target;
    const fd = openTarget(target);
    if (typeof fd === 'string')
        return fd;
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (info.isDirectory())
            return (0,_files_file_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFileError */ .S)({ code: 'EISDIR' });
        if (!info.isFile())
            return 'not a regular file (a device, a pipe or a socket)';
        const tooBig = tooLarge(kind);
        if (info.size > _files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_BYTES */ .gZ)
            return tooBig;
        // One byte more than fstat's size shows a file that grew since; it may grow up to one byte
        // past the cap, which is then refused.
        let buffer = Buffer.allocUnsafe(info.size + 1);
        let total = 0;
        for (;;) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, total, buffer.length - total, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > _files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_BYTES */ .gZ)
                return tooBig;
            if (total === buffer.length)
                buffer = enlarged(buffer, Math.min(buffer.length * 2, _files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_BYTES */ .gZ + 1));
        }
        return buffer.subarray(0, total);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function enlarged(buffer, size) {
    const bigger = Buffer.allocUnsafe(size);
    buffer.copy(bigger);
    return bigger;
}
/**
 * A file argument's bytes, or standard input's for `-`, held to the same limit; standard input
 * also to `until` (a Date.now() time), a run's deadline. Throws UnreadableFileError saying why not.
 */
async function readInput(command, file, io, until) {
    let result;
    try {
        result = file === STDIN ? stdinReason(await io.readStdin(_files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_BYTES */ .gZ, until)) : readFileArgument(file);
    }
    catch (error) {
        result = (0,_files_file_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFileError */ .S)(error);
    }
    if (typeof result === 'string')
        throw new UnreadableFileError(command, file, result);
    return result;
}
/** Standard input's bytes, or why they were not read, in the words a file's limit uses. */
function stdinReason(read) {
    if (read === 'too large')
        return tooLarge();
    return read === 'timed out' ? 'the input did not end before the timeout' : read;
}
/**
 * For commands whose engine reads the file itself (test, apply, drift): the engine's rules (a
 * regular file inside the checkout, at most 10 MiB), checked before any request, with this
 * module's words and exit status.
 */
async function requireReadable(command, file, workspace) {
    try {
        await (0,_files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .checkWorkspaceFile */ .K$)(file, workspace, '--policy-file');
    }
    catch (error) {
        // A refusal says what the file "is"; here it follows "cannot read FILE:".
        const reason = error instanceof _files_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusedFileError */ .pc ? error.reason.replace(/^is /, '') : (0,_files_file_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFileError */ .S)(error);
        throw new UnreadableFileError(command, file, reason);
    }
}


/***/ }),

/***/ 4226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A command-line input the command cannot use: one line on stderr, exit status 2. */
class UsageError extends Error {
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5432);


/** Node's timers hold at most 2^31-1 ms; a day is far more than any run needs anyway. */
const MAX_MS = 24 * 3_600_000;
/**
 * Parses the `timeout` input: Go's duration notation (`5m`, `90s`, `1m30s`), the one the
 * reference action's users already write, read by the same parser that reads a policy's
 * `checkPeriod`. A bare number means seconds.
 */
function parseDuration(text, label) {
    const trimmed = text.trim();
    const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1_000 : goMs(trimmed);
    if (ms === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: "${text}" is not a duration; write it like 5m, 90s or 1m30s`);
    if (ms <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: the duration must be more than zero`);
    if (ms > MAX_MS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: "${text}" is more than 24h; give a shorter duration`);
    return ms;
}
function goMs(text) {
    const parsed = (0,_policy_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoDuration */ .Qu)(text);
    return parsed.ok ? Math.round(Number(parsed.nanos / 1000n) / 1_000) : undefined;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   bH: () => (/* binding */ GitMissingError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   k9: () => (/* binding */ PreconditionFailedError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   zj: () => (/* binding */ PolicyFileError)
/* harmony export */ });
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
    retried;
    name = 'ApiError';
    constructor(message, status, serverMessage, 
    /** The request was sent more than once: an earlier attempt may have done its work. */
    retried = false) {
        super(message);
        this.status = status;
        this.serverMessage = serverMessage;
        this.retried = retried;
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
/** git could not start: it is not installed, or not on PATH. Callers say what it was to read. */
class GitMissingError extends ActionError {
    name = 'GitMissingError';
    constructor() {
        super('git was not found (install it, or put it on PATH)');
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 5317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ describeFileError)
/* harmony export */ });
const FILE_ERRORS = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory, not a file',
    ENOTDIR: 'a part of the path is not a directory',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'the path is too long',
};
/** A file system error in plain words, without Node's syscall and path decoration. */
function describeFileError(error) {
    const code = error?.code;
    if (code !== undefined && FILE_ERRORS[code] !== undefined)
        return FILE_ERRORS[code];
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 5771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   On: () => (/* binding */ readLocalPolicy),
/* harmony export */   vR: () => (/* binding */ parsePolicyBytes)
/* harmony export */ });
/* unused harmony export parseLocalPolicy */
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6460);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6530);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8246);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4306);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _file_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5317);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9622);




/**
 * Reads `file` (relative to the current directory), which must be a regular file inside
 * `workspace`; `setting` is the setting that named it, as messages name it (settingName).
 */
async function readLocalPolicy(file, workspace, setting) {
    let bytes;
    try {
        bytes = (await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceFile */ .sL)(file, workspace, setting)).bytes;
    }
    catch (error) {
        if (error instanceof _workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusedFileError */ .pc)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyFileError */ .zj(error.reason, file);
        const missing = error.code === 'ENOENT';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyFileError */ .zj(missing ? `no such file; check ${setting}` : (0,_file_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFileError */ .S)(error), file);
    }
    return parseLocalPolicy(file, bytes);
}
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
function parseLocalPolicy(file, bytes) {
    const root = parsePolicyBytes(file, bytes);
    return { file, bytes, text: Buffer.from(bytes).toString('utf8'), root, etag: etagOf(file, root) };
}
/** The file's ETag; a file too large once formatted is refused as a file too large to read is. */
function etagOf(file, root) {
    try {
        return (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_3__/* .etag */ .w)(root);
    }
    catch (error) {
        if (error instanceof _hujson_index_js__WEBPACK_IMPORTED_MODULE_4__/* .FormattedTooLargeError */ .eE)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyFileError */ .zj(error.message, file);
        throw error;
    }
}
/**
 * A policy file's bytes, parsed the one way every command reads them (the action, and the CLI's
 * fmt, check, test, apply and drift), so a bad file gets the same verdict and the same words
 * from each; PolicyFileError names the file, and the line and column where there is one.
 */
function parsePolicyBytes(file, bytes) {
    const bom = byteOrderMark(file, bytes);
    if (bom !== undefined)
        throw bom;
    let root;
    try {
        root = (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .q)(bytes);
    }
    catch (error) {
        if (!(error instanceof _hujson_index_js__WEBPACK_IMPORTED_MODULE_4__/* .HujsonSyntaxError */ .VV))
            throw error;
        if (holdsNoValue(bytes)) {
            const reason = 'the file is empty (only blank space or comments); a policy file holds one JSON object';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyFileError */ .zj(`${reason}, at least {}`, file);
        }
        // The cause keeps Go's full wording, which `check --json` reports as the API would.
        const hint = unterminatedComment(bytes, error);
        const message = shortened(error.message);
        const reason = hint === undefined ? message : `${message}; ${hint}`;
        throw Object.assign(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyFileError */ .zj(reason, file, error.line, error.column), { cause: error });
    }
    const invalid = invalidUtf8(file, bytes);
    if (invalid !== undefined)
        throw invalid;
    return root;
}
const SLASH = 0x2f;
/** Most characters of a syntax error's message a line shows (Go quotes a bad token whole). */
const MAX_MESSAGE_CHARACTERS = 1_000;
function shortened(message) {
    if (message.length <= MAX_MESSAGE_CHARACTERS)
        return message;
    const kept = Array.from(message.slice(0, MAX_MESSAGE_CHARACTERS));
    // A surrogate pair cut in two leaves half a character: dropped.
    if (/[\ud800-\udbff]$/.test(kept.at(-1) ?? ''))
        kept.pop();
    return `${kept.join('')}… (${message.length} characters in all)`;
}
/** How to end a comment the file leaves open; Go's hujson ends a // comment only at a newline. */
function unterminatedComment(bytes, error) {
    if (error.message !== 'parsing comment: unexpected EOF')
        return undefined;
    return bytes[error.offset + 1] === SLASH
        ? 'a // comment needs a newline after it: end the file with one'
        : 'a /* comment needs its closing */';
}
function byteOrderMark(file, bytes) {
    if (!BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte))
        return undefined;
    const reason = 'the file starts with a byte-order mark, which HuJSON does not allow; save it as UTF-8 without BOM';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyFileError */ .zj(reason, file, 1, 1);
}
// Go keeps invalid UTF-8 inside strings, but the API would not store those bytes as they
// are, and the live ETag would never match the file again.
function invalidUtf8(file, bytes) {
    const invalid = (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_6__/* .invalidUtf8Offset */ .CK)(bytes);
    if (invalid === -1)
        return undefined;
    const { line, column } = (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_4__/* .positionAt */ .t$)(bytes, invalid);
    const byte = bytes[invalid].toString(16).padStart(2, '0');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyFileError */ .zj(`byte 0x${byte} is not valid UTF-8; save the file as UTF-8`, file, line, column);
}
/**
 * Whether a file that failed to parse holds nothing but blank space and comments: then a value
 * placed after it parses (after a newline, which ends a trailing line comment). Error path only.
 */
function holdsNoValue(bytes) {
    try {
        (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .q)(Buffer.concat([bytes, Buffer.from('\n{}')]));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 9622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   GD: () => (/* binding */ RESOLVED_OPEN_FLAGS),
/* harmony export */   K$: () => (/* binding */ checkWorkspaceFile),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   pc: () => (/* binding */ RefusedFileError),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* unused harmony export resolveInWorkspace */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The files the action reads come from a checkout that a pull request controls. A path may be a
// symbolic link to anything (the runner's credentials, /dev/zero), so every file input must
// resolve to a regular file inside the workspace, and is read only up to a size cap.
// node:fs's `promises`, not node:fs/promises: loading that module costs a run about 5 ms, and
// the CLI, which reads through this module's checks, never needs it.


/** Policy and cache files larger than this are refused (documented in README.md). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** A file input that points where the action never reads; `reason` follows the file's name. */
class RefusedFileError extends Error {
    reason;
    name = 'RefusedFileError';
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
/** Whether `file` lies below `root` (a name that merely starts with `..`, like `..x.hujson`, does). */
function isInside(root, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
    const up = relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`);
    return relative !== '' && !up && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative);
}
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    return 'a device';
}
/** What every refusal says about the rule, naming the setting as settingName words it. */
function rule(setting, root) {
    return `${setting} must name a regular file inside the workspace (${root})`;
}
/**
 * The real path of `file` (relative to the current directory), after every symbolic link, when
 * it lies inside the real `workspace`; otherwise RefusedFileError. Errors of the file system
 * (ENOENT above all) pass through.
 */
async function resolveInWorkspace(file, workspace, setting) {
    const root = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(workspace);
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    const real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(lexical);
    if (isInside(root, real))
        return real;
    if (real === root)
        throw new RefusedFileError(`is a directory, not a regular file; ${rule(setting, root)}`);
    const where = isInside(root, lexical) || isInside(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), lexical)
        ? 'is a symbolic link to a place outside the workspace'
        : 'is outside the workspace';
    throw new RefusedFileError(`${where}, so it is not read; ${rule(setting, root)}`);
}
// O_NONBLOCK: opening a named pipe must not wait for a writer. O_NOFOLLOW: the path was just
// resolved; a link appearing there since is refused (both are 0 where the OS lacks them).
const RESOLVED_OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 64 * 1024;
function tooLarge(maxBytes, setting) {
    return new RefusedFileError(`is larger than ${maxBytes / (1024 * 1024)} MiB, the limit for ${setting}; nothing of it was read`);
}
/** A regular file inside the workspace, opened, no larger than `maxBytes` when fstat looked. */
async function openWorkspaceFile(file, workspace, setting, maxBytes) {
    const real = await resolveInWorkspace(file, workspace, setting);
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(real, RESOLVED_OPEN_FLAGS);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new RefusedFileError(`is ${kindOf(info)}, not a regular file; ${rule(setting, await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(workspace))}`);
        if (info.size > maxBytes)
            throw tooLarge(maxBytes, setting);
        return { real, handle };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/**
 * Whether readWorkspaceFile would read the file, looked at without reading it: a refusal is
 * RefusedFileError, a file system error passes through. The CLI asks before a run starts.
 */
async function checkWorkspaceFile(file, workspace, setting) {
    const { handle } = await openWorkspaceFile(file, workspace, setting, MAX_FILE_BYTES);
    await handle.close();
}
/**
 * Reads a regular file inside the workspace, at most `maxBytes` (one byte more is read to see
 * that a file has not grown past the cap since fstat). Returns the real path and the bytes.
 */
async function readWorkspaceFile(file, workspace, setting, maxBytes = MAX_FILE_BYTES) {
    const { real, handle } = await openWorkspaceFile(file, workspace, setting, maxBytes);
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > maxBytes)
                throw tooLarge(maxBytes, setting);
        }
        return { real, bytes: Buffer.concat(chunks, total) };
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 4306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ invalidUtf8Offset),
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   Fh: () => (/* binding */ hexValue),
/* harmony export */   HT: () => (/* binding */ HT),
/* harmony export */   Hv: () => (/* binding */ OPEN_BRACE),
/* harmony export */   IS: () => (/* binding */ countByte),
/* harmony export */   KE: () => (/* binding */ COMMA),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   RB: () => (/* binding */ isJsonSpace),
/* harmony export */   RO: () => (/* binding */ trimEndUnicodeSpace),
/* harmony export */   SP: () => (/* binding */ SP),
/* harmony export */   UB: () => (/* binding */ decodeCodePoint),
/* harmony export */   Vw: () => (/* binding */ STAR),
/* harmony export */   WL: () => (/* binding */ OPEN_BRACKET),
/* harmony export */   ZJ: () => (/* binding */ toBytes),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   o: () => (/* binding */ SLASH),
/* harmony export */   oH: () => (/* binding */ COLON),
/* harmony export */   qk: () => (/* binding */ indexOfByte),
/* harmony export */   ql: () => (/* binding */ isValidUtf8),
/* harmony export */   r_: () => (/* binding */ BACKSLASH),
/* harmony export */   rc: () => (/* binding */ CLOSE_BRACE),
/* harmony export */   u2: () => (/* binding */ encodeCodePoint),
/* harmony export */   vg: () => (/* binding */ utf8SequenceLength),
/* harmony export */   wt: () => (/* binding */ CLOSE_BRACKET)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
// Byte-level helpers shared by the parser and the formatter. Everything works on UTF-8 bytes,
// because Go's hujson does and every width, offset and column it reports is a byte count.

const HT = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const QUOTE = 0x22;
const STAR = 0x2a;
const COMMA = 0x2c;
const SLASH = 0x2f;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const encoder = new TextEncoder();
/**
 * The input as a plain Uint8Array. A Buffer is viewed as one (no copy): slicing a Buffer makes
 * Buffers, whose construction costs far more than a plain view's.
 */
function toBytes(input) {
    if (typeof input === 'string')
        return encoder.encode(input);
    if (Object.getPrototypeOf(input) === Uint8Array.prototype)
        return input;
    return new Uint8Array(input.buffer, input.byteOffset, input.length);
}
/** The four JSON whitespace bytes; nothing else counts when parsing. */
/** The value of a hex digit's code (a byte, or a character's code unit), or -1 for any other. */
function hexValue(code) {
    if (code === undefined)
        return -1;
    if (code >= 0x30 && code <= 0x39)
        return code - 0x30;
    if (code >= 0x61 && code <= 0x66)
        return code - 0x57;
    if (code >= 0x41 && code <= 0x46)
        return code - 0x37;
    return -1;
}
function isJsonSpace(byte) {
    return byte === SP || byte === LF || byte === HT || byte === CR;
}
/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 if the bytes there are not a
 * complete, shortest-form, non-surrogate sequence (what Go's utf8.DecodeRune calls an error).
 */
function utf8SequenceLength(bytes, i, end) {
    const b0 = bytes[i];
    if (b0 < 0x80)
        return 1;
    if (b0 < 0xc2 || b0 > 0xf4)
        return 0;
    if (i + 1 >= end)
        return 0;
    const b1 = bytes[i + 1];
    if (b0 < 0xe0)
        return b1 >= 0x80 && b1 <= 0xbf ? 2 : 0;
    let low = 0x80;
    let high = 0xbf;
    if (b0 === 0xe0)
        low = 0xa0;
    else if (b0 === 0xed)
        high = 0x9f;
    else if (b0 === 0xf0)
        low = 0x90;
    else if (b0 === 0xf4)
        high = 0x8f;
    if (b1 < low || b1 > high || i + 2 >= end || !isContinuation(bytes[i + 2]))
        return 0;
    if (b0 < 0xf0)
        return 3;
    return i + 3 < end && isContinuation(bytes[i + 3]) ? 4 : 0;
}
function isContinuation(byte) {
    return (byte & 0xc0) === 0x80;
}
/** The code point of a sequence already checked by utf8SequenceLength. */
function decodeCodePoint(bytes, i, length) {
    const b0 = bytes[i];
    if (length === 1)
        return b0;
    if (length === 2)
        return ((b0 & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
    if (length === 3)
        return ((b0 & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
    return ((b0 & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
}
/** Offset of the first byte that does not begin a valid UTF-8 sequence, or -1 when all are valid. */
function invalidUtf8Offset(bytes, start = 0, end = bytes.length) {
    // Node's check is native and agrees with Go on validity (shortest form, no surrogates,
    // nothing above U+10FFFF); only an invalid input needs the walk that finds the offset.
    if (end - start > 256 && (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(start, end)))
        return -1;
    let i = start;
    while (i < end) {
        if (bytes[i] < 0x80) {
            i++;
            continue;
        }
        const length = utf8SequenceLength(bytes, i, end);
        if (length === 0)
            return i;
        i += length;
    }
    return -1;
}
function isValidUtf8(bytes, start, end) {
    return invalidUtf8Offset(bytes, start, end) === -1;
}
/** Writes a code point as UTF-8 at `at`; returns the number of bytes written. */
function encodeCodePoint(out, at, codePoint) {
    if (codePoint < 0x80) {
        out[at] = codePoint;
        return 1;
    }
    if (codePoint < 0x800) {
        out[at] = 0xc0 | (codePoint >> 6);
        out[at + 1] = 0x80 | (codePoint & 0x3f);
        return 2;
    }
    if (codePoint < 0x10000) {
        out[at] = 0xe0 | (codePoint >> 12);
        out[at + 1] = 0x80 | ((codePoint >> 6) & 0x3f);
        out[at + 2] = 0x80 | (codePoint & 0x3f);
        return 3;
    }
    out[at] = 0xf0 | (codePoint >> 18);
    out[at + 1] = 0x80 | ((codePoint >> 12) & 0x3f);
    out[at + 2] = 0x80 | ((codePoint >> 6) & 0x3f);
    out[at + 3] = 0x80 | (codePoint & 0x3f);
    return 4;
}
/**
 * The end of `bytes[start, end)` once trailing Unicode space (Go's unicode.IsSpace) is removed.
 * JavaScript's trimEnd uses a different set (it strips U+FEFF, keeps U+0085), hence this.
 * Matching whole encodings at the very end is equivalent to Go's utf8.DecodeLastRune loop.
 */
function trimEndUnicodeSpace(bytes, start, end) {
    let e = end;
    while (e > start) {
        const width = unicodeSpaceWidthBefore(bytes, start, e);
        if (width === 0)
            break;
        e -= width;
    }
    return e;
}
function unicodeSpaceWidthBefore(bytes, start, end) {
    const last = bytes[end - 1];
    if (last < 0x80)
        return last === SP || (last >= HT && last <= CR) ? 1 : 0;
    if (end - start >= 2 && bytes[end - 2] === 0xc2 && (last === 0x85 || last === 0xa0))
        return 2;
    if (end - start < 3)
        return 0;
    const lead = bytes[end - 3];
    const middle = bytes[end - 2];
    if (lead === 0xe1)
        return middle === 0x9a && last === 0x80 ? 3 : 0;
    if (lead === 0xe3)
        return middle === 0x80 && last === 0x80 ? 3 : 0;
    if (lead !== 0xe2)
        return 0;
    if (middle === 0x80)
        return last <= 0x8a || last === 0xa8 || last === 0xa9 || last === 0xaf ? 3 : 0;
    return middle === 0x81 && last === 0x9f ? 3 : 0;
}
/**
 * The first `byte` in [start, end), or -1. Unlike `indexOf`, it never looks past `end`: a search
 * per comment that ran on to the next line feed would cost the rest of the file each time.
 */
function indexOfByte(bytes, byte, start, end) {
    for (let i = start; i < end; i++)
        if (bytes[i] === byte)
            return i;
    return -1;
}
function countByte(bytes, byte, start, end) {
    let count = 0;
    for (let i = start; i < end; i++)
        if (bytes[i] === byte)
            count++;
    return count;
}


/***/ }),

/***/ 6736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ AFTER_SHIFT),
/* harmony export */   An: () => (/* binding */ STRING),
/* harmony export */   Cq: () => (/* binding */ NULL),
/* harmony export */   Oh: () => (/* binding */ ESCAPED),
/* harmony export */   Qo: () => (/* binding */ EXTRA_INFO),
/* harmony export */   RN: () => (/* binding */ LF_COUNT),
/* harmony export */   VW: () => (/* binding */ TRAILING_COMMA),
/* harmony export */   W8: () => (/* binding */ FALSE),
/* harmony export */   YK: () => (/* binding */ COMMENT),
/* harmony export */   a2: () => (/* binding */ NON_ASCII),
/* harmony export */   iq: () => (/* binding */ HAS_ITEMS),
/* harmony export */   nv: () => (/* binding */ HujsonDocument),
/* harmony export */   pR: () => (/* binding */ CLOSING_SHIFT),
/* harmony export */   qv: () => (/* binding */ OBJECT),
/* harmony export */   rT: () => (/* binding */ TRUE),
/* harmony export */   sO: () => (/* binding */ ARRAY),
/* harmony export */   uk: () => (/* binding */ NUMBER)
/* harmony export */ });
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6935);
// The parsed form of a HuJSON document: flat typed arrays over the source bytes instead of an
// object per value. Each value is an index, numbered in document order (a composite comes just
// before its first item, and an object's items alternate name, value). Extras (runs of
// whitespace and comments, spec 1.1) are never copied: they are the byte ranges between a
// value and the punctuation around it. Line and column are worked out from an offset only when
// someone asks, so parsing a large file allocates a handful of arrays and nothing per value.

const OBJECT = 1;
const ARRAY = 2;
const STRING = 3;
const NUMBER = 4;
const TRUE = 5;
const FALSE = 6;
const NULL = 7;
/** Bits of `flags`. */
const ESCAPED = 1; // a string literal that contains a backslash
const NON_ASCII = 2; // a string literal that contains a byte >= 0x80
const HAS_ITEMS = 4; // a composite with at least one member or element
const TRAILING_COMMA = 8; // a composite whose last item is followed by a comma
/**
 * What the parser noted about an extra, 3 bits: the number of LF bytes in it, capped at 2 (all
 * that formatting whitespace needs), and whether it holds a comment. `extras` packs three of
 * these per value: its before-extra, its after-extra and, for a composite, its closing extra.
 */
const LF_COUNT = 3;
const COMMENT = 4;
const AFTER_SHIFT = 3;
const CLOSING_SHIFT = 6;
/** Mask of one extra's 3 bits. */
const EXTRA_INFO = 7;
class HujsonDocument {
    source;
    root = 0;
    count;
    standard;
    /** The most composites open at once: the walks over the document size their stacks by it. */
    depth;
    kinds;
    flags;
    extras;
    starts;
    ends;
    befores;
    afters;
    siblings;
    closings;
    /**
     * The source as one latin1 string, made on first use: a plain ASCII literal is then a slice of
     * it (byte offsets are character offsets), which costs less than decoding each from bytes.
     */
    latin1;
    lineEnds;
    lastLine = 0;
    constructor(source, arrays) {
        this.source = source;
        this.count = arrays.count;
        this.standard = arrays.standard;
        this.depth = arrays.depth;
        this.kinds = arrays.kinds;
        this.flags = arrays.flags;
        this.extras = arrays.extras;
        this.starts = arrays.starts;
        this.ends = arrays.ends;
        this.befores = arrays.befores;
        this.afters = arrays.afters;
        this.siblings = arrays.siblings;
        this.closings = arrays.closings;
    }
    kind(value) {
        return this.kinds[value];
    }
    /** The first member name or element of a composite, or -1. */
    firstItem(value) {
        return this.flags[value] & HAS_ITEMS ? value + 1 : -1;
    }
    /** The next member name, member value or element in the same composite, or -1. */
    next(value) {
        return this.siblings[value];
    }
    /** What the parser noted about the before-extra (shift 0), after-extra or closing extra. */
    extraInfo(value, shift) {
        return (this.extras[value] >> shift) & EXTRA_INFO;
    }
    /** A string literal's text, decoded the way Go decodes it. */
    string(value) {
        const start = this.starts[value];
        const end = this.ends[value];
        if ((this.flags[value] & (ESCAPED | NON_ASCII)) === 0) {
            return this.sourceText().slice(start + 1, end - 1);
        }
        return (0,_strings_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeStringRange */ .f)(this.source, start, end);
    }
    /** A literal's raw bytes as text (numbers, true, false, null). */
    rawText(value) {
        return this.sourceText().slice(this.starts[value], this.ends[value]);
    }
    sourceText() {
        const source = this.source;
        return (this.latin1 ??= Buffer.from(source.buffer, source.byteOffset, source.length).toString('latin1'));
    }
    /** Where the value starts. */
    position(value) {
        return this.positionOf(this.starts[value]);
    }
    /** Line and byte column of `offset`, as Go's hujson counts them (only LF ends a line). */
    positionOf(offset) {
        const lineEnds = (this.lineEnds ??= lineFeeds(this.sourceText()));
        // Readers mostly ask in document order, a few lines on each time: look from the line of the
        // previous answer a few lines ahead before searching the whole index.
        let line = this.lastLine;
        if (line > 0 && lineEnds[line - 1] >= offset)
            line = countBelow(lineEnds, offset);
        else {
            const last = Math.min(line + NEARBY_LINES, lineEnds.length);
            while (line < last && lineEnds[line] < offset)
                line++;
            if (line === last && line < lineEnds.length && lineEnds[line] < offset)
                line = countBelow(lineEnds, offset);
        }
        this.lastLine = line;
        const lineStart = line === 0 ? 0 : lineEnds[line - 1] + 1;
        return { offset, line: line + 1, column: offset - lineStart + 1 };
    }
}
/** Lines positionOf walks forward from its previous answer before it searches. */
const NEARBY_LINES = 16;
function lineFeeds(source) {
    // The string's indexOf per line, not a loop over the bytes: this runs once per process, before
    // V8 optimises anything, and the builtin's search costs about half of an interpreted loop.
    let offsets = new Int32Array(1024);
    let count = 0;
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
        if (count === offsets.length) {
            const grown = new Int32Array(count * 2);
            grown.set(offsets);
            offsets = grown;
        }
        offsets[count++] = i;
    }
    return offsets.subarray(0, count);
}
/** How many entries of the sorted `offsets` are below `offset`. */
function countBelow(offsets, offset) {
    let low = 0;
    let high = offsets.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (offsets[middle] < offset)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}


/***/ }),

/***/ 6530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eE: () => (/* binding */ FormattedTooLargeError),
  VV: () => (/* binding */ HujsonSyntaxError),
  zQ: () => (/* binding */ describeCharacter),
  xE: () => (/* binding */ nestingError),
  t$: () => (/* binding */ positionAt),
  Ip: () => (/* binding */ syntaxError)
});

// EXTERNAL MODULE: ./src/hujson/bytes.ts
var bytes = __webpack_require__(4306);
;// CONCATENATED MODULE: ./src/hujson/unicode13.ts
// Code points that were not assigned in Unicode 13.0, the version of the tables in Go 1.19 that
// Go's hujson uses to decide whether an "invalid character" is printed as itself or escaped. The
// JavaScript engine's tables are newer, so a character assigned since (for example U+061D or
// U+1FAE0) is a graphic character to the engine but unassigned, hence not printable, to Go.
// Generated from the Unicode Age property (code points outside Present_In=13.0): inclusive
// [start, end] pairs, sorted, surrogates omitted, each number written as its difference from
// the one before it, in base 32: its last digit from FINAL_DIGITS, the others from 0-9a-v, so no
// separator is needed. So written, the table takes 1.7 KB of the bundle every run loads instead
// of 8 KB as decimal numbers; it is decoded the first time an error message needs it.
const UNASSIGNED_IN_UNICODE_13 = 'rYBHDIACAVAcOA1HB1TBEA1YH*DHK-A7RA1+B3GN1*B1SBQA+BCAM1UWATK5SAJBDBXAIACCFBKBDBFHCDDAGB(BEAHDDBXAIADA' +
    'DADBCAGDDBECCGFACGSJEAKAEAXAIADAGBLAEAEBCOFBNGIAEAJBDBXAIADAGBKBDBEGEDDAGBTJDAHCEAFCDACADCDCECNDGCEA' +
    'FBCFCNWEOAEAYARCJAEAFGDAEEFBLGXAEAYALAGBKAEAFGDGCAFBLADMOAEA1UAEAHDRB)AEATCZAKACBICCDHACAJFLBEL1)D-1' +
    'EDACAGAZACAYBGACAHBLBF.2JA1FD1IA1FAQAO1E6HACECBb(AFBIACAFB1KAFB1CAFBIACAFBQA1(AFB2EB1BC)F2XBHBk-C2(G' +
    'OAIKYIVLOAEADL2.BLFLFQALF2(G1ME2HJ1AANDNDCC1LBGK1ND)FMC1.B2CA-BMFLFPBS1-2ND1OC3VH1+CQC1+G1MBMH1ME7)A' +
    '8*BHB1HBHBJACACACA1AB1WAQAPBHAUBEAKA3GANB*AOC1BP1CO4NDkYYMU1oVB1BA4ZA1QA4VE1OACECB1ZGDNZIIAIAIAIAIAI' +
    'AIAIA3U1M)A2(L6XZND2BA2XB3IE1MA2.A2VL1QAre-C14OC1YIa+T5ZH6BBK1J1ZCLF1ZH2HHNF3VK.C2PAMD1CA1YIPBLB3IX+' +
    'JHBHBHIIAIA1+D3.BLFatFLYD1SD8jPB3L1FILGE)AGACADADA3+QbOP2BB1XH1PB)F1UAUAFDGA4IBCA5.CHBHBHBECIAIJUA)A' +
    'UADAQBP1B3*EED1OC2ZAOCC1O1P4B-C1SO+D1FI.E1ME.A1GDP1J4.BLF1FD1FD1JH1VKC4P9YIXJJ4XHBCA1NADCCBYA2JHK1PU' +
    'ADE1CC*EC1.1ZDVB1TADEJAEA-BEDLGKG2B.1IDNI1XC-B*E)GFLI2P2K1W1UM1UG1PHL9F1AA1LAEBD2N1JH1L2V+TYI2PD.O2E' +
    'KCB(GLF1WATH1II3BAVKTA1N2AIACAFAQAMF1*ELFFAJBDBXAIADAGALBDBEBCFCEIBICG4K2+AG+2JHL5F1XB1H1B2GKLFOS1(G' +
    'L1V*BQDR5.1+3D2ULJBCBJADA.ADBNIL2FJB1PBM(2JH2U*1(8GKA1OAPJ-C1BBXAP2IIADA1NCCADAKHLFHADA1GADAHGL9V(5W' +
    'CO1TMs*3F3QAGK6F2l)11QAK3uGiI8dYh(G1AALDD2..BHJ2HJLAIAWEUlP2*3E2MD1(GS1.GKDN5vZH16X1JK8nW9A1QEQFHcN2' +
    '8D3MEOCKGLBJ4q)7XJ1IB6BW2H4ZVL2YI(4G2WA2IADBCBDBFANACAIA2CAFBJAIA+AFAGACCIAaVB9FBl.OGAQ1aPIASBIADAG6' +
    'U1OCPBLDDbP1)EC17.6GBR1I2NDLDDoQ2F2L1-6BFA*ADACBCALAFACACFCDCACACAEADACBCACACACACADACBFAIAFAFACALASE' +
    'EAGAS1TD8N1ND3FLQBQAQA1GJ5P1X-M1NDKGDNH4ZuZHOCOC3VL2(GNTND1ZHLF1JH.BD2N3(A2TA4ILPBGCEEII(GIIEMI1I4UA' +
    '1Y1EL10D19nB1B41WK6.B5kDN79S30-g.1e.4qO1r5SD1vv+D1vv+D1vv+D1vv+D1vv+D1vv+D1vv+D1vv+D1vv+D1vv+DAC+3B3' +
    '.7R1vgN';
const FINAL_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+-.';
let pairs;
function decoded() {
    const out = [];
    let value = 0;
    let digits = 0;
    for (const char of UNASSIGNED_IN_UNICODE_13) {
        const last = FINAL_DIGITS.indexOf(char);
        if (last < 0) {
            digits = digits * 32 + parseInt(char, 32);
            continue;
        }
        value += digits * 32 + last;
        out.push(value);
        digits = 0;
    }
    return out;
}
function unassignedInUnicode13(codePoint) {
    const table = (pairs ??= decoded());
    let lo = 0;
    let hi = table.length / 2 - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (codePoint < table[2 * mid])
            hi = mid - 1;
        else if (codePoint > table[2 * mid + 1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/hujson/errors.ts
// Parse errors with Go's wording and positions, so a message from this port reads exactly like
// one from Go's hujson (and from Tailscale's server) for the same file; and the one limit of this
// port's own, on what Format writes.


class HujsonSyntaxError extends Error {
    name = 'HujsonSyntaxError';
    /** 1-based line: 1 + the number of LF bytes before `offset` (CR does not count). */
    line;
    /** 1-based column in bytes, as Go counts it. */
    column;
    /** Byte offset the error points at. */
    offset;
    /**
     * Go's full text: `hujson: line L, column C: MESSAGE`, or for nesting too deep, what Go's
     * encoding/json says (nestingError).
     */
    fullMessage;
    constructor(message, position, fullMessage) {
        super(message);
        this.line = position.line;
        this.column = position.column;
        this.offset = position.offset;
        this.fullMessage = fullMessage ?? `hujson: line ${position.line}, column ${position.column}: ${message}`;
    }
}
/**
 * Line and byte column of the byte `offset`, counted the way Go's hujson counts them. A string
 * source is taken as its UTF-8 encoding.
 */
function positionAt(input, offset) {
    const source = (0,bytes/* toBytes */.ZJ)(input);
    let line = 1;
    let lastLF = -1;
    for (let i = source.indexOf(bytes.LF); i !== -1 && i < offset; i = source.indexOf(bytes.LF, i + 1)) {
        line++;
        lastLF = i;
    }
    return { offset, line, column: offset - lastLF };
}
function syntaxError(source, offset, message) {
    return new HujsonSyntaxError(message, positionAt(source, offset));
}
/** The formatted document would pass `limit` bytes (writer.ts): the tool's limit, not a fault of the file. */
class FormattedTooLargeError extends Error {
    name = 'FormattedTooLargeError';
    constructor(limit) {
        super(`formatted as Go's hujson does (a tab per level of nesting on every line), it would pass ` +
            `${limit / (1024 * 1024)} MiB, this tool's limit: its nesting is too deep for its length`);
    }
}
/**
 * The bracket at `offset` opens one composite more than `limit`. Go's hujson has no such limit:
 * the error is that of Go's encoding/json, which decodes the standardized policy on the server,
 * and whose text has no position (a SyntaxError's offset is kept apart from its message). The
 * message adds what the limit is; the full message is Go's text alone.
 */
function nestingError(source, offset, limit) {
    const goText = `invalid character ${describeCharacter(source, offset)} exceeded max depth`;
    const message = `${goText} (Go's encoding/json allows ${limit} levels of nesting)`;
    return new HujsonSyntaxError(message, positionAt(source, offset), goText);
}
/**
 * Go's quoting of the character at `offset` in "invalid character X" messages: one decoded
 * rune, or one invalid byte as '\xNN'.
 */
function describeCharacter(source, offset) {
    const length = (0,bytes/* utf8SequenceLength */.vg)(source, offset, source.length);
    if (length === 0)
        return `'\\x${hex(source[offset], 2)}'`;
    const codePoint = (0,bytes/* decodeCodePoint */.UB)(source, offset, length);
    if (codePoint === 0x27)
        return `'\\''`;
    if (codePoint === 0x5c)
        return `'\\\\'`;
    if (isPrintable(codePoint))
        return `'${String.fromCodePoint(codePoint)}'`;
    return codePoint <= 0xffff ? `'\\u${hex(codePoint, 4)}'` : `'\\U${hex(codePoint, 8)}'`;
}
// Go uses Unicode 13 tables (spec 2.8). The engine's tables are newer: a character assigned since
// then is graphic to the engine but unassigned (Cn, not printable) to Go, so it is excluded here.
// Built on first use: V8 expands a regex literal's \p{…} classes when the module loads, a cost
// every run would pay for the one message that describes a character.
let graphic;
function isPrintable(codePoint) {
    if (codePoint === 0x20)
        return true;
    graphic ??= new RegExp('^[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}]$', 'u');
    return graphic.test(String.fromCodePoint(codePoint)) && !unassignedInUnicode13(codePoint);
}
function hex(value, digits) {
    return value.toString(16).padStart(digits, '0');
}


/***/ }),

/***/ 6460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ etag),
/* harmony export */   x: () => (/* binding */ POLICY_ETAG)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2505);
// The policy ETag Tailscale's server reports: SHA-256 of the document as Go's Format writes it.

/** What an ETag `etag` makes, and the server's are: 64 lowercase hex digits. */
const POLICY_ETAG = /^[0-9a-f]{64}$/;
/** Lowercase hex SHA-256 of `format(input)`. Throws HujsonSyntaxError on invalid input. */
function etag(input) {
    // Loaded on first use, not with the engine: node:crypto takes 10 ms or more to load, and
    // `tailnet-policy fmt`, which loads the engine, never needs it.
    const { createHash } = process.getBuiltinModule('node:crypto');
    return createHash('sha256').update((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .format */ .G)(input)).digest('hex');
}


/***/ }),

/***/ 2505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ format)
});

// EXTERNAL MODULE: ./src/hujson/bytes.ts
var hujson_bytes = __webpack_require__(4306);
// EXTERNAL MODULE: ./src/hujson/document.ts
var hujson_document = __webpack_require__(6736);
// EXTERNAL MODULE: ./src/hujson/strings.ts
var strings = __webpack_require__(6935);
// EXTERNAL MODULE: ./src/hujson/tokens.ts
var tokens = __webpack_require__(4923);
;// CONCATENATED MODULE: ./src/hujson/expansion.ts
// Format's first pass (spec 3.0 steps 4 and 5): which composites expand (3.2), judged on the
// normalised document (3.1), and which composites end up with a newline in an item extra (the
// alignment pass needs that). Normalisation itself is not written anywhere: the rules are
// applied as the extras are read, here and when the output is written.
//
// Normalisation seen from the parser's notes: a name-colon or value-comma extra without a
// comment is absent (3.1c), so it counts only when it has the COMMENT bit; the closing extra of
// an empty composite without a comment is empty (3.1b); strings with a backslash are
// re-encoded (3.1a), which can change their length.




/** Bits of `Expansion.state`. */
const EXPANDED = 1;
/** Some item extra inside the composite (closing extras aside) gets a newline once formatted. */
const INNER_LF = 2;
/** The estimator's widest allowed line; 80 itself still fits. */
const MAX_WIDTH = 80;
/** Byte length of a literal once normalised. */
function normalizedLength(doc, value, scratch) {
    const start = doc.starts[value];
    const end = doc.ends[value];
    if (doc.kinds[value] !== hujson_document/* STRING */.An || !(doc.flags[value] & hujson_document/* ESCAPED */.Oh))
        return end - start;
    if (scratch.bytes.length < (end - start) * 3 + 2)
        scratch.bytes = new Uint8Array((end - start) * 6 + 2);
    return (0,strings/* normalizeStringInto */.d)(doc.source, start, end, scratch.bytes, 0);
}
/** A normalised after-extra (name-colon, value-comma) is present only when it holds a comment. */
function afterLF(doc, value) {
    const info = doc.extraInfo(value, hujson_document/* AFTER_SHIFT */.A2);
    return (info & hujson_document/* COMMENT */.YK) !== 0 && (info & hujson_document/* LF_COUNT */.RN) !== 0;
}
function beforeLF(doc, value) {
    return (doc.extraInfo(value, 0) & hujson_document/* LF_COUNT */.RN) !== 0;
}
/**
 * The estimated inline rendering of one composite, line by line (spec 3.2): pieces are added
 * as shapes, and a multi-line piece ends the current line.
 */
class LineEstimate {
    current = 1;
    lineCount = 0;
    firstLine = 0;
    widest = 0;
    reset() {
        this.current = 1;
        this.lineCount = 0;
        this.firstLine = 0;
        this.widest = 0;
    }
    add(shape) {
        this.current += shape.first;
        if (!shape.multiLine)
            return;
        this.endLine();
        this.current = shape.last;
    }
    addWidth(width) {
        this.current += width;
    }
    /** Adds the closing bracket, ends the last line, and leaves the composite's shape in `shape`. */
    finish(shape) {
        this.current += 1;
        this.endLine();
        shape.first = this.firstLine;
        shape.last = this.current;
        shape.multiLine = this.lineCount > 1;
    }
    endLine() {
        if (this.lineCount === 0)
            this.firstLine = this.current;
        if (this.current > this.widest)
            this.widest = this.current;
        this.lineCount++;
    }
}
/** Bits of the per-composite notes kept while its items are read. */
const FORCED = 1;
const HAS_INNER_LF = 2;
const IS_OBJECT = 4;
/**
 * One walk over the document in order with an explicit stack of open composites (not a
 * recursion: see format.ts for why). Each composite's items add their shapes to its estimate;
 * once a newline forces the composite to expand (E2, E3), the estimate is no longer needed and
 * its items are only walked for their own composites.
 */
class Expansion {
    doc;
    /** EXPANDED and INNER_LF per value. */
    state;
    /** The shape of the piece measured last; reused to avoid an allocation per piece. */
    shape = { first: 0, last: 0, multiLine: false };
    /** Per open composite, outermost first: its index, its notes and its estimate. */
    open;
    notes;
    estimates = [];
    scratch = { bytes: new Uint8Array(256) };
    constructor(doc) {
        this.doc = doc;
        this.state = new Uint8Array(doc.count);
        this.open = new Int32Array(doc.depth);
        this.notes = new Uint8Array(doc.depth);
        this.prepare(doc.root);
    }
    /** Visits each value: a composite is opened, then its items; a finished value's shape goes to its composite. */
    prepare(root) {
        const { kinds, flags } = this.doc;
        let top = -1;
        let value = root;
        for (;;) {
            const kind = kinds[value];
            if (kind === hujson_document/* OBJECT */.qv || kind === hujson_document/* ARRAY */.sO) {
                this.openComposite(++top, value, kind === hujson_document/* OBJECT */.qv);
                if (flags[value] & hujson_document/* HAS_ITEMS */.iq) {
                    value = this.enterItem(top, value + 1);
                    continue;
                }
                this.closeComposite(top--);
            }
            else if (top === -1 || !(this.notes[top] & FORCED)) {
                // A literal's shape matters only to an estimate still needed.
                const length = normalizedLength(this.doc, value, this.scratch);
                this.setShape(length, length, false);
            }
            for (;;) {
                if (top === -1)
                    return;
                const next = this.leaveItem(top, value);
                if (next !== -1) {
                    value = this.enterItem(top, next);
                    break;
                }
                value = this.open[top];
                this.closeComposite(top--);
            }
        }
    }
    openComposite(top, composite, isObject) {
        const closingInfo = this.doc.extraInfo(composite, hujson_document/* CLOSING_SHIFT */.pR);
        const hasItems = (this.doc.flags[composite] & hujson_document/* HAS_ITEMS */.iq) !== 0;
        // E3, with 3.1b: an empty composite's closing extra without a comment is emptied first.
        const forced = (closingInfo & hujson_document/* LF_COUNT */.RN) !== 0 && (hasItems || (closingInfo & hujson_document/* COMMENT */.YK) !== 0);
        this.open[top] = composite;
        this.notes[top] = (forced ? FORCED : 0) | (isObject ? IS_OBJECT : 0);
        (this.estimates[top] ??= new LineEstimate()).reset();
    }
    /** Adds an item's before-extra (and a member's name, colon and colon-value extra); returns the value. */
    enterItem(top, item) {
        const doc = this.doc;
        const estimate = this.estimates[top];
        let notes = this.notes[top];
        if (beforeLF(doc, item))
            notes |= FORCED | HAS_INNER_LF;
        if (!(notes & FORCED))
            this.addExtra(estimate, doc.befores[item], doc.starts[item], doc.extraInfo(item, 0));
        let value = item;
        if (notes & IS_OBJECT) {
            value = doc.siblings[item];
            if (afterLF(doc, item) || beforeLF(doc, value))
                notes |= HAS_INNER_LF;
            if (!(notes & FORCED)) {
                estimate.addWidth(normalizedLength(doc, item, this.scratch));
                this.addAfterExtra(estimate, item);
                estimate.addWidth(2);
                this.addExtra(estimate, doc.befores[value], doc.starts[value], doc.extraInfo(value, 0));
            }
        }
        this.notes[top] = notes;
        return value;
    }
    /** Adds a finished value (its shape in `this.shape`) and its value-comma extra; returns the next item or -1. */
    leaveItem(top, value) {
        const doc = this.doc;
        let notes = this.notes[top];
        if (this.state[value] & INNER_LF || afterLF(doc, value))
            notes |= HAS_INNER_LF;
        if (!(notes & FORCED)) {
            const estimate = this.estimates[top];
            estimate.add(this.shape);
            this.addAfterExtra(estimate, value);
            estimate.addWidth(2);
        }
        const next = doc.siblings[value];
        // E2: the last item's after-extra is present only before a trailing comma.
        if (next === -1 && afterLF(doc, value))
            notes |= FORCED;
        this.notes[top] = notes;
        return next;
    }
    /** Decides whether the composite expands and leaves its shape in `this.shape`. */
    closeComposite(top) {
        const doc = this.doc;
        const composite = this.open[top];
        const notes = this.notes[top];
        const hasItems = (doc.flags[composite] & hujson_document/* HAS_ITEMS */.iq) !== 0;
        let expanded = (notes & FORCED) !== 0;
        if (!expanded) {
            const estimate = this.estimates[top];
            estimate.finish(this.shape);
            expanded = estimate.widest > MAX_WIDTH;
        }
        const innerLF = (notes & HAS_INNER_LF) !== 0;
        if (!expanded) {
            if (innerLF)
                this.state[composite] = INNER_LF;
            return;
        }
        // Item-before extras of an expanded composite always get a newline (LEAD_NL).
        this.state[composite] = EXPANDED | (innerLF || hasItems ? INNER_LF : 0);
        const first = composite + 1;
        const closingInfo = doc.extraInfo(composite, hujson_document/* CLOSING_SHIFT */.pR);
        if (hasItems)
            this.measureExtra(doc.befores[first], doc.starts[first], doc.extraInfo(first, 0));
        else if (closingInfo & hujson_document/* COMMENT */.YK)
            this.measureExtra(doc.closings[composite], doc.ends[composite] - 1, closingInfo);
        else
            this.setShape(0, 0, false);
        this.setShape(1 + this.shape.first, 1, true);
    }
    /** A name-colon or value-comma extra: absent (nothing to add) unless it holds a comment. */
    addAfterExtra(estimate, value) {
        const info = this.doc.extraInfo(value, hujson_document/* AFTER_SHIFT */.A2);
        if (!(info & hujson_document/* COMMENT */.YK))
            return;
        this.addExtra(estimate, this.doc.ends[value], this.doc.afters[value], info);
    }
    addExtra(estimate, start, end, info) {
        this.measureExtra(start, end, info);
        estimate.add(this.shape);
    }
    measureExtra(start, end, info) {
        if (!(info & hujson_document/* COMMENT */.YK)) {
            this.setShape(0, 0, (info & hujson_document/* LF_COUNT */.RN) !== 0);
            return;
        }
        const src = this.doc.source;
        const firstLF = (0,hujson_bytes/* indexOfByte */.qk)(src, hujson_bytes.LF, start, end);
        if (firstLF === -1) {
            const width = estimateSegment(src, start, end);
            this.setShape(width, width, false);
            return;
        }
        const lastLF = src.lastIndexOf(hujson_bytes.LF, end - 1);
        this.setShape(estimateSegment(src, start, firstLF), estimateSegment(src, lastLF + 1, end), true);
    }
    setShape(first, last, multiLine) {
        this.shape.first = first;
        this.shape.last = last;
        this.shape.multiLine = multiLine;
    }
}
/**
 * est() from spec 3.2: the width one line of an extra takes once formatted, counting one
 * separator space per comment and one before whatever follows. It stops at the first byte that
 * is not whitespace or a comment start, which is how the last line of a multi-line block
 * comment measures 0.
 */
function estimateSegment(bytes, start, end) {
    let width = 0;
    let i = start;
    for (;;) {
        while (i < end && (bytes[i] === hujson_bytes.SP || bytes[i] === hujson_bytes.HT || bytes[i] === hujson_bytes.CR))
            i++;
        if (i + 1 < end && bytes[i] === hujson_bytes/* SLASH */.o && bytes[i + 1] === hujson_bytes/* SLASH */.o)
            return width + 1 + (end - i);
        if (i + 1 < end && bytes[i] === hujson_bytes/* SLASH */.o && bytes[i + 1] === hujson_bytes/* STAR */.Vw) {
            const close = (0,tokens/* findBlockCommentEnd */.$7)(bytes, i + 2);
            if (close === -1 || close > end)
                return width + 1 + (end - i);
            width += 1 + (close - i);
            i = close;
            continue;
        }
        return width > 0 ? width + 1 : 0;
    }
}

// EXTERNAL MODULE: ./src/hujson/errors.ts + 1 modules
var errors = __webpack_require__(6530);
;// CONCATENATED MODULE: ./src/hujson/writer.ts
// A growable byte buffer: Format writes its whole output into one, and formats comment-holding
// extras into a second one it reuses, so output costs a few allocations per document.

/**
 * The most bytes Format writes. Go's layout indents every line by a tab per level, so a document
 * nested 10,000 levels deep grows ten-thousandfold: 630 KB of a pull request's file made 3.5 GB
 * and 8 s for its ETag, and 10 MB would exhaust the runner. Real policies format to about their
 * own size (a minified one to about 1.2 times it), and every level of 10,000 on a line of its
 * own to 100 MB; this leaves twelve times the largest file read.
 */
const MAX_FORMATTED_BYTES = 128 * 1024 * 1024;
class ByteWriter {
    bytes;
    /** Where the next byte goes; bytes before `start` were trimmed off the front. */
    at = 0;
    start = 0;
    constructor(capacity) {
        this.bytes = new Uint8Array(Math.max(capacity, 16));
    }
    get length() {
        return this.at - this.start;
    }
    reset() {
        this.at = 0;
        this.start = 0;
    }
    endsWith(byte) {
        return this.at > this.start && this.bytes[this.at - 1] === byte;
    }
    push(byte) {
        if (this.at === this.bytes.length)
            this.reserve(1);
        this.bytes[this.at++] = byte;
    }
    /** Short runs (indentation) are written by hand: fill costs more than the loop for a few bytes. */
    repeat(byte, count) {
        if (count <= 0)
            return;
        this.reserve(count);
        if (count > 32) {
            this.bytes.fill(byte, this.at, this.at + count);
            this.at += count;
            return;
        }
        const bytes = this.bytes;
        let at = this.at;
        for (let i = 0; i < count; i++)
            bytes[at++] = byte;
        this.at = at;
    }
    /** `newlines` LFs, then `tabs` HTs: the indentation Format writes between items. */
    lineBreaks(newlines, tabs) {
        this.reserve(newlines + Math.max(tabs, 0));
        const bytes = this.bytes;
        let at = this.at;
        for (let i = 0; i < newlines; i++)
            bytes[at++] = 0x0a;
        // Deep nesting indents by thousands of tabs (one per level): fill is far faster there.
        if (tabs > 32) {
            bytes.fill(0x09, at, at + tabs);
            at += tabs;
        }
        else {
            for (let i = 0; i < tabs; i++)
                bytes[at++] = 0x09;
        }
        this.at = at;
    }
    /** Short runs are copied by hand: a subarray and TypedArray.set cost more than the copy. */
    append(source, from, to) {
        const length = to - from;
        this.reserve(length);
        if (length > 64) {
            this.bytes.set(source.subarray(from, to), this.at);
            this.at += length;
            return;
        }
        const bytes = this.bytes;
        let at = this.at;
        for (let i = from; i < to; i++)
            bytes[at++] = source[i];
        this.at = at;
    }
    /** Makes room for `count` more bytes. */
    reserve(count) {
        if (this.at + count <= this.bytes.length)
            return;
        if (this.at + count > MAX_FORMATTED_BYTES)
            throw new errors/* FormattedTooLargeError */.eE(MAX_FORMATTED_BYTES);
        const grown = new Uint8Array(Math.min(Math.max((this.at + count) * 2, this.bytes.length * 2), MAX_FORMATTED_BYTES));
        grown.set(this.bytes.subarray(0, this.at));
        this.bytes = grown;
    }
    /** The bytes written, as a view (no copy). */
    view() {
        return this.bytes.subarray(this.start, this.at);
    }
}

;// CONCATENATED MODULE: ./src/hujson/extra.ts
// FMT (spec 3.5): formatting one run of whitespace and comments. Every space, newline and tab
// in Format's output is produced here.




/** FMT options, combined as bit flags. */
const LEAD_NL = 1;
const TRAIL_NL = 2;
const TRIM_LEAD = 4;
const TRIM_TRAIL = 8;
const DEDENT_LAST = 16;
const SPACE_IF_EMPTY = 32;
/** Formats extras and writes them out; one per Format call, reusing its scratch buffer. */
class ExtraFormatter {
    src;
    out;
    scratch = new ByteWriter(256);
    constructor(src, out) {
        this.src = src;
        this.out = out;
    }
    /**
     * Writes the extra `src[start, end)`, formatted at `depth`. `info` is what the parser noted
     * about it (LF count up to 2, comment bit); an absent extra is an empty range with info 0.
     */
    write(start, end, info, depth, options) {
        if (info & hujson_document/* COMMENT */.YK) {
            const formatted = this.formatComments(start, end, depth, options);
            this.out.append(formatted.bytes, formatted.start, formatted.at);
        }
        else {
            writeWhitespace(this.out, info & hujson_document/* LF_COUNT */.RN, depth, options);
        }
    }
    /** The formatted extra in the scratch buffer (valid until the next call). */
    formatComments(start, end, depth, options) {
        const scratch = this.scratch;
        scratch.reset();
        const crFree = this.src.subarray(start, end).indexOf(hujson_bytes.CR) === -1;
        const extra = crFree ? this.src : normalizeCarriageReturns(this.src.subarray(start, end));
        formatWithComments(scratch, extra, crFree ? start : 0, crFree ? end : extra.length, depth, options);
        return scratch;
    }
    /** Length of the formatted extra, for alignment. */
    formattedLength(start, end, info, depth, options) {
        if (info & hujson_document/* COMMENT */.YK)
            return this.formatComments(start, end, depth, options).length;
        const probe = this.scratch;
        probe.reset();
        writeWhitespace(probe, info & hujson_document/* LF_COUNT */.RN, depth, options);
        return probe.length;
    }
    /** Number of LF bytes in the formatted extra, for alignment's blank-line rule. */
    formattedLineFeeds(start, end, info, depth, options) {
        if (!(info & hujson_document/* COMMENT */.YK))
            return whitespaceLineFeeds(info & hujson_document/* LF_COUNT */.RN, options);
        const formatted = this.formatComments(start, end, depth, options);
        let count = 0;
        for (let i = formatted.start; i < formatted.at; i++)
            if (formatted.bytes[i] === hujson_bytes.LF)
                count++;
        return count;
    }
}
/** Newlines an extra of whitespace only keeps: at most 2, CR handling cannot change the count. */
function whitespaceLineFeeds(lineFeeds, options) {
    let newlines = lineFeeds;
    if (newlines === 0 && options & (LEAD_NL | TRAIL_NL))
        newlines = 1;
    if (newlines === 2 && options & (TRIM_LEAD | TRIM_TRAIL))
        newlines = 1;
    return newlines;
}
/** An extra of whitespace only reduces to 0, 1 or 2 newlines plus indentation, or one space. */
function writeWhitespace(out, lineFeeds, depth, options) {
    const newlines = whitespaceLineFeeds(lineFeeds, options);
    if (newlines > 0)
        out.lineBreaks(newlines, options & DEDENT_LAST ? depth - 1 : depth);
    else if (options & SPACE_IF_EMPTY) {
        out.push(hujson_bytes.SP);
    }
}
/** The general FMT walk over `extra[start, end)`, for extras that hold at least one comment. */
function formatWithComments(out, extra, start, end, depth, options) {
    if (options & LEAD_NL && !hasLineFeed(extra, start, end))
        out.push(hujson_bytes.LF);
    let i = start;
    while (i < end) {
        const byte = extra[i];
        if (byte === hujson_bytes.SP || byte === hujson_bytes.HT || byte === hujson_bytes.LF) {
            let newlines = 0;
            for (; i < end && (extra[i] === hujson_bytes.SP || extra[i] === hujson_bytes.HT || extra[i] === hujson_bytes.LF); i++) {
                if (extra[i] === hujson_bytes.LF)
                    newlines++;
            }
            out.repeat(hujson_bytes.LF, Math.min(newlines, 2));
            continue;
        }
        if (out.endsWith(hujson_bytes.LF))
            out.repeat(hujson_bytes.HT, depth);
        else
            out.push(hujson_bytes.SP);
        i = extra[i + 1] === hujson_bytes/* SLASH */.o ? appendLineComment(out, extra, i, end) : appendBlockComment(out, extra, i, depth);
    }
    if (options & TRAIL_NL && !out.endsWith(hujson_bytes.LF))
        out.push(hujson_bytes.LF);
    closeOff(out, depth, options);
}
function hasLineFeed(bytes, start, end) {
    return (0,hujson_bytes/* indexOfByte */.qk)(bytes, hujson_bytes.LF, start, end) !== -1;
}
/** Steps 5 to 8 of FMT: trim blank lines at the ends, then indent or space what follows. */
function closeOff(out, depth, options) {
    const bytes = out.bytes;
    if (options & TRIM_LEAD) {
        while (out.length >= 2 && bytes[out.start] === hujson_bytes.LF && bytes[out.start + 1] === hujson_bytes.LF)
            out.start++;
    }
    if (options & TRIM_TRAIL) {
        while (out.length >= 2 && bytes[out.at - 1] === hujson_bytes.LF && bytes[out.at - 2] === hujson_bytes.LF)
            out.at--;
    }
    if (out.endsWith(hujson_bytes.LF))
        out.repeat(hujson_bytes.HT, options & DEDENT_LAST ? depth - 1 : depth);
    else if (out.length > 0)
        out.push(hujson_bytes.SP);
    if (out.length === 0 && options & SPACE_IF_EMPTY)
        out.push(hujson_bytes.SP);
}
/**
 * The comment without its LF and trailing Unicode space. The LF stays in the input: it starts
 * the whitespace run that follows.
 */
function appendLineComment(out, extra, start, end) {
    let lineEnd = extra.indexOf(hujson_bytes.LF, start);
    if (lineEnd === -1 || lineEnd > end)
        lineEnd = end;
    out.append(extra, start, (0,hujson_bytes/* trimEndUnicodeSpace */.RO)(extra, start, lineEnd));
    return lineEnd;
}
function appendBlockComment(out, extra, start, depth) {
    const end = (0,tokens/* findBlockCommentEnd */.$7)(extra, start + 2);
    if ((0,hujson_bytes/* indexOfByte */.qk)(extra, hujson_bytes.LF, start, end) === -1)
        out.append(extra, start, end);
    else
        reindentBlockComment(out, extra.subarray(start, end), depth);
    return end;
}
/** CR LF -> LF, then LF CR -> LF, then any other CR -> SP: three passes, as Go makes them. */
function normalizeCarriageReturns(bytes) {
    const withoutCRLF = replacePair(bytes, hujson_bytes.CR, hujson_bytes.LF, hujson_bytes.LF);
    const withoutLFCR = replacePair(withoutCRLF, hujson_bytes.LF, hujson_bytes.CR, hujson_bytes.LF);
    return withoutLFCR.map((byte) => (byte === hujson_bytes.CR ? hujson_bytes.SP : byte));
}
/** Replaces every non-overlapping `first second`, scanning left to right, with `replacement`. */
function replacePair(bytes, first, second, replacement) {
    const out = new Uint8Array(bytes.length);
    let at = 0;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === first && bytes[i + 1] === second) {
            out[at++] = replacement;
            i++;
        }
        else {
            out[at++] = bytes[i];
        }
    }
    return out.subarray(0, at);
}
/**
 * Spec 3.5.1: the continuation lines' common indentation becomes `depth` tabs, plus one space
 * in the " * line" style so the stars line up under the one in the opening delimiter.
 */
function reindentBlockComment(out, comment, depth) {
    const lines = splitTrimmedLines(comment);
    const last = lines.length - 1;
    const hasEmptyLine = lines.some((line) => line.length === 0);
    const closingOnly = isClosingOnly(lines[last]);
    const prefix = commonIndentSource(lines, closingOnly);
    let width = 0;
    while (width < prefix.length && (prefix[width] === hujson_bytes.SP || prefix[width] === hujson_bytes.HT))
        width++;
    const star = !hasEmptyLine && prefix[width] === 0x2a;
    out.append(lines[0], 0, lines[0].length);
    for (let k = 1; k <= last; k++) {
        const line = lines[k];
        out.push(hujson_bytes.LF);
        if (line.length === 0)
            continue;
        out.repeat(hujson_bytes.HT, depth);
        if (star)
            out.push(hujson_bytes.SP);
        if (k === last && closingOnly)
            out.append(line, line.length - 2, line.length);
        else
            out.append(line, width, line.length);
    }
}
function splitTrimmedLines(comment) {
    const lines = [];
    let start = 0;
    for (;;) {
        const lf = comment.indexOf(hujson_bytes.LF, start);
        const end = lf === -1 ? comment.length : lf;
        lines.push(comment.subarray(start, (0,hujson_bytes/* trimEndUnicodeSpace */.RO)(comment, start, end)));
        if (lf === -1)
            return lines;
        start = lf + 1;
    }
}
/** Some spaces and tabs, then exactly the closing delimiter. */
function isClosingOnly(line) {
    const length = line.length;
    if (length < 2 || line[length - 2] !== 0x2a || line[length - 1] !== hujson_bytes/* SLASH */.o)
        return false;
    for (let i = 0; i < length - 2; i++)
        if (line[i] !== hujson_bytes.SP && line[i] !== hujson_bytes.HT)
            return false;
    return true;
}
/**
 * The longest common prefix of the non-empty continuation lines (a closing-only last line
 * left out), or the last line when there are none.
 */
function commonIndentSource(lines, closingOnly) {
    const last = lines.length - 1;
    let prefix;
    for (let k = 1; k <= last; k++) {
        const line = lines[k];
        if (line.length === 0 || (k === last && closingOnly))
            continue;
        if (prefix === undefined) {
            prefix = line;
            continue;
        }
        let common = 0;
        while (common < prefix.length && common < line.length && prefix[common] === line[common])
            common++;
        prefix = prefix.subarray(0, common);
    }
    return prefix ?? lines[last];
}

;// CONCATENATED MODULE: ./src/hujson/align.ts
// Alignment of object member values (spec 3.7): consecutive one-line members that each start
// a line form a group, and their values are padded to start in the same byte column. Only
// expanded objects can have such members (a newline in a name-before extra expands its
// object), so the formatter asks for this just before it writes an expanded object.



const NOT_ALIGNABLE = -1;
/** The comment bits of a value's before-extra and after-extra. */
const COMMENTS = hujson_document/* COMMENT */.YK | (hujson_document/* COMMENT */.YK << hujson_document/* AFTER_SHIFT */.A2);
class Alignment {
    doc;
    extras;
    state;
    /** Spaces to add after each member value's colon-value extra, by value index. */
    padding;
    /** Per member of the object being measured: its value index, and its aligned width. */
    values = new Int32Array(64);
    widths = new Int32Array(64);
    scratch = { bytes: new Uint8Array(256) };
    constructor(doc, extras, state) {
        this.doc = doc;
        this.extras = extras;
        this.state = state;
        this.padding = new Int32Array(doc.count);
    }
    /**
     * Fills `padding` for the members of the expanded object `object` at `depth`. Members whose
     * extras hold no comment and whose names have no backslash, nearly all, are measured here;
     * the others by formatting their extras.
     */
    measure(object, depth) {
        const { doc, state } = this;
        const { extras, flags, siblings, starts, ends } = doc;
        let count = 0;
        let groupStart = 0;
        for (let name = doc.firstItem(object); name !== -1; count++) {
            const value = siblings[name];
            if (count === this.values.length)
                this.grow();
            this.values[count] = value;
            let width;
            let blankLineBefore;
            if ((extras[name] | extras[value]) & COMMENTS || flags[name] & hujson_document/* ESCAPED */.Oh) {
                width = this.alignedWidth(name, value, depth);
                blankLineBefore = width !== NOT_ALIGNABLE && this.nameBeforeLineFeeds(name, count, depth) >= 2;
            }
            else {
                // No comment: the name-colon and value-comma extras are absent, the colon-value extra is one space.
                const inline = (extras[value] & hujson_document/* LF_COUNT */.RN) === 0 && (state[value] & INNER_LF) === 0;
                width = inline ? ends[name] - starts[name] + 2 : NOT_ALIGNABLE;
                // LEAD_NL and, for the first member, TRIM_LEAD: two newlines stay two only after the first.
                blankLineBefore = inline && count > 0 && (extras[name] & hujson_document/* LF_COUNT */.RN) === 2;
            }
            this.widths[count] = width;
            if (width === NOT_ALIGNABLE) {
                this.padGroup(groupStart, count);
                groupStart = count + 1;
            }
            else if (blankLineBefore) {
                this.padGroup(groupStart, count);
                groupStart = count;
            }
            name = siblings[value];
        }
        this.padGroup(groupStart, count);
    }
    /**
     * Width from the name's first byte to the value's (name, name-colon extra, colon, colon-value
     * extra), or NOT_ALIGNABLE when the member is not on one line of its own. Its name-before
     * extra always has a newline here (LEAD_NL).
     */
    alignedWidth(name, value, depth) {
        const doc = this.doc;
        if (afterLF(doc, name) || beforeLF(doc, value) || afterLF(doc, value) || this.state[value] & INNER_LF) {
            return NOT_ALIGNABLE;
        }
        const nameAfter = doc.extraInfo(name, hujson_document/* AFTER_SHIFT */.A2);
        const nameAfterWidth = nameAfter & hujson_document/* COMMENT */.YK
            ? this.extras.formattedLength(doc.ends[name], doc.afters[name], nameAfter, depth + 2, TRIM_LEAD | TRIM_TRAIL)
            : 0;
        const valueBefore = doc.extraInfo(value, 0);
        const valueBeforeOptions = TRIM_LEAD | TRIM_TRAIL | SPACE_IF_EMPTY;
        const valueBeforeWidth = valueBefore & hujson_document/* COMMENT */.YK
            ? this.extras.formattedLength(doc.befores[value], doc.starts[value], valueBefore, depth + 2, valueBeforeOptions)
            : 1;
        return normalizedLength(doc, name, this.scratch) + nameAfterWidth + 1 + valueBeforeWidth;
    }
    /** A blank line before a member (two LFs in its formatted name-before extra) starts a new group. */
    nameBeforeLineFeeds(name, index, depth) {
        const doc = this.doc;
        const options = LEAD_NL | (index === 0 ? TRIM_LEAD : SPACE_IF_EMPTY);
        const info = doc.extraInfo(name, 0);
        return this.extras.formattedLineFeeds(doc.befores[name], doc.starts[name], info, depth + 1, options);
    }
    padGroup(start, end) {
        if (end - start < 2)
            return;
        let widest = 0;
        for (let i = start; i < end; i++)
            widest = Math.max(widest, this.widths[i]);
        for (let i = start; i < end; i++)
            this.padding[this.values[i]] = widest - this.widths[i];
    }
    grow() {
        const values = new Int32Array(this.values.length * 2);
        values.set(this.values);
        this.values = values;
        const widths = new Int32Array(this.widths.length * 2);
        widths.set(this.widths);
        this.widths = widths;
    }
}

// EXTERNAL MODULE: ./src/hujson/parse.ts
var parse = __webpack_require__(8246);
;// CONCATENATED MODULE: ./src/hujson/format.ts
// hujson.Format (spec 3): the pipeline, then one pass that lays out whitespace and comments
// (3.3 to 3.6) and writes the output as it goes. Nothing in the document is modified.
//
// The pass is one loop over the values in document order with an explicit stack of open
// composites, not a recursion: a command formats one document per process, so most of the
// work runs before V8 has optimised anything, and a loop is optimised while it runs where
// mutually recursive functions are compiled late, inlined into each other, at great cost.
// Before-extras without a comment, nearly all of them, are written without ExtraFormatter.








/** Go's hujson.Format, byte for byte. Throws HujsonSyntaxError on invalid input. */
function format(input) {
    const doc = input instanceof Uint8Array || typeof input === 'string' ? (0,parse/* parse */.q)((0,hujson_bytes/* toBytes */.ZJ)(input)) : input;
    return new Formatter(doc).run();
}
const AROUND_PUNCTUATION = TRIM_LEAD | TRIM_TRAIL;
class Formatter {
    doc;
    out;
    extras;
    state;
    alignment;
    /** The open composites, innermost last, and the depth each was written at. */
    openComposites;
    openDepths;
    constructor(doc) {
        this.doc = doc;
        // Format output is usually close to the input's size; the writer grows when it is not.
        this.out = new ByteWriter(doc.source.length + (doc.source.length >> 3) + 64);
        this.openComposites = new Int32Array(doc.depth);
        this.openDepths = new Int32Array(doc.depth);
        this.extras = new ExtraFormatter(doc.source, this.out);
        this.state = new Expansion(doc).state;
        this.alignment = new Alignment(doc, this.extras, this.state);
    }
    run() {
        const { doc, out } = this;
        const root = doc.root;
        // The root's own extras: FMT at depth 0 without options, then leading whitespace removed
        // and trailing Unicode space replaced by one LF (3.8).
        this.extras.write(doc.befores[root], doc.starts[root], doc.extraInfo(root, 0), 0, 0);
        let lead = 0;
        while (lead < out.at && (0,hujson_bytes/* isJsonSpace */.RB)(out.bytes[lead]))
            lead++;
        if (lead > 0) {
            out.bytes.copyWithin(0, lead, out.at);
            out.at -= lead;
        }
        this.writeValues();
        const trailing = out.at;
        this.extras.write(doc.ends[root], doc.afters[root], doc.extraInfo(root, hujson_document/* AFTER_SHIFT */.A2), 0, 0);
        out.at = (0,hujson_bytes/* trimEndUnicodeSpace */.RO)(out.bytes, trailing, out.at);
        out.push(hujson_bytes.LF);
        return out.view();
    }
    /**
     * Writes the root value and everything in it. Each turn writes one value at `depth`: a
     * literal, or a composite's opening bracket; then closes the composites that value ends;
     * then writes the next item's before-extra (and a member's name) up to the next value.
     */
    writeValues() {
        const { doc, out, state, openComposites, openDepths } = this;
        const { kinds, flags, siblings } = doc;
        let top = -1;
        let value = doc.root;
        let depth = 0;
        for (;;) {
            const kind = kinds[value];
            let item;
            if ((kind === hujson_document/* OBJECT */.qv || kind === hujson_document/* ARRAY */.sO) && flags[value] & hujson_document/* HAS_ITEMS */.iq) {
                if (kind === hujson_document/* OBJECT */.qv && state[value] & EXPANDED)
                    this.alignment.measure(value, depth);
                out.push(kind === hujson_document/* OBJECT */.qv ? 0x7b : 0x5b);
                openComposites[++top] = value;
                openDepths[top] = depth;
                item = value + 1;
            }
            else {
                if (kind === hujson_document/* OBJECT */.qv || kind === hujson_document/* ARRAY */.sO)
                    this.writeEmpty(value, depth);
                else
                    this.writeLiteral(value);
                // Close every composite whose last item this value was, innermost first.
                for (;;) {
                    if (top === -1)
                        return;
                    const composite = openComposites[top];
                    const compositeDepth = openDepths[top];
                    this.writeAfterExtra(value, compositeDepth);
                    item = siblings[value];
                    if (item !== -1)
                        break;
                    this.writeEnd(composite, compositeDepth, value);
                    out.push(kinds[composite] === hujson_document/* OBJECT */.qv ? 0x7d : 0x5d);
                    value = composite;
                    top--;
                }
                out.push(hujson_bytes/* COMMA */.KE);
            }
            const composite = openComposites[top];
            const compositeDepth = openDepths[top];
            const expanded = (state[composite] & EXPANDED) !== 0;
            this.writeBefore(item, compositeDepth + 1, (expanded ? LEAD_NL : 0) | (item === composite + 1 ? TRIM_LEAD : SPACE_IF_EMPTY));
            value = item;
            depth = compositeDepth + (expanded ? 1 : 0);
            if (kinds[composite] === hujson_document/* OBJECT */.qv) {
                value = this.writeName(item, compositeDepth, expanded);
                const aroundColon = (doc.extras[item] >> hujson_document/* AFTER_SHIFT */.A2) & hujson_document/* EXTRA_INFO */.Qo;
                const colonLF = (aroundColon & hujson_document/* COMMENT */.YK && aroundColon & hujson_document/* LF_COUNT */.RN) || doc.extras[value] & hujson_document/* LF_COUNT */.RN;
                if (colonLF)
                    depth++;
            }
        }
    }
    /**
     * A before-extra. One without a comment reduces to 0, 1 or 2 newlines plus indentation, or
     * one space (FMT on whitespace only).
     */
    writeBefore(value, depth, options) {
        const info = this.doc.extras[value] & hujson_document/* EXTRA_INFO */.Qo;
        if (info & hujson_document/* COMMENT */.YK) {
            this.extras.write(this.doc.befores[value], this.doc.starts[value], info, depth, options);
            return;
        }
        let newlines = info & hujson_document/* LF_COUNT */.RN;
        if (newlines === 0 && options & LEAD_NL)
            newlines = 1;
        if (newlines === 2 && options & TRIM_LEAD)
            newlines = 1;
        if (newlines > 0)
            this.out.lineBreaks(newlines, depth);
        else if (options & SPACE_IF_EMPTY)
            this.out.push(hujson_bytes.SP);
    }
    /** A literal, a string with a backslash re-encoded (3.1a). */
    writeLiteral(value) {
        const { doc, out } = this;
        const start = doc.starts[value];
        const end = doc.ends[value];
        if (doc.kinds[value] === hujson_document/* STRING */.An && doc.flags[value] & hujson_document/* ESCAPED */.Oh) {
            out.reserve((end - start) * 3 + 2);
            out.at = (0,strings/* normalizeStringInto */.d)(doc.source, start, end, out.bytes, out.at);
        }
        else {
            out.append(doc.source, start, end);
        }
    }
    /** A member's name, name-colon extra, colon and colon-value extra (padded); returns its value. */
    writeName(name, depth, expanded) {
        this.writeLiteral(name);
        this.writeAfterExtra(name, depth);
        this.out.push(hujson_bytes/* COLON */.oH);
        const value = this.doc.siblings[name];
        this.writeBefore(value, depth + 2, AROUND_PUNCTUATION | SPACE_IF_EMPTY);
        if (expanded)
            this.out.repeat(hujson_bytes.SP, this.alignment.padding[value]);
        return value;
    }
    /** A name-colon or value-comma extra: absent unless it holds a comment (3.1c). */
    writeAfterExtra(value, depth) {
        const doc = this.doc;
        const info = (doc.extras[value] >> hujson_document/* AFTER_SHIFT */.A2) & hujson_document/* EXTRA_INFO */.Qo;
        if (info & hujson_document/* COMMENT */.YK)
            this.extras.write(doc.ends[value], doc.afters[value], info, depth + 2, AROUND_PUNCTUATION);
    }
    /** A composite without items: its brackets, and its closing extra if that holds a comment (3.1b). */
    writeEmpty(composite, depth) {
        const isObject = this.doc.kinds[composite] === hujson_document/* OBJECT */.qv;
        this.out.push(isObject ? 0x7b : 0x5b);
        const info = this.doc.extraInfo(composite, hujson_document/* CLOSING_SHIFT */.pR);
        if (info & hujson_document/* COMMENT */.YK)
            this.writeClosing(composite, depth, TRIM_LEAD);
        this.out.push(isObject ? 0x7d : 0x5d);
    }
    /**
     * The trailing comma (3.6) and the closing extra. An expanded composite gets a trailing comma
     * unless the document is standard JSON. An inline one keeps a comma only between a commented
     * pre-comma extra and a non-empty closing extra; otherwise the two are joined.
     */
    writeEnd(composite, depth, last) {
        const out = this.out;
        const commentBeforeComma = (this.doc.extraInfo(last, hujson_document/* AFTER_SHIFT */.A2) & hujson_document/* COMMENT */.YK) !== 0;
        if (this.state[composite] & EXPANDED) {
            if (commentBeforeComma || !this.doc.standard)
                out.push(hujson_bytes/* COMMA */.KE);
            this.writeClosing(composite, depth, 0);
        }
        else if (commentBeforeComma) {
            out.push(hujson_bytes/* COMMA */.KE);
            const closingStart = out.at;
            this.writeClosing(composite, depth, 0);
            if (out.at === closingStart)
                out.at--;
        }
        else {
            this.writeClosing(composite, depth, 0);
        }
    }
    writeClosing(composite, depth, extraOptions) {
        const doc = this.doc;
        const info = doc.extraInfo(composite, hujson_document/* CLOSING_SHIFT */.pR);
        const expanded = this.state[composite] & EXPANDED ? TRAIL_NL : 0;
        if (!(info & hujson_document/* COMMENT */.YK)) {
            // FMT on whitespace only with TRIM_TRAIL and DEDENT_LAST: at most one newline, at least one with TRAIL_NL.
            if (expanded || info & hujson_document/* LF_COUNT */.RN)
                this.out.lineBreaks(1, depth);
            return;
        }
        const options = expanded | extraOptions | TRIM_TRAIL | DEDENT_LAST;
        this.extras.write(doc.closings[composite], doc.ends[composite] - 1, info, depth + 1, options);
    }
}


/***/ }),

/***/ 8246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony export MAX_NESTING_DEPTH */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4306);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6736);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6530);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4923);
// The lossless HuJSON parser. It follows Go's hujson rule by rule (spec section 2), including
// which error is reported first and where, so messages and positions match Go's. It fills the
// flat arrays of a HujsonDocument; nothing is allocated per value.




/**
 * The most composites open at once that a policy may have. Go's hujson has no limit, but the
 * server decodes the standardized policy with Go's encoding/json, whose scanner refuses the
 * 10,001st open bracket (its maxNestingDepth). Past it a document is refused as the server
 * refuses it; up to it every walk over the document is a loop, never a recursion.
 */
const MAX_NESTING_DEPTH = 10_000;
/** Parses one HuJSON document, keeping every comment, whitespace run and trailing comma. */
function parse(input) {
    const source = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .toBytes */ .ZJ)(input);
    return new _document_js__WEBPACK_IMPORTED_MODULE_1__/* .HujsonDocument */ .nv(source, new Parser(source).parseDocument());
}
const tokenDecoder = new TextDecoder();
/** Room for this many open composites at first. */
const INITIAL_DEPTH = 32;
/** Whether an open object expects a member name or a member value next. */
const EXPECT_NAME = 0;
const EXPECT_VALUE = 1;
/**
 * One loop over the values in document order with an explicit stack of open composites, not
 * a recursion: a command parses one document per process, so the parse mostly runs before V8
 * has optimised anything, and one loop is optimised early where mutually recursive functions
 * are compiled late and at great cost. The checks come in Go's order, so the first error found
 * is Go's.
 */
class Parser {
    src;
    pos = 0;
    /** LF count and comment bit (document.ts) of the extra read last. */
    info = 0;
    out;
    /**
     * Per open composite, outermost first: its index, its last item so far (or -1), and for an
     * object what comes next. They start small and double: most documents are a few levels deep.
     */
    open = new Int32Array(INITIAL_DEPTH);
    lastItems = new Int32Array(INITIAL_DEPTH);
    expecting = new Uint8Array(INITIAL_DEPTH);
    top = -1;
    /**
     * The first bracket past MAX_NESTING_DEPTH, or -1. The parse goes on past it: Go's hujson
     * reads the whole document before encoding/json sees the depth, so a syntax error anywhere
     * in the document is the server's answer, not the depth.
     */
    tooDeep = -1;
    constructor(src) {
        this.src = src;
        // Policy files hold roughly one value per 12 bytes or more; the arrays double when not.
        const capacity = Math.max(64, src.length >> 3);
        this.out = {
            count: 0,
            kinds: new Uint8Array(capacity),
            flags: new Uint8Array(capacity),
            extras: new Uint16Array(capacity),
            starts: new Int32Array(capacity),
            ends: new Int32Array(capacity),
            befores: new Int32Array(capacity),
            afters: new Int32Array(capacity),
            siblings: new Int32Array(capacity),
            closings: new Int32Array(capacity),
            standard: true,
            depth: 0,
        };
    }
    parseDocument() {
        this.readExtra();
        this.parseValues(this.info);
        if (this.pos < this.src.length)
            throw this.invalidCharacter(this.pos, 'after top-level value');
        if (this.tooDeep !== -1)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingError */ .xE)(this.src, this.tooDeep, MAX_NESTING_DEPTH);
        return this.out;
    }
    /**
     * Parses the root value. Each turn starts a value at the current position (its before-extra
     * read): a literal is read whole, a composite is opened. Then values end and composites
     * close until the next value starts: an ended value's after-extra is read, and what follows
     * it (a colon, a comma, a bracket) tells its composite what comes next.
     */
    parseValues(rootBeforeInfo) {
        const { src, out } = this;
        let beforeStart = 0;
        let beforeInfo = rootBeforeInfo;
        for (;;) {
            let ended = this.startValue(beforeStart, beforeInfo);
            const byte = src[this.pos];
            if (byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .OPEN_BRACE */ .Hv || byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .OPEN_BRACKET */ .WL) {
                this.enterComposite(ended, byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .OPEN_BRACE */ .Hv ? _document_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT */ .qv : _document_js__WEBPACK_IMPORTED_MODULE_1__/* .ARRAY */ .sO);
                ended = -1;
            }
            else if (byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTE */ .jA) {
                this.parseString(ended);
            }
            else {
                this.parseBareToken(ended);
            }
            for (;;) {
                if (ended === -1) {
                    // Just after an opening bracket or a comma: the next item, or the closing bracket.
                    const composite = this.open[this.top];
                    beforeStart = this.pos;
                    this.readExtra();
                    if (src[this.pos] !== closingBracket(out.kinds[composite]))
                        break;
                    this.closeAfterComma(composite, this.lastItems[this.top], beforeStart);
                    ended = composite;
                }
                out.ends[ended] = this.pos;
                this.readExtra();
                out.afters[ended] = this.pos;
                out.extras[ended] |= this.info << _document_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_SHIFT */ .A2;
                if (this.top === -1)
                    return;
                if (this.afterName(ended)) {
                    beforeStart = this.pos;
                    this.readExtra();
                    break;
                }
                ended = this.afterItem(ended);
            }
            beforeInfo = this.info;
        }
    }
    /** Numbers a new value starting at the current position and links it into its composite. */
    startValue(beforeStart, beforeInfo) {
        const out = this.out;
        if (out.count === out.kinds.length)
            this.grow();
        const value = out.count++;
        out.befores[value] = beforeStart;
        out.starts[value] = this.pos;
        out.siblings[value] = -1;
        out.flags[value] = 0;
        out.extras[value] = beforeInfo;
        const top = this.top;
        if (top !== -1) {
            const last = this.lastItems[top];
            if (last === -1)
                out.flags[this.open[top]] |= _document_js__WEBPACK_IMPORTED_MODULE_1__/* .HAS_ITEMS */ .iq;
            else
                out.siblings[last] = value;
            this.lastItems[top] = value;
        }
        if (this.pos >= this.src.length)
            throw this.error(this.pos, 'parsing value: unexpected EOF');
        return value;
    }
    /**
     * When `value` is the name of a member of the innermost composite: checks it and reads the
     * colon after it, and returns true (the member's value comes next).
     */
    afterName(value) {
        const { src, out } = this;
        const top = this.top;
        if (out.kinds[this.open[top]] !== _document_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT */ .qv || this.expecting[top] !== EXPECT_NAME)
            return false;
        if (out.kinds[value] !== _document_js__WEBPACK_IMPORTED_MODULE_1__/* .STRING */ .An)
            throw this.invalidCharacter(out.starts[value], 'at start of object name');
        if (this.pos >= src.length)
            throw this.error(this.pos, 'parsing object after name: unexpected EOF');
        if (src[this.pos] !== _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .COLON */ .oH)
            throw this.invalidCharacter(this.pos, 'after object name');
        this.expecting[top] = EXPECT_VALUE;
        this.pos++;
        return true;
    }
    /**
     * After `value`, an element or a member value: a comma (returns -1: an item or the bracket
     * follows) or the closing bracket (returns the composite, which has ended).
     */
    afterItem(value) {
        const src = this.src;
        const top = this.top;
        const composite = this.open[top];
        const isObject = this.out.kinds[composite] === _document_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT */ .qv;
        if (this.pos >= src.length) {
            throw this.error(this.pos, `parsing ${isObject ? 'object' : 'array'} after value: unexpected EOF`);
        }
        const next = src[this.pos];
        if (next === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMA */ .KE) {
            this.pos++;
            this.expecting[top] = EXPECT_NAME;
            return -1;
        }
        if (next !== closingBracket(this.out.kinds[composite])) {
            const expecting = isObject ? "(expecting ',' or '}')" : "(expecting ',' or ']')";
            throw this.invalidCharacter(this.pos, `after ${isObject ? 'object' : 'array'} value ${expecting}`);
        }
        this.closeAfterValue(composite, value);
        return composite;
    }
    enterComposite(composite, kind) {
        const top = ++this.top;
        if (top === this.open.length)
            this.growStacks();
        if (top >= this.out.depth) {
            this.out.depth = top + 1;
            if (top === MAX_NESTING_DEPTH)
                this.tooDeep = this.pos;
        }
        this.open[top] = composite;
        this.lastItems[top] = -1;
        this.expecting[top] = EXPECT_NAME;
        this.out.kinds[composite] = kind;
        this.pos++;
    }
    /**
     * The bracket follows a comma (or the opening bracket): what lies between them is the closing
     * extra, and a last item before that comma makes it a trailing comma.
     */
    closeAfterComma(composite, last, closingStart) {
        const out = this.out;
        if (last !== -1) {
            out.flags[composite] |= _document_js__WEBPACK_IMPORTED_MODULE_1__/* .TRAILING_COMMA */ .VW;
            out.standard = false;
        }
        out.closings[composite] = closingStart;
        out.extras[composite] |= this.info << _document_js__WEBPACK_IMPORTED_MODULE_1__/* .CLOSING_SHIFT */ .pR;
        this.top--;
        this.pos++;
    }
    /** The bracket follows the last item: its after-extra becomes the closing extra (spec 2.3). */
    closeAfterValue(composite, last) {
        const out = this.out;
        out.closings[composite] = out.ends[last];
        out.afters[last] = out.ends[last];
        out.extras[composite] |= ((out.extras[last] >> _document_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_SHIFT */ .A2) & 7) << _document_js__WEBPACK_IMPORTED_MODULE_1__/* .CLOSING_SHIFT */ .pR;
        out.extras[last] &= ~(7 << _document_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_SHIFT */ .A2);
        this.top--;
        this.pos++;
    }
    /**
     * Scans to the first unescaped quote (a backslash skips whatever byte follows), then checks
     * the token is a valid JSON string. Bytes >= 0x80 are not checked, as in Go.
     */
    parseString(value) {
        const src = this.src;
        const length = src.length;
        const start = this.pos;
        let valid = true;
        let flags = 0;
        let i = start + 1;
        while (i < length) {
            const byte = src[i];
            if (byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTE */ .jA)
                break;
            if (byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKSLASH */ .r_) {
                flags |= _document_js__WEBPACK_IMPORTED_MODULE_1__/* .ESCAPED */ .Oh;
                if (!(0,_tokens_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidEscape */ .Mi)(src, i))
                    valid = false;
                i += 2;
            }
            else {
                if (byte < _bytes_js__WEBPACK_IMPORTED_MODULE_0__.SP)
                    valid = false;
                else if (byte >= 0x80)
                    flags |= _document_js__WEBPACK_IMPORTED_MODULE_1__/* .NON_ASCII */ .a2;
                i++;
            }
        }
        if (i >= length)
            throw this.error(length, 'parsing string: unexpected EOF');
        this.pos = i + 1;
        if (!valid)
            throw this.invalidLiteral(start, this.pos);
        this.out.kinds[value] = _document_js__WEBPACK_IMPORTED_MODULE_1__/* .STRING */ .An;
        this.out.flags[value] = flags;
    }
    parseBareToken(value) {
        const src = this.src;
        const start = this.pos;
        let end = start;
        while (end < src.length && (0,_tokens_js__WEBPACK_IMPORTED_MODULE_3__/* .isBareTokenByte */ ._A)(src[end]))
            end++;
        if (end === start)
            throw this.invalidCharacter(start, 'at start of value');
        const kind = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_3__/* .bareTokenKind */ .QN)(src, start, end);
        if (kind === 0)
            throw this.invalidLiteral(start, end);
        this.out.kinds[value] = kind;
        this.pos = end;
    }
    /** Reads a run of whitespace and comments, noting its LF count (up to 2) and any comment. */
    readExtra() {
        const src = this.src;
        const length = src.length;
        let i = this.pos;
        let lineFeeds = 0;
        let comment = 0;
        while (i < length) {
            const byte = src[i];
            if (byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__.LF) {
                lineFeeds++;
                i++;
            }
            else if (byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__.SP || byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__.HT || byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__.CR) {
                i++;
            }
            else if (byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .SLASH */ .o && i + 1 < length && (src[i + 1] === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .SLASH */ .o || src[i + 1] === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .STAR */ .Vw)) {
                const end = this.readComment(i);
                lineFeeds += (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .countByte */ .IS)(src, _bytes_js__WEBPACK_IMPORTED_MODULE_0__.LF, i, end);
                comment = _document_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT */ .YK;
                this.out.standard = false;
                i = end;
            }
            else {
                break;
            }
        }
        this.pos = i;
        this.info = (lineFeeds > 2 ? 2 : lineFeeds) | comment;
    }
    /** Reads the comment starting at `start`; returns the offset just past it. */
    readComment(start) {
        const src = this.src;
        let end;
        if (src[start + 1] === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .SLASH */ .o) {
            const lineEnd = src.indexOf(_bytes_js__WEBPACK_IMPORTED_MODULE_0__.LF, start + 2);
            if (lineEnd === -1)
                throw this.error(start, 'parsing comment: unexpected EOF');
            end = lineEnd + 1;
        }
        else {
            end = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_3__/* .findBlockCommentEnd */ .$7)(src, start + 2);
            if (end === -1)
                throw this.error(start, 'parsing comment: unexpected EOF');
        }
        if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidUtf8 */ .ql)(src, start, end))
            throw this.error(start, 'invalid UTF-8 in comment');
        return end;
    }
    grow() {
        const out = this.out;
        const capacity = out.kinds.length * 2;
        out.kinds = grown(out.kinds, new Uint8Array(capacity));
        out.flags = grown(out.flags, new Uint8Array(capacity));
        out.extras = grown(out.extras, new Uint16Array(capacity));
        out.starts = grown(out.starts, new Int32Array(capacity));
        out.ends = grown(out.ends, new Int32Array(capacity));
        out.befores = grown(out.befores, new Int32Array(capacity));
        out.afters = grown(out.afters, new Int32Array(capacity));
        out.siblings = grown(out.siblings, new Int32Array(capacity));
        out.closings = grown(out.closings, new Int32Array(capacity));
    }
    growStacks() {
        const depth = this.open.length * 2;
        this.open = grown(this.open, new Int32Array(depth));
        this.lastItems = grown(this.lastItems, new Int32Array(depth));
        this.expecting = grown(this.expecting, new Uint8Array(depth));
    }
    error(offset, message) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .syntaxError */ .Ip)(this.src, offset, message);
    }
    invalidCharacter(offset, context) {
        return this.error(offset, `invalid character ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCharacter */ .zQ)(this.src, offset)} ${context}`);
    }
    /** Invalid UTF-8 inside a string token shows as U+FFFD: a JS string cannot hold raw bytes. */
    invalidLiteral(start, end) {
        return this.error(start, `invalid literal: ${tokenDecoder.decode(this.src.subarray(start, end))}`);
    }
}
function closingBracket(kind) {
    return kind === _document_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT */ .qv ? _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOSE_BRACE */ .rc : _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOSE_BRACKET */ .wt;
}
function grown(old, bigger) {
    bigger.set(old);
    return bigger;
}


/***/ }),

/***/ 6935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ normalizeStringInto),
/* harmony export */   f: () => (/* binding */ decodeStringRange)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4306);
// JSON string literals: Go's decoding (one U+FFFD per invalid byte, unpaired surrogate escapes
// become U+FFFD) and the re-encoding hujson.Format applies to strings that contain an escape.

const REPLACEMENT_CHARACTER = 0xfffd;
const utf8Decoder = new TextDecoder();
/**
 * The JavaScript string the JSON string literal `src[start, end)` (quotes included) stands for,
 * decoded the way Go decodes it.
 */
function decodeStringRange(src, start, end) {
    if (!needsTranscoding(src, start, end))
        return utf8Decoder.decode(src.subarray(start + 1, end - 1));
    const out = new Uint8Array((end - start) * 3);
    return utf8Decoder.decode(out.subarray(0, transcode(src, start, end, false, out, 0)));
}
function needsTranscoding(src, start, end) {
    for (let i = start; i < end; i++)
        if (src[i] === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKSLASH */ .r_ || src[i] >= 0x80)
            return true;
    return false;
}
/**
 * Format's normalisation (spec 3.1a) of a literal that contains a backslash: decoded and
 * re-encoded into `out` at `at` (room for three bytes per input byte needed); returns the new end.
 */
function normalizeStringInto(src, start, end, out, at) {
    return transcode(src, start, end, true, out, at);
}
/**
 * Decodes the literal's content; with `escape`, writes it back as a JSON string the way Go's
 * hujson does (control characters, `"` and `\` escaped, everything else raw UTF-8), otherwise
 * as plain UTF-8. Each input byte yields at most three output bytes.
 */
function transcode(literal, start, literalEnd, escape, out, from) {
    const end = literalEnd - 1;
    let at = from;
    if (escape)
        out[at++] = _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTE */ .jA;
    let i = start + 1;
    while (i < end) {
        const byte = literal[i];
        if (byte === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKSLASH */ .r_) {
            const escaped = literal[i + 1];
            if (escaped === 0x75) {
                const codePoint = readUnicodeEscape(literal, i);
                at = writeCodePoint(out, at, codePoint, escape);
                i += codePoint >= 0x10000 ? 12 : 6;
            }
            else {
                at = writeCodePoint(out, at, SIMPLE_ESCAPES[escaped] ?? escaped, escape);
                i += 2;
            }
        }
        else if (byte < 0x80) {
            out[at++] = byte;
            i++;
        }
        else {
            const length = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8SequenceLength */ .vg)(literal, i, end);
            if (length === 0) {
                at += (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeCodePoint */ .u2)(out, at, REPLACEMENT_CHARACTER);
                i++;
            }
            else {
                for (let k = 0; k < length; k++)
                    out[at++] = literal[i + k];
                i += length;
            }
        }
    }
    if (escape)
        out[at++] = _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTE */ .jA;
    return at;
}
/** What the byte after a backslash stands for, apart from `u`. */
const SIMPLE_ESCAPES = {
    0x62: 0x08, // b
    0x66: 0x0c, // f
    0x6e: 0x0a, // n
    0x72: 0x0d, // r
    0x74: 0x09, // t
};
/**
 * A `\uXXXX` escape, combined with an immediately following low-surrogate escape when it is a
 * high surrogate (the only way to get a code point above U+FFFF, which tells the caller that
 * twelve bytes were used); any other surrogate becomes U+FFFD and uses only its own six bytes.
 */
function readUnicodeEscape(literal, at) {
    const unit = readHex4(literal, at + 2);
    if (unit < 0xd800 || unit > 0xdfff)
        return unit;
    if (unit < 0xdc00 && literal[at + 6] === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKSLASH */ .r_ && literal[at + 7] === 0x75) {
        const low = readHex4(literal, at + 8);
        if (low >= 0xdc00 && low <= 0xdfff)
            return 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
    }
    return REPLACEMENT_CHARACTER;
}
/** Four hex digits at `at`, or -1 if any is not a hex digit. */
function readHex4(bytes, at) {
    let value = 0;
    for (let k = 0; k < 4; k++) {
        const digit = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexValue */ .Fh)(bytes[at + k]);
        if (digit < 0)
            return -1;
        value = (value << 4) | digit;
    }
    return value;
}
const SHORT_ESCAPES = {
    0x08: 0x62, // \b
    0x09: 0x74, // \t
    0x0a: 0x6e, // \n
    0x0c: 0x66, // \f
    0x0d: 0x72, // \r
    0x22: 0x22, // \"
    0x5c: 0x5c, // \\
};
const HEX_DIGITS = '0123456789abcdef';
function writeCodePoint(out, at, codePoint, escape) {
    if (!escape || (codePoint >= 0x20 && codePoint !== _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTE */ .jA && codePoint !== _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKSLASH */ .r_)) {
        return at + (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeCodePoint */ .u2)(out, at, codePoint);
    }
    out[at++] = _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKSLASH */ .r_;
    const short = SHORT_ESCAPES[codePoint];
    if (short !== undefined) {
        out[at++] = short;
        return at;
    }
    out[at++] = 0x75;
    out[at++] = 0x30;
    out[at++] = 0x30;
    out[at++] = HEX_DIGITS.charCodeAt(codePoint >> 4);
    out[at++] = HEX_DIGITS.charCodeAt(codePoint & 0xf);
    return at;
}


/***/ }),

/***/ 4923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ findBlockCommentEnd),
/* harmony export */   Mi: () => (/* binding */ isValidEscape),
/* harmony export */   QN: () => (/* binding */ bareTokenKind),
/* harmony export */   _A: () => (/* binding */ isBareTokenByte)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6736);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4306);
// The lexical checks of Go's hujson scanner (spec 2.5, 2.6): string escapes, bare tokens,
// keywords and JSON numbers, all over byte ranges of the source.


/** Offset just past the first `*` `/` at or after `from`, or -1. */
function findBlockCommentEnd(src, from) {
    for (let star = src.indexOf(_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .STAR */ .Vw, from); star !== -1; star = src.indexOf(_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .STAR */ .Vw, star + 1)) {
        if (src[star + 1] === _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .SLASH */ .o)
            return star + 2;
    }
    return -1;
}
function isValidEscape(src, backslash) {
    switch (src[backslash + 1]) {
        case 0x22: // "
        case 0x5c: // \
        case 0x2f: // /
        case 0x62: // b
        case 0x66: // f
        case 0x6e: // n
        case 0x72: // r
        case 0x74: // t
            return true;
        case 0x75: // u
            return ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexValue */ .Fh)(src[backslash + 2]) >= 0 &&
                (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexValue */ .Fh)(src[backslash + 3]) >= 0 &&
                (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexValue */ .Fh)(src[backslash + 4]) >= 0 &&
                (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexValue */ .Fh)(src[backslash + 5]) >= 0);
        default:
            return false;
    }
}
/** The bytes Go's scanner gathers into a bare token: `- + . 0-9 A-Z a-z`. */
function isBareTokenByte(byte) {
    return ((byte >= 0x61 && byte <= 0x7a) ||
        (byte >= 0x30 && byte <= 0x39) ||
        (byte >= 0x41 && byte <= 0x5a) ||
        byte === 0x2d ||
        byte === 0x2b ||
        byte === 0x2e);
}
/** The kind of the bare token `src[start, end)`, or 0 when it is not a valid literal. */
function bareTokenKind(src, start, end) {
    const first = src[start];
    if (first === 0x74)
        return matches(src, start, end, 'true') ? _document_js__WEBPACK_IMPORTED_MODULE_1__/* .TRUE */ .rT : 0;
    if (first === 0x66)
        return matches(src, start, end, 'false') ? _document_js__WEBPACK_IMPORTED_MODULE_1__/* .FALSE */ .W8 : 0;
    if (first === 0x6e)
        return matches(src, start, end, 'null') ? _document_js__WEBPACK_IMPORTED_MODULE_1__/* .NULL */ .Cq : 0;
    return isJsonNumber(src, start, end) ? _document_js__WEBPACK_IMPORTED_MODULE_1__/* .NUMBER */ .uk : 0;
}
function matches(src, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let i = 0; i < word.length; i++)
        if (src[start + i] !== word.charCodeAt(i))
            return false;
    return true;
}
/** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` over the whole range. */
function isJsonNumber(src, start, end) {
    let i = start;
    if (src[i] === 0x2d)
        i++;
    if (i < end && src[i] === 0x30)
        i++;
    else if (i < end && src[i] >= 0x31 && src[i] <= 0x39)
        i = skipDigits(src, i, end);
    else
        return false;
    if (i < end && src[i] === 0x2e) {
        const fractionStart = i + 1;
        i = skipDigits(src, fractionStart, end);
        if (i === fractionStart)
            return false;
    }
    if (i < end && (src[i] === 0x65 || src[i] === 0x45)) {
        i++;
        if (i < end && (src[i] === 0x2b || src[i] === 0x2d))
            i++;
        const exponentStart = i;
        i = skipDigits(src, exponentStart, end);
        if (i === exponentStart)
            return false;
    }
    return i === end;
}
function skipDigits(src, from, end) {
    let i = from;
    while (i < end && src[i] >= 0x30 && src[i] <= 0x39)
        i++;
    return i;
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ formatGoDuration),
/* harmony export */   Qu: () => (/* binding */ parseGoDuration),
/* harmony export */   dp: () => (/* binding */ HOUR)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6114);
// Go's time.ParseDuration and Duration.String, because checkPeriod errors quote both verbatim.

const UNITS = {
    ns: 1n,
    us: 1000n,
    µs: 1000n,
    μs: 1000n,
    ms: 1000000n,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n,
};
const MAX_INT64 = (1n << 63n) - 1n;
function parseGoDuration(original) {
    const invalid = () => ({ ok: false, error: `time: invalid duration ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(original)}` });
    let s = original;
    let negative = false;
    if (s.startsWith('-') || s.startsWith('+')) {
        negative = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return { ok: true, nanos: 0n };
    if (s === '')
        return invalid();
    let total = 0n;
    while (s !== '') {
        const number = /^([0-9]*)(?:\.([0-9]*))?/.exec(s);
        const whole = number[1];
        const fraction = number[2] ?? '';
        if (whole === '' && fraction === '')
            return invalid();
        s = s.slice(number[0].length);
        const unitMatch = /^[^0-9.]*/.exec(s)[0];
        if (unitMatch === '')
            return { ok: false, error: `time: missing unit in duration ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(original)}` };
        const unit = UNITS[unitMatch];
        if (unit === undefined)
            return { ok: false, error: `time: unknown unit ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(unitMatch)} in duration ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(original)}` };
        s = s.slice(unitMatch.length);
        const scale = 10n ** BigInt(fraction.length);
        total += BigInt(whole === '' ? '0' : whole) * unit + (fraction === '' ? 0n : (BigInt(fraction) * unit) / scale);
        if (total > MAX_INT64)
            return invalid();
    }
    return { ok: true, nanos: negative ? -total : total };
}
/** Go's Duration.String: `1h30m0s`, `1.5s`, `500ms`, `0s`. */
function formatGoDuration(nanos) {
    if (nanos === 0n)
        return '0s';
    const sign = nanos < 0n ? '-' : '';
    let u = nanos < 0n ? -nanos : nanos;
    if (u < 1000000000n) {
        if (u < 1000n)
            return `${sign}${u}ns`;
        if (u < 1000000n)
            return `${sign}${fraction(u, 3)}µs`;
        return `${sign}${fraction(u, 6)}ms`;
    }
    let out = `${fraction(u % 60000000000n, 9)}s`;
    u /= 60000000000n;
    if (u > 0n) {
        out = `${u % 60n}m${out}`;
        u /= 60n;
        if (u > 0n)
            out = `${u}h${out}`;
    }
    return sign + out;
}
/** `value / 10^digits` with the fractional part's trailing zeros dropped. */
function fraction(value, digits) {
    const scale = 10n ** BigInt(digits);
    const frac = (value % scale).toString().padStart(digits, '0').replace(/0+$/, '');
    return frac === '' ? `${value / scale}` : `${value / scale}.${frac}`;
}
const HOUR = 3600000000000n;


/***/ }),

/***/ 6114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ quoteKey),
/* harmony export */   d: () => (/* binding */ goQuote)
/* harmony export */ });
// Go's %q quoting, which the server uses for every quoted value in its messages.
const SHORT_ESCAPES = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '"': '\\"',
    '\\': '\\\\',
};
/**
 * Letters, marks, numbers, punctuation, symbols and the space: what %q prints as it is. Built on
 * first use rather than written as a literal: V8 expands a literal's \p{…} classes as soon as the
 * module loads, which every run would pay for a message it rarely makes.
 */
let printable;
const isPrintable = (char) => (printable ??= new RegExp('^[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S} ]$', 'u')).test(char);
/** Printable ASCII without `"` or `\\`: what %q leaves as it is (most names and addresses). */
const PLAIN = /^[ !#-[\]-~]*$/;
function goQuote(text) {
    if (PLAIN.test(text))
        return `"${text}"`;
    let out = '"';
    for (const char of text) {
        const short = SHORT_ESCAPES[char];
        if (short !== undefined)
            out += short;
        else if (isPrintable(char))
            out += char;
        else
            out += escapeCodePoint(char.codePointAt(0));
    }
    return `${out}"`;
}
function escapeCodePoint(codePoint) {
    if (codePoint < 0x80)
        return `\\x${codePoint.toString(16).padStart(2, '0')}`;
    if (codePoint <= 0xffff)
        return `\\u${codePoint.toString(16).padStart(4, '0')}`;
    return `\\U${codePoint.toString(16).padStart(8, '0')}`;
}
/**
 * The characters of a name that paths and messages quote for each of its members. A name is
 * written once in the policy but repeated for every member's finding: a 16 KB group name over a
 * few thousand bad members made hundreds of megabytes of output. Longer names are cut, with `…`.
 */
const MAX_QUOTED_KEY = 100;
/** A map key (a group's, an ipset's name) quoted as goQuote does, cut to MAX_QUOTED_KEY characters. */
function quoteKey(name) {
    if (name.length <= MAX_QUOTED_KEY)
        return goQuote(name);
    // Not between the two halves of a surrogate pair, which goQuote would show as escapes.
    const end = /[\ud800-\udbff]/.test(name[MAX_QUOTED_KEY - 1]) ? MAX_QUOTED_KEY - 1 : MAX_QUOTED_KEY;
    return goQuote(`${name.slice(0, end)}…`);
}


/***/ })

};
;