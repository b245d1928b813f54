#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 6859:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hj: () => (/* binding */ EXIT_FAILED),
  Ij: () => (/* binding */ EXIT_OK),
  Ri: () => (/* binding */ EXIT_USAGE),
  E$: () => (/* binding */ LineWriter),
  BP: () => (/* binding */ errorLine),
  UJ: () => (/* binding */ inertText),
  Wb: () => (/* binding */ processIO),
  GF: () => (/* binding */ writeJson),
  x3: () => (/* binding */ writeText)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/render/actions/log-line.ts
var log_line = __nccwpck_require__(9529);
// EXTERNAL MODULE: ./src/render/bidi.ts
var bidi = __nccwpck_require__(4884);
// EXTERNAL MODULE: ./src/render/controls.ts
var controls = __nccwpck_require__(8804);
;// CONCATENATED MODULE: ./src/cli/stdin.ts
// Standard input, read as a file argument is: at most a limit, and not past the run's deadline.
// `git show REV:policy.hujson | tailnet-policy plan - policy.hujson` pipes in what a merge request
// chose, and a gigabyte of zeros, or a writer that never closes, must neither fill the memory
// nor hang the job.
/** The stream's bytes; or `too large` past `limit` bytes, or `timed out` at `until` (a Date.now() time). */
async function readLimited(stream, limit, until) {
    let timer;
    const timedOut = new Promise((resolve) => {
        if (until === undefined)
            return;
        timer = setTimeout(() => resolve('timed out'), Math.max(0, until - Date.now()));
    });
    const read = (async () => {
        const chunks = [];
        let total = 0;
        for await (const chunk of stream) {
            total += chunk.length;
            // Leaving the loop destroys the stream: nothing more is read.
            if (total > limit)
                return 'too large';
            chunks.push(chunk);
        }
        return Buffer.concat(chunks, total);
    })();
    try {
        return await Promise.race([read, timedOut]);
    }
    finally {
        clearTimeout(timer);
        // Read no further (after a timeout, the process must not wait for the writer to close).
        stream.destroy();
        read.catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/cli/io.ts
// What a CLI command may touch, passed in so tests can run commands in-process with fakes.





/** Exit statuses shared by every command: 0 success, 1 a check failed, 2 a usage error or an unreadable file. */
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/**
 * Standard output or error through write(2) itself: creating process.stdout loads a stream
 * implementation, a cost a one-shot `fmt` notices, and on POSIX a stream writes to a pipe
 * asynchronously. A descriptor that would block (a non-blocking pipe, EAGAIN) hands the rest to
 * the stream, which then takes every later chunk, so the order holds. A reader that went away
 * (EPIPE, as in `fmt | head`) gets nothing more, and the command finishes without a stack trace.
 */
function fdWriter(fd, stream) {
    let viaStream = false;
    let readerGone = false;
    const write = (chunk) => {
        if (readerGone)
            return;
        if (viaStream) {
            stream().write(chunk);
            return;
        }
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        let written = 0;
        try {
            while (written < bytes.length)
                written += (0,external_node_fs_.writeSync)(fd, bytes, written, bytes.length - written);
        }
        catch (error) {
            const code = error.code;
            if (code === 'EPIPE') {
                readerGone = true;
                return;
            }
            if (code !== 'EAGAIN')
                throw error;
            viaStream = true;
            stream().write(bytes.subarray(written));
        }
    };
    return { write, pending: () => viaStream };
}
/**
 * Text for people, line by line unable to carry a workflow command: in CI (a GitHub Actions
 * step, a pre-commit hook there) the runner reads the CLI's output, and file names and policy
 * strings come from the merge request (render/actions/log-line.ts says how).
 */
function inertText(text) {
    return text.split('\n').map(log_line/* neutralizeLogLine */.C).join('\n');
}
/**
 * A line for standard error: a file name, an argument or a quoted invalid literal can hold a line
 * break, which would split the message (and make its second half look like a line of its own).
 */
function errorLine(message) {
    return `${(0,log_line/* neutralizeLogLine */.C)(message)}\n`;
}
/** About how much text a LineWriter hands to `stdout` at a time. */
const LINES_BATCH = 32 * 1024;
/**
 * Prints lines as they are made, each with its line feed, handed to `io.stdout` some 32 KB at a
 * time: a large policy's report runs to megabytes, and a process that never holds it whole (as
 * lines, then one string, then bytes) touches that much less fresh memory (1.7 MB policy: 2.75 MB
 * of output, written in 26 ms instead of 47 ms here). `flush` prints what is left.
 */
class LineWriter {
    io;
    batch = [];
    size = 0;
    constructor(io) {
        this.io = io;
    }
    push(line) {
        this.batch.push((0,log_line/* neutralizeLogLine */.C)(line));
        this.size += line.length + 1;
        if (this.size >= LINES_BATCH)
            this.flush();
    }
    flush() {
        if (this.batch.length === 0)
            return;
        this.io.stdout(`${this.batch.join('\n')}\n`);
        this.batch = [];
        this.size = 0;
    }
}
/**
 * Long text (a JSON report, a plan) handed to `io.stdout` in pieces of about 32 KB, none ending
 * inside a surrogate pair: writing it whole would first make a buffer as large as the text,
 * megabytes of fresh memory for a large policy.
 */
function writeText(io, text) {
    for (let start = 0; start < text.length;) {
        let end = Math.min(start + LINES_BATCH, text.length);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end--;
        io.stdout(text.slice(start, end));
        start = end;
    }
}
/**
 * A JSON document as the CLI prints it: indented by two spaces, then a line feed. JSON.stringify
 * escapes the C0 controls but not U+0085, U+2028 or U+2029, which a runner may take for line
 * breaks, nor DEL and the other C1 controls (U+009B starts a terminal's control sequence), nor
 * bidi controls (render/bidi.ts), nor `##[`, a workflow command anywhere in a line; inside
 * strings (the only place they occur) their escapes mean the same text.
 */
function writeJson(io, value) {
    const json = JSON.stringify(value, null, 2);
    // Tested first: a report runs to megabytes, and replacing would copy it whole each time.
    const inert = !JSON_COMMAND_LIKE.test(json)
        ? json
        : json.replace(new RegExp(JSON_COMMAND_LIKE.source, 'g'), (found) => found === '##[' ? '#\\u0023[' : (0,controls/* unitEscape */.MJ)(found));
    writeText(io, inert);
    io.stdout('\n');
}
const JSON_COMMAND_LIKE = new RegExp(String.raw `##\[|[\u007f-\u009f\u2028\u2029]|` + bidi/* BIDI_CONTROL */.l0.source);
/** The process's own IO, and whether all its output has reached the descriptors (cli.ts). */
function processIO() {
    const out = fdWriter(1, () => process.stdout);
    const err = fdWriter(2, () => process.stderr);
    return {
        stdout: out.write,
        // Every message: each names a file or quotes a policy, which a merge request may have chosen.
        stderr: (chunk) => err.write(typeof chunk === 'string' ? inertText(chunk) : chunk),
        readStdin: (limit, until) => readLimited(process.stdin, limit, until),
        env: process.env,
        settled: () => !out.pending() && !err.pending(),
    };
}


/***/ }),

