"use strict";
exports.id = 728;
exports.ids = [728];
exports.modules = {

/***/ 6176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readBlobs: () => (/* binding */ readBlobs)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6916);

/** Reads a byte stream as lines and counted byte runs, holding no more than it must. */
class StreamReader {
    chunks;
    buffered = Buffer.alloc(0);
    constructor(chunks) {
        this.chunks = chunks;
    }
    async fill() {
        const next = await this.chunks.next();
        if (next.done === true)
            return false;
        const chunk = next.value;
        this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
        return true;
    }
    async line() {
        for (;;) {
            const end = this.buffered.indexOf(10);
            if (end !== -1) {
                const line = this.buffered.subarray(0, end).toString('utf8');
                this.buffered = this.buffered.subarray(end + 1);
                return line;
            }
            if (!(await this.fill()))
                return undefined;
        }
    }
    /** The next `count` bytes, or undefined at a premature end; `keep: false` skips them. */
    async bytes(count, keep) {
        const parts = [];
        let missing = count;
        while (missing > 0) {
            if (this.buffered.length === 0 && !(await this.fill()))
                return undefined;
            const take = Math.min(missing, this.buffered.length);
            if (keep)
                parts.push(this.buffered.subarray(0, take));
            this.buffered = this.buffered.subarray(take);
            missing -= take;
        }
        return Buffer.concat(parts);
    }
}
/**
 * The blobs `ids`, in order. A blob that is missing, not a blob, or larger than `maxBytes` is
 * undefined; one blob at a time is held. Git first tells every object's type and size
 * (`--batch-check`, which inflates nothing), then hands over only the blobs that fit: a
 * gigabyte of zeros, a few kilobytes packed, is never inflated. Two processes for one version or
 * 200 (more in a partial clone). Past `deadline` git is stopped and this throws a TimeoutError.
 */
async function* readBlobs(repo, ids, maxBytes, deadline) {
    const fits = [];
    // The bytes are asked by the ids the first pass resolved: a name (`rev:path`) asked again could
    // meanwhile name another object (a fetch moving the ref).
    const resolved = [];
    for await (const info of answers(repo, ids, undefined, deadline)) {
        const fit = info?.type === 'blob' && info.size <= maxBytes;
        fits.push(fit);
        if (fit)
            resolved.push(info.id);
    }
    const contents = answers(repo, resolved, maxBytes, deadline);
    try {
        for (const fit of fits) {
            if (!fit) {
                yield undefined;
                continue;
            }
            const next = await contents.next();
            yield next.done === true ? undefined : next.value?.content;
        }
    }
    finally {
        await contents.return(undefined);
    }
}
/**
 * An answer per id, undefined for one git could not give. In a partial clone git stops at the
 * first object it may not fetch (no transport is allowed), so the rest is asked of a new process.
 */
async function* answers(repo, ids, maxBytes, deadline) {
    let next = 0;
    while (next < ids.length) {
        for await (const answer of batch(repo, ids.slice(next), maxBytes, deadline)) {
            next += 1;
            yield answer;
        }
        if (next < ids.length) {
            next += 1;
            yield undefined;
        }
    }
}
/**
 * One process's answers: `<id> <type> <size>\n`, then with `maxBytes` (`--batch`) the bytes and
 * a newline; `<id> missing\n` for none. Without `maxBytes` it is `--batch-check`: headers only.
 */
async function* batch(repo, ids, maxBytes, deadline) {
    const child = (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .spawnGit */ .Iz)(repo, ['cat-file', maxBytes === undefined ? '--batch-check' : '--batch']);
    // A git that exits early (no repository) closes stdin under us: its output tells the rest.
    child.stdin.on('error', () => undefined);
    child.stdin.end(ids.map((id) => `${id}\n`).join(''));
    // A git that takes too long (or stops answering) is killed: its output ends, and the read with it.
    const timer = deadline && setTimeout(() => child.kill(), (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .timeLeft */ .f$)(deadline));
    const reader = new StreamReader(child.stdout[Symbol.asyncIterator]());
    try {
        for (let i = 0; i < ids.length; i++) {
            const answer = await nextAnswer(reader, maxBytes);
            const late = (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTimedOut */ .uf)(deadline);
            if (late !== undefined)
                throw late;
            if (answer === 'end')
                return;
            yield answer;
        }
    }
    finally {
        clearTimeout(timer);
        child.kill();
    }
}
async function nextAnswer(reader, maxBytes) {
    const header = await reader.line();
    if (header === undefined)
        return 'end';
    const found = /^([0-9a-f]{40}|[0-9a-f]{64}) (blob|tree|commit|tag) (\d+)$/.exec(header);
    if (found === null)
        return undefined;
    const answer = { id: found[1], type: found[2], size: Number(found[3]) };
    if (maxBytes === undefined)
        return answer;
    // The first pass checked the size of this very object; checked again all the same, so that no
    // answer of git's is ever read past the cap.
    const keep = answer.type === 'blob' && answer.size <= maxBytes;
    const content = await reader.bytes(answer.size + 1, keep);
    if (content === undefined)
        return 'end';
    if (keep)
        answer.content = content.subarray(0, answer.size);
    return answer;
}


/***/ }),

/***/ 6916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ spawnGit),
/* harmony export */   f$: () => (/* binding */ timeLeft),
/* harmony export */   repositoryAt: () => (/* binding */ repositoryAt),
/* harmony export */   runGit: () => (/* binding */ runGit),
/* harmony export */   uf: () => (/* binding */ gitTimedOut)
/* harmony export */ });
/* unused harmony exports gitEnvironment, gitArguments */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
// Every git process the action starts goes through here. The checked-out tree is a pull
// request's content, which is hostile: git must take no repository, config, hook or helper
// program from it, and its environment must hold no secret a helper could read.





const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * The repository whose work tree is `root`, or undefined. Only `<root>/.git` counts: git's own
 * discovery would also take a bare repository (HEAD, objects/, refs/, config) from any folder,
 * and a pull request can commit such a folder. A `.git` entry it cannot commit: git refuses it.
 */
async function repositoryAt(root) {
    const gitDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, '.git');
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(gitDir).then(() => true, () => false);
    return found ? { root, gitDir } : undefined;
}
/** Settings that would make git run a program, or reach the network, switched off. */
const SAFE_CONFIG = [
    // A signature check runs gpg.program (or ssh-keygen, x509 programs).
    'log.showSignature=false',
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'core.sshCommand=false',
    'credential.helper=',
    // No transport at all: in a partial clone, a missing object would otherwise be fetched
    // (git 2.45 and later also honour GIT_NO_LAZY_FETCH below).
    'protocol.allow=never',
    // The repository's own config must not change what `git log -- <file>` lists.
    'log.follow=false',
];
/** Variables of the parent worth keeping: none holds a secret, and git or the OS needs them. */
const KEPT_VARIABLES = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'SYSTEMROOT', 'windir'];
/** The whole environment of a git process: no INPUT_*, no token, only what is set here. */
function gitEnvironment(repo, parent = process.env) {
    const env = {};
    for (const name of KEPT_VARIABLES) {
        const value = parent[name];
        if (value !== undefined)
            env[name] = value;
    }
    return {
        ...env,
        LC_ALL: 'C',
        GIT_DIR: repo.gitDir,
        GIT_WORK_TREE: repo.root,
        GIT_CEILING_DIRECTORIES: node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(repo.root),
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_PAGER: 'cat',
        GIT_NO_LAZY_FETCH: '1',
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_LITERAL_PATHSPECS: '1',
    };
}
/** git's arguments: the hardening first, then the command's own. */
function gitArguments(repo, args) {
    // safe.directory: the global config that may have said so is not read; this run trusts the
    // workspace it was pointed at (command-line config counts as protected since git 2.39).
    const config = [...SAFE_CONFIG, `safe.directory=${repo.root}`].flatMap((setting) => ['-c', setting]);
    return ['--no-pager', ...config, ...args];
}
/** setTimeout fires at once past this many milliseconds (a 32-bit count). */
const LONGEST_TIMER = 2 ** 31 - 1;
/** Milliseconds left before `deadline`, as a timer takes them. */
function timeLeft(deadline) {
    return Math.min(LONGEST_TIMER, Math.max(1, deadline.at - deadline.now()));
}
/** The error for git stopped at the deadline (callers say what git was reading), or undefined before it. */
function gitTimedOut(deadline) {
    return deadline !== undefined && deadline.now() >= deadline.at
        ? new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TimeoutError */ .MU('the timeout elapsed while git ran')
        : undefined;
}
/**
 * Runs one git command to completion and returns its stdout; past `deadline` git is killed. A git
 * that cannot start is a GitMissingError, so that no caller reads it as git's answer ("no such
 * commit", "no repository here").
 */
async function runGit(repo, args, deadline) {
    // Past the deadline git does not start: a fast command could finish before its kill timer fires.
    const late = gitTimedOut(deadline);
    if (late !== undefined)
        throw late;
    try {
        const { stdout } = await execFileAsync('git', gitArguments(repo, args), {
            cwd: repo.root,
            env: gitEnvironment(repo),
            maxBuffer: 16 << 20,
            windowsHide: true,
            ...(deadline && { timeout: timeLeft(deadline) }),
        });
        return stdout;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitMissingError */ .bH();
        throw gitTimedOut(deadline) ?? error;
    }
}
/** Starts a git command whose stdin and stdout the caller streams. */
function spawnGit(repo, args) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', gitArguments(repo, args), {
        cwd: repo.root,
        env: gitEnvironment(repo),
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    // Nobody reads stderr; drained so a chatty git never blocks on a full pipe.
    child.stderr.resume();
    // A git that cannot start (not installed) ends stdout at once; the reader sees no answer.
    child.on('error', () => undefined);
    return child;
}


/***/ }),

/***/ 6362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ PlanBudget),
/* harmony export */   UK: () => (/* binding */ PlanCutShortError)
/* harmony export */ });
/* unused harmony exports MAX_ATOMS, MAX_PAIRS, MAX_MATCHES, MAX_CHANGES, MAX_RANGES, MAX_TEXT */
/* harmony import */ var _policy_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3816);
/* harmony import */ var _policy_network_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8323);
/* harmony import */ var _render_bidi_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4884);
/* harmony import */ var _render_controls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8804);
/* harmony import */ var _render_invisible_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2019);
// The plan's budget: the plan runs on a fork's pull request, so a hostile policy must not make it
// run long or hold much memory (issue 9). Loops that grow with the input take one `step()` per
// unit of work; the clock is read only every so many steps (the engine's Deadline). Products that
// could explode (atoms × rules, source × destination pairs) are also capped by count, so that a
// run without a deadline (the CLI) still stops with a clear message instead of exhausting memory.





/** More endpoints than this, or more pairs to evaluate, and the plan is not attempted. */
const MAX_ATOMS = 200_000;
const MAX_PAIRS = 4_000_000;
/** Most (rule target, endpoint) matches the plan records, over both sides and every channel. */
const MAX_MATCHES = 8_000_000;
/**
 * Most raw changes (before group collapsing): a plan past this is no review, and ten kilobytes of
 * policy (300 users given 300 destinations) reach it, then gigabytes of memory rendering it.
 */
const MAX_CHANGES = 100_000;
/** Most port ranges those changes list in all (a policy cut into every other port lists 32,768 per change). */
const MAX_RANGES = 1_000_000;
/**
 * Most characters of text the changes carry, summed (names, labels, values, verdicts): each
 * change repeats its source's and destination's, so a capability value or a posture condition of
 * thousands of characters, given to a few hundred pairs by ten kilobytes of policy, would make a
 * plan of gigabytes, past the longest string a report can be written as.
 */
const MAX_TEXT = 64 * 1024 * 1024;
/** The plan stopped before it was complete; the message says why, for a note in the report. */
class PlanCutShortError extends Error {
    reason;
    name = 'PlanCutShortError';
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
class PlanBudget {
    caps;
    deadline;
    pairs = 0;
    matches = 0;
    changes = 0;
    ranges = 0;
    constructor(at, now, caps = { atoms: MAX_ATOMS, pairs: MAX_PAIRS }) {
        this.caps = caps;
        this.deadline = new _policy_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .Deadline */ .B(at, now, caps.indexed);
    }
    /**
     * The deadline and size limit the engine's own phases take (resolving ipsets, compiling rules):
     * the plan's, so those phases stop where the plan would; `check()` then says why.
     */
    get engine() {
        return this.deadline;
    }
    /**
     * The engine's index of a side's rules, held to the plan's deadline and to the engine's limit on
     * the address ranges it copies (a rule naming an ipset of N ranges copies them all): N rules
     * naming one such ipset would otherwise hold N² ranges.
     */
    index(rules, env) {
        const index = new _policy_network_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkIndex */ .T(rules, env, this.deadline);
        this.check();
        return index;
    }
    /**
     * One unit of work; throws once the deadline has passed (the clock is read every few steps) or
     * the engine's verdicts reached the size limit.
     */
    step() {
        if (this.deadline.passed())
            throw this.stopped();
    }
    /** Between phases: reads the clock now; also stops once an index reached the size limit (`index`). */
    check() {
        if (this.deadline.passed(true))
            throw this.stopped();
    }
    stopped() {
        return this.deadline.reason === 'size'
            ? new PlanCutShortError('size', 'more address ranges than the plan holds')
            : timeout();
    }
    /** The universe's size, checked before any pair is considered. */
    atoms(count) {
        if (count > this.caps.atoms) {
            throw new PlanCutShortError('size', `the policies name ${count} distinct endpoints (more than ${this.caps.atoms})`);
        }
    }
    /** One more match of a rule target with an endpoint (a rule with N sources and N destinations has N² of them). */
    match() {
        const cap = this.caps.matches ?? MAX_MATCHES;
        if (++this.matches > cap)
            throw new PlanCutShortError('size', `more than ${cap} rule and endpoint matches to compare`);
        this.step();
    }
    /** `count` more raw changes found, listing `ranges` port ranges, over every channel of the plan. */
    found(count, ranges = count) {
        const cap = this.caps.changes ?? MAX_CHANGES;
        this.changes += count;
        this.ranges += ranges;
        if (this.changes > cap)
            throw new PlanCutShortError('size', `more than ${cap} access changes`);
        const rangeCap = this.caps.ranges ?? MAX_RANGES;
        if (this.ranges > rangeCap)
            throw new PlanCutShortError('size', `more than ${rangeCap} port ranges in the access changes`);
    }
    /**
     * The text the plan's entries carry (their strings, and the strings in their lists), each
     * character as long as the output it becomes: a control character is printed as a six-character
     * escape, a bidirectional or invisible one as its name of up to ten. Counted only as far as the cap, since
     * one long string may be repeated in every entry.
     */
    text(entries) {
        const cap = this.caps.text ?? MAX_TEXT;
        let count = 0;
        const add = (text) => {
            count += text.length + (text.match(ESCAPED)?.length ?? 0) * (ESCAPE_LENGTH - 1);
            if (count > cap)
                throw new PlanCutShortError('size', `more than ${sizeText(cap)} of text in the access changes`);
        };
        for (const entry of entries)
            for (const value of Object.values(entry)) {
                if (typeof value === 'string')
                    add(value);
                else if (Array.isArray(value))
                    for (const item of value)
                        if (typeof item === 'string')
                            add(item);
            }
    }
    /** One more (source, destination) pair to evaluate, over every channel of the plan. */
    pair() {
        if (++this.pairs > this.caps.pairs) {
            throw new PlanCutShortError('size', `more than ${this.caps.pairs} source and destination pairs to compare`);
        }
        this.step();
    }
    /**
     * The entry of (source, destination) in `pairs` (keyed by source), made by `make` when new: a
     * new pair is charged as a pair, a repeat as a step.
     */
    addPair(pairs, source, destination, make) {
        let entries = pairs.get(source);
        if (entries === undefined)
            pairs.set(source, (entries = new Map()));
        const known = entries.get(destination);
        if (known !== undefined) {
            this.step();
            return known;
        }
        this.pair();
        const made = make();
        entries.set(destination, made);
        return made;
    }
}
/** `64 MiB`, or `100 bytes` below a mebibyte. */
const sizeText = (bytes) => bytes >= 2 ** 20 ? `${Math.floor(bytes / 2 ** 20)} MiB` : `${bytes} bytes`;
/**
 * Each character an output shows as an escape: the terminal controls and line breaks the
 * renderers show (`\u001b`, six characters), the tab JSON escapes, and the bidirectional controls
 * and invisible characters (`⟨U+202E⟩`, ten: ESCAPE_LENGTH, the longest; a tag character, two
 * code units, is shown in nine, or in twelve as the proposed tests' JSON escapes).
 */
const ESCAPED = new RegExp(`\\t|${_render_controls_js__WEBPACK_IMPORTED_MODULE_2__/* .TERMINAL_CONTROL */ .dp.source}|${_render_controls_js__WEBPACK_IMPORTED_MODULE_2__/* .LINE_BREAK_CHARACTER */ .bE.source}|${_render_bidi_js__WEBPACK_IMPORTED_MODULE_3__/* .BIDI_CONTROL */ .l0.source}|${_render_invisible_js__WEBPACK_IMPORTED_MODULE_4__/* .INVISIBLE */ .kH.source}`, 'g');
const ESCAPE_LENGTH = 10;
function timeout() {
    return new PlanCutShortError('timeout', 'the access plan was cut short by the timeout');
}


/***/ }),

/***/ 8122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ appText),
/* harmony export */   TQ: () => (/* binding */ entriesBySource),
/* harmony export */   iv: () => (/* binding */ proposedCount),
/* harmony export */   kO: () => (/* binding */ protocolText),
/* harmony export */   s$: () => (/* binding */ proposedText),
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony export inlineJson */
/* harmony import */ var _render_controls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8804);
/* harmony import */ var _render_invisible_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2019);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8582);
// Words for changes, shared by the text and Markdown renderings: one entry per source, with an
// SSH action swapped for another (accept → check) said as one change.



const PORTED = new Set(['tcp', 'udp', 'sctp']);
function period(c) {
    return c.action === 'check' && c.checkPeriod !== undefined ? ` (${c.checkPeriod})` : '';
}
/** A capability, and the value a change is about: `tailscale.com/cap/drive {"shares":["*"]}`. */
function appText(c) {
    return c.value === undefined ? `${c.capability}` : `${c.capability} ${c.value}`;
}
/** A protocol and its ports (`tcp:443`); one without ports (ICMP, GRE...) is allowed whole: no `:*`. */
function protocolText(proto, ports) {
    return PORTED.has(proto) ? `${proto}:${ports}` : proto;
}
function what(c) {
    switch (c.kind) {
        case 'network':
            return `${c.dstLabel} ${protocolText(c.proto, c.ports)}`;
        case 'ssh':
            return `ssh to ${c.dstLabel} as ${c.sshUser}: ${c.action}${period(c)}`;
        case 'app':
            return `app ${appText(c)} on ${c.dstLabel}`;
    }
}
/**
 * The lost action each SSH gain replaces (same source, destination and login), found through one
 * index of the losses: a plan can hold tens of thousands of SSH changes.
 */
function replacements(changes) {
    const lost = new Map();
    for (const c of changes) {
        const key = c.kind === 'ssh' && c.change === 'lost' ? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .sshChangeKey */ .A)(c) : undefined;
        if (key !== undefined && !lost.has(key))
            lost.set(key, c);
    }
    const out = new Map();
    if (lost.size === 0)
        return out;
    for (const c of changes) {
        const old = c.kind === 'ssh' && c.change === 'gained' ? lost.get((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .sshChangeKey */ .A)(c)) : undefined;
        if (old !== undefined)
            out.set(c, old);
    }
    return out;
}
function entriesBySource(plan) {
    const out = new Map();
    const replacing = replacements(plan.changes);
    const skip = new Set(replacing.values());
    for (const c of plan.changes) {
        if (skip.has(c))
            continue;
        const old = replacing.get(c);
        const entry = old === undefined
            ? { sign: c.change === 'gained' ? '+' : '-', text: what(c), tested: c.tested, testable: c.testable }
            : {
                sign: '~',
                text: `ssh to ${c.dstLabel} as ${c.sshUser}: ${old.action}${period(old)} → ${c.action}${period(c)}`,
                // A part no test can assert (accept against check, convert.ts) leaves the other to say.
                tested: (c.tested || !c.testable) && (old.tested || !old.testable) && (c.testable || old.testable),
                testable: c.testable || old.testable,
            };
        const list = out.get(c.srcLabel) ?? [];
        const last = list.at(-1);
        // Protocols of one destination on one line: `tag:db tcp:5432, udp:5432, icmp`.
        if (c.kind === 'network' &&
            last !== undefined &&
            last.dst === c.dstLabel &&
            last.sign === entry.sign &&
            last.tested === entry.tested) {
            last.text += `, ${entry.text.slice(c.dstLabel.length + 1)}`;
        }
        else
            list.push({ ...entry, dst: c.kind === 'network' ? c.dstLabel : undefined });
        out.set(c.srcLabel, list);
    }
    return [...out].map(([source, entries]) => ({ source, entries: entries.map(({ dst: _dst, ...e }) => e) }));
}
/** A value as one line of JSON with a space after `:` and `,`, as people write policy files. */
function inlineJson(value) {
    if (Array.isArray(value))
        return `[${value.map(inlineJson).join(', ')}]`;
    if (typeof value === 'object' && value !== null) {
        return `{${Object.entries(value)
            .map(([k, v]) => `${jsonText(k)}: ${inlineJson(v)}`)
            .join(', ')}}`;
    }
    return jsonText(value);
}
/**
 * JSON text with the line separators JSON leaves as they are (U+0085, U+2028, U+2029), which
 * some readers break a line at, escaped as every surface shows them: a pasted entry stays the one
 * line it is. (JSON.stringify has escaped the others already.)
 */
const jsonText = (value) => (0,_render_controls_js__WEBPACK_IMPORTED_MODULE_1__/* .showRareLineBreaks */ .SZ)((0,_render_invisible_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInvisible */ .ts)(JSON.stringify(value)));
/**
 * The proposed entries as HuJSON to paste into the policy's `tests` and `sshTests`; with
 * `maxChars`, the entries that fit in that many characters, in order, and how many did not.
 */
function proposedText(proposed, maxChars = Infinity) {
    let room = maxChars;
    let omitted = 0;
    const section = (name, list) => {
        const lines = [];
        for (const entry of list) {
            const line = `  ${inlineJson(entry)},`;
            if (line.length > room) {
                // Once one is left out, so is every later one: the list stays in the plan's order.
                room = -1;
                omitted++;
                continue;
            }
            room -= line.length;
            lines.push(line);
        }
        return lines.length === 0 ? [] : [`"${name}": [`, ...lines, '],'];
    };
    const text = [...section('tests', proposed.tests), ...section('sshTests', proposed.sshTests)].join('\n');
    return { text, omitted };
}
function proposedCount(proposed) {
    return proposed.tests.length + proposed.sshTests.length;
}
function summary(plan) {
    const gained = plan.changes.filter((c) => c.change === 'gained').length;
    const untested = plan.changes.filter((c) => !c.tested && c.testable).length;
    const parts = [
        `${plan.changes.length} change(s): ${gained} gained, ${plan.changes.length - gained} lost`,
        `${untested} untested`,
    ];
    if (plan.undecided.length > 0)
        parts.push(`${plan.undecided.length} undecided offline`);
    return parts.join(', ');
}


/***/ }),

/***/ 2781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lm: () => (/* binding */ computeAccessPlan)
});

// UNUSED EXPORTS: MAX_ATOMS, MAX_MATCHES, MAX_PAIRS, MAX_TEXT, PlanCutShortError, PlanInputError, planJson, renderPlanMarkdown, renderPlanText

