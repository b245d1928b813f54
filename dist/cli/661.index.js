"use strict";
exports.id = 661;
exports.ids = [661];
exports.modules = {

/***/ 3661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FMT_USAGE: () => (/* binding */ FMT_USAGE),
/* harmony export */   runFmt: () => (/* binding */ runFmt)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _files_file_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5317);
/* harmony import */ var _files_local_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5771);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2505);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6530);
/* harmony import */ var _render_actions_log_line_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9529);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9141);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6859);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4226);
// `tailnet-policy fmt`: gofmt for policy files, with Go hujson's exact layout.









const FMT_USAGE = `Usage: tailnet-policy fmt [-w | --check] [FILE...]

Formats HuJSON policy files exactly as Go's hujson.Format does (the layout behind the policy
ETag). Prints the result to stdout. With no FILE, or with -, reads standard input.

Options:
  -w, --write   rewrite each file in place if its formatting changes
  --check       write nothing; list the files that are not formatted and exit 1 if any
  -h, --help    show this help

Errors are reported as FILE:LINE:COLUMN: message; the other files are still processed.
Files are read as every command reads policy files: a byte-order mark or bytes that are not
UTF-8 are errors, as for check and test.

Exit status: 0 done (with --check: every file is formatted); 1 a file does not parse, or with
--check is not formatted; 2 a usage error, or a file that cannot be read or written.
`;
async function runFmt(args, io) {
    let invocation;
    try {
        invocation = parseInvocation(args);
    }
    catch (error) {
        if (!(error instanceof _usage_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e))
            throw error;
        io.stderr((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLine */ .BP)(`tailnet-policy fmt: ${error.message}`));
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
    }
    if (invocation === 'help') {
        io.stdout(FMT_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    }
    let status = _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    // One file at a time: a formatted copy of each is held in memory, and hundreds of files
    // must not exhaust file descriptors.
    for (const file of invocation.files) {
        status = Math.max(status, await processFile(file, invocation.mode, io));
    }
    return status;
}
function parseInvocation(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandLine */ .Du)('fmt', {
        args,
        allowPositionals: true,
        options: {
            write: { type: 'boolean', short: 'w' },
            check: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return 'help';
    const problem = (text) => new _usage_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${text}; ${(0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .helpHint */ .hD)('fmt')}`);
    if (values.write && values.check)
        throw problem('-w and --check cannot be combined; pick one');
    const files = positionals.length === 0 ? [_files_js__WEBPACK_IMPORTED_MODULE_3__/* .STDIN */ .TF] : positionals;
    if (files.filter((file) => file === _files_js__WEBPACK_IMPORTED_MODULE_3__/* .STDIN */ .TF).length > 1)
        throw problem('standard input (-) can be read only once');
    if (values.write && files.includes(_files_js__WEBPACK_IMPORTED_MODULE_3__/* .STDIN */ .TF)) {
        throw problem('-w cannot rewrite standard input; name the files to rewrite');
    }
    return { mode: values.write ? 'write' : values.check ? 'check' : 'print', files };
}
async function processFile(file, mode, io) {
    const name = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(file);
    let source;
    let document;
    try {
        source = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readInput */ .R5)('fmt', file, io);
        // The loader every command uses, so a file fmt passes is one check and test can read.
        document = (0,_files_local_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyBytes */ .vR)(name, source);
    }
    catch (error) {
        if (error instanceof _files_js__WEBPACK_IMPORTED_MODULE_3__/* .UnreadableFileError */ .o2) {
            io.stderr((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLine */ .BP)(error.message));
            return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
        }
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyFileError */ .zj))
            throw error;
        io.stderr((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLine */ .BP)(error.message));
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_FAILED */ .hj;
    }
    let formatted;
    try {
        formatted = (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_6__/* .format */ .G)(document);
    }
    catch (error) {
        if (!(error instanceof _hujson_index_js__WEBPACK_IMPORTED_MODULE_7__/* .FormattedTooLargeError */ .eE))
            throw error;
        io.stderr((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLine */ .BP)(`tailnet-policy fmt: cannot format ${name}: ${error.message}`));
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
    }
    const unchanged = Buffer.from(formatted.buffer, formatted.byteOffset, formatted.length).equals(source);
    if (mode === 'print')
        io.stdout(formatted);
    if (mode === 'check' && !unchanged) {
        io.stdout(`${(0,_render_actions_log_line_js__WEBPACK_IMPORTED_MODULE_8__/* .neutralizeLogLine */ .C)(name)}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_FAILED */ .hj;
    }
    if (mode === 'write' && !unchanged)
        return rewrite(file, formatted, io);
    return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
}
/**
 * Writes where the file is now: a file in the checkout must still be inside it, and is written
 * at the real path just checked (writeFileAtomic's `resolved`), not through a link made since.
 */
async function rewrite(file, formatted, io) {
    const refuse = (reason) => {
        io.stderr((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLine */ .BP)(`tailnet-policy fmt: cannot write ${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(file)}: ${reason}`));
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
    };
    try {
        const target = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveFileArgument */ .aN)(file, 'written');
        if (typeof target === 'string')
            return refuse(target);
        // Loaded only to rewrite: it brings node:crypto, which takes 10 ms or more to load.
        const { writeFileAtomic } = await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 4448));
        await writeFileAtomic(target.path, formatted, { resolved: target.resolved });
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    }
    catch (error) {
        return refuse((0,_files_file_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .describeFileError */ .S)(error));
    }
}


/***/ })

};
;