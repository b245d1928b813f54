"use strict";
exports.id = 578;
exports.ids = [578];
exports.modules = {

/***/ 578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_USAGE: () => (/* binding */ CHECK_USAGE),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files/local-policy.ts
var local_policy = __webpack_require__(5771);
// EXTERNAL MODULE: ./src/hujson/index.ts + 15 modules
var hujson = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/policy/index.ts + 2 modules
var policy = __webpack_require__(6728);
// EXTERNAL MODULE: ./src/policy/render.ts
var render = __webpack_require__(1120);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/files.ts
var cli_files = __webpack_require__(9141);
// EXTERNAL MODULE: ./src/cli/devices.ts
var devices = __webpack_require__(5693);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(4226);
;// CONCATENATED MODULE: ./src/cli/messages.ts
// Plain words for the CLI's text output where the offline engine speaks as Tailscale's server
// does, in the words of Go's JSON decoder (the engine keeps them: they are what the API
// answers, and what test/policy/conformance.test.ts holds it to). `--json` keeps them as they are.
const GO_KINDS = {
    array: 'a list',
    object: 'an object',
    string: 'a string',
    number: 'a number',
    bool: 'true or false',
};
function goType(type) {
    if (type.startsWith('[]'))
        return 'a list';
    if (type === 'string')
        return 'a string';
    if (type === 'bool')
        return 'true or false';
    if (/^(u?int|float)\d*$/.test(type))
        return 'a number';
    return 'an object';
}
const WHOLE_POLICY = /^json: cannot unmarshal (\w+) into Go value of type Policy$/;
const FIELD = /^json: cannot unmarshal (\w+) into Go (?:struct field Policy\.\S+|value) of type (\S+)$/;
/** A validation error in plain words; `path` is the finding's JSON path, e.g. `acls[0].src`. */
function plainError(message, path) {
    const whole = WHOLE_POLICY.exec(message);
    if (whole)
        return `the policy must be a JSON object ({...}), not ${GO_KINDS[whole[1]] ?? whole[1]}`;
    const field = FIELD.exec(message);
    if (field && path)
        return `${path} must be ${goType(field[2])}, not ${GO_KINDS[field[1]] ?? field[1]}`;
    return message;
}
const UNKNOWN_ADDRESS = ' at "?"';
/**
 * Offline, an SSH test's device address may be unknown; the server always names one, and the
 * engine writes `?`, which reads as a bug. The quoted names before it escape their own quotes,
 * so the pattern cannot match inside them.
 */
function plainTestMessage(message) {
    return message.replaceAll(UNKNOWN_ADDRESS, '');
}
const needsPlainWords = (message) => message !== undefined && message.includes(UNKNOWN_ADDRESS);
function plainAssertion(assertion) {
    return needsPlainWords(assertion.message)
        ? { ...assertion, message: plainTestMessage(assertion.message) }
        : assertion;
}
// A report holds thousands of tests and few need plainer words: the others are kept as they are.
// Only sshTests' messages name device addresses (displayAddress); a `tests` entry's are read not
// even once here (each read makes them).
function plainTest(test) {
    if (test.outcome === 'pass' || test.kind === 'test')
        return test;
    const assertions = test.assertions;
    if (!needsPlainWords(test.error) && !assertions.some((a) => needsPlainWords(a.message)))
        return test;
    const plain = { ...test, assertions: assertions.map(plainAssertion) };
    if (test.error !== undefined)
        plain.error = plainTestMessage(test.error);
    return plain;
}
/** The report with plain messages, for the text output. */
function plainReport(report) {
    const error = (finding) => ({ ...finding, message: plainError(finding.message, finding.path) });
    return { ...report, errors: report.errors.map(error), tests: report.tests.map(plainTest) };
}

;// CONCATENATED MODULE: ./src/cli/check.ts
// `tailnet-policy check`: validate policy files and run their tests offline — no credentials,
// no network. With --devices the tests run against that description of the tailnet exactly.












const CHECK_USAGE = `Usage: tailnet-policy check [FILE...] [--devices FILE.json] [--json] [--timeout DURATION]

Validates policy files and runs their tests and sshTests without the Tailscale API: no
credentials, no network. FILE defaults to ./policy.hujson; - reads standard input.

Options:
  --devices FILE.json  the tailnet's users and devices, to evaluate the tests exactly (shapes
                       below). Without it an assertion fails only if it fails in every possible
                       tailnet, and is reported as undecided when the answer depends on the tailnet.
  --json               print a JSON report (a list of reports for several files), with messages
                       worded as the Tailscale API words them
  --timeout DURATION   stop after this long (default ${cli_args/* DEFAULT_TIMEOUT */.cS}, like 90s or 5m); tests not
                       reached are reported undecided and the summary says it was cut short
  -h, --help           show this help

The --devices file is a JSON object in one of two shapes:

  {"users": [USER, ...], "nodes": {"NAME": NODE, ...}, "domains": ["example.com"]}
    USER     {"name": "alice", "email": "alice@example.com", "role": "admin", "type": "member"}
             name: how nodes refer to the user; email: the login the policy names;
             role (optional): owner, admin, network-admin, it-admin, billing-admin, auditor or
             member; type (optional): member, or shared for users of devices shared in
    NODE     {"hostname": "web", "tags": ["tag:web"], "ipv4": "100.64.0.1",
              "ipv6": "fd7a:115c:a1e0::1", "user": "alice",
              "routable_ips": ["10.0.0.0/24"], "approved_routes": ["10.0.0.0/24"]}
             a tagged device has "tags"; an untagged one names its owner in "user" (the
             user's name, not the email); addresses and routes are optional
    domains  optional: the tailnet's own login domains

  {"users": [...], "devices": [...]}
    the Tailscale API's answers to GET /api/v2/tailnet/-/users and
    GET /api/v2/tailnet/-/devices?fields=all, side by side

Exit status: 0 every file is valid and no test failed; 1 an invalid policy or a failed test;
2 a usage error, or a file that cannot be read (the other files are still checked).
`;
const HELP_HINT = "run 'tailnet-policy check --help' for usage";
async function runCheck(args, io) {
    try {
        const invocation = parseInvocation(args);
        if (invocation === 'help') {
            io.stdout(CHECK_USAGE);
            return cli_io/* EXIT_OK */.Ij;
        }
        const topology = invocation.devices === undefined ? undefined : (0,devices/* readTopology */.o)(invocation.devices);
        return await checkFiles(invocation, topology, io);
    }
    catch (error) {
        if (!(error instanceof usage_error/* UsageError */.e))
            throw error;
        io.stderr(`tailnet-policy check: ${error.message}\n`);
        return cli_io/* EXIT_USAGE */.Ri;
    }
}
function parseInvocation(args) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                devices: { type: 'string' },
                // Taken only to say where it went: in test, apply and drift it is the tailnet's name.
                tailnet: { type: 'string' },
                json: { type: 'boolean', default: false },
                timeout: { type: 'string', default: cli_args/* DEFAULT_TIMEOUT */.cS },
                help: { type: 'boolean', short: 'h', default: false },
            },
        });
    }
    catch (error) {
        throw new usage_error/* UsageError */.e(`${(0,cli_args/* firstSentence */.qi)(error instanceof Error ? error.message : String(error))}; ${HELP_HINT}`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (values.tailnet !== undefined) {
        throw new usage_error/* UsageError */.e('check takes no --tailnet: it never contacts Tailscale (in test, apply and drift, --tailnet is ' +
            "the tailnet's name); give the tailnet's users and devices with --devices FILE.json");
    }
    const files = positionals.length === 0 ? ['./policy.hujson'] : positionals;
    if (files.filter((file) => file === cli_files/* STDIN */.TF).length > 1) {
        throw new usage_error/* UsageError */.e(`standard input (-) can be read only once; ${HELP_HINT}`);
    }
    const invocation = { files, json: values.json, time: (0,cli_args/* deadlineOf */.G0)(values.timeout) };
    if (values.devices !== undefined)
        invocation.devices = values.devices;
    return invocation;
}
async function checkFiles(invocation, topology, io) {
    let status = cli_io/* EXIT_OK */.Ij;
    const reports = [];
    // The run's deadline, shared by every file, and the tailnet when given.
    const options = topology === undefined ? invocation.time : { ...invocation.time, topology };
    // One file at a time: a parsed policy can be large, and its output is printed before the next.
    for (const file of invocation.files) {
        let result;
        try {
            result = checkSource((0,cli_files/* displayName */.QC)(file), await (0,cli_files/* readInput */.R5)('check', file, io), options);
        }
        catch (error) {
            if (!(error instanceof cli_files/* UnreadableFileError */.o2))
                throw error;
            io.stderr(`${error.message}\n`);
            status = cli_io/* EXIT_USAGE */.Ri;
            continue;
        }
        status = Math.max(status, result.status);
        if (invocation.json)
            reports.push(result.json());
        else {
            const out = new cli_io/* LineWriter */.E$(io);
            result.lines(out);
            out.flush();
        }
    }
    if (invocation.json && reports.length > 0) {
        const document = invocation.files.length === 1 ? reports[0] : reports;
        (0,cli_io/* writeJson */.GF)(io, document);
    }
    return status;
}
function checkSource(name, source, options) {
    let root;
    try {
        root = (0,local_policy/* parsePolicyBytes */.vR)(name, source);
    }
    catch (error) {
        if (!(error instanceof errors/* PolicyFileError */.zj))
            throw error;
        return unparsable(error, name);
    }
    const report = (0,policy/* checkPolicy */.hM)(root, options);
    return {
        status: (0,policy/* serverMessage */.x_)(report) === undefined ? cli_io/* EXIT_OK */.Ij : cli_io/* EXIT_FAILED */.hj,
        lines: (out) => (0,render/* reportLines */.Q)(plainReport(report), name, out),
        json: () => (0,render/* reportJson */.l)(report, name),
    };
}
function unparsable(error, name) {
    const position = error.line === undefined ? undefined : { line: error.line, column: error.column ?? 1 };
    const message = error.cause instanceof hujson/* HujsonSyntaxError */.VV ? error.cause.fullMessage : error.reason;
    const finding = { message, ...(position && { position }) };
    const json = {
        file: name,
        mode: 'syntax',
        ok: false,
        message,
        errors: [finding],
        warnings: [],
        tests: [],
        response: { message },
    };
    const lines = (out) => {
        out.push(error.message);
        out.push(`${name}: invalid: 1 error(s)`);
    };
    return { status: cli_io/* EXIT_FAILED */.hj, lines, json: () => json };
}


/***/ }),