// EXTERNAL MODULE: ./src/policy/lists.ts
var lists = __webpack_require__(259);
// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/policy/network-tests.ts + 1 modules
var network_tests = __webpack_require__(8618);
// EXTERNAL MODULE: ./src/policy/ssh-tests.ts + 1 modules
var ssh_tests = __webpack_require__(2654);
// EXTERNAL MODULE: ./src/plan/side.ts + 1 modules
var plan_side = __webpack_require__(3400);
;// CONCATENATED MODULE: ./src/plan/after-tests.ts
// The new policy's own tests, as `check` evaluates them, each evaluated the first time the plan
// asks about it. A test asserts a change only where it passes, whole, on the new policy: one that
// fails or is undecided there (a group source whose members disagree, another of its assertions
// failing) locks nothing in. And a proposed test yields only to an assertion of the new policy
// that says the opposite and fails.




class AfterTests {
    side;
    budget;
    runner;
    sshRules;
    env;
    /** Per test, its outcome and its assertions' in its order: `accept` entries, then `deny`. */
    network = new Map();
    /** Per sshTest, whether it passes. */
    ssh = new Map();
    constructor(side, budget) {
        this.side = side;
        this.budget = budget;
        this.env = { ...side.env, deadline: budget.engine };
    }
    /** Whether the test passes. */
    passes(test) {
        return this.evaluated(test).outcome === 'pass';
    }
    /** The outcome of a test's assertion `i` (counting `accept` entries first, then `deny`). */
    entry(test, i) {
        // Assertions past the deadline are not evaluated (evaluated() has thrown by then).
        return this.evaluated(test).assertions[i] ?? 'unknown';
    }
    /** Whether the sshTest passes. */
    sshPasses(test) {
        let passes = this.ssh.get(test);
        if (passes === undefined) {
            this.sshRules ??= (0,compile/* compileSshRules */.nI)(this.side.policy.ssh, this.env.context, {
                defaultUnsure: true,
                deadline: this.budget.engine,
            });
            passes = (0,ssh_tests/* evaluateSshTest */.em)(test, this.sshRules, this.env).outcome === 'pass';
            this.budget.check();
            this.ssh.set(test, passes);
        }
        return passes;
    }
    evaluated(test) {
        let found = this.network.get(test);
        if (found === undefined) {
            const result = this.networkRunner().evaluate(test);
            this.budget.check();
            found = { outcome: result.outcome, assertions: result.assertions.map((a) => a.outcome) };
            this.network.set(test, found);
        }
        return found;
    }
    /** A runner over the side's index (and one without grants that have `via`), as checkPolicy makes it. */
    networkRunner() {
        if (this.runner === undefined) {
            const { network, env } = this.side;
            const index = (0,plan_side/* channelIndex */.wh)(network, env.match, this.budget);
            this.runner = new network_tests/* NetworkTestRunner */.B(this.env, index, (0,plan_side/* viaFreeIndex */.Nj)(network, env.match, this.budget));
        }
        return this.runner;
    }
}

// EXTERNAL MODULE: ./src/policy/endpoints.ts
var endpoints = __webpack_require__(8904);
// EXTERNAL MODULE: ./src/policy/ip.ts
var ip = __webpack_require__(9177);
// EXTERNAL MODULE: ./src/policy/principal.ts
var principal = __webpack_require__(548);
// EXTERNAL MODULE: ./src/policy/ports.ts
var policy_ports = __webpack_require__(7421);
// EXTERNAL MODULE: ./src/policy/ranges.ts
var ranges = __webpack_require__(1374);
// EXTERNAL MODULE: ./src/policy/selectors.ts
var selectors = __webpack_require__(8432);
// EXTERNAL MODULE: ./src/policy/unsure.ts
var unsure = __webpack_require__(2250);
;// CONCATENATED MODULE: ./src/plan/atoms.ts
// The finite set of endpoints ("atoms") the plan evaluates: every user, tag, SCIM group and
// Service either policy names, and the address space cut into elementary intervals at every
// boundary either policy (or the engine's built-in ranges) draws, so that every address of an
// interval is treated alike by both policies. With a tailnet description, devices replace
// users and tags. Each atom carries the text a test would use for it, so that a reported change
// can be turned into a test the engine evaluates.







const MAX = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };
/**
 * Every selector-like string of a policy, into `plain` (rule endpoints, test sources, group
 * members, tag owners) and `hostPorts` (`host:port` destinations). Tests repeat their
 * endpoints: the sets keep each text once, so that each is read once.
 */
function texts(policy, plain, hostPorts) {
    for (const rule of policy.acls ?? []) {
        addTexts(rule.src, plain);
        addTexts(rule.dst, hostPorts);
    }
    for (const grant of policy.grants ?? []) {
        addTexts(grant.src, plain);
        addTexts(grant.dst, plain);
    }
    for (const rule of policy.ssh) {
        addTexts(rule.src, plain);
        addTexts(rule.dst, plain);
    }
    for (const test of policy.tests) {
        if (test.src !== undefined)
            plain.add(test.src.text);
        addTexts(test.accept, hostPorts);
        addTexts(test.deny, hostPorts);
    }
    for (const test of policy.sshTests) {
        if (test.src !== undefined)
            plain.add(test.src.text);
        addTexts(test.dst, plain);
    }
    for (const list of policy.groups)
        addTexts(list.items, plain);
    for (const list of policy.tagOwners)
        addTexts(list.items, plain);
    for (const tag of policy.tagOwners)
        plain.add(tag.name.text);
}
/** Indexed, not for-of: this runs for every list of both policies, before V8 optimises it. */
function addTexts(list, into) {
    for (let i = 0; i < list.length; i++)
        into.add(list[i].text);
}
function names(sides) {
    const found = { users: new Set(), domains: new Set(), tags: new Set(), scim: new Set(), services: new Set() };
    const [plain, hostPorts] = [new Set(), new Set()];
    for (const side of sides)
        texts(side.policy, plain, hostPorts);
    const hosts = [...hostPorts].map((text) => {
        const split = (0,policy_ports/* splitDestination */.RG)(text);
        return split.ok ? split.value.host : text;
    });
    for (const text of new Set([...plain, ...hosts].map((t) => t.trim()))) {
        const s = (0,selectors/* classify */.L)(text);
        if (s.kind === 'user')
            found.users.add((0,unsure/* normalizeLogin */.tq)(s.login));
        else if (s.kind === 'tag')
            found.tags.add(s.name);
        else if (s.kind === 'service')
            found.services.add(s.name);
        else if (s.kind === 'domain')
            found.domains.add(s.domain.toLowerCase());
        else if (s.kind === 'group' && s.scim)
            found.scim.add(s.name);
    }
    for (const side of sides)
        for (const g of side.env.context.groups.keys())
            found.scim.delete(g);
    return found;
}
/** Every distinct address set the rules of either side compare addresses with. */
function ruleAddressSets(sides) {
    // Each set once: rules naming one ipset share its set, and N of them would add it N times.
    const added = new Set();
    const seen = new Set();
    for (const side of sides) {
        // A capability's value channels hold rules of its name's channel: those alone are enough.
        const named = [...side.apps.values()].filter((app) => app.value === undefined).map((app) => app.channel);
        for (const channel of [side.network, ...named]) {
            // Rules compiled once for both sides (shared-rules.ts) draw their boundaries once.
            const skip = seen.has(channel.shared) ? channel.shared.length : 0;
            seen.add(channel.shared);
            for (let i = skip; i < channel.rules.length; i++) {
                const rule = channel.rules[i];
                added.add(rule.src.addresses);
                if (rule.src.internetDependent !== undefined)
                    added.add(rule.src.internetDependent);
                for (const target of rule.targets) {
                    added.add(target.dst.addresses);
                    if (target.dst.internetDependent !== undefined)
                        added.add(target.dst.internetDependent);
                }
            }
        }
    }
    return added;
}
/** Boundaries of every address set the engine compares addresses with, per family. */
function boundaries(sides, ruleSets, points) {
    const cuts = { 4: new Set([0n]), 6: new Set([0n]) };
    const addRange = (family, r) => {
        cuts[family].add(r.lo);
        if (r.hi < MAX[family])
            cuts[family].add(r.hi + 1n);
    };
    // forEach, not for-of: this runs for every address set of both policies, mostly before V8
    // optimises it, where each step of a for-of makes an iterator result.
    const addSet = (set) => {
        set.v4.forEach((r) => addRange(4, r));
        set.v6.forEach((r) => addRange(6, r));
    };
    addSet((0,ranges/* tailscaleDeviceRanges */.vi)());
    addSet((0,ranges/* internetRanges */.Ae)());
    for (const side of sides) {
        if (side.env.match.approvedRoutes !== undefined)
            addSet(side.env.match.approvedRoutes);
        // autogroup:internet leaves them out, and an ipset's may or may not (match.ts).
        if (side.env.match.ownRoutes !== undefined)
            addSet(side.env.match.ownRoutes);
    }
    ruleSets.forEach(addSet);
    for (const p of points) {
        cuts[p.family].add(p.value);
        if (p.value < MAX[p.family])
            cuts[p.family].add(p.value + 1n);
    }
    const sorted = (s) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { 4: sorted(cuts[4]), 6: sorted(cuts[6]) };
}
/** `a/b` when the range is exactly one prefix, else `lo-hi` (the ipset range syntax). */
function rangeText(family, range) {
    const at = (value) => (0,ip/* formatAddress */.M0)({ family, value });
    if (range.lo === range.hi)
        return at(range.lo);
    const size = range.hi - range.lo + 1n;
    const bits = size.toString(2).length - 1;
    const aligned = (size & (size - 1n)) === 0n && range.lo % size === 0n;
    return aligned ? `${at(range.lo)}/${(family === 4 ? 32 : 128) - bits}` : `${at(range.lo)}-${at(range.hi)}`;
}
/** Host aliases standing for exactly one address, by address, for labels. */
function hostNames(sides) {
    const out = new Map();
    for (const side of [...sides].reverse()) {
        for (const name of side.env.context.singleAddressHosts) {
            const prefix = side.env.context.hosts.get(name);
            if (prefix === undefined)
                continue;
            const key = `${prefix.family}/${prefix.value}`;
            if (!out.has(key))
                out.set(key, name);
        }
    }
    return out;
}
/** The one principal a test resolves `text` to on a side, or undefined. */
function principalOf(text, side) {
    const endpoint = (0,endpoints/* resolveDestinationHost */.z)(text, side.env);
    return endpoint.ok && endpoint.principals.length === 1 ? endpoint.principals[0] : undefined;
}
/** A principal key without its family suffix (`/4`, `/6`): a device's two keys name one atom. */
function familyless(key) {
    const end = key.length - 2;
    return key.charCodeAt(end) === 0x2f && (key[end + 1] === '4' || key[end + 1] === '6') ? key.slice(0, end) : key;
}
function buildUniverse(before, after, budget) {
    const sides = [before, after];
    const tailnet = after.env.tailnet;
    const universe = { atoms: [], byKey: new Map(), intervals: { 4: [], 6: [] }, otherUsers: new Map() };
    const add = (atom, principals = [principalOf(atom.text, before), principalOf(atom.text, after)]) => {
        budget.step();
        budget.atoms(universe.atoms.length + 1);
        const key = (principals[0] ?? principals[1])?.key;
        if (key === undefined)
            return undefined;
        const full = { ...atom, id: universe.atoms.length, principals };
        universe.atoms.push(full);
        // A device's atom stands for both its keys; its IPv6 address's own atom, for its key in IPv6.
        if (!universe.byKey.has(familyless(key)))
            universe.byKey.set(familyless(key), full.id);
        else
            universe.byKey.set(key, full.id);
        return full;
    };
    const found = names(sides);
    const ruleSets = ruleAddressSets(sides);
    let devices = { devicePoints: [], twins: new Map() };
    if (tailnet === undefined) {
        for (const login of [...found.users].sort())
            add({ kind: 'user', text: login, label: login });
        for (const login of otherUsers(found)) {
            const atom = add({ kind: 'user', text: login, label: `any other user (${login})`, madeUp: true });
            const domain = (0,unsure/* loginDomain */.IO)(login);
            if (atom !== undefined)
                universe.otherUsers.set(found.domains.has(domain) ? domain : '', atom.id);
        }
        for (const tag of [...found.tags].sort())
            add({ kind: 'tag', text: tag, label: tag });
    }
    else {
        devices = addDevices(tailnet, sides, ruleSets, add);
    }
    for (const group of [...found.scim].sort())
        add({ kind: 'scim', text: group, label: group });
    for (const service of [...found.services].sort())
        add({ kind: 'service', text: service, label: service });
    const devicePoints = [
        ...devices.devicePoints,
        ...[...devices.twins.keys()].map((value) => ({ family: 6, value })),
    ];
    addIntervals(universe, { sides, ruleSets, devicePoints, twins: devices.twins }, add);
    return universe;
}
/** A tailnet's devices as atoms, each by its IPv4 address (or its IPv6 one, where it has no other), and their twins. */
function addDevices(tailnet, [before, after], ruleSets, add) {
    const devicePoints = [];
    const twins = new Map();
    const addressed = (0,ip/* unionAll */.TG)([...ruleSets]);
    for (const device of tailnet.devices) {
        const address = device.v4 ?? device.v6;
        if (address === undefined)
            continue;
        devicePoints.push(address);
        const text = (0,ip/* formatAddress */.M0)(address);
        const atom = {
            kind: 'device',
            text,
            label: `${device.name} (${text})`,
            family: address.family,
            tags: [...device.tags],
        };
        if (device.login !== undefined)
            atom.owner = device.login;
        // What a test resolves the address to (addressEndpoint): the device found there, the last
        // of those sharing it; made here, not by classifying and parsing the text again.
        const at = tailnet.deviceAt(address);
        const made = add(atom, [before, after].map((side) => (0,principal/* devicePrincipal */.xD)(at, side.env.context, address.family)));
        if (made !== undefined && device.v4 !== undefined && device.v6 !== undefined) {
            const named = (0,ip/* contains */.gR)(addressed, device.v4) || (0,ip/* contains */.gR)(addressed, device.v6);
            twins.set(device.v6.value, { name: device.name, device: made.id, named });
        }
    }
    if (!twinsMatter(addressed, tailnet.devices))
        twins.clear();
    return { devicePoints, twins };
}
/**
 * Whether a device's IPv6 address can fare otherwise than its IPv4 address, which is the atom of
 * the device that tests of its owner or tags ask about. It can where a rule names a device's
 * address (or a range holding one), or any IPv6 address, which only an IPv6 address reaches, and
 * where some device has only an IPv6 address. Each dual-stack device's IPv6 address then is an
 * atom of its own (`twin`), and its access is listed where it differs from the device's.
 */
function twinsMatter(named, devices) {
    if (named.v6.length > 0 || devices.some((device) => device.v4 === undefined))
        return true;
    return devices.some((device) => device.v4 !== undefined && (0,ip/* contains */.gR)(named, device.v4));
}
/**
 * Logins standing for every user the policies do not name: all such users are alike, except
 * for the domain `user:*@domain` selectors look at; so one per such domain, and one elsewhere.
 */