/***/ 9529:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ neutralizeLogLine)
/* harmony export */ });
/* unused harmony export neutralizeAnnotation */
/* harmony import */ var _bidi_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4884);
/* harmony import */ var _controls_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8804);
/* harmony import */ var _invisible_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2019);
// Text that reaches the log comes partly from the pull request (policy strings quoted in
// syntax errors, commit subjects) and from APIs. The runner reads every stdout line for
// workflow commands: `::name::` at the start of a trimmed line, and the older `##[name]`
// anywhere in it. So a line break inside such text, or a command prefix in it, would let a
// fork write its own commands (`::add-mask::`, `::stop-commands::`, `::set-output::`).



/** A zero-width space is not whitespace to the runner's Trim(), so a prefix behind it is inert. */
const ZWSP = '\u200b';
/** Whatever neutralizeLogLine changes; most lines hold none of it and are returned as they are. */
const CHANGED = new RegExp(`${_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .LINE_BREAK */ .Fb.source}|${/##\[|^\s*::/.source}|${_bidi_js__WEBPACK_IMPORTED_MODULE_1__/* .BIDI_CONTROL */ .l0.source}|${_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_CONTROL */ .dp.source}|${_invisible_js__WEBPACK_IMPORTED_MODULE_2__/* .INVISIBLE */ .kH.source}`);
/** A zero-width space where neutralizeLogLine puts one: first, before a leading `::`, or in `##[`. */
const ownBreak = (char, offset, text) => char === ZWSP &&
    ((text[offset - 1] === '#' && text.startsWith('#[', offset + 1)) || (offset === 0 && /^\s*::/.test(text.slice(1))));