/***/ 5693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readTopology)
/* harmony export */ });
/* harmony import */ var _files_file_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5317);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8800);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6728);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9141);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4226);
// The tailnet description `check --devices` and `plan --devices` read: our own shape, or the
// API's users and devices answers saved side by side.





/**
 * Reads `--devices FILE` as the policies are read (a regular file in the checkout, at most
 * 10 MB); any problem is a usage error naming the file.
 */
function readTopology(file) {
    let bytes;
    try {
        bytes = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readFileArgument */ .kz)(file, 'tailnet descriptions');
    }
    catch (error) {
        bytes = (0,_files_file_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFileError */ .S)(error);
    }
    if (typeof bytes === 'string')
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`cannot read --devices ${file}: ${bytes}`);
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
    }
    catch {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`cannot read --devices ${file}: not valid JSON${jsonErrorPlace(bytes)}`);
    }
    try {
        if (typeof json !== 'object' || json === null || !('devices' in json))
            return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTopology */ .Ln)(json);
        const api = json;
        return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .topologyFromApi */ .IN)(api.users ?? [], api.devices);
    }
    catch (error) {
        if (!(error instanceof _policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TopologyError */ .kA))
            throw error;
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`--devices ${file}: ${error.message}; see 'tailnet-policy check --help' for the shapes`);
    }
}
/**
 * Where the JSON goes wrong, from the HuJSON parser (JSON.parse's own message quotes the text,
 * which may be anything a link led to): ` (line L, column C: reason)`, or nothing when only
 * JSON's stricter rules (comments, trailing commas) refuse it.
 */
function jsonErrorPlace(bytes) {
    try {
        (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(bytes);
        return ' (comments and trailing commas are HuJSON, not JSON)';
    }
    catch (error) {
        if (!(error instanceof _hujson_index_js__WEBPACK_IMPORTED_MODULE_1__/* .HujsonSyntaxError */ .VV))
            throw error;
        return ` (line ${error.line}, column ${error.column}: ${error.message})`;
    }
}


/***/ })

};
;