function otherUsers(found) {
    const domains = [...found.domains].sort();
    const named = [...found.users].map(unsure/* loginDomain */.IO);
    domains.push(named.find((d) => !found.domains.has(d)) ?? (found.domains.has('example.com') ? 'example.invalid' : 'example.com'));
    return domains.map((domain) => {
        let login = `another-user@${domain}`;
        for (let n = 2; found.users.has(login); n++)
            login = `another-user${n}@${domain}`;
        return login;
    });
}
function addIntervals(universe, { sides, ruleSets, devicePoints, twins }, add) {
    const cuts = boundaries(sides, ruleSets, devicePoints);
    const devices = new Set(devicePoints.map((p) => `${p.family}/${p.value}`));
    const hosts = hostNames(sides);
    for (const family of [4, 6]) {
        const points = cuts[family];
        points.forEach((lo, i) => {
            const hi = i + 1 < points.length ? points[i + 1] - 1n : MAX[family];
            const twin = family === 6 && lo === hi ? twins.get(lo) : undefined;
            if (lo === hi && twin === undefined && devices.has(`${family}/${lo}`))
                return;
            const range = { lo, hi };
            const name = twin?.name ?? (lo === hi ? hosts.get(`${family}/${lo}`) : undefined);
            const shown = rangeText(family, range);
            const atom = add({
                kind: 'address',
                text: (0,ip/* formatAddress */.M0)({ family, value: lo }),
                label: name === undefined ? shown : `${name} (${shown})`,
                family,
                range,
                ...(twin && { twin: twin.device }),
                ...(twin?.named === true && { named: true }),
            });
            if (atom !== undefined)
                universe.intervals[family].push(atom);
        });
    }
}
/** The address atom holding an address (intervals cover the whole space). */
function intervalAt(universe, family, value) {
    const list = universe.intervals[family];
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
        const mid = (low + high) >>> 1;
        const range = list[mid].range;
        if (value < range.lo)
            high = mid - 1;
        else if (value > range.hi)
            low = mid + 1;
        else
            return list[mid];
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/plan/budget.ts
var plan_budget = __webpack_require__(6362);
;// CONCATENATED MODULE: ./src/plan/collapse.ts
// Says a change once for everything that shares it: a group whose every member gains the same
// access ("group:eng (3 users)"), a user or tag whose every device does (with a tailnet), and
// neighbouring address intervals merged into one range. The collapsed `src` is still something a
// test accepts: a group, a user or a tag stands for exactly those members in a test.




const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * Whether an atom is an address interval of autogroup:internet: public, and in neither side's own
 * subnet routes, which are reached through a subnet router, not an exit node.
 */
function isInternet(atom, ownRoutes) {
    if (atom.kind !== 'address')
        return false;
    const address = { family: atom.family, value: atom.range.lo };
    return (0,ip/* contains */.gR)((0,ranges/* internetRanges */.Ae)(), address) && !ownRoutes.some((routes) => routes && (0,ip/* contains */.gR)(routes, address));
}
/**
 * The address intervals of `autogroup:internet`, said once when a change covers all of them:
 * both families, or one (an IPv4 source never reaches IPv6 addresses). The tailnet's own routes,
 * which it leaves out, are left out on either side's count.
 */
function internetCollections(universe, sides) {
    const ownRoutes = sides.map(({ env }) => env.match.ownRoutes);
    const of = (atoms) => atoms.filter((a) => isInternet(a, ownRoutes));
    const v4 = of(universe.intervals[4]);
    const v6 = of(universe.intervals[6]);
    const collection = (members, label) => members.length === 0 ? [] : [{ text: members[0].text, label, members: members.map((a) => a.id) }];
    return [
        ...collection([...v4, ...v6], 'autogroup:internet'),
        ...collection(v4, 'autogroup:internet (IPv4)'),
        ...collection(v6, 'autogroup:internet (IPv6)'),
    ];
}
/** A tailnet's devices, each user's by login and each tag's by tag, in the order of the atoms. */
function devicesBy(atoms) {
    const logins = new Map();
    const tags = new Map();
    for (const atom of atoms) {
        if (atom.kind !== 'device')
            continue;
        if (atom.owner !== undefined)
            (0,lists/* pushTo */.Il)(logins, atom.owner, atom.id);
        for (const tag of atom.tags ?? [])
            (0,lists/* pushTo */.Il)(tags, tag, atom.id);
    }
    return { logins, tags };
}
/** Users, then tags, each said once for all its devices: `alice@example.com (2 devices)`. */
function deviceCollections(atoms, by = devicesBy(atoms)) {
    return [...by.logins, ...by.tags].map(([text, members]) => ({
        text,
        label: `${text} (${plural(members.length, 'device')})`,
        members,
    }));
}
/**
 * Groups (by user atoms, or by devices with a tailnet) whose members are the same in both
 * policies, so that a test naming the group means the same principals on both sides; then
 * users and the new policy's tags by their devices.
 */
function collections(universe, before, after) {
    const { atoms } = universe;
    const out = [];
    const by = devicesBy(atoms);
    for (const [group, logins] of after.env.context.groups) {
        const old = before.env.context.groups.get(group);
        if (old === undefined || old.length !== logins.length)
            continue;
        // A set, not `includes` per member: a group of 40,000 members took 14 s.
        const now = new Set(logins);
        if (!old.every((login) => now.has(login)))
            continue;
        const members = after.env.tailnet === undefined
            ? logins.flatMap((login) => universe.byKey.get(`user:${login}`) ?? [])
            : logins.flatMap((login) => by.logins.get(login) ?? []);
        const word = after.env.tailnet === undefined ? 'user' : 'device';
        if (members.length > 1)
            out.push({ text: group, label: `${group} (${plural(members.length, word)})`, members });
    }
    // A tag the new policy no longer defines names nothing in its tests (`tag not found`): its
    // devices' changes stay said device by device, by address.
    for (const tag of [...by.tags.keys()])
        if (!after.env.context.tags.has(tag))
            by.tags.delete(tag);
    out.push(...deviceCollections(atoms, by));
    return out.sort((a, b) => b.members.length - a.members.length || (a.text < b.text ? -1 : 1));
}
/** Everything of a change but one side, as one string (absent fields as empty ones, as a join makes them). */
function restKey(c, without) {
    // One template rather than a joined array: this runs for every change, twice.
    const atoms = without === 'src' ? c.dstAtoms.join(',') : c.srcAtoms.join(',');
    // The ports' text leaves port 0 out (portsText): whether the ranges hold it is said apart.
    const zero = c.ranges?.[0]?.first === 0 ? '+0' : '';
    return (`${c.change}|${c.kind}|${atoms}|${c.proto ?? ''}|${c.ports ?? ''}${zero}|${c.sshUser ?? ''}|${c.action ?? ''}|` +
        `${c.checkPeriod ?? ''}|${c.capability ?? ''}|${c.value ?? ''}|${c.testable}|${c.fromEveryone ?? ''}`);
}
/**
 * One change for a collection's members: the first member's change said of the collection. One
 * spread of a change and named fields, not a second spread: V8 copies the change's shape whole
 * then, where spreading an object of fields defines each one apart.
 */
function combine(parts, collection, side) {
    const tested = parts.every((p) => p.tested);
    const { text, label, members: atoms } = collection;
    if (side === 'dst')
        return { ...parts[0], dst: text, dstLabel: label, dstAtoms: atoms, tested };
    const members = parts.map((p) => p.src);
    return { ...parts[0], src: text, srcLabel: label, srcAtoms: atoms, members, tested };
}
/** Per atom, the collections holding it (by position in `all`): a group of items looks only at those. */
function holdingOf(all) {
    const holding = new Map();
    all.forEach((collection, i) => {
        collection.members.forEach((m) => (0,lists/* pushTo */.Il)(holding, m, i));
    });
    return holding;
}
/**
 * Takes out of `byAtom` the items of each collection it holds every member of, in the order of
 * `all`, each collection with its items; what is left is said atom by atom. A collection is looked
 * at only when full, counted through the collections holding each atom (`holding`).
 */
function takeCovered(byAtom, all, holding = holdingOf(all)) {
    const counts = new Map();
    // forEach, not for-of: this runs for every group of changes, mostly before V8 optimises it.
    byAtom.forEach((_item, atom) => {
        holding.get(atom)?.forEach((i) => counts.set(i, (counts.get(i) ?? 0) + 1));
    });
    const full = [];
    counts.forEach((count, i) => {
        if (count === all[i].members.length)
            full.push(i);
    });
    const out = [];
    for (const collection of full.sort((a, b) => a - b).map((i) => all[i])) {
        // An earlier (larger) collection may have taken some of its members.
        if (!collection.members.every((m) => byAtom.has(m)))
            continue;
        out.push({ collection, parts: collection.members.map((m) => byAtom.get(m)) });
        collection.members.forEach((m) => byAtom.delete(m));
    }
    return out;
}
/** Replaces, per identical change, the sources a collection fully covers by the collection. */
function collapseSources(changes, all, side) {
    const groups = new Map();
    // forEach, not for-of: this runs for every change, mostly before V8 optimises it.
    changes.forEach((c) => (0,lists/* pushTo */.Il)(groups, restKey(c, side), c));
    const holding = holdingOf(all);
    const out = [];
    for (const group of groups.values()) {
        const byAtom = new Map(group.map((c) => [(side === 'src' ? c.srcAtoms : c.dstAtoms)[0], c]));
        for (const { collection, parts } of takeCovered(byAtom, all, holding))
            out.push(combine(parts, collection, side));
        out.push(...byAtom.values());
    }
    return out;
}
/**
 * Items to neighbouring address intervals that `key` says are alike, merged into one for the
 * whole range (`absorb` takes in what the merged item adds); other items as they are.
 */
function mergeRuns(items, atoms, key, absorb) {
    const out = [];
    const runs = new Map();
    const first = (item) => item.dstAtoms?.[0] ?? -1;
    for (const item of [...items].sort((a, b) => first(a) - first(b))) {
        const atom = item.dstAtoms?.length === 1 ? atoms[item.dstAtoms[0]] : undefined;
        if (atom?.kind !== 'address' || atom.label !== rangeText(atom.family, atom.range)) {
            out.push(item);
            continue;
        }
        const run = runs.get(key(item));
        const last = run === undefined ? undefined : atoms[run.dstAtoms.at(-1)];
        if (run !== undefined && last.family === atom.family && last.range.hi + 1n === atom.range.lo) {
            run.dstAtoms.push(atom.id);
            absorb(run, item);
            run.dstLabel = rangeText(atom.family, { lo: atoms[run.dstAtoms[0]].range.lo, hi: atom.range.hi });
            continue;
        }
        const copy = { ...item, dstAtoms: [atom.id] };
        runs.set(key(item), copy);
        out.push(copy);
    }
    return out;
}
/** Merges changes to neighbouring address intervals into one change to the whole range. */
function mergeIntervals(changes, atoms) {
    return mergeRuns(changes, atoms, (c) => restKey(c, 'dst'), (run, c) => (run.tested &&= c.tested));
}
/** Everything of an undecided difference but its destination, as one string. */
const undecidedKey = ({ dst: _dst, dstLabel: _label, dstAtoms: _atoms, ...rest }) => JSON.stringify(rest);
/**
 * Undecided differences said once for `autogroup:internet` (or one family of it) where they hold
 * for each of its intervals and for no other address, as changes are: a `via` list of exit nodes
 * added to an internet grant, say, leaves every interval undecided. Where other addresses share
 * them (a `*` destination leaves every address outside the tailnet undecided), the ranges
 * mergeUndecided makes say it in fewer rows.
 */
function collapseUndecided(list, internet) {
    const holding = holdingOf(internet);
    const groups = new Map();
    const out = [];
    for (const u of list) {
        if (u.dstAtoms?.length === 1)
            (0,lists/* pushTo */.Il)(groups, undecidedKey(u), u);
        else
            out.push(u);
    }
    for (const group of groups.values()) {
        if (!group.every((u) => holding.has(u.dstAtoms[0]))) {
            out.push(...group);
            continue;
        }
        const byAtom = new Map(group.map((u) => [u.dstAtoms[0], u]));
        for (const { collection, parts } of takeCovered(byAtom, internet, holding)) {
            const { dstAtoms: _atoms, ...first } = parts[0];
            out.push({ ...first, dst: collection.text, dstLabel: collection.label });
        }
        out.push(...byAtom.values());
    }
    return out;
}
/**
 * Undecided differences merged as changes are (a `*` destination leaves every interval outside
 * the tailnet undecided); their destination atoms, which the plan does not show, dropped.
 */
function mergeUndecided(list, atoms) {
    return mergeRuns(list, atoms, undecidedKey, () => undefined).map(({ dstAtoms: _atoms, ...u }) => u);
}

;// CONCATENATED MODULE: ./src/plan/convert.ts
// Raw differences (atom ids, protocol numbers, port ranges, states) into plan entries.

/**
 * Port ranges in policy syntax: `*` for all, else `N` / `N-M` joined by commas. Port 0 is left
 * out: the syntax refuses it outside `*` (§2.6), so `0-442` reads `1-442`. Only a change of port 0
 * alone (`*` against `1-65535`) still says `0`, the one port it is about.
 */
function portsText(ranges) {
    if (ranges.length === 1 && ranges[0].first === 0 && ranges[0].last === 65535)
        return '*';
    const written = ranges.flatMap((r) => (r.first > 0 ? [r] : r.last > 0 ? [{ first: 1, last: r.last }] : []));
    return (written.length > 0 ? written : ranges)
        .map((r) => (r.first === r.last ? `${r.first}` : `${r.first}-${r.last}`))
        .join(',');
}
/** The port a test uses for a change: the lowest one but 0, which the plan does not write (portsText), where it has one. */
function testPort(ranges) {
    const range = ranges.find((r) => r.last > 0);
    return range === undefined ? 0 : Math.max(range.first, 1);
}
const STATE_WORDS = {
    yes: 'allowed',
    no: 'denied',
    unknown: 'depends on the tailnet',
    absent: 'not defined',
    accept: 'accept',
    check: 'check',
    deny: 'deny',
};
const named = (atom) => atom.madeUp === undefined && atom.principals[1] !== undefined;
function base(kind, change, src, dst) {
    return {
        change,
        kind,
        src: src.text,
        dst: dst.text,
        srcLabel: src.label,
        dstLabel: dst.label,
        tested: false,
        // A test of the new policy names neither a made-up user nor an endpoint it no longer defines (a tag).
        testable: kind !== 'app' && named(src) && named(dst),
        srcAtoms: [src.id],
        dstAtoms: [dst.id],
    };
}
/**
 * How a side's verdict reads. An unknown one depends on the tailnet when none was described;
 * with one, on what the server's rules leave open (`*`, `via`...), and for a Service on its tags,
 * which are set where it is defined, not in the policy or a tailnet description (§2.2.10).
 */
function stateWords(state, dst, tailnetGiven) {
    if (state !== 'unknown')
        return STATE_WORDS[state];
    if (dst.kind === 'service')
        return 'depends on the tailnet, or on the tags the Service carries';
    return tailnetGiven ? 'not known offline' : STATE_WORDS.unknown;
}
/** A side's verdict with the routes it takes: "allowed by any route", "depends on the tailnet, only through …". */
const routeText = (verdict, plain, route) => `${verdict}${plain ? ' ' : ', '}${route}`;
function undecided(kind, src, dst, states, { postures = [], words = [], tailnetGiven, }) {
    const out = {
        kind,
        src: src.text,
        dst: dst.text,
        srcLabel: src.label,
        dstLabel: dst.label,
        before: words[0] ?? postures[0]?.words ?? stateWords(states[0], dst, tailnetGiven),
        after: words[1] ?? postures[1]?.words ?? stateWords(states[1], dst, tailnetGiven),
    };
    if (postures.length === 0)
        return out;
    const names = [...new Set(postures.flatMap((p) => p?.names ?? []))].sort();
    if (names.length > 0)
        out.postures = names;
    return out;
}
function networkChanges(raw, atoms, { app, tailnetGiven }) {
    const changes = [];
    const open = [];
    const kind = app === undefined ? 'network' : 'app';
    for (const r of raw) {
        const src = atoms[r.src];
        const dst = atoms[r.dst];
        const detail = app === undefined
            ? { proto: (0,policy_ports/* protocolName */.kC)(r.protocol), ports: (0,policy_ports/* protocolHasPorts */.VK)(r.protocol) ? portsText(r.ranges) : '*' }
            : app;
        if (r.routes !== undefined || r.before === 'unknown' || r.after === 'unknown') {
            const routed = r.routes?.map((route, i) => {
                const [state, postures] = [i === 0 ? r.before : r.after, r.postures?.[i]];
                return routeText(postures?.words ?? stateWords(state, dst, tailnetGiven), state === 'yes' && !postures, route);
            });
            const words = { postures: r.postures, words: routed, tailnetGiven };
            open.push({ ...undecided(kind, src, dst, [r.before, r.after], words), ...detail, dstAtoms: [dst.id] });
            continue;
        }
        const change = base(kind, r.after === 'yes' ? 'gained' : 'lost', src, dst);
        Object.assign(change, detail);
        if (app === undefined) {
            change.protocol = r.protocol;
            change.ranges = r.ranges;
            change.port = (0,policy_ports/* protocolHasPorts */.VK)(r.protocol) ? testPort(r.ranges) : 0;
            if (r.fromEveryone)
                change.fromEveryone = true;
        }
        changes.push(change);
    }
    return { changes, undecided: open };
}
function sshChange(change, action, src, dst, login, period) {
    const out = base('ssh', change, src, dst);
    out.sshUser = login;
    out.action = action;
    if (period !== undefined)
        out.checkPeriod = period;
    return out;
}
function sshChanges(raw, atoms, tailnetGiven) {
    const changes = [];
    const open = [];
    for (const r of raw) {
        const src = atoms[r.src];
        const dst = atoms[r.dst];
        if (r.before === 'unknown' || r.after === 'unknown') {
            const words = { postures: r.postures, words: r.words, tailnetGiven };
            open.push({ ...undecided('ssh', src, dst, [r.before, r.after], words), sshUser: r.login });
            continue;
        }
        const periodOnly = r.before === 'check' && r.after === 'check';
        if (r.before === 'accept' || r.before === 'check')
            changes.push(sshChange('lost', r.before, src, dst, r.login, r.beforePeriod));
        if (r.after === 'accept' || r.after === 'check')
            changes.push(sshChange('gained', r.after, src, dst, r.login, r.afterPeriod));
        // Whether a `check` outcome satisfies an `accept` assertion is not known (ssh-tests.ts): between
        // the two actions only a gained check is locked in by a test (it fails against accept).
        const switched = (r.before === 'accept' && r.after === 'check') || (r.before === 'check' && r.after === 'accept');
        if (periodOnly || switched)
            for (const c of changes.slice(-2))
                c.testable = !periodOnly && c.change === 'gained' && c.action === 'check';
    }
    return { changes, undecided: open };
}
/**
 * Differences of the new policy between a device keeping a tag tagOwners no longer defines and
 * the server dropping it (tags.ts): undecided, `before` saying the first and `after` the second.
 */
function droppedTagChanges(raw, atoms, dropped) {
    const entry = (kind, r) => {
        const tags = [...new Set([...(dropped.get(r.src) ?? []), ...(dropped.get(r.dst) ?? [])])].sort();
        // Only a described tailnet has devices that carry a tag.
        const out = undecided(kind, atoms[r.src], atoms[r.dst], [r.before, r.after], { tailnetGiven: true });
        out.before = `${out.before} (the device keeps ${tags.join(', ')})`;
        out.after = `${out.after} (the server drops ${tags.join(', ')}, which tagOwners no longer defines)`;
        out.tags = tags;
        return out;
    };
    const network = (r) => ({
        proto: (0,policy_ports/* protocolName */.kC)(r.protocol),
        ports: (0,policy_ports/* protocolHasPorts */.VK)(r.protocol) ? portsText(r.ranges) : '*',
    });
    // These rows say what the tag changes of the verdicts; a difference of routes alone is left out.
    const tagged = (r) => r.routes === undefined;
    return [
        ...raw.network.filter(tagged).map((r) => ({ ...entry('network', r), ...network(r) })),
        ...raw.apps.flatMap(({ app, changes }) => changes.filter(tagged).map((r) => ({ ...entry('app', r), ...app }))),
        ...raw.ssh.map((r) => ({ ...entry('ssh', r), sshUser: r.login })),
    ];
}

// EXTERNAL MODULE: ./src/policy/posture-cache.ts
var posture_cache = __webpack_require__(4901);
;// CONCATENATED MODULE: ./src/plan/posture.ts
// Device posture in the plan. A rule with `srcPosture` (or under `defaultSrcPosture`) allows only
// sources whose device meets one of its postures; the plan knows no device's attributes (a
// tailnet description carries none), so where a verdict hangs on a posture it cannot say who
// gains or loses: it lists the pair as undecided, naming the postures and their conditions
// (docs/policy-semantics.md §5.7). The engine's verdict is asked three times: with every
// posture unknown, holding and failing; a verdict that differs between the last two hangs on
// posture.


/** Answers every posture requirement alike, whatever the device (a test's attributes are not asked). */
class FixedPosture extends posture_cache/* PostureCache */.p {
    answer;
    constructor(answer) {
        // Attributes no real test has, so that the engine's memoised answers for this one stay apart.
        super(new Map([['plan:posture', answer]]));
        this.answer = answer;
    }
    evaluate() {
        return this.answer;
    }
}
const POSTURE_UNKNOWN = new FixedPosture('unknown');
const POSTURE_HOLDS = new FixedPosture('yes');
const POSTURE_FAILS = new FixedPosture('no');
/**
 * Whether a verdict asked with every posture unknown hangs on posture: `verdict(POSTURE_HOLDS)`
 * and `verdict(POSTURE_FAILS)` differ. `open` is the answer with every posture unknown.
 */
function hangsOnPosture(open, verdict) {
    if (open !== 'unknown')
        return undefined;
    const holds = verdict(POSTURE_HOLDS);
    const fails = verdict(POSTURE_FAILS);
    return holds === fails ? undefined : { holds, fails };
}
/** Names and condition texts of one side's postures, to say a requirement in the policy's words. */
class PostureNames {
    names = new Map();
    /**
     * The same by content: a target both sides share (targets.ts) carries the rule of one of them,
     * so a requirement may hold the other side's very arrays.
     */
    byContent = new Map();
    conditions = new Map();
    /** Each list of conditions by a number, and the terms made, by those numbers and `decided`. */
    numbers = new Map();
    made = new Map();
    constructor(side) {
        for (const [name, conditions] of side.env.context.postures) {
            this.names.set(conditions, name);
            this.byContent.set(JSON.stringify(conditions), name);
        }
        for (const posture of side.policy.postures)
            this.conditions.set(posture.name.text, posture.items.map((c) => c.text.trim()).join(' && '));
    }
    nameOf(conditions) {
        const known = this.names.get(conditions) ?? this.byContent.get(JSON.stringify(conditions));
        if (known !== undefined)
            return known;
        // An undefined posture name stands for itself (policy/posture.ts, undefinedPosture).
        const first = conditions[0];
        return first?.kind === 'opaque' ? first.text : JSON.stringify(conditions);
    }
    /**
     * The terms of the requirements a verdict hangs on: since each requirement is "any of its
     * postures" and access is the union over rules, the verdict hangs on "any of all of them".
     * `decided` is what the source gets exactly where a posture holds (`allowed`, `accept`...),
     * when the verdict is known postures aside; undefined when it also depends on the tailnet.
     */
    terms(requirements, decided) {
        // Made once for each set of postures: every cell of every pair hanging on them asks, and a
        // condition's text may be thousands of characters long.
        let key = decided ?? '';
        for (const requirement of requirements)
            for (const conditions of requirement)
                key += `|${(0,lists/* numberOf */.rl)(this.numbers, conditions)}`;
        let found = this.made.get(key);
        if (found === undefined)
            this.made.set(key, (found = this.termsOf(requirements, decided)));
        return found;
    }
    termsOf(requirements, decided) {
        const unique = new Map();
        for (const requirement of requirements)
            for (const conditions of requirement)
                unique.set(JSON.stringify(conditions), this.nameOf(conditions));
        const names = [...new Set(unique.values())].sort();
        const said = names.map((n) => (this.conditions.has(n) ? `${n} (${this.conditions.get(n)})` : n));
        const list = said.length === 0 ? 'a posture' : said.join(' or ');
        return {
            key: JSON.stringify([...unique.keys()].sort()),
            words: decided === undefined ? `depends on the tailnet and on ${list}` : `${decided} where ${list} holds`,
            names,
        };
    }
}

// EXTERNAL MODULE: ./src/policy/address-index.ts
var address_index = __webpack_require__(6659);
// EXTERNAL MODULE: ./src/policy/identity-index.ts
var identity_index = __webpack_require__(9299);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
;// CONCATENATED MODULE: ./src/plan/targets.ts
// The rule targets of both sides (a rule's source with one destination, its protocols, ports
// and posture), each distinct target once, with a key saying everything about it that can
// decide a verdict, and indexes to find the targets whose source or destination may select a
// principal. A target with equal keys on both sides, matched against equal principals,
// contributes identically to every verdict: the plan evaluates only where keys or principals
// differ between the sides.





const presentOn = (presence, side) => (presence & (side + 1)) !== 0;
function indexesOf(targets) {
    if (targets.indexes !== undefined)
        return targets.indexes;
    const indexes = {
        srcIdentity: new identity_index/* IdentityIndex */.N(),
        srcAddresses: new address_index/* AddressIndex */.R(),
        dstIdentity: new identity_index/* IdentityIndex */.N(),
        dstAddresses: new address_index/* AddressIndex */.R(),
    };
    targets.list.forEach(({ rule, target }, id) => {
        indexes.srcIdentity.add(id, rule.src);
        indexes.srcAddresses.add(id, rule.src);
        indexes.dstIdentity.add(id, target.dst);
        indexes.dstAddresses.add(id, target.dst);
    });
    return (targets.indexes = indexes);
}
const FAMILIES = [4, 6];
/** Short ids for keys: equal ids, equal contents. */
class Keys {
    ids = new Map();
    sets = new WeakMap();
    postures = new WeakMap();
    reaches = new WeakMap();
    id(text) {
        return (0,lists/* numberOf */.rl)(this.ids, text);
    }
    /** Everything matching reads of a selector set (JSON, so that no two different sets share a key). */
    selectors(set) {
        let id = this.sets.get(set);
        if (id === undefined) {
            const names = [set.users, set.groups, set.scimGroups, set.tags, set.roles, set.domains, set.services];
            let text = `${+set.wildcard}${+set.dangerAll}${+set.member}${+set.tagged}${+set.shared}${+set.self}`;
            text += `${+set.internet}${set.tailscale[4]}${set.tailscale[6]}`;
            for (const items of names)
                text += `;${items.size === 0 ? '' : JSON.stringify(items.size === 1 ? [...items] : [...items].sort())}`;
            text += `;${targets_ranges(set.addresses.v4)};${targets_ranges(set.addresses.v6)}`;
            const dependent = set.internetDependent;
            if (dependent !== undefined)
                text += `;${targets_ranges(dependent.v4)};${targets_ranges(dependent.v6)}`;
            this.sets.set(set, (id = this.id(text)));
        }
        return id;
    }
    /** The posture requirement's content: an edited condition changes the key of every rule using it. */
    posture(rule) {
        let id = this.postures.get(rule);
        if (id === undefined)
            this.postures.set(rule, (id = this.id(JSON.stringify(rule.postures ?? null))));
        return id;
    }
    target({ rule, target }) {
        const ports = target.ports.map((r) => `${r.first}-${r.last}`).join(',');
        return `${this.reachOf(rule, target)} ${target.protocols.join(',')} ${ports} ${target.allPorts}`;
    }
    /** A target's key but its protocols and ports: whom it selects, under which postures and routes. */
    reach(target) {
        let key = this.reaches.get(target);
        // Asked again for every pair the target connects (evaluate.ts): made once.
        if (key === undefined)
            this.reaches.set(target, (key = this.reachOf(target.rule, target.target)));
        return key;
    }
    reachOf(rule, target) {
        // A `via` list edited changes the routes, not the verdicts: evaluate.ts compares those.
        const via = rule.via === undefined ? '' : ` ${this.id(JSON.stringify(rule.via))}`;
        return `${this.selectors(rule.src)} ${this.selectors(target.dst)} ${this.posture(rule)}${via}`;
    }
}
const targets_ranges = (list) => list.map((r) => `${r.lo.toString(16)}-${r.hi.toString(16)}`).join(',');
const mix = (hash, value) => (Math.imul(hash, 31) + value) | 0;
/**
 * Numbers that equal targets share, cheap to compute (built from what their keys hold, names by
 * number, sets by sums): a target can equal another only when their shapes are equal.
 */
class Shapes {
    names = new Map();
    /** Rules share selector sets (a compilation makes one per selector text): each is shaped once. */
    sets = new Map();
    name(text) {
        let id = this.names.get(text);
        if (id === undefined)
            this.names.set(text, (id = this.names.size + 1));
        return id;
    }
    set(set) {
        let known = this.sets.get(set);
        if (known === undefined)
            this.sets.set(set, (known = this.setShape(set)));
        return known;
    }
    setShape(set) {
        let hash = +set.wildcard | (+set.dangerAll << 1) | (+set.member << 2) | (+set.tagged << 3) | (+set.shared << 4);
        hash |= (+set.self << 5) | (+set.internet << 6);
        const lists = [set.users, set.groups, set.scimGroups, set.tags, set.roles, set.domains, set.services];
        for (let kind = 0; kind < lists.length; kind++) {
            // A sum, since a set's order is not part of it.
            let sum = 0;
            lists[kind].forEach((item) => (sum = (sum + Math.imul(this.name(item), 0x9e3779b1)) | 0));
            hash = mix(hash, sum);
        }
        return mix(mix(hash, set.addresses.v4.length), set.addresses.v6.length);
    }
    of({ rule, target }) {
        let hash = mix(this.set(rule.src), this.set(target.dst));
        // forEach, not for-of: this runs for every target of both sides, mostly before V8 optimises it.
        target.protocols.forEach((protocol) => (hash = mix(hash, protocol)));
        target.ports.forEach((range) => (hash = mix(mix(hash, range.first), range.last)));
        return mix(hash, +target.allPorts * 2 + (rule.postures === undefined ? 0 : 1));
    }
}
/**
 * The distinct targets of both sides' rules, indexed. `shared` rules are in both lists, as the
 * same objects (shared-rules.ts): their targets are on both sides without a key, and need one
 * only to be told equal to a target of one side's own rules (a rule moved or duplicated), which
 * needs an equal shape. Two equal shared targets may keep two ids: both are on both sides, so
 * neither makes a difference, and they select the same endpoints.
 */
function targetsOf(rules, budget, shared = []) {
    const targets = { list: [], presence: [], everyone: [] };
    const keys = new Keys();
    const byKey = new Map();
    const isShared = new Set(shared);
    const shapes = new Shapes();
    const ownShapes = new Set();
    // forEach here and below, not for-of: they run once per rule and target of both sides, mostly
    // before V8 optimises them, where each step of a for-of makes an iterator result.
    for (const list of rules)
        list.forEach((rule) => {
            if (!isShared.has(rule))
                rule.targets.forEach((target) => ownShapes.add(shapes.of({ rule, target })));
        });
    // The ids of the targets of each rule already seen: shared rules come again on the other side.
    const byRule = new Map();
    const add = (side, id) => {
        targets.presence[id] = (targets.presence[id] | (side + 1));
    };
    const create = (side, target) => {
        const id = targets.list.push(target) - 1;
        targets.presence.push((side + 1));
        if (target.rule.src.wildcard || target.rule.src.dangerAll)
            targets.everyone.push(id);
        return id;
    };
    for (const side of [0, 1]) {
        for (let r = 0; r < rules[side].length; r++) {
            const rule = rules[side][r];
            const known = byRule.get(rule);
            if (known !== undefined) {
                budget.step();
                known.forEach((id) => add(side, id));
                continue;
            }
            const ids = rule.targets.map((target) => {
                budget.step();
                if (isShared.has(rule) && !ownShapes.has(shapes.of({ rule, target })))
                    return create(side, { rule, target });
                const key = keys.target({ rule, target });
                const id = byKey.get(key);
                if (id === undefined) {
                    const created = create(side, { rule, target });
                    byKey.set(key, created);
                    return created;
                }
                add(side, id);
                return id;
            });
            byRule.set(rule, ids);
        }
    }
    return targets;
}
/**
 * Ids of targets that may select `p` (each once): identities it has for sure, and addresses (an
 * unknown address in the Tailscale range only through sets covering the range), in every
 * family it has an address in. Like the engine's index, this follows direct matches, not
 * "may carry other tags" ones.
 */
function candidateIds(identity, addresses, p) {
    const extra = [];
    for (const family of FAMILIES) {
        const at = (0,principal/* slot */.NI)(p, family);
        if (at !== undefined)
            extra.push(at.kind === 'known' ? addresses.lookup(at.address) : addresses.covering[family]);
    }
    return identity.gather(p, false, extra);
}
/** How a source selector set selects `p` per family (`4y6u`...); '' when it does not. */
function sourceMatch(src, p, env) {
    let out = '';
    for (const f of FAMILIES) {
        if ((0,principal/* slot */.NI)(p, f) === undefined)
            continue;
        const tri = (0,match/* matchSet */.sm)(src, p, f, 'src', env);
        if (tri !== 'no')
            out += `${f}${tri[0]}`;
    }
    return out;
}
/** How a destination selects `p` per family, by address and by identity, and through autogroup:self. */
function destinationMatch(dst, p, env) {
    let out = '';
    for (const f of FAMILIES) {
        if ((0,principal/* slot */.NI)(p, f) === undefined)
            continue;
        const byAddress = (0,match/* matchAddress */.ez)(dst, p, f, 'dst', env);
        const byIdentity = (0,match/* matchIdentity */.oD)(dst, p);
        if (byAddress !== 'no' || byIdentity !== 'no')
            out += `${f}${byAddress[0]}${byIdentity[0]}`;
    }
    return dst.self && p.identity === 'user' ? `${out}s` : out;
}
/**
 * Targets of one side that may select both `s` as their source and `d` as their destination, with
 * how each end matches: as matchesOf for each end and the two joined, with the source matched only
 * for targets that select the destination (a user in many groups is a candidate of many targets).
 */
function connectingTargets(targets, side, s, d, env, budget) {
    const indexes = indexesOf(targets);
    const sources = new Set(candidateIds(indexes.srcIdentity, indexes.srcAddresses, s));
    const out = [];
    matchesOf(targets, side, d, 'dst', env, budget).forEach((how, id) => {
        if (!sources.has(id))
            return;
        budget.step();
        const from = sourceMatch(targets.list[id].rule.src, s, env);
        if (from !== '')
            out.push({ id, from, how });
    });
    return out;
}
/** Targets of one side whose source (or destination) may select `p`, with how: target id → match text. */
function matchesOf(targets, side, p, role, env, budget) {
    const out = new Map();
    const indexes = indexesOf(targets);
    const [identity, addresses] = role === 'src' ? [indexes.srcIdentity, indexes.srcAddresses] : [indexes.dstIdentity, indexes.dstAddresses];
    for (const id of candidateIds(identity, addresses, p)) {
        if (!presentOn(targets.presence[id], side))
            continue;
        budget.step();
        const { rule, target } = targets.list[id];
        const how = role === 'src' ? sourceMatch(rule.src, p, env) : destinationMatch(target.dst, p, env);
        if (how !== '')
            out.set(id, how);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/after-queries.ts
// What the highlights and the tested marks ask of the new policy once a channel's differences
// are known (evaluate.ts): what its rules may still give a source, and one verdict of a pair.





/** A destination of `autogroup:self` and nothing else. */
function onlySelf(dst) {
    const { wildcard, dangerAll, internet, services, addresses } = dst;
    const others = wildcard || dangerAll || internet || (0,compile/* namesIdentities */.NO)(dst) || services.size > 0;
    return dst.self && !others && addresses.v4.length === 0 && addresses.v6.length === 0;
}
/** The queries over the new policy's `index` and `env`. */
function afterQueries(atoms, targets, after, budget) {
    const selectedAfter = (atom) => {
        const p = atoms[atom].principals[1];
        if (p === undefined)
            return 'nothing';
        const ids = [...matchesOf(targets, 1, p, 'src', after.env, budget).keys()];
        if (ids.length === 0)
            return 'nothing';
        if (!ids.every((id) => onlySelf(targets.list[id].target.dst)))
            return 'more';
        // autogroup:self gives a user their own devices, and a tag or an address nothing.
        return p.identity === 'user' ? 'own devices' : 'nothing';
    };
    const acceptedAfter = (src, dst, protocol, port) => {
        const [s, d] = [atoms[src].principals[1], atoms[dst].principals[1]];
        const family = s === undefined || d === undefined ? undefined : (0,principal/* pairFamily */.rP)(s, d, unsure/* PREFERRED_FAMILY */.zG);
        if (family === undefined)
            return 'no';
        return after.index.verdict(s, d, family, [protocol], port, POSTURE_UNKNOWN);
    };
    return { selectedAfter, acceptedAfter };
}

;// CONCATENATED MODULE: ./src/plan/cells.ts
// The grid a channel's pairs are asked on: protocols, and the elementary port intervals every
// rule's targets draw, so that within one cell no target's answer changes and one port stands for
// the cell; and, per pair, the cells some target that may connect it allows.

const WHOLE = { first: 0, last: 65535 };
/** Elementary port intervals over the boundaries of the given ranges. */
function portIntervals(cuts) {
    const sorted = [...cuts].sort((a, b) => a - b);
    return sorted.map((first, i) => ({ first, last: i + 1 < sorted.length ? sorted[i + 1] - 1 : 65535 }));
}
const mapped = (protocol) => (protocol === policy_ports/* ICMPV6 */.Al ? policy_ports/* ICMP */.Ib : protocol);
function numbered(protocols, ports) {
    const offsets = new Map();
    let count = 0;
    for (const p of protocols) {
        offsets.set(p, count);
        count += ports.get(p).length;
    }
    return { protocols, ports, offsets };
}
function grid(targets, app) {
    if (app)
        return numbered([policy_ports/* TCP */.qi], new Map([[policy_ports/* TCP */.qi, [WHOLE]]]));
    const cuts = new Map([policy_ports/* TCP */.qi, policy_ports/* UDP */.e0, policy_ports/* ICMP */.Ib].map((p) => [p, new Set([0])]));
    // forEach, not for-of: this runs for every target of both sides, mostly before V8 optimises it.
    targets.list.forEach(({ target }) => target.protocols.forEach((protocol) => {
        const p = mapped(protocol);
        const set = cuts.get(p) ?? new Set([0]);
        cuts.set(p, set);
        if (!(0,policy_ports/* protocolHasPorts */.VK)(p))
            return;
        target.ports.forEach((r) => {
            set.add(r.first);
            if (r.last < 65535)
                set.add(r.last + 1);
        });
    }));
    const protocols = [...cuts.keys()].sort((a, b) => a - b);
    return numbered(protocols, new Map(protocols.map((p) => [p, (0,policy_ports/* protocolHasPorts */.VK)(p) ? portIntervals(cuts.get(p)) : [WHOLE]])));
}
/** The first cell of `cells` (sorted, disjoint, covering 0–65535) that holds `port`. */
function cellAt(cells, port) {
    let lo = 0;
    let hi = cells.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cells[mid].last < port)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * The cells of the grid that some of a pair's targets allow. Each target's cells are found once,
 * as runs: the grid is cut at every range's ends, so a range covers whole cells.
 */
class PortCells {
    cells;
    budget;
    runs = new Map();
    constructor(cells, budget) {
        this.cells = cells;
        this.budget = budget;
    }
    /**
     * The cells (by protocol, ascending) some of `targets` may allow; every target lets ICMP through
     * to the addresses it selects. The work grows with the targets' ranges and the cells found, not
     * with the grid.
     */
    of(targets) {
        const out = new Map();
        if (targets.length === 0)
            return out;
        const runs = [];
        const addRuns = (list) => {
            for (let i = 0; i < list.length; i += 2)
                runs.push([list[i], list[i + 1]]);
        };
        addRuns(this.runsOf(policy_ports/* ICMP */.Ib, [WHOLE]));
        for (const target of targets) {
            this.budget.step();
            addRuns(this.targetRuns(target));
        }
        runs.sort((a, b) => a[0] - b[0]);
        // Cells are numbered protocol by protocol, in the grid's order.
        let next = 0;
        let protocol = 0;
        for (const [first, last] of runs) {
            // No step per cell: the pair is asked about each cell it gets, a step each.
            for (let cell = Math.max(first, next); cell <= last; cell++) {
                while (protocol + 1 < this.cells.protocols.length && this.offset(protocol + 1) <= cell)
                    protocol++;
                const p = this.cells.protocols[protocol];
                const list = out.get(p) ?? [];
                if (list.length === 0)
                    out.set(p, list);
                list.push(this.cells.ports.get(p)[cell - this.offset(protocol)]);
            }
            next = Math.max(next, last + 1);
        }
        return out;
    }
    offset(protocol) {
        return this.cells.offsets.get(this.cells.protocols[protocol]);
    }
    targetRuns(target) {
        let runs = this.runs.get(target);
        if (runs === undefined) {
            runs = [];
            for (const protocol of target.protocols) {
                const p = mapped(protocol);
                for (const cell of this.runsOf(p, (0,policy_ports/* protocolHasPorts */.VK)(p) ? target.ports : [WHOLE]))
                    runs.push(cell);
            }
            this.runs.set(target, runs);
        }
        return runs;
    }
    /** Cell numbers [first, last] of each range, in pairs. */
    runsOf(protocol, ranges) {
        const offset = this.cells.offsets.get(protocol);
        // App capabilities are asked on one cell only (TCP, any port).
        if (offset === undefined)
            return [];
        const cells = this.cells.ports.get(protocol);
        const runs = [];
        for (const r of ranges) {
            this.budget.step();
            runs.push(offset + cellAt(cells, r.first), offset + cellAt(cells, r.last));
        }
        return runs;
    }
}

// EXTERNAL MODULE: ./src/policy/network-profiles.ts
var network_profiles = __webpack_require__(655);
;// CONCATENATED MODULE: ./src/plan/pair-targets.ts
// Which of the targets that may make a pair differ (relations.ts: those whose source selects its
// source atom, or whose destination selects its destination atom) can connect that very pair: a
// pair is asked only about the ports of these. A target whose source cannot select the source
// adds nothing to the pair's verdict, on either side.
//
// Without this, every source was asked about the ports of every target to its destination: N
// rules, each from its own user to one tag on its own port, asked N users about 2N ports each,
// and the plan grew with N² (a helper's attack: 8,000 rules took 27 s).
//
// "Can connect" is the engine's own candidate search (identity-index.ts, address-index.ts): the
// names and addresses a principal surely has, not the other tags a tagged device may carry or
// any identity an unknown address may have. For a source or destination known in full this is
// exactly what the engine's verdict reads. For one known in part it leaves out ports where the
// verdict is only "maybe" through such facts: those are listed only where a direct match of a
// differing target connects the pair, as relations.ts already does for the pairs themselves.




class PairTargets {
    targets;
    atoms;
    reasons;
    budget;
    /** Per destination atom: its reasons, indexed by their sources. */
    bySource = new Map();
    /** Per source atom: its reasons, indexed by their destinations. */
    byDestination = new Map();
    constructor(targets, atoms, reasons, budget) {
        this.targets = targets;
        this.atoms = atoms;
        this.reasons = reasons;
        this.budget = budget;
    }
    /** The targets, each once, that may make the pair (src, dst) differ and can connect it. */
    of(src, dst) {
        const found = new Set();
        this.connecting(this.local('src', dst), this.atoms[src], 'src', found);
        this.connecting(this.local('dst', src), this.atoms[dst], 'dst', found);
        return [...found].map((id) => this.targets.list[id].target);
    }
    /**
     * The reasons of `atom` as `role`'s other end, indexed by their `role` end: built once per atom,
     * so a destination with N reasons costs N once, and each source then finds its own few.
     */
    local(role, atom) {
        const cache = role === 'src' ? this.bySource : this.byDestination;
        let local = cache.get(atom);
        if (local !== undefined)
            return local;
        const ids = this.reasons[role === 'src' ? 'dst' : 'src'].get(atom);
        if (ids === undefined)
            return undefined;
        local = { ids: [...ids], identity: new identity_index/* IdentityIndex */.N(), addresses: new address_index/* AddressIndex */.R() };
        local.ids.forEach((id, at) => {
            this.budget.step();
            const { rule, target } = this.targets.list[id];
            const set = role === 'src' ? rule.src : target.dst;
            local.identity.add(at, set);
            local.addresses.add(at, set);
        });
        cache.set(atom, local);
        return local;
    }
    /** Adds to `found` the targets of `local` whose `role` end may select the atom, on either side. */
    connecting(local, atom, role, found) {
        if (local === undefined)
            return;
        for (const p of atom.principals) {
            if (p === undefined)
                continue;
            for (const at of gather(local, p, role)) {
                this.budget.step();
                found.add(local.ids[at]);
            }
        }
    }
}
/**
 * Candidates as the engine's index finds them (network-index.ts): a source through the
 * addresses that may hold its own, partly or wholly; a destination through those that surely do.
 */
function gather(local, p, role) {
    const extra = FAMILIES.flatMap((family) => (0,network_profiles/* addressCandidates */.zX)(local.addresses, p, family, role === 'src'));
    return local.identity.gather(p, false, extra);
}

;// CONCATENATED MODULE: ./src/plan/relations.ts
// Which (source, destination) pairs can have changed, found without evaluating every pair, and
// why: the targets whose contribution to the pair's verdict may differ between the sides. A
// verdict is the union of what each target allows; a target with the same key on both sides,
// matched against an endpoint whose principal is the same on both sides, contributes the same.
// So a pair's verdict can differ only through
//   - a target whose key exists on one side only (a rule added, removed or edited, a host or
//     ipset whose addresses moved, a posture whose conditions changed): the pairs it connects;
//   - an endpoint whose principal differs (a user added to a group, a tag no longer defined),
//     or an address inside a route of the tailnet's own that one side lists and the other does
//     not (autogroup:internet leaves those out): the targets that select it differently, paired
//     with what those targets select.
// The candidates are then evaluated with the engine's own verdict, on the protocols and ports
// of these targets only: this filter decides what to ask, never an answer.
//
// Offline, the engine also answers "maybe" for principals it knows little about: an address in
// the Tailscale range may be any device, a tagged device may carry other tags. Following every
// such "maybe" would pair each of them with every destination of every changed rule, and yield
// only "undecided". The filter follows direct matches only: every decided difference is found
// (a decided verdict needs a direct match), and "maybe" differences are listed where a direct
// match of a differing target also connects the pair.






const sameSet = (a, b) => {
    if (a === undefined || b === undefined)
        return a === b;
    if (a.size !== b.size)
        return false;
    for (const item of a)
        if (!b.has(item))
            return false;
    return true;
};
const sameSlot = (a, b) => {
    if (a === undefined || b === undefined)
        return a === b;
    if (a.kind === 'tailscale' || b.kind === 'tailscale')
        return a.kind === b.kind;
    return a.address.value === b.address.value;
};
/** Whether two principals read the same to every selector: equal in everything matching reads of them. */
function samePrincipal(a, b) {
    return (a.key === b.key &&
        a.identity === b.identity &&
        a.login === b.login &&
        sameSet(a.groups, b.groups) &&
        a.groupsComplete === b.groupsComplete &&
        a.scimGroup === b.scimGroup &&
        sameSet(a.tags, b.tags) &&
        a.tagsComplete === b.tagsComplete &&
        a.member === b.member &&
        sameSet(a.roles, b.roles) &&
        a.service === b.service &&
        sameSlot(a.v4, b.v4) &&
        sameSlot(a.v6, b.v6));
}
/** Ids of the targets only one side has. */
function changedTargets(targets) {
    return targets.presence.flatMap((presence, id) => (presence === 3 ? [] : [id]));
}
/** The users, groups and tags the sets name, when that is all they name; undefined otherwise. */
function namedOnly(sets) {
    const named = { users: new Set(), groups: new Set(), tags: new Set() };
    for (const set of sets) {
        const flags = set.wildcard || set.dangerAll || set.member || set.tagged || set.shared || set.self || set.internet;
        const others = set.roles.size + set.domains.size + set.services.size + set.scimGroups.size;
        if (flags || others > 0 || !(0,ip/* isEmpty */.Im)(set.addresses))
            return undefined;
        set.users.forEach((user) => named.users.add(user));
        set.groups.forEach((group) => named.groups.add(group));
        set.tags.forEach((tag) => named.tags.add(tag));
    }
    return named;
}
const byName = [
    new WeakMap(),
    new WeakMap(),
];
function indexByName(atoms, side) {
    const index = { users: new Map(), groups: new Map(), tags: new Map(), services: [], any: [] };
    atoms.forEach((atom, at) => {
        const p = atom.principals[side];
        if (p === undefined)
            return;
        if (p.identity === 'unknown' || (p.identity === 'user' && (p.login === undefined || !p.groupsComplete)))
            index.any.push(at);
        else if (p.identity === 'tagged' && !p.tagsComplete)
            index.any.push(at);
        else if (p.identity === 'user') {
            (0,lists/* pushTo */.Il)(index.users, p.login, at);
            p.groups.forEach((group) => (0,lists/* pushTo */.Il)(index.groups, group, at));
        }
        else if (p.identity === 'tagged')
            p.tags.forEach((tag) => (0,lists/* pushTo */.Il)(index.tags, tag, at));
        else if (p.service !== undefined)
            index.services.push(at);
    });
    return index;
}
/**
 * The atoms sets naming only `named` may select, in order: a few targets (one app capability
 * value's grants, say) then look at the atoms they name, not at every atom of the tailnet.
 */
function namedAtoms(atoms, side, named) {
    let index = byName[side].get(atoms);
    if (index === undefined)
        byName[side].set(atoms, (index = indexByName(atoms, side)));
    const found = new Set(index.any);
    const gather = (names, map) => names.forEach((name) => map.get(name)?.forEach((at) => found.add(at)));
    gather(named.users, index.users);
    gather(named.groups, index.groups);
    gather(named.tags, index.tags);
    if (named.tags.size > 0)
        index.services.forEach((at) => found.add(at));
    return [...found].sort((a, b) => a - b).map((at) => atoms[at]);
}
/** Atoms the targets `ids` may select on one side, as source and as destination. */
function reach(targets, ids, atoms, side, env, budget) {
    const out = { src: new Map(ids.map((id) => [id, []])), dst: new Map(ids.map((id) => [id, []])) };
    if (ids.length === 0)
        return out;
    const index = {
        srcIdentity: new identity_index/* IdentityIndex */.N(),
        srcAddresses: new address_index/* AddressIndex */.R(),
        dstIdentity: new identity_index/* IdentityIndex */.N(),
        dstAddresses: new address_index/* AddressIndex */.R(),
    };
    ids.forEach((id, local) => {
        const { rule, target } = targets.list[id];
        index.srcIdentity.add(local, rule.src);
        index.srcAddresses.add(local, rule.src);
        index.dstIdentity.add(local, target.dst);
        index.dstAddresses.add(local, target.dst);
    });
    const named = namedOnly(ids.flatMap((id) => [targets.list[id].rule.src, targets.list[id].target.dst]));
    const asked = named === undefined ? atoms : namedAtoms(atoms, side, named);
    // forEach, not for-of: these run for every atom (every device, with a tailnet) and candidate,
    // mostly before V8 optimises them, where each step of a for-of makes an iterator result.
    asked.forEach((atom) => {
        const p = atom.principals[side];
        if (p === undefined)
            return;
        candidateIds(index.srcIdentity, index.srcAddresses, p).forEach((local) => {
            budget.step();
            const id = ids[local];
            if (sourceMatch(targets.list[id].rule.src, p, env) === '')
                return;
            budget.match();
            out.src.get(id).push(atom.id);
        });
        candidateIds(index.dstIdentity, index.dstAddresses, p).forEach((local) => {
            budget.step();
            const id = ids[local];
            if (destinationMatch(targets.list[id].target.dst, p, env) === '')
                return;
            budget.match();
            out.dst.get(id).push(atom.id);
        });
    });
    return out;
}
/**
 * For an atom whose principal differs between the sides: the targets both sides have whose
 * match of it differs between the sides (targets of one side only are changed anyway).
 */
function affect(targets, atom, envs, affected, budget) {
    for (const role of ['src', 'dst']) {
        const matches = [0, 1].map((side) => {
            const p = atom.principals[side];
            return p === undefined ? new Map() : matchesOf(targets, side, p, role, envs[side], budget);
        });
        for (const side of [0, 1]) {
            for (const [id, how] of matches[side]) {
                if (targets.presence[id] !== 3 || matches[1 - side].get(id) === how)
                    continue;
                let entry = affected[side].get(id);
                if (entry === undefined)
                    affected[side].set(id, (entry = { src: [], dst: [] }));
                entry[role].push(atom.id);
            }
        }
    }
}
/**
 * The tailnet's own routes that one side has and the other does not (its autoApprovers routes
 * changed): an address there reads differently to autogroup:internet, so an atom inside them is
 * treated as one whose principal changed.
 */
function changedRoutes(envs) {
    const differs = (0,ip/* symmetricDifference */.BT)(envs[0].ownRoutes ?? ip/* NO_ADDRESSES */.xY, envs[1].ownRoutes ?? ip/* NO_ADDRESSES */.xY);
    return (0,ip/* isEmpty */.Im)(differs) ? undefined : differs;
}
function inRoutes(p, routes) {
    if (routes === undefined)
        return false;
    return [4, 6].some((family) => {
        const at = (0,principal/* slot */.NI)(p, family);
        return at?.kind === 'known' && (0,ip/* contains */.gR)(routes, at.address);
    });
}
/** Per universe, its atoms whose principal differs between the sides: the same for every channel. */
const differing = new WeakMap();
/** Atoms whose principal differs between the sides, or that lie in routes only one side lists. */
function atomsThatDiffer(atoms, routes) {
    const same = (atom) => {
        const [before, after] = atom.principals;
        return before !== undefined && after !== undefined && samePrincipal(before, after);
    };
    if (routes !== undefined)
        return atoms.filter((atom) => !same(atom) || inRoutes(atom.principals[1], routes));
    let found = differing.get(atoms);
    if (found === undefined)
        differing.set(atoms, (found = atoms.filter((atom) => !same(atom))));
    return found;
}
/** `add` for every pair of a source and a destination (forEach: it runs for each pair). */
function pairUp(srcs, dsts, add) {
    srcs.forEach((s) => dsts.forEach((d) => add(s, d)));
}
/** Pairs (source atom, destination atom) whose verdicts may differ, and why (see Candidates). */
function candidatePairs(targets, atoms, envs, budget) {
    const found = { pairs: new Map(), reasons: { src: new Map(), dst: new Map() } };
    const add = (s, d) => void budget.addPair(found.pairs, s, d, () => true);
    const because = (role, atom, why) => (0,lists/* addTo */.DN)(found.reasons[role], atom, why);
    const changed = changedTargets(targets);
    const affected = [new Map(), new Map()];
    for (const atom of atomsThatDiffer(atoms, changedRoutes(envs)))
        affect(targets, atom, envs, affected, budget);
    for (const side of [0, 1]) {
        const mine = changed.filter((id) => presentOn(targets.presence[id], side));
        const ids = [...new Set([...mine, ...affected[side].keys()])].sort((a, b) => a - b);
        const reached = reach(targets, ids, atoms, side, envs[side], budget);
        for (const id of mine) {
            const [srcs, dsts] = [reached.src.get(id), reached.dst.get(id)];
            srcs.forEach((s) => because('src', s, id));
            dsts.forEach((d) => because('dst', d, id));
            pairUp(srcs, dsts, add);
        }
        for (const [id, { src, dst }] of affected[side]) {
            src.forEach((s) => because('src', s, id));
            dst.forEach((d) => because('dst', d, id));
            pairUp(src, reached.dst.get(id), add);
            pairUp(reached.src.get(id), dst, add);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/plan/routes.ts
// How each side routes a pair it allows: a grant's `via` lets only tagged routers carry the
// traffic (docs/policy-semantics.md §4). The verdict may be the same on both sides while the
// routes differ; whether the access then survives depends on which devices of those tags route
// the destination, which the plan does not model, so such a pair is listed as undecided.
/** A rule's route restriction: '' for none, else its via tags. */
const restriction = (rule) => rule.via?.join(', ') ?? '';
/** The restrictions of the rules that certainly allow the pair, and of those that only may. */
function restrictions({ direct, connecting }) {
    const certain = new Set(connecting.filter((c) => c.certain && c.rule.via !== undefined).map((c) => restriction(c.rule)));
    if (direct === 'yes')
        certain.add('');
    const maybe = new Set(connecting.filter((c) => !c.certain).map((c) => restriction(c.rule)));
    if (direct === 'unknown')
        maybe.add('');
    for (const known of certain)
        maybe.delete(known);
    return { certain: [...certain].sort(), maybe: [...maybe].sort() };
}
const union = (restrictions) => [...new Set(restrictions.flatMap((r) => r.split(', ')))].sort().join(', ');
const routes_routeText = (routes) => (routes === '' ? 'by any route' : `only through ${routes} (via)`);
/**
 * The side's routes in words, and a key equal for equal routes. Said of the pair where it is
 * allowed: rules that may or may not select it (their verdict says so already) tell its routes
 * as well as rules that do, as long as they all say the same.
 */
function describe(facts) {
    const { certain, maybe } = restrictions(facts);
    const all = [...new Set([...certain, ...maybe])];
    // A rule without via lets any router carry it; else any router of the rules' via tags may.
    const tags = certain.includes('')
        ? ''
        : maybe.length === 0 && certain.length > 0
            ? union(certain)
            : all.length === 1
                ? all[0]
                : undefined;
    if (tags !== undefined)
        return { words: routes_routeText(tags), key: `=${tags}` };
    const key = `${certain.join('|')}/${maybe.join('|')}`;
    if (maybe.length === 0)
        return { words: 'by routes that depend on the tailnet (via)', key };
    const open = `${maybe.map((r) => (r === '' ? 'by any route' : `only through ${r}`)).join(' or ')} depending on the tailnet`;
    return { words: certain.length === 0 ? `${open} (via)` : `${routes_routeText(union(certain))}, or ${open}`, key };
}
/**
 * How each side routes a pair whose verdict is the same on both, where they differ (a `via` list
 * added, edited or removed); undefined where they do not.
 */
function routesDiffer(facts) {
    const [before, after] = [describe(facts[0]), describe(facts[1])];
    return before.key === after.key ? undefined : [before.words, after.words];
}

;// CONCATENATED MODULE: ./src/plan/uncertainty.ts
// What a pair's unknown verdicts hang on, side by side. Offline, a verdict is unknown when some
// target that may connect the pair only may select one of its ends (a user who may be an admin, a
// device a test cannot name). Two sides whose unknown verdicts hang on the same targets, matched
// alike, give one verdict whatever the tailnet holds (the verdict is the union of its targets'
// matches); on other targets they may differ, and the plan lists the pair as undecided.

/**
 * Whether the two sides' unknown verdicts on one pair may differ at a protocol and port: whether
 * the descriptions of the targets that let that port through differ as sets (ICMP passes every
 * target). A pair is asked over each protocol's port intervals in increasing order, so this
 * sweeps: each target's ranges enter and leave a count once, and a pair costs its targets' ranges
 * plus its intervals, not their product. The product made a plan cubic in a policy of
 * overlapping ranges (docs/performance.md, "Still super-linear"). Asked out of order, it starts
 * the protocol again.
 */
class Apart {
    of;
    hanging = [];
    protocol = -1;
    port = -1;
    events = [];
    next = 0;
    /** Per description, how many of each side's ranges under the sweep's port let it through. */
    counts = new Map();
    /** How many descriptions one side has at the port and the other has not. */
    mismatches = 0;
    constructor(of) {
        this.of = of;
    }
    at(protocol, port) {
        if (protocol !== this.protocol || port < this.port)
            this.start(protocol);
        this.port = port;
        while (this.next < this.events.length && this.events[this.next].at <= port)
            this.apply(this.events[this.next++]);
        return this.mismatches > 0;
    }
    start(protocol) {
        this.protocol = protocol;
        this.counts.clear();
        this.mismatches = 0;
        this.next = 0;
        const events = [];
        for (const side of [0, 1]) {
            for (const { target, said } of (this.hanging[side] ??= this.of(side))) {
                if (protocol === policy_ports/* ICMP */.Ib)
                    events.push({ at: -1, side, said, delta: 1 });
                else if (target.protocols.includes(protocol))
                    for (const r of target.ports)
                        events.push({ at: r.first, side, said, delta: 1 }, { at: r.last + 1, side, said, delta: -1 });
            }
        }
        this.events = events.sort((a, b) => a.at - b.at);
    }
    apply({ side, said, delta }) {
        let count = this.counts.get(said);
        if (count === undefined)
            this.counts.set(said, (count = [0, 0]));
        const wasApart = count[0] > 0 !== count[1] > 0;
        count[side] += delta;
        this.mismatches += Number(count[0] > 0 !== count[1] > 0) - Number(wasApart);
    }
}

;// CONCATENATED MODULE: ./src/plan/evaluate.ts
// Evaluates candidate pairs on both sides with the engine's own NetworkIndex verdicts, protocol
// by protocol and over the elementary port intervals every rule draws (cells.ts), and keeps the
// differences: access gained, lost, decided on one side only (undecided offline), or allowed on
// both through different routes (a grant's `via`, undecided too). A pair is asked only about the
// protocols and ports of the targets that may make it differ and can connect it by direct matches
// of both ends (relations.ts, pair-targets.ts): elsewhere both sides' decided verdicts come from
// the same targets.












function linksOf(ev, pair) {
    const [s, d] = [pair.principals[0][ev.side], pair.principals[1][ev.side]];
    return (pair.links[ev.side] ??= connectingTargets(ev.targets, ev.side, s, d, ev.env, ev.budget));
}
/** Verdicts without posture terms, shared: most answers are one of these. */
const PLAIN = {
    yes: { state: 'yes' },
    no: { state: 'no' },
    unknown: { state: 'unknown' },
    absent: { state: 'absent' },
};
function state(ev, pair, protocols, port) {
    const s = pair.principals[0][ev.side];
    const d = pair.principals[1][ev.side];
    if (s === undefined || d === undefined)
        return PLAIN.absent;
    const open = verdictOf(ev, pair, s, d, protocols, port);
    if (!ev.postured || open !== 'unknown')
        return PLAIN[open];
    return postured(ev, pair, s, d, protocols, port);
}
/**
 * A pair's side asked this many times makes all its verdicts at once (pair-reach.ts). Made for
 * every pair, it cost each of 10,000 pairs asked about two or three intervals a walk of all 8,000
 * rules naming both ends, where a verdict stops at the first that lets the port through (a
 * helper's review: 0.74 s → 32 s); asked one by one, thousands of intervals cost thousands of
 * merges (a random 4,800-rule policy: 136 s → 5 s).
 */
const REACH_AFTER = 64;
/** The plain verdict of a side: asked of the index, or of the pair's reach once it is asked often. */
function verdictOf(ev, pair, s, d, protocols, port) {
    const reach = pair.reach[ev.side];
    if (reach !== undefined)
        return reach.verdict(protocols, port);
    if (++pair.asked[ev.side] <= REACH_AFTER)
        return ev.index.verdict(s, d, pair.family, protocols, port, POSTURE_UNKNOWN);
    return (pair.reach[ev.side] = ev.index.reach(s, d, pair.family, POSTURE_UNKNOWN)).verdict(protocols, port);
}
/**
 * An unknown verdict of a side with posture requirements. Apart from `state`: a function that
 * makes a closure allocates the closure's variables on every call, before any early return, and
 * `state` runs for every cell of every pair, twice.
 */
function postured(ev, pair, s, d, protocols, port) {
    const ask = (posture) => ev.index.verdict(s, d, pair.family, protocols, port, posture);
    const hanging = hangsOnPosture('unknown', ask);
    if (hanging === undefined)
        return PLAIN.unknown;
    const protocol = protocols[0];
    const requirements = connecting(ev, pair, protocol, port).flatMap(({ rule }) => rule.postures ?? []);
    const decided = hanging.holds === 'yes' && hanging.fails === 'no' ? 'allowed' : undefined;
    return { state: 'unknown', postures: ev.names.terms([requirements], decided) };
}
/**
 * The rules of a side whose targets' source and destination may select the pair and allow the
 * protocol and port, each with whether it selects both ends for sure.
 */
function connecting(ev, pair, protocol, port) {
    const out = [];
    for (const { id, from, how } of linksOf(ev, pair)) {
        const { rule, target } = ev.targets.list[id];
        // `u` is an unknown match; `s`, autogroup:self, hangs on the owners.
        if (allows(target, protocol, port))
            out.push({ rule, certain: !/[us]/.test(from + how) });
    }
    return out;
}
/** What a side's rules say of a pair's routes (routes.ts). */
function routeFacts(ev, pair, protocol, port) {
    const s = pair.principals[0][ev.side];
    const d = pair.principals[1][ev.side];
    return {
        direct: ev.direct().verdict(s, d, pair.family, [protocol], port, POSTURE_UNKNOWN),
        connecting: connecting(ev, pair, protocol, port),
    };
}
/** How each side routes a pair whose verdict is the same on both, where some rule has `via`. */
function routesOf(evals, pair, verdicts, protocol, port) {
    if (evals[0].direct === undefined && evals[1].direct === undefined)
        return undefined;
    const state = verdicts[0].state;
    if (state !== verdicts[1].state || (state !== 'yes' && state !== 'unknown') || differs(...verdicts))
        return undefined;
    const facts = evals.map((ev) => ev.direct === undefined ? { direct: 'yes', connecting: [] } : routeFacts(ev, pair, protocol, port));
    return routesDiffer(facts);
}
function allows(target, protocol, port) {
    if (protocol === policy_ports/* ICMP */.Ib)
        return true;
    return target.protocols.includes(protocol) && target.ports.some((r) => r.first <= port && port <= r.last);
}
function differs(before, after) {
    const b = before.state === 'absent' ? 'no' : before.state;
    const a = after.state === 'absent' ? 'no' : after.state;
    if (a === 'unknown' && b === 'unknown')
        return (before.postures?.key ?? '') !== (after.postures?.key ?? '');
    return a !== b;
}
/** Whether a `*` (or danger-all) source rule of the new policy lets this protocol and port through. */
function fromEveryone(ev, pair, protocol, port, budget) {
    const s = pair.principals[0][1];
    const d = pair.principals[1][1];
    return ev.targets.everyone.some((id) => {
        budget.step();
        const { rule, target } = ev.targets.list[id];
        if (!presentOn(ev.targets.presence[id], ev.side) || !allows(target, protocol, port))
            return false;
        return sourceMatch(rule.src, s, ev.env) !== '' && destinationMatch(target.dst, d, ev.env) !== '';
    });
}
/** What each target of a side that may connect the pair says of it (uncertainty.ts): `4u` an unknown match in IPv4. */
function hangingOf(ev, pair, keys) {
    return linksOf(ev, pair).map(({ id, from, how }) => ({
        target: ev.targets.list[id].target,
        said: `${keys.reach(ev.targets.list[id])}:${from}:${how}`,
    }));
}
function pairChanges({ pair, evals, cells, app, everyone, keys }) {
    const out = [];
    const unknowns = new Apart((side) => hangingOf(evals[side], pair, keys));
    for (const [protocol, ports] of cells) {
        let run;
        // The one-protocol list every question of this protocol asks, made once, not per question.
        const asked = [protocol];
        for (const range of ports) {
            // A policy cut into many port intervals makes many questions per pair.
            evals[0].budget.step();
            const port = app ? 1 : (0,policy_ports/* protocolHasPorts */.VK)(protocol) ? range.first : 0;
            const before = state(evals[0], pair, asked, port);
            const after = state(evals[1], pair, asked, port);
            const routes = routesOf(evals, pair, [before, after], protocol, port);
            const apart = before.state === 'unknown' && after.state === 'unknown' && unknowns.at(protocol, port);
            if (routes === undefined && !apart && !differs(before, after)) {
                run = undefined;
                continue;
            }
            if (run !== undefined &&
                run.before === before.state &&
                run.after === after.state &&
                run.postures?.[0]?.key === before.postures?.key &&
                run.postures?.[1]?.key === after.postures?.key &&
                run.routes?.join('|') === routes?.join('|') &&
                run.ranges.at(-1).last + 1 === range.first) {
                run.ranges.at(-1).last = range.last;
                continue;
            }
            run = {
                src: pair.src,
                dst: pair.dst,
                protocol,
                ranges: [{ ...range }],
                before: before.state,
                after: after.state,
                fromEveryone: routes === undefined && after.state === 'yes' && everyone(protocol, port),
            };
            if (before.postures !== undefined || after.postures !== undefined)
                run.postures = [before.postures, after.postures];
            if (routes !== undefined)
                run.routes = routes;
            out.push(run);
        }
    }
    return evaluate_mergeRuns(out);
}
/** What a change says but for its pair and ports: its protocol, states, postures and routes, as one key. */
function stateKey(run) {
    const postures = run.postures?.map((p) => p?.key ?? '').join('|') ?? '';
    return `${run.protocol}|${run.before}|${run.after}|${run.fromEveryone}|${postures}|${run.routes?.join('|') ?? ''}`;
}
/** Joins runs of one protocol with the same states into one change with several ranges (`80,443`). */
function evaluate_mergeRuns(runs) {
    const byKey = new Map();
    for (const run of runs) {
        const key = stateKey(run);
        const existing = byKey.get(key);
        if (existing === undefined)
            byKey.set(key, run);
        else
            existing.ranges.push(...run.ranges);
    }
    return [...byKey.values()];
}
/** The index of a channel's rules without `via`, built when first asked (side.ts); undefined when it has no `via`. */
function directIndex(channel, env, budget) {
    if (!channel.rules.some((r) => r.via !== undefined))
        return undefined;
    return () => (0,plan_side/* viaFreeIndex */.Nj)(channel, env, budget);
}
/** Every difference of one channel (network rules, or one app capability) between the sides. */
function diffChannel(atoms, sides, channels, app, budget) {
    const shared = channels[0].shared === channels[1].shared ? channels[0].shared : [];
    const targets = targetsOf([channels[0].rules, channels[1].rules], budget, shared);
    const envs = [sides[0].env.match, sides[1].env.match];
    const evals = [0, 1].map((side) => ({
        side,
        index: (0,plan_side/* channelIndex */.wh)(channels[side], envs[side], budget),
        targets,
        env: envs[side],
        postured: channels[side].rules.some((r) => r.postures !== undefined),
        direct: directIndex(channels[side], envs[side], budget),
        names: new PostureNames(sides[side]),
        budget,
    }));
    const { pairs, reasons } = candidatePairs(targets, atoms, envs, budget);
    const portCells = new PortCells(grid(targets, app), budget);
    const pairTargets = new PairTargets(targets, atoms, reasons, budget);
    const out = [];
    const keys = new Keys();
    for (const src of [...pairs.keys()].sort((a, b) => a - b)) {
        const s = atoms[src];
        if (s.kind === 'service')
            continue;
        for (const dst of [...pairs.get(src).keys()].sort((a, b) => a - b)) {
            const d = atoms[dst];
            // Two twins no rule names by address: their devices' pair says it (atoms.ts, twins.ts).
            if (s.twin !== undefined && d.twin !== undefined && s.named !== true && d.named !== true)
                continue;
            const known = [0, 1].find((i) => s.principals[i] !== undefined && d.principals[i] !== undefined);
            if (known === undefined)
                continue;
            const family = (0,principal/* pairFamily */.rP)(s.principals[known], d.principals[known], unsure/* PREFERRED_FAMILY */.zG);
            if (family === undefined)
                continue;
            budget.step();
            const pairCells = portCells.of(pairTargets.of(src, dst));
            const pair = {
                src,
                dst,
                principals: [s.principals, d.principals],
                family,
                links: [undefined, undefined],
                reach: [undefined, undefined],
                asked: [0, 0],
            };
            const everyone = (protocol, port) => !app && fromEveryone(evals[1], pair, protocol, port, budget);
            const found = pairChanges({ pair, evals, cells: pairCells, app, everyone, keys });
            budget.found(found.length, found.reduce((sum, change) => sum + change.ranges.length, 0));
            out.push(...found);
        }
    }
    return { changes: out, ...afterQueries(atoms, targets, evals[1], budget) };
}

;// CONCATENATED MODULE: ./src/render/clip.ts
// Untrusted text cut to a length before it is shown: a policy's names can be megabytes long,
// and one of them must not push everything after it out of a comment or a summary.
/**
 * `text` when it has at most `max` code points, else its first `max - 1` and `…`; counted only
 * as far as the cut, and never inside a surrogate pair.
 */
function clip(text, max) {
    let [end, previous] = [0, 0];
    for (let count = 0; count < max && end < text.length; count++) {
        previous = end;
        end += text.codePointAt(end) > 0xffff ? 2 : 1;
    }
    return end >= text.length ? text : `${text.slice(0, previous)}…`;
}

// EXTERNAL MODULE: ./src/plan/describe.ts
var plan_describe = __webpack_require__(8122);
;// CONCATENATED MODULE: ./src/plan/highlights.ts
// What a reviewer must not miss, said first: access opened from `*` or to the internet, a
// principal left with no access at all, and changes touching many principals.




const SHOWN = 5;
/**
 * Longest name (or list of protocols) a highlight quotes, in code points, as a table cell: a
 * policy's names can be megabytes long, and the highlights are what a shrinking comment keeps.
 */
const MAX_NAME = 300;
const highlights_name = (label) => clip(label, MAX_NAME);
/** The first few of `items`, each once, then how many more. */
function listed(items) {
    const unique = [...new Set(items)];
    const head = unique.slice(0, SHOWN).join(', ');
    return unique.length > SHOWN ? `${head} and ${unique.length - SHOWN} more` : head;
}
/** The first few of `labels`, each cut as `name` cuts it (names alike up to their cut read as one). */
const highlights_names = (labels) => listed(labels.map(highlights_name));
/**
 * Public addresses a rule names itself (`9.9.9.9`): the internet, through an exit node, unless a
 * subnet router serves them. With a tailnet description its approved routes are known (and left
 * out); offline only the routes the policy names are, and one approved in the admin console may
 * hold them.
 */
function publicAddresses(changes, tailnetGiven) {
    const what = `public addresses (${highlights_names(changes.map((c) => c.dstLabel))})`;
    const sources = highlights_names(changes.map((c) => c.srcLabel));
    const unless = tailnetGiven ? '' : ', unless a subnet route the policy does not name holds them';
    return { kind: 'to-internet', message: `opens access to ${what}, the internet, for ${sources}${unless}` };
}
/**
 * `autogroup:internet (icmp, tcp:443)`: each destination once, each of its protocols once. The
 * changes are of different sources, and what any of them opens is opened, so all of a protocol's
 * ports take in the rest.
 */
function accessList(changes) {
    const byDestination = new Map();
    for (const c of changes) {
        const dst = c.dstLabel.replace(/ \(IPv[46]\)$/, '');
        let protocols = byDestination.get(dst);
        if (protocols === undefined)
            byDestination.set(dst, (protocols = new Map()));
        (0,lists/* addTo */.DN)(protocols, c.proto, c.ports);
    }
    const what = (protocols) => [...protocols]
        .map(([proto, ports]) => (0,plan_describe/* protocolText */.kO)(proto, ports.has('*') ? '*' : [...ports].join(',')))
        .sort()
        .join(', ');
    return listed([...byDestination].map(([dst, protocols]) => `${highlights_name(dst)} (${highlights_name(what(protocols))})`));
}
/** Whether `dst` is one of `src`'s own devices: itself, or with a tailnet a device of the same user. */
function own(src, dst) {
    // Only a user's untagged devices have an owner.
    return src.id === dst.id || (dst.owner !== undefined && dst.owner === src.owner);
}
/**
 * The atoms' labels, where every device of a user, or every device of a tag, is among them
 * said once for the user or tag, as the changes are (deviceCollections).
 */
function said(ids, atoms) {
    const left = new Map(ids.map((id) => [id, id]));
    const whole = takeCovered(left, deviceCollections(atoms)).map(({ collection }) => collection.label);
    return [...whole, ...[...left.keys()].map((id) => atoms[id].label)];
}
/**
 * Principals that lose network access and keep none, or none beyond their own devices: the
 * default policy's `autogroup:member` to `autogroup:self` grant selects every user, so without
 * that second case a user's access could all go unremarked. Bare addresses are left out: they
 * stand for whatever the tailnet puts there.
 */
function allAccessRemoved(changes, atoms, selectedAfter) {
    // Per source that loses something: whether it loses more than access to its own devices.
    const losers = new Map();
    for (const c of changes) {
        if (c.kind !== 'network' || c.change !== 'lost')
            continue;
        const src = atoms[c.srcAtoms[0]];
        if (src.kind === 'address')
            continue;
        const beyondOwn = c.dstAtoms.some((id) => !own(src, atoms[id]));
        losers.set(src.id, (losers.get(src.id) ?? false) || beyondOwn);
    }
    const nothing = [];
    const ownOnly = [];
    for (const [id, beyondOwn] of losers) {
        const selection = selectedAfter(id);
        if (selection === 'nothing')
            nothing.push(id);
        else if (selection === 'own devices' && beyondOwn)
            ownOnly.push(id);
    }
    const out = [];
    const from = (ids) => `takes all network access away from ${highlights_names(said(ids, atoms))}`;
    if (nothing.length > 0)
        out.push({ kind: 'all-access-removed', message: from(nothing) });
    if (ownOnly.length > 0)
        out.push({ kind: 'all-access-removed', message: `${from(ownOnly)}, but to their own devices (autogroup:self)` });
    return out;
}
function highlights(input) {
    const { changes, shown, atoms, selectedAfter, threshold } = input;
    const out = [];
    const gained = shown.filter((c) => c.kind === 'network' && c.change === 'gained');
    const everyone = gained.filter((c) => c.fromEveryone === true);
    if (everyone.length > 0)
        out.push({ kind: 'from-everyone', message: `opens access from * to ${accessList(everyone)}` });
    // The internet as the new policy has it: a route no longer the tailnet's own is the internet
    // again. Any piece of a merged range: a prefix may hold the tailnet's own route and public addresses.
    const afterRoutes = [input.ownRoutes[1]];
    const internet = gained.filter((c) => c.dstAtoms.some((id) => isInternet(atoms[id], afterRoutes)));
    const isNamed = (c) => c.dstLabel.startsWith('autogroup:internet');
    const named = internet.filter(isNamed);
    if (named.length > 0) {
        const sources = highlights_names(named.map((c) => c.srcLabel));
        out.push({ kind: 'to-internet', message: `opens access to the internet (autogroup:internet) for ${sources}` });
    }
    const addresses = internet.filter((c) => !isNamed(c));
    if (addresses.length > 0)
        out.push(publicAddresses(addresses, input.tailnetGiven));
    // `*` as a destination may or may not reach the internet (docs/policy-semantics.md §2.2.1). Said
    // of principals: a bare address as the source is undecided offline for reasons of its own.
    const maybe = input.network.filter((u) => u.before !== 'yes' &&
        u.after === 'unknown' &&
        u.routes === undefined &&
        atoms[u.src].kind !== 'address' &&
        isInternet(atoms[u.dst], afterRoutes));
    if (maybe.length > 0) {
        const sources = highlights_names(maybe.map((u) => atoms[u.src].label));
        out.push({
            kind: 'maybe-to-internet',
            message: `may open access to the internet for ${sources} (undecided offline)`,
        });
    }
    out.push(...allAccessRemoved(changes, atoms, selectedAfter));
    const principals = new Set(changes.map((c) => c.srcAtoms[0])).size;
    // Counted as the plan's sources are: a group's members (with a tailnet, their devices) one by one.
    const counted = input.tailnetGiven ? 'each device counted' : 'each member of a group counted';
    if (principals > threshold)
        out.push({
            kind: 'many-principals',
            message: `changes the access of ${principals} sources, ${counted} (more than ${threshold})`,
        });
    // First: an owner added to a tag gains, through a device they tag, all the tag reaches.
    if (input.unplanned.length > 0) {
        // A route approved or no longer approved is the tailnet's own or the internet's: that much is
        // planned (autogroup:internet leaves the tailnet's own routes out).
        const routes = input.unplanned.some((edit) => edit.startsWith('autoApprovers routes'))
            ? ' (but for what autogroup:internet reaches)'
            : '';
        out.unshift({
            kind: 'outside-plan',
            message: `edits ${highlights_names(input.unplanned)}, which the plan does not turn into access changes${routes}; review them`,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/plan/model.ts
var model = __webpack_require__(8582);
;// CONCATENATED MODULE: ./src/plan/proposals.ts
// Test entries that would lock untested changes in: each asserts the new verdict, so it passes
// on the new policy and fails on the old one. TCP and UDP changes on the same port become one
// entry without `proto` (a test without it checks TCP or UDP, as the engine does).



/**
 * The entries of the policy's own tests that fail on the new policy, each as
 * `source|entry|proto|kind` (proto by its name, as proposals write it): a proposal that says the
 * opposite of one would only sit beside a failing test, which the report lists above the plan.
 * Only entries some proposal makes are evaluated: the policy's tests may be thousands, its
 * untested changes few.
 */
function failingEntries(tests, proposed, after) {
    const said = new Set();
    for (const test of tests) {
        const proto = test.proto === undefined || test.proto.text === '' ? undefined : (0,policy_ports/* parseProtocol */.gR)(test.proto.text);
        if (proto?.ok === false)
            continue;
        const name = proto === undefined ? '' : (0,policy_ports/* protocolName */.kC)(proto.value);
        const entries = [...test.accept, ...test.deny];
        entries.forEach((item, i) => {
            const entry = item.text.trim();
            if (!proposed.has(entry) || after.entry(test, i) !== 'fail')
                return;
            const kind = i < test.accept.length ? 'accept' : 'deny';
            said.add(`${test.src?.text.trim() ?? ''}|${entry}|${name}|${kind}`);
        });
    }
    return said;
}
/** Whether a failing test of the policy says the opposite of `kind` for this entry, on a protocol the proposal asks too. */
function contradicted(said, src, entry, proto, kind) {
    const opposite = kind === 'accept' ? 'deny' : 'accept';
    const key = (p) => `${src}|${entry}|${p}|${opposite}`;
    // A test without proto asks TCP and UDP, as a proposal without proto does.
    const tcpOrUdp = proto === '' || proto === 'tcp' || proto === 'udp';
    if (said.has(key(proto)) || (tcpOrUdp && said.has(key(''))))
        return true;
    return proto === '' && (said.has(key('tcp')) || said.has(key('udp')));
}
/** A host as a test's `host:port` entry: an IPv6 address in brackets (a login may hold a colon too). */
function hostPort(host, port) {
    return `${(0,ip/* parseAddress */.or)(host)?.family === 6 ? `[${host}]` : host}:${port ?? 0}`;
}
/**
 * The change's destinations as `host:port` entries: one per address interval a merged range is
 * made of (the plan cuts a range where some rule treats its addresses apart, and an entry asserts
 * the interval of its address only), else the one destination.
 */
function destinations(change, atoms) {
    const parts = change.dstAtoms;
    if (parts.length > 1 && parts.every((id) => atoms[id].kind === 'address'))
        return parts.map((id) => hostPort(atoms[id].text, change.port));
    return [hostPort(change.dst, change.port)];
}
function networkTests(changes, said, atoms) {
    const byTarget = new Map();
    for (const c of changes) {
        for (const entry of destinations(c, atoms)) {
            const key = `${c.src}|${c.change}|${entry}`;
            const found = byTarget.get(key) ?? { change: c, entry, protos: new Set() };
            found.protos.add(c.proto);
            byTarget.set(key, found);
        }
    }
    // Each list a set: a source can gain thousands of destinations, and insertion order is kept.
    const bySource = new Map();
    for (const { change, entry, protos } of byTarget.values()) {
        const kind = change.change === 'gained' ? 'accept' : 'deny';
        // TCP and UDP together as one entry without proto; apart where a failing test says the
        // opposite of one of them only.
        const both = protos.has('tcp') &&
            protos.has('udp') &&
            !contradicted(said, change.src, entry, 'tcp', kind) &&
            !contradicted(said, change.src, entry, 'udp', kind);
        const list = both ? [undefined, ...[...protos].filter((p) => p !== 'tcp' && p !== 'udp')] : [...protos];
        for (const proto of list) {
            if (contradicted(said, change.src, entry, proto ?? '', kind))
                continue;
            const key = `${change.src}|${proto ?? ''}|${kind}`;
            let test = bySource.get(key);
            if (test === undefined)
                bySource.set(key, (test = { src: change.src, ...(proto === undefined ? {} : { proto }), list: new Set(), kind }));
            test.list.add(entry);
        }
    }
    return [...bySource.values()].map(({ list, kind, ...rest }) => ({ ...rest, [kind]: [...list] }));
}
function sshTests(changes) {
    const gained = new Set(changes.filter((c) => c.change === 'gained').map(model/* sshChangeKey */.A));
    const bySource = new Map();
    for (const c of changes) {
        // A lost action the new policy replaces by the other one is asserted by that gain's test.
        if (c.change === 'lost' && gained.has((0,model/* sshChangeKey */.A)(c)))
            continue;
        const kind = c.change === 'gained' ? c.action : 'deny';
        const key = JSON.stringify([c.src, c.dst]);
        const entry = bySource.get(key) ?? { src: c.src, dst: c.dst, lists: {} };
        (entry.lists[kind] ??= new Set()).add(c.sshUser);
        bySource.set(key, entry);
    }
    const merged = new Map();
    for (const { src, dst, lists: sets } of bySource.values()) {
        const lists = Object.fromEntries(Object.entries(sets).map(([kind, users]) => [kind, [...users]]));
        const key = `${src}|${JSON.stringify(lists)}`;
        const same = merged.get(key);
        if (same === undefined)
            merged.set(key, { src, dst: [dst], lists });
        else
            same.dst.push(dst);
    }
    return [...merged.values()].map(({ src, dst, lists }) => ({
        src,
        dst,
        ...(lists.accept && { accept: lists.accept }),
        ...(lists.check && { check: lists.check }),
        ...(lists.deny && { deny: lists.deny }),
    }));
}
/**
 * Proposed entries for the changes no test asserts yet (and that a test can assert), but for
 * those a test of the new policy contradicts.
 */
function proposeTests(changes, tests, after, atoms) {
    const open = changes.filter((c) => !c.tested && c.testable);
    const network = open.filter((c) => c.kind === 'network');
    const entries = new Set(network.flatMap((c) => destinations(c, atoms)));
    return {
        tests: networkTests(network, failingEntries(tests, entries, after), atoms),
        sshTests: sshTests(open.filter((c) => c.kind === 'ssh')),
    };
}

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(5432);
// EXTERNAL MODULE: ./src/policy/ssh-index.ts
var ssh_index = __webpack_require__(9413);
;// CONCATENATED MODULE: ./src/plan/ssh.ts
// SSH access differences: for each (source, destination) pair some changed `ssh` rule may
// connect, and each login the rules name, the outcome the engine's sshTests evaluation gives
// (accept, check or deny) on both sides.








/** A check rule from a device to itself may come out either way on the server (ssh-tests.ts, outcomes). */
const SELF_CHECK_WORDS = 'check, or deny: the server answered deny to a check from a device to itself (tailscale#14222)';
const DEFAULT_CHECK_PERIOD = '12h';
/**
 * Stands for "any login no rule names", which only `autogroup:nonroot` can grant: this name, or
 * with `-2`, `-3`, … the first that no rule names (a rule naming `ssh-user` itself would otherwise
 * make a widening to every login look like no change).
 */
const OTHER_LOGIN = 'ssh-user';
/**
 * Atoms an sshTest accepts as destination: no IPv6 address, no Service (as the engine's sshTests).
 * A device's IPv6 address is no source either: SSH rules name no addresses, so its access is the
 * device's own.
 */
function sshDestination(atom) {
    if (atom.kind === 'service')
        return false;
    if (atom.kind === 'address')
        return atom.family === 4 && atom.range.lo === atom.range.hi;
    return atom.kind !== 'device' || atom.family === 4;
}
function sshSource(atom) {
    if (atom.twin !== undefined)
        return false;
    return atom.kind !== 'service' && (atom.kind !== 'address' || atom.range.lo === atom.range.hi);
}
function logins(sides, atoms) {
    const out = new Set(['root']);
    const domains = new Set();
    let nonroot = false;
    for (const side of sides) {
        for (const rule of side.ssh) {
            for (const user of rule.users) {
                const s = (0,selectors/* classify */.L)(user);
                if (user === 'autogroup:nonroot')
                    nonroot = true;
                else if (s.kind === 'localpart')
                    domains.add(s.domain);
                else
                    out.add(user);
            }
        }
    }
    for (const atom of atoms) {
        const login = atom.kind === 'user' ? atom.text : atom.owner;
        const at = login?.lastIndexOf('@') ?? -1;
        if (login !== undefined && at > 0 && domains.has(login.slice(at + 1)))
            out.add(login.slice(0, at));
    }
    if (nonroot) {
        let other = OTHER_LOGIN;
        for (let n = 2; out.has(other); n++)
            other = `${OTHER_LOGIN}-${n}`;
        out.add(other);
    }
    return [...out].sort();
}
/**
 * Each rule's source and destination atoms, and a key of what it does to whom. Each atom finds
 * the rules that may name it through an index of their identities (matchIdentity is asked only of
 * those): a walk of every atom for every rule made N rules and a group of N members take N² steps.
 */
function relateSsh(side, index, atoms, budget, keys) {
    const rules = side.ssh;
    const relation = { srcAtoms: rules.map(() => []), dstAtoms: rules.map(() => []), keys: [] };
    if (rules.length === 0)
        return relation;
    const byDestination = new identity_index/* IdentityIndex */.N();
    rules.forEach((rule, r) => byDestination.add(r, rule.dst));
    const views = rules.map(() => ({ src: [], dst: [] }));
    for (const atom of atoms) {
        budget.step();
        const p = atom.principals[index];
        if (p === undefined)
            continue;
        // A superset of the rules whose sources match: the SSH index, which the outcomes ask again.
        if (sshSource(atom)) {
            for (const r of (0,ssh_index/* sshRuleIdsFrom */.B)(rules, p)) {
                const s = (0,match/* matchIdentity */.oD)(rules[r].src, p);
                if (s === 'no')
                    continue;
                views[r].src.push(`${atom.id}${s[0]}`);
                relation.srcAtoms[r].push(atom.id);
            }
        }
        if (!sshDestination(atom))
            continue;
        // A superset of the rules whose destinations match (other tags too); autogroup:self is
        // gathered for users, and for unknown identities with every rule.
        for (const r of byDestination.gather(p, true)) {
            const rule = rules[r];
            const d = (0,match/* matchIdentity */.oD)(rule.dst, p);
            if (d !== 'no')
                views[r].dst.push(`${atom.id}${d[0]}`);
            if (d !== 'no' || (rule.dst.self && (p.identity === 'user' || p.identity === 'unknown')))
                relation.dstAtoms[r].push(atom.id);
        }
    }
    rules.forEach((rule, r) => {
        const postures = JSON.stringify(rule.postures ?? null);
        // The selectors' content too: a rule whose source or destination is now another autogroup may
        // match the same atoms, each unknown, and still select others in the tailnet.
        const selectors = `${keys.selectors(rule.src)} ${keys.selectors(rule.dst)}`;
        const fields = [rule.action, rule.users.join(','), postures, rule.checkPeriod, rule.dst.self, selectors];
        relation.keys.push([...fields, views[r].src.join(' '), views[r].dst.join(' ')].join('|'));
    });
    return relation;
}
function candidates(relations, atoms, budget) {
    const balance = new Map();
    relations[0].keys.forEach((k) => balance.set(k, (balance.get(k) ?? 0) + 1));
    relations[1].keys.forEach((k) => balance.set(k, (balance.get(k) ?? 0) - 1));
    const pairs = new Map();
    const add = (s, d) => void budget.addPair(pairs, s, d, () => true);
    const oneSided = new Set(atoms.filter((a) => (a.principals[0] === undefined) !== (a.principals[1] === undefined)).map((a) => a.id));
    for (const relation of relations) {
        relation.keys.forEach((key, r) => {
            const changed = balance.get(key) !== 0;
            for (const s of relation.srcAtoms[r]) {
                for (const d of relation.dstAtoms[r])
                    if (changed || oneSided.has(s) || oneSided.has(d))
                        add(s, d);
            }
        });
    }
    return pairs;
}
/**
 * An unknown outcome's possible ones and the rules that may give them, each by its content: two
 * sides alike in both give one outcome whatever the tailnet holds; otherwise they may differ.
 */
function possibleKey(rules, src, dst, login, possible, keys) {
    const applying = rules.filter((rule) => {
        const alone = (0,ssh_tests/* outcomes */.KI)([rule], src, dst, login, POSTURE_UNKNOWN);
        return !(alone.size === 1 && alone.has('deny'));
    });
    const described = applying.map((rule) => JSON.stringify([
        keys.selectors(rule.src),
        keys.selectors(rule.dst),
        rule.action,
        rule.users,
        rule.postures ?? null,
        rule.defaultPosture ?? false,
    ]));
    return `${[...possible].sort().join()}|${[...new Set(described)].sort().join(' ')}`;
}
/** An undecided outcome as the outcomes it may be: `check or deny (depends on the tailnet)`. */
function possibleWords(possible, tailnetGiven) {
    const list = ['accept', 'check', 'deny'].filter((outcome) => possible.has(outcome)).join(' or ');
    return `${list} (${tailnetGiven ? 'not known offline' : 'depends on the tailnet'})`;
}
/** The outcome on one side; where it hangs on a posture, `unknown` with the postures named. */
function sshState(keys, side, names, src, dst, login) {
    if (src === undefined || dst === undefined)
        return { state: 'absent' };
    const rules = (0,ssh_index/* sshRulesFrom */.a)(side.ssh, src);
    const possible = (0,ssh_tests/* outcomes */.KI)(rules, src, dst, login, POSTURE_UNKNOWN);
    if (possible.size === 1)
        return { state: [...possible][0] };
    const holds = (0,ssh_tests/* outcomes */.KI)(rules, src, dst, login, POSTURE_HOLDS);
    const fails = (0,ssh_tests/* outcomes */.KI)(rules, src, dst, login, POSTURE_FAILS);
    // A check to the device itself is open whatever the postures: said first, postures or not.
    const self = possible.has('check') && (0,ssh_tests/* maySameDevice */.u3)(src, dst);
    const unknown = { state: 'unknown', possible: possibleKey(rules, src, dst, login, possible, keys) };
    if ([...holds].join() === [...fails].join()) {
        return { ...unknown, words: self ? SELF_CHECK_WORDS : possibleWords(possible, side.env.tailnet !== undefined) };
    }
    const applying = rules.filter((rule) => {
        const alone = rule.postures === undefined ? undefined : (0,ssh_tests/* outcomes */.KI)([rule], src, dst, login, POSTURE_HOLDS);
        return alone !== undefined && !(alone.size === 1 && alone.has('deny'));
    });
    const decided = holds.size === 1 && fails.size === 1 ? [...holds][0] : undefined;
    const postures = names.terms(applying.map((rule) => rule.postures), decided);
    return self ? { ...unknown, postures, words: SELF_CHECK_WORDS } : { ...unknown, postures };
}
function nanos(period) {
    if (period === 'always')
        return 0n;
    const parsed = (0,duration/* parseGoDuration */.Qu)(period);
    return parsed.ok ? parsed.nanos : 0n;
}
/** Equal durations, however written (`12h`, `720m`, `12h0m0s`), are the same period. */
function samePeriod(a, b) {
    return a === b || (a !== undefined && b !== undefined && nanos(a) === nanos(b));
}
/** The shortest checkPeriod among the check rules that apply on their own. */
function checkPeriod(side, src, dst, login) {
    let best;
    for (const rule of (0,ssh_index/* sshRulesFrom */.a)(side.ssh, src)) {
        if (rule.action !== 'check')
            continue;
        const alone = (0,ssh_tests/* outcomes */.KI)([rule], src, dst, login, POSTURE_UNKNOWN);
        if (alone.size !== 1 || !alone.has('check'))
            continue;
        const period = rule.checkPeriod ?? DEFAULT_CHECK_PERIOD;
        if (best === undefined || nanos(period) < nanos(best))
            best = period;
    }
    return best ?? DEFAULT_CHECK_PERIOD;
}
function diffSsh(atoms, sides, budget) {
    const keys = new Keys();
    const relations = [
        relateSsh(sides[0], 0, atoms, budget, keys),
        relateSsh(sides[1], 1, atoms, budget, keys),
    ];
    const names = logins(sides, atoms);
    const postures = [new PostureNames(sides[0]), new PostureNames(sides[1])];
    const out = [];
    for (const [src, dsts] of candidates(relations, atoms, budget)) {
        const s = atoms[src];
        for (const dst of [...dsts.keys()].sort((a, b) => a - b)) {
            const d = atoms[dst];
            for (const login of names) {
                budget.step();
                const verdicts = [0, 1].map((i) => sshState(keys, sides[i], postures[i], s.principals[i], d.principals[i], login));
                const [before, after] = verdicts.map((v) => v.state);
                const periods = verdicts.map((v, i) => v.state === 'check' ? checkPeriod(sides[i], s.principals[i], d.principals[i], login) : undefined);
                const same = before === after || (before === 'absent' && after === 'deny') || (before === 'deny' && after === 'absent');
                const terms = verdicts.map((v) => v.postures);
                const alike = same && verdicts[0].possible === verdicts[1].possible;
                if (alike && samePeriod(periods[0], periods[1]) && terms[0]?.key === terms[1]?.key)
                    continue;
                const change = { src, dst, login, before, after };
                if (periods[0] !== undefined)
                    change.beforePeriod = periods[0];
                if (periods[1] !== undefined)
                    change.afterPeriod = periods[1];
                if (terms.some((t) => t !== undefined))
                    change.postures = [terms[0], terms[1]];
                if (verdicts.some((v) => v.words !== undefined))
                    change.words = [verdicts[0].words, verdicts[1].words];
                budget.found(1);
                out.push(change);
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/tags.ts
// A tag taken out of `tagOwners` while devices of the described tailnet still carry it. The new
// policy cannot name the tag (using an undefined tag is refused, docs/policy-semantics.md
// §2.2.4), so every rule that named it is gone and its loss is reported as usual. What the
// server then does with the devices is not established: Tailscale documents that tags are
// defined in tagOwners and that a tagged device keeps at least one tag, not whether a device
// keeps a tag the policy no longer defines. So wherever the new policy's answer for such a device
// differs between "it keeps the tag" and "the server drops it" (a device left without tags then
// has no identity a selector can name, only its addresses), the difference is listed as
// undecided, naming the tag.
/** Per device atom, the tags it carries that the old policy defines and the new one does not. */
function droppedTags(atoms, defined) {
    const out = new Map();
    for (const atom of atoms) {
        if (atom.kind !== 'device')
            continue;
        const dropped = (atom.tags ?? []).filter((tag) => defined[0].has(tag) && !defined[1].has(tag));
        if (dropped.length > 0)
            out.set(atom.id, dropped);
    }
    return out;
}
const NONE = new Set();
/** The device as the server would see it without `tags`. */
function withoutTags(p, tags) {
    const remaining = [...p.tags].filter((tag) => !tags.includes(tag));
    const key = `${p.key}~without ${tags.join(',')}`;
    if (remaining.length > 0)
        return { ...p, key, tags: new Set(remaining) };
    return { ...p, key, identity: 'none', tags: NONE, groups: NONE };
}
/**
 * The atoms as the new policy sees them twice: `principals[0]` as described (tags kept),
 * `principals[1]` with the dropped tags taken away.
 */
function keptAndDropped(atoms, dropped) {
    return atoms.map((atom) => {
        const p = atom.principals[1];
        const tags = dropped.get(atom.id);
        return { ...atom, principals: [p, p === undefined || tags === undefined ? p : withoutTags(p, tags)] };
    });
}

;// CONCATENATED MODULE: ./src/plan/tested.ts
// Which changes a test of the new policy already asserts: a `tests` entry whose source and
// destination resolve to the change's atoms, on a port of the change, for its protocol, wanting
// the new verdict; or an `sshTests` entry wanting the new outcome for that login. Either only
// where it passes on the new policy (after-tests.ts).






/** The atom a principal a test resolves to stands for: by key, or the address interval holding its address. */
function atomOf(universe, p) {
    const byKey = universe.byKey.get(p.key) ?? universe.byKey.get(familyless(p.key));
    if (byKey !== undefined)
        return byKey;
    if (p.key.startsWith('user:') && p.login !== undefined) {
        return universe.otherUsers.get((0,unsure/* loginDomain */.IO)(p.login)) ?? universe.otherUsers.get('');
    }
    for (const family of [4, 6]) {
        const at = (0,principal/* slot */.NI)(p, family);
        if (at?.kind === 'known')
            return intervalAt(universe, family, at.address.value)?.id;
    }
    return undefined;
}
function atomsOf(universe, endpoint) {
    const atoms = new Set();
    const viaDual = new Set();
    if (!endpoint.ok)
        return { atoms, viaDual };
    for (const p of endpoint.principals) {
        const at = atomOf(universe, p);
        if (at === undefined)
            continue;
        atoms.add(at);
        // A principal of both families has a key without a family suffix (principal.ts).
        const twin = familyless(p.key) === p.key ? universe.byKey.get(`${p.key}/6`) : undefined;
        if (twin !== undefined && !atoms.has(twin)) {
            atoms.add(twin);
            viaDual.add(twin);
        }
    }
    return { atoms, viaDual };
}
/**
 * Test endpoints as atoms. Tests repeat their endpoints and their `host:port` entries: each is
 * resolved once. A `host:port` entry keeps only the destinations of some change: tests name
 * fewer destinations than sources, so a test none of whose destinations changed is skipped with
 * its source unresolved.
 */
class TestAtoms {
    universe;
    env;
    changedDestinations;
    memo = new Map();
    targets = new Map();
    constructor(universe, env, changedDestinations) {
        this.universe = universe;
        this.env = env;
        this.changedDestinations = changedDestinations;
    }
    sources(text) {
        return this.remember(`src ${text}`, () => (0,endpoints/* resolveSource */.e)(text, this.env));
    }
    destinations(text) {
        return this.remember(`dst ${text}`, () => (0,endpoints/* resolveDestinationHost */.z)(text, this.env));
    }
    /** A `host:port` entry's port and changed destinations; null when it has none or is no such entry. */
    target(text) {
        let found = this.targets.get(text);
        if (found === undefined) {
            const split = (0,policy_ports/* splitTestDestination */.bP)(text);
            found = null;
            if (split.ok) {
                const { atoms, viaDual } = this.destinations(split.value.host);
                const dsts = [...atoms].filter((d) => this.changedDestinations.has(d));
                if (dsts.length > 0)
                    found = { port: split.value.port, dsts, viaDual };
            }
            this.targets.set(text, found);
        }
        return found;
    }
    /** Sets: a test's source is looked up once per changed pair of its destinations. */
    remember(key, resolve) {
        let found = this.memo.get(key);
        if (found === undefined)
            this.memo.set(key, (found = atomsOf(this.universe, resolve())));
        return found;
    }
}
function changedPairs(changes) {
    const pairs = new Map();
    changes.forEach((c) => (0,lists/* addTo */.DN)(pairs, c.dstAtoms[0], c.srcAtoms[0]));
    return pairs;
}
/** Calls `each` with every changed pair of `dsts` whose source is one of `srcs`, walking the smaller side. */
function eachChangedPair(pairs, srcs, dsts, budget, each) {
    dsts.forEach((d) => {
        const changed = pairs.get(d);
        if (changed === undefined)
            return;
        const [walked, other] = changed.size <= srcs.size ? [changed, srcs] : [srcs, changed];
        walked.forEach((s) => {
            budget.step();
            if (other.has(s))
                each(s, d);
        });
    });
}
/** Marks the changes the new policy's tests assert. */
function markTested(changes, after, universe, budget, acceptedAfter) {
    if (changes.length === 0)
        return;
    const { policy, env } = after.side;
    const atoms = new TestAtoms(universe, env, new Set(changes.map((c) => c.dstAtoms[0])));
    const of = (kind) => changes.filter((c) => c.kind === kind);
    const network = networkAssertions(policy.tests, { atoms, after: after.tests }, of('network'), budget);
    const ssh = sshAssertions(policy.sshTests, { atoms, after: after.tests }, of('ssh'), budget);
    // Gains by pair and protocol: a test without proto asks TCP and UDP together, so it locks in a
    // gain of one where the other is gained at that port too (it passed on neither before).
    const gains = new Map();
    for (const c of changes) {
        if (c.kind === 'network' && c.change === 'gained')
            (0,lists/* pushTo */.Il)(gains, `${c.srcAtoms[0]}|${c.dstAtoms[0]}|${c.protocol}`, c);
    }
    const ranges = new Map();
    const rangesOf = (c) => {
        let sorted = ranges.get(c);
        if (sorted === undefined)
            ranges.set(c, (sorted = [...c.ranges].sort((a, b) => a.first - b.first)));
        return sorted;
    };
    const gainedAt = (s, d, protocol, port) => (gains.get(`${s}|${d}|${protocol}`) ?? []).some((c) => holds(rangesOf(c), port));
    const asks = { network, ssh, acceptedAfter, gainedAt, rangesOf, budget };
    for (const change of changes)
        change.tested = change.testable && asserted(change, asks);
}
/** What each `tests` entry that passes asserts of the changed pairs it names, by `source|destination`. */
function networkAssertions(tests, { atoms, after }, changes, budget) {
    const network = new Map();
    const pairs = changedPairs(changes);
    // Entries said again (same source, entry, outcome and protocol) assert nothing new; only a
    // source of many atoms is worth the key (a single one walks no more than the entry's targets).
    const seen = new Set();
    for (const test of tests) {
        const proto = test.proto === undefined ? undefined : (0,policy_ports/* parseProtocol */.gR)(test.proto.text);
        if (proto !== undefined && !proto.ok)
            continue;
        const protocols = proto?.ok ? [proto.value] : unsure/* DEFAULT_TEST_PROTOCOLS */.tw;
        const total = test.accept.length + test.deny.length;
        let srcs;
        // Indexed, not for-of: this runs for every entry of every test, mostly before V8 optimises it.
        for (let i = 0; i < total; i++) {
            const accept = i < test.accept.length;
            const entry = (accept ? test.accept[i] : test.deny[i - test.accept.length]).text;
            const target = atoms.target(entry);
            if (target === null)
                continue;
            srcs ??= atoms.sources(test.src?.text ?? '');
            // Posture attributes can make the same entry pass in one test and fail in another.
            if (srcs.atoms.size > 1 && test.srcPostureAttrs.size === 0) {
                const said = `${test.src?.text}\u0000${entry}\u0000${accept}\u0000${test.proto?.text}`;
                if (seen.has(said))
                    continue;
                seen.add(said);
            }
            const assertion = { protocols, port: target.port, kind: accept ? 'accept' : 'deny' };
            let passes;
            const viaDual = srcs.viaDual;
            eachChangedPair(pairs, srcs.atoms, target.dsts, budget, (s, d) => {
                if (viaDual.has(s) && target.viaDual.has(d))
                    return;
                // Evaluated only for an entry that names a changed pair.
                passes ??= after.passes(test);
                if (passes)
                    (0,lists/* pushTo */.Il)(network, `${s}|${d}`, assertion);
            });
        }
    }
    return network;
}
/** What the `sshTests` assert (and pass) of the changed logins of the pairs they name, as `source|destination|login|outcome`. */
function sshAssertions(tests, { atoms, after }, changes, budget) {
    const ssh = new Set();
    const pairs = changedPairs(changes);
    const users = new Map();
    changes.forEach((c) => (0,lists/* addTo */.DN)(users, `${c.srcAtoms[0]}|${c.dstAtoms[0]}`, c.sshUser));
    for (const test of tests) {
        // A test's logins by outcome, read once: a pair then looks up only its changed logins.
        const kinds = new Map();
        ['accept', 'check', 'deny'].forEach((kind) => test[kind].forEach((l) => (0,lists/* pushTo */.Il)(kinds, l.text, kind)));
        const srcs = atoms.sources(test.src?.text ?? '').atoms;
        // A destination listed again asserts nothing new.
        for (const dst of new Set(test.dst.map((d) => d.text))) {
            eachChangedPair(pairs, srcs, atoms.destinations(dst).atoms, budget, (s, d) => {
                const changed = users.get(`${s}|${d}`);
                // The fewer of the pair's changed logins and the test's, each looked up in the other.
                const each = (user, kind) => {
                    budget.step();
                    if (after.sshPasses(test))
                        ssh.add(`${s}|${d}|${user}|${kind}`);
                };
                if (changed.size <= kinds.size)
                    changed.forEach((user) => kinds.get(user)?.forEach((kind) => each(user, kind)));
                else
                    kinds.forEach((list, user) => changed.has(user) && list.forEach((kind) => each(user, kind)));
            });
        }
    }
    return ssh;
}
/** Whether one of a change's port ranges, in port order, holds the port. */
function holds(ranges, port) {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
        const mid = (low + high) >>> 1;
        const range = ranges[mid];
        if (port < range.first)
            high = mid - 1;
        else if (port > range.last)
            low = mid + 1;
        else
            return true;
    }
    return false;
}
/**
 * Whether a test locks the change in: it would no longer pass were the change undone. A test
 * without `proto` asks TCP or UDP: its accept passes on either, its deny needs both dropped
 * (§5.3). So it locks a change of one of them where the new policy drops the other, or, for a
 * gain, where the other is gained too: TCP kept open, a gained UDP port is not what makes the
 * accept pass.
 */
function asserted(change, asks) {
    const s = change.srcAtoms[0];
    const d = change.dstAtoms[0];
    switch (change.kind) {
        case 'network':
            return networkAsserted(change, asks);
        case 'ssh': {
            // A lost action is locked in by a test wanting deny: one replaced by the other action is
            // not testable (convert.ts).
            const wanted = change.change === 'gained' ? change.action : 'deny';
            return asks.ssh.has(`${s}|${d}|${change.sshUser}|${wanted}`);
        }
        case 'app':
            return false;
    }
}
function networkAsserted(change, { network, acceptedAfter, gainedAt, rangesOf, budget }) {
    const s = change.srcAtoms[0];
    const d = change.dstAtoms[0];
    const wanted = change.change === 'gained' ? 'accept' : 'deny';
    const protocol = change.protocol;
    const ranges = rangesOf(change);
    for (const a of network.get(`${s}|${d}`) ?? []) {
        // A pair may be named by tens of thousands of entries, each weighed against as many ranges.
        budget.step();
        if (a.kind !== wanted || !a.protocols.includes(protocol) || !holds(ranges, a.port))
            continue;
        const locks = a.protocols.every((other) => other === protocol ||
            acceptedAfter(s, d, other, a.port) === 'no' ||
            (wanted === 'accept' && gainedAt(s, d, other, a.port)));
        if (locks)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/plan/twins.ts
// A dual-stack device's IPv6 address is an atom of its own where rules name device addresses
// (atoms.ts, `twin`). Where its access changes as its device's (the atom of its IPv4 address)
// does, the device's change says it: the IPv6 pair's is left out, and only access that differs
// by address family is listed for the IPv6 address.

/** What a change says, with its pair given: equal keys, equal changes. */
function twins_said(c, src, dst) {
    return `${src}|${dst}|${stateKey(c)}|${c.ranges.map((r) => `${r.first}-${r.last}`).join(',')}`;
}
/** The changes without those of a pair of IPv6 twins that say what their devices' change says. */
function withoutTwinEchoes(changes, atoms) {
    const twinOf = (id) => atoms[id].twin;
    if (!changes.some((c) => twinOf(c.src) !== undefined))
        return changes;
    const devices = new Set(changes.filter((c) => twinOf(c.src) === undefined).map((c) => twins_said(c, c.src, c.dst)));
    return changes.filter((c) => {
        const [src, dst] = [twinOf(c.src), twinOf(c.dst)];
        return src === undefined || dst === undefined || !devices.has(twins_said(c, src, dst));
    });
}

;// CONCATENATED MODULE: ./src/plan/unplanned.ts
// Edits that change what devices may become or do rather than who reaches what: who may tag a
// device (tagOwners), whose routes, exit nodes and Services are approved unasked
// (autoApprovers), node attributes (nodeAttrs), what an SSH session accepts from its client
// or must record (acceptEnv, recorder, enforceRecorder), and the tailnet-wide settings (derpMap,
// the relays traffic may take; disableIPv4; OneCGNATRoute; …). The plan has no access changes to show
// for them, yet an owner added to a tag gains, through a device they tag, everything the tag
// reaches. They are named, so that a plan of such an edit never reads as "nothing changed".



/** Strings as one key, in sorted order: a set's, or a multiset's (a list of records in any order). */
const sortedKey = (items) => JSON.stringify([...items].sort());
/** A list's texts as one key, their order and repeats left out (the server reads these lists as sets). */
const setKey = (list) => sortedKey(new Set((list ?? []).map((t) => t.text.trim())));
/**
 * Characters a side's lists may come to with groups expanded, past which groups are not expanded:
 * 3,000 tags each owned by a group of 20,000 would be 60 million names to compare, and a million
 * long logins gigabytes of keys.
 */
const EXPANSION_LIMIT = 8_000_000;
/**
 * How one side's lists read: its groups and host aliases. A principal is a string starting with
 * `=` (a name as read) or `#` (a group's set of members, below), so no text in a policy can pass
 * for a token.
 */
class Reading {
    groups;
    hosts;
    expand;
    memberSets;
    groupTokens = new Map();
    /**
     * With `expand`, a group reads as its members; without, as a token for its set of members,
     * numbered in `memberSets`, which both sides share (a group written as its members then reads
     * as an edit: said, never hidden).
     */
    constructor(groups, hosts, expand, memberSets) {
        this.groups = groups;
        this.hosts = hosts;
        this.expand = expand;
        this.memberSets = memberSets;
    }
    /**
     * A list of owners, approvers or targets as the principals it names: a group as its members (so a
     * member added to a group owning a tag is an edit of that tag's owners), a login as the engine
     * compares it (§2.2.2), an autogroup by the one name its aliases share, an address and a host by
     * the address (a nodeAttrs target follows its host), anything else as written.
     */
    principals(list) {
        const out = new Set();
        for (const { text } of list ?? []) {
            const item = text.trim();
            const members = this.groups.get(item);
            if (members !== undefined) {
                if (this.expand)
                    members.forEach((login) => out.add(`=${login}`));
                else
                    out.add(this.groupToken(item, members));
            }
            else
                out.add(`=${this.principal(item)}`);
        }
        return out;
    }
    key(list) {
        return sortedKey(this.principals(list));
    }
    principal(item) {
        const selector = (0,selectors/* classify */.L)(item);
        if (selector.kind === 'user')
            return (0,unsure/* normalizeLogin */.tq)(item);
        if (selector.kind === 'autogroup')
            return `autogroup:${selector.name}`;
        if (selector.kind === 'prefix')
            return addressKey(item);
        if (selector.kind !== 'host' && selector.kind !== 'hostRef')
            return item;
        const address = this.hosts.get(selector.name);
        return address === undefined ? item : addressKey(address);
    }
    groupToken(group, members) {
        let token = this.groupTokens.get(group);
        if (token === undefined) {
            const key = sortedKey(new Set(members));
            let id = this.memberSets.get(key);
            if (id === undefined)
                this.memberSets.set(key, (id = this.memberSets.size));
            this.groupTokens.set(group, (token = `#${id}`));
        }
        return token;
    }
}
/** Every list of principals the comparisons below read on a side. */
function listsOf(policy) {
    const { tagOwners, autoApprovers: approvers, nodeAttrs, ssh } = policy;
    return [
        ...[...tagOwners, ...approvers.routes, ...approvers.services].map((list) => list.items),
        approvers.exitNode,
        ...nodeAttrs.map((a) => a.target),
        ...ssh.flatMap((rule) => [rule.src, rule.dst, rule.recorder]),
    ];
}
/** How many characters a side's lists come to with groups expanded, counted as far as the limit. */
function expandedSize(policy, groups) {
    const sizes = new Map();
    const groupSize = (members) => members.reduce((sum, login) => sum + login.length + 3, 0);
    let size = 0;
    for (const list of listsOf(policy))
        for (const { text } of list ?? []) {
            const item = text.trim();
            const members = groups.get(item);
            if (members === undefined)
                size += item.length + 3;
            else {
                let known = sizes.get(item);
                if (known === undefined)
                    sizes.set(item, (known = groupSize(members)));
                size += known;
            }
            if (size > EXPANSION_LIMIT)
                return size;
        }
    return size;
}
function readings(sides) {
    const groups = sides.map((side) => side.env.context.groups);
    const expand = sides.every((side, i) => expandedSize(side.policy, groups[i]) <= EXPANSION_LIMIT);
    const memberSets = new Map();
    const [before, after] = sides.map((side, i) => {
        const hosts = new Map(side.policy.hosts.map((host) => [host.name.text, host.value.text.trim()]));
        return new Reading(groups[i], hosts, expand, memberSets);
    });
    return [before, after];
}
/**
 * An address or prefix as one text for all the ways to write it: hexadecimal digits in either
 * case, zeros compressed or not (`FD00::/8`, `fd00:0::/8`). One with bits past its length, or
 * with spaces around it (which the engine does not read as an address), is kept as written:
 * whether the server reads it as the masked prefix is not known here.
 */
function addressKey(text) {
    const slash = text.indexOf('/');
    const address = (0,ip/* parseAddress */.or)(slash === -1 ? text : text.slice(0, slash));
    const prefix = (0,ip/* parseAddressOrPrefix */.Zc)(text);
    if (address === undefined || prefix === undefined || address.value !== prefix.value)
        return text;
    return `${(0,ip/* formatAddress */.M0)(address)}/${prefix.bits}`;
}
/** A route (a prefix, written with its length) as addressKey reads it. */
const routeKey = (route) => (route.includes('/') ? addressKey(route) : route);
/**
 * Each name whose list of principals was added, removed or edited, as `section name`. With
 * `emptyIsAbsent`, a name listing no one is as good as absent (an approval no one gets).
 */
function editedLists(section, lists, sides, options) {
    const { emptyIsAbsent, nameKey = (name) => name } = options;
    const [old, now] = [0, 1].map((side) => {
        // Names written two ways on one side (a route in capitals and in lower case) hold the union.
        const byName = new Map();
        for (const list of lists[side]) {
            const name = nameKey(list.name.text);
            const found = sides[side].principals(list.items);
            const known = byName.get(name);
            if (known === undefined)
                byName.set(name, found);
            else
                found.forEach((principal) => known.add(principal));
        }
        return new Map([...byName].map(([name, set]) => [name, sortedKey(set)]));
    });
    const read = (map, name) => map.get(name) ?? (emptyIsAbsent ? '[]' : undefined);
    const names = [...new Set([...old.keys(), ...now.keys()])].sort();
    return names.filter((name) => read(old, name) !== read(now, name)).map((name) => `${section} ${name}`);
}
/**
 * Node attributes as what they give to whom: entries naming the same principals hold the union of
 * what they give, then entries giving the same hold the union of their principals. An entry
 * repeated, or split in two by its attributes or by its targets, reads as the one it was.
 */
function nodeAttrsKey(policy, reading) {
    const byTargets = new Map();
    for (const a of policy.nodeAttrs) {
        const targets = reading.principals(a.target);
        const key = sortedKey(targets);
        let entry = byTargets.get(key);
        if (entry === undefined)
            byTargets.set(key, (entry = { targets, given: new Set() }));
        const { given } = entry;
        for (const t of a.attr)
            given.add(JSON.stringify(['attr', t.text.trim()]));
        for (const t of a.ipPool ?? [])
            given.add(JSON.stringify(['ipPool', t.text.trim()]));
        for (const c of a.app ?? []) {
            given.add(JSON.stringify(['app', c.name.text]));
            for (const v of c.values)
                given.add(JSON.stringify(['app', c.name.text, v]));
        }
    }
    const byGiven = new Map();
    for (const { targets, given } of byTargets.values()) {
        const key = sortedKey(given);
        const all = byGiven.get(key) ?? new Set();
        targets.forEach((principal) => all.add(principal));
        byGiven.set(key, all);
    }
    return sortedKey([...byGiven].map(([given, targets]) => `${sortedKey(targets)}${given}`));
}
/** The SSH rules' accepted environment and recording, by the rule they belong to. */
function sshSessionKey(policy, reading) {
    const keyed = policy.ssh.filter((r) => (r.acceptEnv?.length ?? 0) > 0 || (r.recorder?.length ?? 0) > 0 || r.enforceRecorder === true);
    return sortedKey(keyed.map((r) => JSON.stringify([
        reading.key(r.src),
        reading.key(r.dst),
        setKey(r.users),
        setKey(r.acceptEnv),
        reading.key(r.recorder),
        r.enforceRecorder === true,
    ])));
}
/** What the new policy edits outside the plan, as short names (`tagOwners of tag:prod`, `nodeAttrs`). */
function unplannedEdits(before, after) {
    const sides = readings([before, after]);
    const [old, now] = [before.policy, after.policy];
    const out = editedLists('tagOwners of', [old.tagOwners, now.tagOwners], sides, { emptyIsAbsent: false });
    const [approved, approves] = [old.autoApprovers, now.autoApprovers];
    const routes = { emptyIsAbsent: true, nameKey: routeKey };
    out.push(...editedLists('autoApprovers routes for', [approved.routes, approves.routes], sides, routes));
    const services = { emptyIsAbsent: true };
    out.push(...editedLists('autoApprovers services for', [approved.services, approves.services], sides, services));
    if (sides[0].key(approved.exitNode) !== sides[1].key(approves.exitNode))
        out.push('autoApprovers exitNode');
    if (nodeAttrsKey(old, sides[0]) !== nodeAttrsKey(now, sides[1]))
        out.push('nodeAttrs');
    if (sshSessionKey(old, sides[0]) !== sshSessionKey(now, sides[1]))
        out.push('ssh acceptEnv or recorder');
    const settings = new Set([...old.settings.keys(), ...now.settings.keys()]);
    out.push(...[...settings].sort().filter((name) => old.settings.get(name) !== now.settings.get(name)));
    return out;
}

;// CONCATENATED MODULE: ./src/plan/index.ts
// The access plan: what a policy change does to who can reach what. Both policies are compiled
// by the engine; every endpoint either names (or, with a tailnet description, every device) is
// evaluated on both sides wherever a changed rule could make a difference, and the differences
// are reported as network, SSH and app-capability changes, with tests that would assert them.




















const DEFAULT_THRESHOLD = 20;
/** A capability one side does not have: a channel of no rules (each side's own, as every channel). */
const emptyChannel = () => (0,plan_side/* channelOf */.ts)([], []);
/**
 * Computes the access plan from `before` to `after`. Throws PlanInputError when either is not a
 * valid policy, PlanCutShortError when the deadline passes or the work would exceed the caps.
 */
function computeAccessPlan(before, after, options = {}) {
    const budget = new plan_budget/* PlanBudget */.BD(options.deadline, options.now, options.caps);
    budget.check();
    const tailnet = (0,plan_side/* tailnetOf */.dZ)(options.topology);
    const tailnetGiven = tailnet !== undefined;
    const sides = (0,plan_side/* prepareSides */.Sm)([before, after], tailnet, { extraKeys: options.extraKeys, budget });
    const universe = buildUniverse(sides[0], sides[1], budget);
    const atoms = universe.atoms;
    const raw = diffAll(atoms, sides, budget);
    const parts = [
        networkChanges(raw.network.changes, atoms, { tailnetGiven }),
        ...raw.apps.map(({ app, changes }) => networkChanges(changes, atoms, { app, tailnetGiven })),
        sshChanges(raw.ssh, atoms, tailnetGiven),
    ];
    const dropped = droppedTags(atoms, [sides[0].env.context.tags, sides[1].env.context.tags]);
    if (dropped.size > 0) {
        const variant = diffAll(keptAndDropped(atoms, dropped), [sides[1], sides[1]], budget);
        const tagged = droppedTagChanges({ ...variant, network: variant.network.changes }, atoms, dropped);
        parts.push({ changes: [], undecided: tagged });
    }
    budget.check();
    const changes = parts.flatMap((p) => p.changes);
    const rawUndecided = parts.flatMap((p) => p.undecided);
    budget.text([...changes, ...rawUndecided]);
    const afterTests = new AfterTests(sides[1], budget);
    markTested(changes, { side: sides[1], tests: afterTests }, universe, budget, raw.network.acceptedAfter);
    budget.check();
    const threshold = options.highlightThreshold ?? DEFAULT_THRESHOLD;
    const internet = internetCollections(universe, sides);
    const shown = present(changes, universe, sides, internet);
    const undecided = sortChanges(mergeUndecided(collapseUndecided(rawUndecided, internet), atoms));
    // Again as shown: a change said once for a group carries the group's name, and its members'.
    budget.text([...shown, ...undecided]);
    const unplanned = unplannedEdits(sides[0], sides[1]);
    const found = highlights({
        changes,
        shown,
        atoms,
        selectedAfter: raw.network.selectedAfter,
        network: raw.network.changes,
        ownRoutes: sides.map((side) => side.env.match.ownRoutes),
        tailnetGiven,
        threshold,
        unplanned,
    });
    return {
        mode: tailnet === undefined ? 'symbolic' : 'topology',
        before: before.name,
        after: after.name,
        changes: shown,
        undecided,
        highlights: found,
        proposed: options.propose === false
            ? { tests: [], sshTests: [] }
            : proposeTests(shown, sides[1].policy.tests, afterTests, atoms),
        unplanned,
        principals: new Set(changes.map((c) => c.srcAtoms[0])).size,
    };
}
/** Every raw difference between the sides: network, each app capability, SSH. */
function diffAll(atoms, sides, budget) {
    const found = diffChannel(atoms, sides, [sides[0].network, sides[1].network], false, budget);
    const network = { ...found, changes: withoutTwinEchoes(found.changes, atoms) };
    const keys = [...new Set([...sides[0].apps.keys(), ...sides[1].apps.keys()])].sort();
    const apps = keys.map((key) => {
        const [before, after] = [sides[0].apps.get(key), sides[1].apps.get(key)];
        const { capability, value } = (before ?? after);
        const channels = [before?.channel ?? emptyChannel(), after?.channel ?? emptyChannel()];
        const app = value === undefined ? { capability } : { capability, value };
        return { app, changes: withoutTwinEchoes(diffChannel(atoms, sides, channels, true, budget).changes, atoms) };
    });
    return { network, apps: withoutImpliedPresence(apps), ssh: diffSsh(atoms, sides, budget) };
}
/**
 * A source gaining (or losing) a value of a capability gains (or loses) the capability: the
 * value's change says both, so the capability's own change is left out for that pair. It stays
 * where no value changed (a grant of the capability with an empty list of values).
 */
function withoutImpliedPresence(apps) {
    const said = new Set();
    // A capability by a number, not its name: a key over 16,383 characters is hashed by its length
    // alone, so keys holding one long name would all share a bucket, each lookup comparing them all.
    const numbers = new Map();
    const pairKey = (capability, r) => `${(0,lists/* numberOf */.rl)(numbers, capability)}|${r.src}|${r.dst}|${r.before}|${r.after}|${r.routes?.join('|') ?? ''}`;
    for (const { app, changes } of apps)
        if (app.value !== undefined)
            for (const r of changes)
                said.add(pairKey(app.capability, r));
    return apps.map(({ app, changes }) => app.value === undefined
        ? { app, changes: changes.filter((r) => !said.has(pairKey(app.capability, r))) }
        : { app, changes });
}
/** Collapsed, merged and sorted changes, still carrying their atoms (dropped by planJson). */
function present(changes, universe, [before, after], internet) {
    const all = collections(universe, before, after);
    let out = collapseSources(changes, all, 'src');
    const destinations = [...(after.env.tailnet === undefined ? [] : all), ...internet];
    out = collapseSources(out, destinations, 'dst');
    return sortChanges(mergeIntervals(out, universe.atoms));
}
const KIND_ORDER = { network: 0, ssh: 1, app: 2 };
/** Sorted by source, kind, destination, change, protocol, SSH user and capability; each key made once. */
function sortChanges(changes) {
    const key = (c) => [
        c.srcLabel,
        `${KIND_ORDER[c.kind]}`,
        c.dstLabel,
        'change' in c ? c.change : '',
        c.proto ?? '',
        c.sshUser ?? '',
        c.capability ?? '',
        c.value ?? '',
    ];
    const keyed = changes.map((change) => ({ change, key: key(change) }));
    keyed.sort(({ key: ka }, { key: kb }) => {
        for (let i = 0; i < ka.length; i++)
            if (ka[i] !== kb[i])
                return ka[i] < kb[i] ? -1 : 1;
        return 0;
    });
    keyed.forEach(({ change }, i) => (changes[i] = change));
    return changes;
}


/***/ }),

/***/ 8582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ sshChangeKey)
/* harmony export */ });
// The access plan's shape: what computeAccessPlan returns and every renderer reads.
/** Which SSH change a source, destination and login make: a gain and a loss with one key swap an action. */
const sshChangeKey = (c) => JSON.stringify([c.src, c.dst, c.sshUser]);


/***/ }),

/***/ 7723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText)
/* harmony export */ });
/* harmony import */ var _render_controls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8804);
/* harmony import */ var _render_invisible_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2019);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8122);
// The plan for terminals and CI logs (`tailnet-policy plan`).



/** Undecided differences listed in full; the rest are counted (the JSON has them all). */
const UNDECIDED_SHOWN = 20;
/**
 * One line per source, destination and states; a destination's protocols joined (`tcp:22, udp:22`),
 * so a line may hold several of the entries the summary counts.
 */
function undecidedLines(list) {
    const lines = new Map();
    for (const u of list) {
        const what = u.kind === 'network'
            ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .protocolText */ .kO)(u.proto, u.ports)
            : u.kind === 'ssh'
                ? `ssh as ${u.sshUser}`
                : `app ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .appText */ .LA)(u)}`;
        // A tag tagOwners no longer defines: both texts are the new policy's (convert.ts, droppedTagChanges).
        const states = u.tags === undefined ? `before ${u.before}, after ${u.after}` : `after ${u.before} or ${u.after}`;
        const pair = `${u.srcLabel} → ${u.dstLabel}`;
        // JSON, not a separator: a name can hold any character, and one it shared with a separator
        // would move the split, printing the policy's own text as the states.
        const key = JSON.stringify([pair, states]);
        let line = lines.get(key);
        if (line === undefined)
            lines.set(key, (line = { pair, states, whats: [] }));
        line.whats.push(what);
    }
    return [...lines.values()].map(({ pair, states, whats }) => ({
        line: `  ${pair} ${whats.join(', ')}: ${states}`,
        entries: whats.length,
    }));
}
/** Lines ending in newlines: header, highlights, changes by source, undecided, proposed tests, summary. */
function renderPlanText(plan) {
    const mode = plan.mode === 'symbolic' ? 'offline, no tailnet given' : 'against the given tailnet';
    const lines = [`Access plan: ${plan.before} → ${plan.after} (${mode})`];
    const highlighted = plan.highlights.map((h) => `  ! ${h.message}`);
    if (plan.changes.length === 0 && plan.undecided.length === 0) {
        // Edits outside the plan (unplanned.ts) are highlighted with no access change to show.
        const rest = highlighted.length > 0 ? ['', 'Highlights:', ...highlighted] : [];
        return textOf([...lines, 'No access changes.', ...rest]);
    }
    if (highlighted.length > 0)
        lines.push('', 'Highlights:', ...highlighted);
    for (const { source, entries } of (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .entriesBySource */ .TQ)(plan)) {
        lines.push('', source);
        for (const e of entries)
            lines.push(`  ${e.sign} ${e.text}${!e.testable ? ' (no test can assert this)' : e.tested ? ' (tested)' : ''}`);
    }
    if (plan.undecided.length > 0) {
        const shown = undecidedLines(plan.undecided).slice(0, UNDECIDED_SHOWN);
        // Counted as the summary counts them: entries, not lines.
        const more = plan.undecided.length - shown.reduce((sum, { entries }) => sum + entries, 0);
        lines.push('', 'Undecided offline:', ...shown.map(({ line }) => line), ...(more > 0 ? [`  ... and ${more} more of the ${plan.undecided.length} (--json lists them all)`] : []));
    }
    if ((0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .proposedCount */ .iv)(plan.proposed) > 0) {
        lines.push('', 'Proposed tests for the untested changes (paste into the policy):', ...(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .proposedText */ .s$)(plan.proposed)
            .text.split('\n')
            .map((l) => `  ${l}`));
    }
    lines.push('', (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z)(plan));
    return textOf(lines);
}
/**
 * The lines, each ending in a newline. A name, a file name or a value can hold a line break:
 * shown as its escape, or it would print a line of its own (one that can pass for the plan's).
 */
function textOf(lines) {
    return `${lines.map((line) => (0,_render_invisible_js__WEBPACK_IMPORTED_MODULE_1__/* .showInvisible */ .jQ)((0,_render_controls_js__WEBPACK_IMPORTED_MODULE_2__/* .showLineBreaks */ .OD)(line))).join('\n')}\n`;
}


/***/ }),