/**
 * One log line that cannot carry a workflow command: line breaks become visible escapes,
 * a leading `::` and every `##[` are broken by a zero-width space; and that shows what it says,
 * bidirectional controls and invisible characters by name (render/bidi.ts, render/invisible.ts).
 * A line passed through twice (the CLI's messages are) comes out as from the first pass.
 */
function neutralizeLogLine(text) {
    if (!CHANGED.test(text))
        return text;
    const flat = (0,_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)((0,_invisible_js__WEBPACK_IMPORTED_MODULE_2__/* .showInvisible */ .jQ)((0,_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .showLineBreaks */ .OD)(text), ownBreak));
    const noLegacy = flat.replaceAll('##[', `#${ZWSP}#[`);
    return /^\s*::/.test(noLegacy) ? `${ZWSP}${noLegacy}` : noLegacy;
}
/**
 * An annotation's message: the runner's command escapes CR and LF itself (as %0D, %0A, so GitHub shows
 * them as line breaks); the rarer separators are escaped here, and `##[` broken, like log lines.
 */
function neutralizeAnnotation(text) {
    return (visible(showInvisible(text))
        // eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines for some readers
        .replace(/[\u000b\u000c\u0085\u2028\u2029]/g, showLineBreaks)
        .replaceAll('##[', `#${ZWSP}#[`));
}


/***/ }),

