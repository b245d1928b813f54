export const id = 661;
export const ids = [661];
export const modules = {

/***/ 3661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FMT_USAGE: () => (/* binding */ FMT_USAGE),
/* harmony export */   runFmt: () => (/* binding */ runFmt)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5657);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1604);
// `tailnet-policy fmt`: gofmt for policy files, with Go hujson's exact layout.






const FMT_USAGE = `Usage: tailnet-policy fmt [-w | --check] [FILE...]

Formats HuJSON policy files exactly as Go's hujson.Format does (the layout behind the policy
ETag). Prints the result to stdout. With no FILE, or with -, reads standard input.

Options:
  -w, --write   rewrite each file in place if its formatting changes
  --check       write nothing; list the files that are not formatted and exit 1 if any
  -h, --help    show this help

Errors are reported as FILE:LINE:COLUMN: message; the other files are still processed.
`;
const STDIN_NAME = '<stdin>';
async function runFmt(args, io) {
    const invocation = parseInvocation(args, io);
    if (typeof invocation === 'number')
        return invocation;
    let status = _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_OK */ .Ij;
    // One file at a time: a formatted copy of each is held in memory, and hundreds of files
    // must not exhaust file descriptors.
    for (const file of invocation.files) {
        const fileStatus = await processFile(file, invocation.mode, io);
        if (fileStatus !== _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_OK */ .Ij)
            status = _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_FAILED */ .hj;
    }
    return status;
}
/** The parsed command line, or the exit status when there is nothing more to do. */
function parseInvocation(args, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                write: { type: 'boolean', short: 'w' },
                check: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        return usageError(io, error instanceof Error ? firstSentence(error.message) : String(error));
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(FMT_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_OK */ .Ij;
    }
    if (values.write && values.check)
        return usageError(io, '-w and --check cannot be combined; pick one');
    const files = positionals.length === 0 ? ['-'] : positionals;
    if (values.write && files.includes('-')) {
        return usageError(io, '-w cannot rewrite standard input; name the files to rewrite');
    }
    return { mode: values.write ? 'write' : values.check ? 'check' : 'print', files };
}
function usageError(io, problem) {
    io.stderr(`tailnet-policy fmt: ${problem}; run 'tailnet-policy fmt --help' for usage\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_USAGE */ .Ri;
}
/** parseArgs messages carry advice for node itself after the first sentence. */
function firstSentence(message) {
    const sentence = message.split(/\.\s/)[0].replace(/\.$/, '');
    return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
async function processFile(file, mode, io) {
    const fromStdin = file === '-';
    const name = fromStdin ? STDIN_NAME : file;
    let source;
    try {
        source = fromStdin ? await io.readStdin() : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    }
    catch (error) {
        io.stderr(`${name}: ${describeFileError(error)}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_FAILED */ .hj;
    }
    let formatted;
    try {
        formatted = (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_4__/* .format */ .GP)(source);
    }
    catch (error) {
        if (!(error instanceof _hujson_index_js__WEBPACK_IMPORTED_MODULE_4__/* .HujsonSyntaxError */ .VV))
            throw error;
        io.stderr(`${name}:${error.line}:${error.column}: ${error.message}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_FAILED */ .hj;
    }
    const unchanged = Buffer.from(formatted.buffer, formatted.byteOffset, formatted.length).equals(source);
    if (mode === 'print')
        io.stdout(formatted);
    if (mode === 'check' && !unchanged) {
        io.stdout(`${name}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_FAILED */ .hj;
    }
    if (mode === 'write' && !unchanged) {
        try {
            await replaceAtomically(file, formatted);
        }
        catch (error) {
            io.stderr(`${name}: ${describeFileError(error)}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_FAILED */ .hj;
        }
    }
    return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_OK */ .Ij;
}
/**
 * Writes `contents` to a temporary file beside the target, then renames it over the target, so
 * readers see the old file or the new one and never a partial write. The file mode is kept;
 * a symbolic link is followed, and stays a link.
 */
async function replaceAtomically(file, contents) {
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file);
    const { mode } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'wx', 0o600);
    try {
        await handle.writeFile(contents);
        await handle.chmod(mode & 0o7777);
        await handle.sync();
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, target);
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temporary).catch(() => undefined);
        throw error;
    }
}
const FILE_ERRORS = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory, not a file',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
};
function describeFileError(error) {
    const code = error?.code;
    if (code !== undefined && FILE_ERRORS[code] !== undefined)
        return FILE_ERRORS[code];
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