/***/ 3400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eY: () => (/* binding */ PlanInputError),
  wh: () => (/* binding */ channelIndex),
  ts: () => (/* binding */ channelOf),
  Sm: () => (/* binding */ prepareSides),
  dZ: () => (/* binding */ tailnetOf),
  Nj: () => (/* binding */ viaFreeIndex)
});

// UNUSED EXPORTS: decode, parseSource, sideOf, validated

// EXTERNAL MODULE: ./src/hujson/parse.ts
var parse = __webpack_require__(8246);
// EXTERNAL MODULE: ./src/hujson/errors.ts + 1 modules
var errors = __webpack_require__(6530);
// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/policy/context.ts
var policy_context = __webpack_require__(6761);
// EXTERNAL MODULE: ./src/policy/decode/policy.ts + 2 modules
var policy = __webpack_require__(8072);
// EXTERNAL MODULE: ./src/policy/decode/reader.ts
var decode_reader = __webpack_require__(3766);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/policy/ports.ts
var ports = __webpack_require__(7421);
// EXTERNAL MODULE: ./src/policy/tailnet.ts
var tailnet = __webpack_require__(4219);
// EXTERNAL MODULE: ./src/policy/validate/index.ts + 8 modules
var validate = __webpack_require__(1350);
// EXTERNAL MODULE: ./src/policy/lists.ts
var policy_lists = __webpack_require__(259);
;// CONCATENATED MODULE: ./src/plan/shared-rules.ts
// The ACLs and grants both sides have. A change touches a few rules of thousands: a rule of the
// new policy that reads as a rule of the old one (paired with it) need not be validated again,
// and, under the same definitions, compiles to the same rule, so the plan compiles it once and
// both sides hold the very same object: that halves the compilation, and lets the plan find
// their targets on both sides by identity (targets.ts).
//
// A compiled rule reads, besides its own texts, only the host and ipset definitions, which group
// names exist (a `group:` no policy group names is a SCIM group) and the posture definitions
// (compile.ts). Rules are shared only where the first three are textually equal on both sides
// and the rule requires no posture on either side: a posture requirement holds the conditions of
// its own side, which the plan names by identity (posture.ts), so such rules stay per side.