/***/ 4884:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ BIDI_CONTROLS),
/* harmony export */   R8: () => (/* binding */ codePointName),
/* harmony export */   l0: () => (/* binding */ BIDI_CONTROL),
/* harmony export */   oy: () => (/* binding */ showBidi)
/* harmony export */ });
// Bidirectional controls reorder what a reader sees (U+202E turns `ok` into `ko` on screen, in a
// browser as in a terminal or a CI log), and policy text is untrusted: every surface for people
// shows them by name instead. The list is Unicode's UAX #9 explicit formatting characters.
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** The same, global: for `replace`. */
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');
/** A character as its code point, `⟨U+202E⟩`. */
const codePointName = (char) => `⟨U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
/** The text with each bidirectional control shown as its code point, `⟨U+202E⟩`. */
function showBidi(text) {
    return text.replace(BIDI_CONTROLS, codePointName);
}


/***/ }),

/***/ 8804:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fb: () => (/* binding */ LINE_BREAK),
/* harmony export */   MJ: () => (/* binding */ unitEscape),
/* harmony export */   OD: () => (/* binding */ showLineBreaks),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   SZ: () => (/* binding */ showRareLineBreaks),
/* harmony export */   bE: () => (/* binding */ LINE_BREAK_CHARACTER),
/* harmony export */   dp: () => (/* binding */ TERMINAL_CONTROL)
/* harmony export */ });
/* harmony import */ var _bidi_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4884);
// Characters that act on what a reader sees instead of showing themselves: line breaks inside
// what should be one line, and controls that a terminal, the runner's log viewer or a browser
// acts on. Policy text can hold any of them (escaped in a JSON string, or raw in a comment or an
// invalid literal a syntax error quotes), so every surface for people shows them as escapes.

/** Line breaks of every kind a reader might split on, each with the escape shown instead. */
const LINE_BREAK_ESCAPES = {
    '\r\n': '\\r\\n',
    '\r': '\\r',
    '\n': '\\n',
    '\u000b': '\\v',
    '\u000c': '\\f',
    '\u0085': '\\u0085',
    '\u2028': '\\u2028',
    '\u2029': '\\u2029',
};
/** Each character that ends a line for some reader (vertical tab and form feed included). */
// eslint-disable-next-line no-control-regex -- these are the characters it finds
const LINE_BREAK_CHARACTER = /[\r\n\u000b\u000c\u0085\u2028\u2029]/;
/** A line break: CR LF, or one of those characters. */
const LINE_BREAK = new RegExp(`\\r\\n|${LINE_BREAK_CHARACTER.source}`);
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'g');
/**
 * C0 controls but the tab and the line breaks above, DEL and C1 controls: a terminal acts on them
 * (an escape sequence clears the screen or recolours what follows), and so, for colours, does the
 * runner's log viewer.
 */
// eslint-disable-next-line no-control-regex -- these are the characters it finds
const TERMINAL_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;
const TERMINAL_CONTROLS = new RegExp(TERMINAL_CONTROL.source, 'g');
// eslint-disable-next-line no-control-regex -- these are the characters it finds
const RARE_LINE_BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/g;
/**
 * The line breaks other than CR and LF (vertical tab, form feed, NEL, the Unicode line and
 * paragraph separators) shown as their escapes: Markdown keeps them in a table cell, where a
 * browser may break the line or draw nothing, and CR and LF have a Markdown form of their own.
 */
function showRareLineBreaks(text) {
    return text.replace(RARE_LINE_BREAKS, (lineBreak) => LINE_BREAK_ESCAPES[lineBreak]);
}
/** Each line break shown as its escape (`\n`), so that the text stays one line. */
function showLineBreaks(text) {
    return text.replace(LINE_BREAKS, (lineBreak) => LINE_BREAK_ESCAPES[lineBreak]);
}
/** One UTF-16 unit as a JSON and JavaScript escape: `\u001b`. A pair of surrogates is two. */
const unitEscape = (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
/**
 * The text with each bidirectional control shown by name (`⟨U+202E⟩`, render/bidi.ts) and each
 * terminal control as its escape (`\u001b`); line breaks are left as they are.
 */
function visible(text) {
    return (0,_bidi_js__WEBPACK_IMPORTED_MODULE_0__/* .showBidi */ .oy)(text).replace(TERMINAL_CONTROLS, unitEscape);
}


/***/ }),

/***/ 2019:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jQ: () => (/* binding */ showInvisible),
/* harmony export */   kH: () => (/* binding */ INVISIBLE),
/* harmony export */   ts: () => (/* binding */ escapeInvisible)
/* harmony export */ });
/* harmony import */ var _bidi_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4884);
/* harmony import */ var _controls_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8804);
// Characters that show nothing of their own: the soft hyphen, zero-width spaces and joiners, the
// word joiner and invisible operators, the byte-order mark, fillers drawn as blanks, variation
// selectors and tag characters (Unicode's Default_Ignorable_Code_Point set, less what is unassigned
// and the bidirectional controls of render/bidi.ts), and the Braille blank, U+2800, which is not
// ignorable but is drawn as nothing at all. Policy text is untrusted: two logins differing
// only by one look alike in a table, so every surface for people shows them by code point.


const INVISIBLE = 
// eslint-disable-next-line no-misleading-character-class -- each joiner and selector is listed on its own
/[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f\udd00-\uddef]/;
// eslint-disable-next-line no-misleading-character-class -- the same class
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');
/**
 * The invisible characters shown: all of them but those that make an emoji what it is (a
 * variation selector after a character shown as text by default, `♻️`, or between a digit, `#` or
 * `*` and a keycap, `1️⃣`; a joiner inside a sequence that is an emoji, `👩‍💻`), common in commit
 * subjects, where a code point would only be noise. Joiners are decided by `emojiJoiners`.
 */
