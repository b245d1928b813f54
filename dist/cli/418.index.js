export const id = 418;
export const ids = [418];
export const modules = {

/***/ 6418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_USAGE: () => (/* binding */ CHECK_USAGE),
/* harmony export */   runCheck: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_file_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5317);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2881);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6434);
/* harmony import */ var _policy_render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1120);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);
// `tailnet-policy check`: validate a policy file and run its tests offline — no credentials,
// no network. With --tailnet the tests run against that tailnet description exactly.








const CHECK_USAGE = `Usage: tailnet-policy check [FILE] [--tailnet FILE.json] [--json]

Validates a policy file and runs its tests and sshTests without the Tailscale API.
FILE defaults to ./policy.hujson; - reads standard input.

Options:
  --tailnet FILE.json   users and devices to evaluate the tests against: the topology shape
                        ({"users": [...], "nodes": {...}}) or API lists ({"users": [...], "devices": [...]}).
                        Without it, tests are evaluated for every possible tailnet: an assertion
                        fails only if it fails in all of them, and is reported as undecided otherwise.
  --json                print a JSON report instead of FILE:LINE:COL lines
  -h, --help            show this help

Exit status: 0 valid and no test failed, 1 invalid policy or a failed test, 2 usage error or
unreadable file.
`;
const STDIN_NAME = '<stdin>';
class UsageError extends Error {
}
async function runCheck(args, io) {
    try {
        const invocation = parseInvocation(args);
        if (invocation === 'help') {
            io.stdout(CHECK_USAGE);
            return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_OK */ .Ij;
        }
        return await check(invocation, io);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr(`tailnet-policy check: ${error.message}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_USAGE */ .Ri;
    }
}
function parseInvocation(args) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            allowPositionals: true,
            options: { tailnet: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
        });
    }
    catch (error) {
        throw new UsageError(`${(0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .firstSentence */ .q)(error instanceof Error ? error.message : String(error))}; run 'tailnet-policy check --help' for usage`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (positionals.length > 1)
        throw new UsageError(`expected at most one policy file, got ${positionals.length}; run 'tailnet-policy check --help' for usage`);
    const invocation = { file: positionals[0] ?? './policy.hujson', json: values.json };
    if (values.tailnet !== undefined)
        invocation.tailnet = values.tailnet;
    return invocation;
}
async function check(invocation, io) {
    const name = invocation.file === '-' ? STDIN_NAME : invocation.file;
    const source = await readSource(invocation.file, name, io);
    const topology = invocation.tailnet === undefined ? undefined : await readTopology(invocation.tailnet);
    let root;
    try {
        root = (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(source);
    }
    catch (error) {
        if (!(error instanceof _hujson_index_js__WEBPACK_IMPORTED_MODULE_3__/* .HujsonSyntaxError */ .VV))
            throw error;
        return reportSyntaxError(error, name, invocation.json, io);
    }
    const report = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .checkPolicy */ .hM)(root, topology === undefined ? {} : { topology });
    if (invocation.json)
        io.stdout(`${JSON.stringify((0,_policy_render_js__WEBPACK_IMPORTED_MODULE_5__/* .reportJson */ .l)(report, name), null, 2)}\n`);
    else
        io.stdout((0,_policy_render_js__WEBPACK_IMPORTED_MODULE_5__/* .reportLines */ .Q)(report, name).map((line) => `${line}\n`).join(''));
    return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .serverMessage */ .x_)(report) === undefined ? _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_OK */ .Ij : _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_FAILED */ .hj;
}
function reportSyntaxError(error, name, json, io) {
    if (json) {
        const finding = { message: error.fullMessage, position: { line: error.line, column: error.column } };
        const body = { file: name, mode: 'syntax', ok: false, message: error.fullMessage, errors: [finding], warnings: [], tests: [], response: { message: error.fullMessage } };
        io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    }
    else
        io.stdout(`${name}:${error.line}:${error.column}: ${error.message}\n${name}: invalid: 1 error(s)\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_FAILED */ .hj;
}
async function readSource(file, name, io) {
    try {
        return file === '-' ? await io.readStdin() : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (error) {
        throw new UsageError(`cannot read ${name}: ${(0,_files_file_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFileError */ .S)(error)}`);
    }
}
async function readTopology(file) {
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : (0,_files_file_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFileError */ .S)(error);
        throw new UsageError(`cannot read --tailnet ${file}: ${reason}`);
    }
    try {
        const api = typeof json === 'object' && json !== null && 'devices' in json;
        return api ? (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .topologyFromApi */ .IN)(json.users ?? [], json.devices) : (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTopology */ .Ln)(json);
    }
    catch (error) {
        if (!(error instanceof _policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TopologyError */ .kA))
            throw error;
        throw new UsageError(`--tailnet ${file}: ${error.message}; see 'tailnet-policy check --help' for the expected shape`);
    }
}


/***/ })

};