// Every field of a rule but its place in the file: a field added to the model fails the type
// check here until the key below reads it too, so that no difference goes unseen.
const ACL_FIELDS = {
    action: true,
    src: true,
    dst: true,
    proto: true,
    srcPosture: true,
};
const GRANT_FIELDS = {
    src: true,
    dst: true,
    ip: true,
    app: true,
    srcPosture: true,
    via: true,
};
const itemText = (item) => ('text' in item ? item.text : item.name.text);
function fieldText(value) {
    if (value === undefined)
        return null;
    return Array.isArray(value) ? value.map(itemText) : value.text;
}
/** The texts of every field of a rule, as one string: equal keys, equal rules. */
function ruleKey(rule, fields) {
    const values = rule;
    return JSON.stringify(Object.keys(fields).map((field) => fieldText(values[field])));
}
function sameField(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    if (!Array.isArray(a) || !Array.isArray(b))
        return !Array.isArray(a) && !Array.isArray(b) && a.text === b.text;
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (itemText(a[i]) !== itemText(b[i]))
            return false;
    return true;
}
/** Whether two rules read the same, field by field (what ruleKey compares, without building it). */
function sameRule(a, b, fields) {
    const [x, y] = [a, b];
    for (const field in fields)
        if (!sameField(x[field], y[field]))
            return false;
    return true;
}
function listsText(lists) {
    return JSON.stringify(lists.map((list) => [list.name.text, list.items.map((item) => item.text)]));
}
/** Whether the definitions a compiled rule reads, postures aside, are the same on both sides. */
function sameDefinitions(a, b) {
    const hosts = (p) => JSON.stringify(p.hosts.map((h) => [h.name.text, h.value.text]));
    const groupNames = (p) => JSON.stringify(p.groups.map((g) => g.name.text));
    return hosts(a) === hosts(b) && listsText(a.ipsets) === listsText(b.ipsets) && groupNames(a) === groupNames(b);
}
/** Without acls and grants a policy allows everything: there is no rule to share. */
const allowsAll = (p) => p.acls === undefined && p.grants === undefined;
/** Whether the rule requires no posture on either side (its own `srcPosture`, or the policy's default). */
function postureFree(rule, contexts) {
    if (rule.srcPosture !== undefined)
        return rule.srcPosture.length === 0;
    return contexts.every((c) => (c.defaultSrcPosture ?? []).length === 0);
}
/**
 * Pairs each rule of the new policy with an equal, not yet paired rule of the old one. Most
 * rules keep their place: those are compared in place, the rest by key.
 */