const SHOWN = 
// eslint-disable-next-line no-misleading-character-class -- each joiner and selector is listed on its own
/[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f\u2800\u3164\ufe00-\ufe0d\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]|(?<=[0-9#*])[\ufe0e\ufe0f](?!\u20e3)|(?<!(?=\P{Emoji_Presentation})\p{Emoji})[\ufe0e\ufe0f]/gu;
/** Pictographs (each with its skin tone or selector) joined by U+200D: what may be one emoji. */
const JOINED = /\p{Extended_Pictographic}[\p{Emoji_Modifier}\ufe0f]?(?:\u200d\p{Extended_Pictographic}[\p{Emoji_Modifier}\ufe0f]?)+/gu;
/** The longest emoji sequence Unicode recommends is 15 UTF-16 units (a kiss with two skin tones). */
const LONGEST_EMOJI = 32;
let rgi;
/**
 * Offsets of the joiners inside sequences that are emoji (Unicode's RGI_Emoji, as this Node knows
 * it): only those stay, so `👩\u200d👩`, two pictographs no renderer joins, shows its joiner. The
 * set is tested only on runs of joined pictographs no longer than an emoji, so the cost stays
 * linear in the text (the property itself, run over a whole text, takes seconds a megabyte).
 */
function emojiJoiners(text) {
    const kept = new Set();
    if (!text.includes('\u200d'))
        return kept;
    // Made on first use: V8 expands the set of strings when it builds the expression.
    rgi ??= new RegExp('^\\p{RGI_Emoji}$', 'v');
    for (const { 0: run, index } of text.matchAll(JOINED)) {
        if (run.length > LONGEST_EMOJI || !rgi.test(run))
            continue;
        for (let i = run.indexOf('\u200d'); i >= 0; i = run.indexOf('\u200d', i + 1))
            kept.add(index + i);
    }
    return kept;
}
/**
 * The text with each invisible character shown as its code point, `⟨U+200B⟩`; with `keep`, but
 * for those it keeps (the breaks log-line.ts puts in, so that a second pass changes nothing).
 */
function showInvisible(text, keep) {
    const once = (line) => {
        const joiners = emojiJoiners(line);
        return line.replace(SHOWN, (char, offset) => joiners.has(offset) || keep?.(char, offset, line) === true ? char : (0,_bidi_js__WEBPACK_IMPORTED_MODULE_0__/* .codePointName */ .R8)(char));
    };
    // What a character left alone hangs on may be shown in the same pass (a break kept for the
    // U+FEFF after it): again until nothing changes, at most twice more, so that a text shown twice
    // reads as shown once.
    let shown = once(text);
    for (let again = once(shown); again !== shown; again = once(shown))
        shown = again;
    return shown;
}
/**
 * The text with each invisible character and bidirectional control as a JSON escape (`\u200b`,
 * `\u202e`): the same string to a JSON reader, so a proposed test pasted names the same user (shown
 * by name, `⟨U+202E⟩`, it would name another).
 */
function escapeInvisible(json) {
    // A tag character is a surrogate pair: each half is escaped, as JSON writes such characters.
    return json
        .replace(INVISIBLES, (chars) => chars.split('').map(_controls_js__WEBPACK_IMPORTED_MODULE_1__/* .unitEscape */ .MJ).join(''))
        .replace(_bidi_js__WEBPACK_IMPORTED_MODULE_0__/* .BIDI_CONTROLS */ .KL, _controls_js__WEBPACK_IMPORTED_MODULE_1__/* .unitEscape */ .MJ);
}


/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = require("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = require("node:v8");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/cli/io.ts + 1 modules
var cli_io = __nccwpck_require__(6859);
;// CONCATENATED MODULE: ./src/runtime.ts
/**
 * node:v8 is loaded only when a flag is set: loading it costs a run about a twentieth of a bare
 * Node's start-up, which `fmt` and the action's start-up should not pay.
 */
async function setFlags(flags) {
    (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8877, 23))).setFlagsFromString(flags.join(' '));
}
/**
 * Process-wide V8 tuning for a run that takes a whole policy through the engine once (check,
 * plan, the action). `fmt` sets neither flag: it gains nothing from the second, and its one long
 * loop over a 10 MB file runs 20 % longer with the first.
 */
async function tuneForOnePass() {
    await setFlags(ONE_PASS_FLAGS);
}
/**
 * Most of such a run's code runs only until V8 has optimised it, and the optimising compiler, on
 * its one background thread, is the bottleneck. Inlining less (at most 100 bytes of bytecode per
 * function instead of 920) makes each of its jobs smaller, so the hot loops leave the interpreter
 * sooner. On the bench's 1.7 MB policies this cut the instructions of a whole `plan` by 12 %
 * (Node 24: 4 %) and of a whole `check` by 11 %.
 */
const SMALL_INLINING = '--max-inlined-bytecode-size-cumulative=100';
/**
 * The young generation stays at its first size (1 MB a half) instead of doubling up to 16 MB a
 * half as the run allocates. Nearly everything such a run allocates lives to its end, so a larger
 * nursery saves little copying, while every page a process touches for the first time costs a
 * page fault: 14 µs each on the bench's machine (60 MB first touched in 0.86 s). Measured whole
 * process, alternating runs: `plan` 1.14 → 1.06 s (Node 24: 1.19 → 0.98 s), `check` 0.87 → 0.78 s
 * (0.85 → 0.71 s), 4,000–13,000 fewer page faults, for 5 % more instructions in `check`.
 */
const SMALL_NURSERY = '--semi-space-growth-factor=1';
const ONE_PASS_FLAGS = [SMALL_INLINING, SMALL_NURSERY];

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by test/version.test.ts. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/main.ts



const USAGE = `Usage: tailnet-policy <command> [options]

Commands:
  fmt      format policy files like Go's hujson (gofmt-style flags: -w, --check)
  check    validate policy files and run their tests offline (no credentials, no network)
  plan     show the access a policy change gains and loses (offline, like terraform plan)
  test     validate the policy and run its tests with the Tailscale API
  apply    push the policy to Tailscale, guarded by If-Match
  drift    compare the live policy with the repository

Run 'tailnet-policy help <command>' (or '<command> --help') for a command's options.
Exit status: 0 success; 1 a check failed (an invalid policy, a failed test, an unformatted
file, drift with --fail-on-drift); 2 the command could not run as asked (a usage error, or a
file that cannot be read). plan has its own: tailnet-policy help plan.
`;
const COMMANDS = {
    fmt: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(975), __nccwpck_require__.e(661)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3661))).runFmt,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(975), __nccwpck_require__.e(338), __nccwpck_require__.e(802)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9802))).runCheck,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(975), __nccwpck_require__.e(338), __nccwpck_require__.e(728), __nccwpck_require__.e(422)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6422))).runPlan,
    test: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(975), __nccwpck_require__.e(338), __nccwpck_require__.e(728), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 820))).remoteCommand('test'),
    apply: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(975), __nccwpck_require__.e(338), __nccwpck_require__.e(728), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 820))).remoteCommand('apply'),
    drift: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(975), __nccwpck_require__.e(338), __nccwpck_require__.e(728), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 820))).remoteCommand('drift'),
};
/** Commands that take whole policies through the engine once (runtime.ts). */
const ONE_PASS = new Set(['check', 'plan', 'test', 'apply', 'drift']);
function unknown(name, io) {
    io.stderr((0,cli_io/* errorLine */.BP)(`tailnet-policy: unknown command "${name}"; run 'tailnet-policy --help' for the list`));
    return cli_io/* EXIT_USAGE */.Ri;
}
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined) {
        io.stderr(USAGE);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
        io.stdout(USAGE);
        return cli_io/* EXIT_OK */.Ij;
    }
    if (name === 'help') {
        const topic = rest[0];
        if (rest.length > 1) {
            const problem = `expected one command name, got ${rest.length}`;
            io.stderr((0,cli_io/* errorLine */.BP)(`tailnet-policy help: ${problem}; run 'tailnet-policy --help' for the list`));
            return cli_io/* EXIT_USAGE */.Ri;
        }
        const load = Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : undefined;
        return load === undefined ? unknown(topic, io) : (await load())(['--help'], io);
    }
    if (name === '--version') {
        io.stdout(`tailnet-policy ${VERSION}\n`);
        return cli_io/* EXIT_OK */.Ij;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (load === undefined)
        return unknown(name, io);
    if (ONE_PASS.has(name))
        await tuneForOnePass();
    return (await load())(rest, io);
}

;// CONCATENATED MODULE: ./src/cli.ts


const io = (0,cli_io/* processIO */.Wb)();
void main(process.argv.slice(2), io).then((code) => {
    // Every byte written: exit at once rather than after Node takes down a heap of up to a hundred
    // megabytes (10-20 ms of a large check or plan here). Else the streams drain first.
    if (io.settled())
        process.exit(code);
    process.exitCode = code;
});

module.exports = __webpack_exports__;
/******/ })()
;