export const id = 13;
export const ids = [13];
export const modules = {

/***/ 3013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_USAGE: () => (/* binding */ CHECK_USAGE),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/hujson/index.ts + 13 modules
var hujson = __webpack_require__(5657);
// EXTERNAL MODULE: ./src/policy/index.ts + 32 modules
var policy = __webpack_require__(6434);
// EXTERNAL MODULE: ./src/policy/report.ts
var policy_report = __webpack_require__(2742);
;// CONCATENATED MODULE: ./src/policy/render.ts
// Text and JSON renderings of a PolicyReport: `FILE:LINE:COL: message` lines for terminals and
// CI logs, and a JSON document for tools.

function at(file, position) {
    return position === undefined ? file : `${file}:${position.line}:${position.column}`;
}
function quoted(src) {
    return JSON.stringify(src);
}
function testLines(file, test, outcome) {
    const label = outcome === 'fail' ? 'test failed' : 'undecided offline';
    const subject = `${label} for ${quoted(test.src)}`;
    if (outcome === 'fail' && test.error !== undefined)
        return [`${at(file, test.position)}: ${subject}: ${test.error}`];
    return test.assertions
        .filter((a) => a.outcome === outcome)
        .map((a) => `${at(file, a.position)}: ${subject}: ${a.message ?? ''}`);
}
function summaryLine(file, report) {
    if (report.errors.length > 0)
        return `${file}: invalid: ${report.errors.length} error(s)`;
    const { passed, failed, unknown } = report.summary;
    const mode = report.mode === 'symbolic' ? 'offline, no tailnet given' : 'against the given tailnet';
    return `${file}: ${report.tests.length} test(s): ${passed} passed, ${failed} failed, ${unknown} undecided (${mode})`;
}
/** Human-readable lines: errors, warnings, failing and undecided assertions, then a summary. */
function reportLines(report, file) {
    return [
        ...report.errors.map((e) => `${at(file, e.position)}: ${e.message}`),
        ...report.warnings.map((w) => `${at(file, w.position)}: warning: ${w.message}`),
        ...report.tests.flatMap((t) => testLines(file, t, 'fail')),
        ...report.tests.flatMap((t) => testLines(file, t, 'unknown')),
        summaryLine(file, report),
    ];
}
const position = (p) => (p === undefined ? undefined : { line: p.line, column: p.column });
function findingJson(finding) {
    return { message: finding.message, ...(finding.position && { position: position(finding.position) }), ...(finding.path && { path: finding.path }) };
}
function assertionJson(a) {
    const { position: p, ...rest } = a;
    return { ...rest, position: position(p) };
}
function reportJson(report, file) {
    const message = (0,policy_report/* serverMessage */.x)(report);
    const json = {
        file,
        mode: report.mode,
        ok: message === undefined,
        errors: report.errors.map(findingJson),
        warnings: report.warnings.map(findingJson),
        tests: report.tests.map((t) => ({ ...t, position: position(t.position), assertions: t.assertions.map(assertionJson) })),
        summary: report.summary,
        response: (0,policy_report/* toValidateResponse */.R)(report),
    };
    if (message !== undefined)
        json.message = message;
    return json;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/check.ts
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
            return cli_io/* EXIT_OK */.Ij;
        }
        return await check(invocation, io);
    }
    catch (error) {
        if (!(error instanceof UsageError))
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
            options: { tailnet: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
        });
    }
    catch (error) {
        throw new UsageError(`${firstSentence(error instanceof Error ? error.message : String(error))}; run 'tailnet-policy check --help' for usage`);
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
/** parseArgs messages end with advice about node itself after the first sentence. */
function firstSentence(message) {
    const sentence = message.split(/\.\s/)[0].replace(/\.$/, '');
    return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
async function check(invocation, io) {
    const name = invocation.file === '-' ? STDIN_NAME : invocation.file;
    const source = await readSource(invocation.file, name, io);
    const topology = invocation.tailnet === undefined ? undefined : await readTopology(invocation.tailnet);
    let root;
    try {
        root = (0,hujson/* parse */.qg)(source);
    }
    catch (error) {
        if (!(error instanceof hujson/* HujsonSyntaxError */.VV))
            throw error;
        return reportSyntaxError(error, name, invocation.json, io);
    }
    const report = (0,policy/* checkPolicy */.hM)(root, topology === undefined ? {} : { topology });
    if (invocation.json)
        io.stdout(`${JSON.stringify(reportJson(report, name), null, 2)}\n`);
    else
        io.stdout(reportLines(report, name).map((line) => `${line}\n`).join(''));
    return (0,policy/* serverMessage */.x_)(report) === undefined ? cli_io/* EXIT_OK */.Ij : cli_io/* EXIT_FAILED */.hj;
}
function reportSyntaxError(error, name, json, io) {
    if (json) {
        const finding = { message: error.fullMessage, position: { line: error.line, column: error.column } };
        const body = { file: name, mode: 'syntax', ok: false, message: error.fullMessage, errors: [finding], warnings: [], tests: [], response: { message: error.fullMessage } };
        io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    }
    else
        io.stdout(`${name}:${error.line}:${error.column}: ${error.message}\n${name}: invalid: 1 error(s)\n`);
    return cli_io/* EXIT_FAILED */.hj;
}
async function readSource(file, name, io) {
    try {
        return file === '-' ? await io.readStdin() : await (0,promises_.readFile)(file);
    }
    catch (error) {
        throw new UsageError(`cannot read ${name}: ${describeFileError(error)}`);
    }
}
async function readTopology(file) {
    let json;
    try {
        json = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : describeFileError(error);
        throw new UsageError(`cannot read --tailnet ${file}: ${reason}`);
    }
    try {
        const api = typeof json === 'object' && json !== null && 'devices' in json;
        return api ? (0,policy/* topologyFromApi */.IN)(json.users ?? [], json.devices) : (0,policy/* parseTopology */.Ln)(json);
    }
    catch (error) {
        if (!(error instanceof policy/* TopologyError */.kA))
            throw error;
        throw new UsageError(`--tailnet ${file}: ${error.message}; see 'tailnet-policy check --help' for the expected shape`);
    }
}
const FILE_ERRORS = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory, not a file',
};
function describeFileError(error) {
    const code = error?.code;
    if (code !== undefined && FILE_ERRORS[code] !== undefined)
        return FILE_ERRORS[code];
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