function pairRules(lists, fields) {
    const out = { pairs: [], unpaired: [[], []] };
    const rest = [[], []];
    const inPlace = Math.min(lists[0].length, lists[1].length);
    for (let i = 0; i < inPlace; i++) {
        const a = lists[0][i];
        const b = lists[1][i];
        if (sameRule(a, b, fields)) {
            out.pairs.push([a, b]);
        }
        else {
            rest[0].push(a);
            rest[1].push(b);
        }
    }
    for (const side of [0, 1])
        for (let i = inPlace; i < lists[side].length; i++)
            rest[side].push(lists[side][i]);
    pairByKey(rest, fields, out);
    return out;
}
/** Pairs the rules of `lists` whose keys are equal, into `out`. */
function pairByKey(lists, fields, out) {
    const unpaired = new Map();
    for (const rule of lists[0])
        (0,policy_lists/* pushTo */.Il)(unpaired, ruleKey(rule, fields), rule);
    const paired = new Set();
    for (const rule of lists[1]) {
        const match = unpaired.get(ruleKey(rule, fields))?.pop();
        if (match === undefined) {
            out.unpaired[1].push(rule);
            continue;
        }
        paired.add(match);
        out.pairs.push([match, rule]);
    }
    for (const rule of lists[0])
        if (!paired.has(rule))
            out.unpaired[0].push(rule);
}
function pairPolicies(policies) {
    return {
        acls: pairRules([policies[0].acls ?? [], policies[1].acls ?? []], ACL_FIELDS),
        grants: pairRules([policies[0].grants ?? [], policies[1].grants ?? []], GRANT_FIELDS),
        sameDefinitions: sameDefinitions(policies[0], policies[1]),
    };
}
/**
 * The new policy's ACLs and grants the engine need not validate again: each reads as a rule of
 * the old policy, which validated without error, and what a rule's validation reads besides its
 * own text is the same on both sides (the tailnet's domains are: one tailnet is given for both).
 * The engine names tags and domains (validate/index.ts); the definitions a rule names are
 * compared too, to stay on the safe side.
 */
function knownValid(policies, pairs) {
    const [a, b] = policies;
    const names = (lists) => JSON.stringify(lists.map((l) => l.name.text));
    const same = pairs.sameDefinitions &&
        names(a.tagOwners) === names(b.tagOwners) &&
        listsText(a.postures) === listsText(b.postures) &&
        JSON.stringify(a.defaultSrcPosture?.map((t) => t.text)) === JSON.stringify(b.defaultSrcPosture?.map((t) => t.text));
    if (!same)
        return () => false;
    const valid = new Set([...pairs.acls.pairs, ...pairs.grants.pairs].map(([, rule]) => rule));
    return (rule) => valid.has(rule);
}
/**
 * The network rules of both sides, those paired compiled once (see the top of this file). Each
 * side's rules are `shared` followed by its `own`: the plan's verdicts are unions over rules,
 * which order does not change.
 */
function compileBothSides(policies, contexts, pairs, deadline) {
    if (allowsAll(policies[0]) || allowsAll(policies[1]) || !pairs.sameDefinitions) {
        return {
            shared: [],
            own: [
                (0,compile/* compileNetworkRules */.vE)(policies[0], contexts[0], deadline),
                (0,compile/* compileNetworkRules */.vE)(policies[1], contexts[1], deadline),
            ],
        };
    }
    const split = ({ pairs: paired, unpaired }) => {
        const out = { pairs: [], unpaired: [[...unpaired[0]], [...unpaired[1]]] };
        for (const pair of paired) {
            if (postureFree(pair[1], contexts))
                out.pairs.push(pair);
            else
                pair.forEach((rule, side) => out.unpaired[side].push(rule));
        }
        return out;
    };
    const [acls, grants] = [split(pairs.acls), split(pairs.grants)];
    // Views of a policy holding only some of its rules: `acls` stays defined, so no view allows everything.
    const view = (side, a, g) => (0,compile/* compileNetworkRules */.vE)({ ...policies[side], acls: a, grants: g }, contexts[side], deadline);
    const shared = (pairing) => pairing.pairs.map(([, rule]) => rule);
    return {
        shared: view(0, shared(acls), shared(grants)),
        own: [view(0, acls.unpaired[0], grants.unpaired[0]), view(1, acls.unpaired[1], grants.unpaired[1])],
    };
}

;// CONCATENATED MODULE: ./src/plan/side.ts
// One side of a plan (the policy before or after the change), prepared once: decoded,
// validated, and compiled with the engine's own functions, as `checkPolicy` does before it runs
// tests. The plan then asks the same compiled rules the questions a test would ask.










/** Input the plan cannot be computed from; the message names the file, line and column. */
class PlanInputError extends Error {
    name = 'PlanInputError';
}
function channelOf(shared, own) {
    return { rules: [...shared, ...own], shared };
}
const NO_RULES = [];
// The engine's index of a side's rules, built when first asked, once: the plan asks the new
// policy's channels again where tags are dropped (tags.ts).
const indexes = new WeakMap();
function channelIndex(channel, env, budget) {
    const known = indexes.get(channel);
    if (known !== undefined && known.env === env)
        return known.index;
    const index = budget.index(channel.rules, env);
    indexes.set(channel, { env, index });
    return index;
}
// The same of the side's rules without `via`: the evaluation's route facts and the new policy's
// tests (after-tests.ts) both ask it.
const viaFreeIndexes = new WeakMap();
/** The engine's index of a channel's rules without `via`, built when first asked; undefined when no rule has `via`. */
function viaFreeIndex(channel, env, budget) {
    const known = viaFreeIndexes.get(channel);
    if (known !== undefined && known.env === env)
        return known.index;
    const index = channel.rules.some((r) => r.via !== undefined)
        ? budget.index(channel.rules.filter((r) => r.via === undefined), env)
        : undefined;
    viaFreeIndexes.set(channel, { env, index });
    return index;
}
function located(name, finding) {
    const at = finding.position === undefined ? name : `${name}:${finding.position.line}:${finding.position.column}`;
    return `${at}: ${finding.message}`;
}
function parseSource(input) {
    if (input.root !== undefined)
        return input.root;
    try {
        return (0,parse/* parse */.q)(input.source ?? '');
    }
    catch (error) {
        if (!(error instanceof errors/* HujsonSyntaxError */.VV))
            throw error;
        throw new PlanInputError(`${input.name}:${error.line}:${error.column}: ${error.message}`);
    }
}
function decode(doc, extraKeys, options) {
    const reader = new decode_reader/* Reader */.mP();
    return { policy: (0,policy/* decodePolicy */.V)(doc, reader, extraKeys, options), reader };
}
/**
 * Validates a decoded policy; an invalid one cannot be planned (its rules are not what the server
 * would run). With a budget, validation (the ipsets it resolves) is held to the plan's deadline and
 * size limit, and a cut one throws before its findings, which may be incomplete, are read.
 */
function validated(input, { policy, reader }, tailnet, options = {}) {
    const domains = tailnet?.domains;
    const deadline = options.budget?.engine;
    const { context, findings } = input.validated === true
        ? { context: (0,policy_context/* buildContext */.gC)(policy, deadline), findings: { errors: [] } }
        : (0,validate/* validatePolicy */.t)(policy, domains === undefined ? {} : { domains }, deadline, options.known);
    options.budget?.check();
    const errors = [...reader.errors, ...findings.errors];
    if (errors.length > 0) {
        throw new PlanInputError(`${located(input.name, errors[0])} (the policy must be valid to plan its access)`);
    }
    const env = { context, match: (0,match/* matchEnvOf */._O)(policy, tailnet), resolved: new Map() };
    if (tailnet !== undefined)
        env.tailnet = tailnet;
    return { name: input.name, policy, env };
}
/** A side of the plan; with a deadline (the budget's), compiling its rules stops once it passes. */
function sideOf({ name, policy, env }, network, deadline) {
    return {
        name,
        policy,
        env,
        network,
        ssh: (0,compile/* compileSshRules */.nI)(policy.ssh, env.context, { deadline }),
        apps: appChannels(policy, env, deadline),
    };
}
/**
 * Both policies of a plan, the network rules equal on both compiled once (shared-rules.ts). The
 * new policy's rules that read as rules of the old one, which validated, are not validated again.
 * The old policy's tests are read only for the names they hold: where they are the new policy's
 * very bytes, they are not read at all.
 */
function prepareSides(inputs, tailnet, options = {}) {
    const { budget } = options;
    const docs = [parseSource(inputs[0]), parseSource(inputs[1])];
    const first = validated(inputs[0], decode(docs[0], options.extraKeys, { testsOf: docs[1] }), tailnet, { budget });
    const decoded = decode(docs[1], options.extraKeys);
    const policies = [first.policy, decoded.policy];
    const pairs = pairPolicies(policies);
    const second = validated(inputs[1], decoded, tailnet, { known: knownValid(policies, pairs), budget });
    const deadline = budget?.engine;
    const rules = compileBothSides(policies, [first.env.context, second.env.context], pairs, deadline);
    const sides = [
        sideOf(first, channelOf(rules.shared, rules.own[0]), deadline),
        sideOf(second, channelOf(rules.shared, rules.own[1]), deadline),
    ];
    budget?.check();
    return sides;
}
/**
 * App capabilities as network rules: one rule set per capability name, and per name and value,
 * each grant allowing "TCP, every port" to its destinations. The engine's matching then answers
 * "does this source hold the capability (value) on that destination" as it answers network
 * questions.
 */
function appChannels(policy, env, deadline) {
    const byKey = new Map();
    for (const grant of policy.grants ?? []) {
        if (grant.app === undefined || grant.app.length === 0)
            continue;
        if (deadline?.passed() === true)
            break;
        const src = (0,compile/* compileSelectors */.cb)(grant.src.map((s) => s.text), env.context, deadline);
        const targets = grant.dst.map((d) => ({
            dst: (0,compile/* compileSelectors */.cb)([d.text], env.context, deadline),
            protocols: [ports/* TCP */.qi],
            ports: [...ports/* ALL_PORTS */.TQ],
            allPorts: true,
        }));
        const rule = { src, targets, postures: (0,compile/* postureRequirement */.gc)(grant.srcPosture, env.context) };
        const via = (0,compile/* viaTags */.g6)(grant);
        if (via !== undefined)
            rule.via = via;
        for (const capability of grant.app) {
            const name = capability.name.text;
            for (const value of [undefined, ...capability.values]) {
                const key = JSON.stringify(value === undefined ? [name] : [name, value]);
                let found = byKey.get(key);
                if (found === undefined)
                    byKey.set(key, (found = { capability: name, ...(value === undefined ? {} : { value }), rules: [] }));
                // A grant listing one value twice holds it once.
                if (found.rules.at(-1) !== rule)
                    found.rules.push(rule);
            }
        }
    }
    return new Map([...byKey].map(([key, { rules, ...app }]) => [key, { ...app, channel: channelOf(NO_RULES, rules) }]));
}
function tailnetOf(topology) {
    return topology === undefined ? undefined : (0,tailnet/* buildTailnet */.i)(topology);
}


/***/ })

};
;