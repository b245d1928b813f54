"use strict";
exports.id = 802;
exports.ids = [802];
exports.modules = {

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_USAGE: () => (/* binding */ CHECK_USAGE),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files/local-policy.ts
var local_policy = __webpack_require__(5771);
// EXTERNAL MODULE: ./src/hujson/errors.ts + 1 modules
var hujson_errors = __webpack_require__(6530);
// EXTERNAL MODULE: ./src/policy/index.ts
var policy = __webpack_require__(5086);
// EXTERNAL MODULE: ./src/policy/messages.ts
var messages = __webpack_require__(8056);
;// CONCATENATED MODULE: ./src/policy/report.ts
// The engine's report and its renderings in the server's terms.

/** The server's top-level message: the first validation error, `test(s) failed`, or undefined when all is well. */
function serverMessage(report) {
    if (report.errors.length > 0)
        return report.errors[0].message;
    return report.tests.some((t) => t.outcome === 'fail') ? messages/* TESTS_FAILED */.qr : undefined;
}
function entryMessages(test, assertions, outcome) {
    // An entry refused or undecided as a whole says why once, under its own outcome.
    if (test.error !== undefined)
        return test.outcome === outcome ? [test.error] : [];
    return assertions.filter((a) => a.outcome === outcome && a.message !== undefined).map((a) => a.message);
}
/**
 * The report as the validate endpoint would answer: failures grouped by `src` in order of first
 * appearance; offline-undecidable assertions become `warnings` (`warning(s) found` when alone).
 */
function toValidateResponse(report) {
    if (report.errors.length > 0)
        return { message: report.errors[0].message };
    const bySrc = new Map();
    for (const test of report.tests) {
        // A test that passed says nothing; the others' assertions are read once (each read makes them).
        if (test.outcome === 'pass')
            continue;
        const assertions = test.assertions;
        for (const [outcome, field] of [
            ['fail', 'errors'],
            ['unknown', 'warnings'],
        ]) {
            const messages = entryMessages(test, assertions, outcome);
            if (messages.length === 0)
                continue;
            const entry = bySrc.get(test.src) ?? (test.src === '' ? {} : { user: test.src });
            const list = (entry[field] ??= []);
            for (const message of messages)
                list.push(message);
            bySrc.set(test.src, entry);
        }
    }
    if (bySrc.size === 0)
        return {};
    const data = [...bySrc.values()];
    return { message: data.some((d) => d.errors !== undefined) ? messages/* TESTS_FAILED */.qr : messages/* WARNINGS_FOUND */.lj, data };
}

;// CONCATENATED MODULE: ./src/policy/render.ts
// Text and JSON renderings of a PolicyReport: `FILE:LINE:COL: message` lines for terminals and
// CI logs, and a JSON document for tools.

function at(file, position) {
    return position === undefined ? file : `${file}:${position.line}:${position.column}`;
}
function quoted(src) {
    return JSON.stringify(src);
}
/**
 * Appends the lines of one test's failing or undecided assertions to `out`, at most `room` of
 * them; returns how many it listed.
 */
function testLines(out, file, test, outcome, room = Infinity) {
    const label = outcome === 'fail' ? 'test failed' : 'undecided offline';
    if (outcome === 'fail' && test.error !== undefined) {
        out.push(`${at(file, test.at.pos)}: ${label} for ${quoted(test.src)}: ${test.error}`);
        return 1;
    }
    let subject;
    let listed = 0;
    for (const a of test.assertions) {
        if (a.outcome !== outcome)
            continue;
        if (listed === room)
            break;
        subject ??= `${label} for ${quoted(test.src)}`;
        out.push(`${at(file, a.at.pos)}: ${subject}: ${a.message ?? ''}`);
        listed++;
    }
    return listed;
}
function unknownCount(test) {
    return test.assertions.filter((a) => a.outcome === 'unknown').length;
}
function summaryLine(file, report) {
    if (report.errors.length > 0)
        return `${file}: invalid: ${report.errors.length} error(s)`;
    const { passed, failed, unknown } = report.summary;
    const mode = report.mode === 'symbolic' ? 'offline, no tailnet given' : 'against the given tailnet';
    // Cut short, tests not reached count as undecided, and as tests.
    const total = passed + failed + unknown;
    const line = `${file}: ${total} test(s): ${passed} passed, ${failed} failed, ${unknown} undecided (${mode})`;
    if (report.cutShort !== true)
        return line;
    const by = report.cutShortBy === 'size' ? "the engine's size limit" : 'the timeout';
    return `${line}; cut short by ${by}, so what was not reached is undecided`;
}
/**
 * Human-readable lines, into `out`: errors, warnings, notices, failing and undecided assertions,
 * then a summary. Errors, warnings and failures are all listed; notices and undecided assertions
 * up to `limit` each when one is given.
 */
function reportLines(report, file, out, limit) {
    for (const e of report.errors)
        out.push(`${at(file, e.position)}: ${e.message}`);
    for (const w of report.warnings)
        out.push(`${at(file, w.position)}: warning: ${w.message}`);
    const { notices } = report;
    const room = limit?.shown ?? Infinity;
    for (let i = 0; i < notices.length && i < room; i++)
        out.push(`${at(file, notices[i].position)}: notice: ${notices[i].message}`);
    if (notices.length > room)
        out.push(`${file}: ${limit.notices(notices.length - room)}`);
    const tests = report.tests;
    // Indexed: these run once per test of thousands, mostly before V8 optimises them.
    for (let i = 0; i < tests.length; i++)
        if (tests[i].outcome === 'fail')
            testLines(out, file, tests[i], 'fail');
    let listed = 0;
    // Past the limit, tests with undecided assertions are counted: an undecided test surely has
    // one, and only a failed test's (few) need reading to know.
    let left = 0;
    for (let t = 0; t < tests.length; t++) {
        const test = tests[t];
        if (test.outcome === 'pass')
            continue;
        if (listed < room) {
            const now = testLines(out, file, test, 'unknown', room - listed);
            listed += now;
            // Cut at the limit, the test is counted with those whose undecided assertions are not listed.
            if (listed === room && unknownCount(test) > now)
                left++;
        }
        else if (test.outcome === 'unknown' || unknownCount(test) > 0)
            left++;
    }
    if (left > 0)
        out.push(`${file}: ${limit.undecided(left)}`);
    out.push(summaryLine(file, report));
}
const position = (p) => p === undefined ? undefined : { line: p.line, column: p.column };
function findingJson(finding) {
    return {
        message: finding.message,
        ...(finding.position && { position: position(finding.position) }),
        ...(finding.path && { path: finding.path }),
    };
}
function assertionJson(a) {
    const { at, ...rest } = a;
    return { ...rest, position: position(at.pos) };
}
/**
 * A test's fields, `at` as its position. The orders are the ones the report has always printed:
 * a test that fails as a whole (bad `src`, no assertions) has its `error` before the rest, and a
 * `tests` entry then its outcome before its assertions.
 */
function testJson(t) {
    const json = { kind: t.kind, index: t.index, position: position(t.at.pos), src: t.src };
    const assertions = () => t.assertions.map(assertionJson);
    if (t.error === undefined)
        Object.assign(json, { assertions: assertions(), outcome: t.outcome });
    else if (t.kind === 'test')
        Object.assign(json, { error: t.error, outcome: t.outcome, assertions: assertions() });
    else
        Object.assign(json, { error: t.error, assertions: assertions(), outcome: t.outcome });
    return json;
}
function reportJson(report, file) {
    const message = serverMessage(report);
    const json = {
        file,
        mode: report.mode,
        ok: message === undefined,
        errors: report.errors.map(findingJson),
        warnings: report.warnings.map(findingJson),
        tests: report.tests.map(testJson),
        summary: report.summary,
        response: toValidateResponse(report),
    };
    if (message !== undefined)
        json.message = message;
    if (report.notices.length > 0)
        json.notices = report.notices.map(findingJson);
    return json;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/files.ts
var cli_files = __webpack_require__(9141);
// EXTERNAL MODULE: ./src/cli/devices.ts + 1 modules
var devices = __webpack_require__(9263);
// EXTERNAL MODULE: ./src/cli/io.ts + 1 modules
var cli_io = __webpack_require__(6859);
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
// no network. With --devices the tests run against that description of the tailnet's devices.











const CHECK_USAGE = `Usage: tailnet-policy check [FILE...] [--devices FILE.json] [--json] [--timeout DURATION]

Validates policy files and runs their tests and sshTests without the Tailscale API: no
credentials, no network. FILE defaults to ./policy.hujson; - reads standard input. Errors and
failures are all listed; notices (accepted, the server's answer unknown) the first 20, then how
many more.

Options:
  --devices FILE.json  the tailnet's users and devices, to evaluate the tests on them (shapes
                       below). Without it an assertion fails only if it fails in every possible
                       tailnet, and is reported as undecided when the answer depends on the tailnet
                       (the first 20 undecided assertions are listed, then how many tests have more).
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
    domains  optional: the tailnet's own login domains, alias domains included; without it,
             the owner's domain (the user whose role is owner, else the first user) is the only
             one user:*@DOMAIN and localpart:*@DOMAIN may name

  {"users": [...], "devices": [...]}
    the Tailscale API's answers to GET /api/v2/tailnet/-/users and
    GET /api/v2/tailnet/-/devices?fields=all, side by side

Exit status: 0 every file is valid and no test failed (tests not reached before --timeout
count as undecided, as offline); 1 an invalid policy or a failed test; 2 a usage error, or a
file that cannot be read (the other files are still checked).
`;
const HELP_HINT = (0,cli_args/* helpHint */.hD)('check');
/**
 * Failures are all listed; notices and undecided assertions only so many, as examples: offline,
 * a policy whose tests name users' devices has thousands of undecided assertions, a generated
 * one may repeat a key thousands of times, and either would bury the failures.
 */
const LIST_LIMIT = {
    shown: 20,
    notices: (count) => `${count} more notice(s) not listed; --json lists every one`,
    // A failed test may hold undecided assertions too: the count can pass the summary's undecided tests.
    undecided: (count) => `undecided assertions of ${count} more test(s) (undecided or failed) not listed; --json lists every one`,
};
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
        io.stderr((0,cli_io/* errorLine */.BP)(`tailnet-policy check: ${error.message}`));
        return cli_io/* EXIT_USAGE */.Ri;
    }
}
function parseInvocation(args) {
    const { values, positionals } = (0,cli_args/* parseCommandLine */.Du)('check', {
        args,
        allowPositionals: true,
        options: cli_args/* ENGINE_OPTIONS */.iT,
    });
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
            result = checkSource((0,cli_files/* displayName */.QC)(file), await (0,cli_files/* readInput */.R5)('check', file, io, invocation.time.deadline), options);
        }
        catch (error) {
            if (!(error instanceof cli_files/* UnreadableFileError */.o2))
                throw error;
            io.stderr((0,cli_io/* errorLine */.BP)(error.message));
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
        status: serverMessage(report) === undefined ? cli_io/* EXIT_OK */.Ij : cli_io/* EXIT_FAILED */.hj,
        lines: (out) => reportLines(plainReport(report), name, out, LIST_LIMIT),
        json: () => reportJson(report, name),
    };
}
function unparsable(error, name) {
    const position = error.line === undefined ? undefined : { line: error.line, column: error.column ?? 1 };
    const message = error.cause instanceof hujson_errors/* HujsonSyntaxError */.VV ? error.cause.fullMessage : error.reason;
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

/***/ 9263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ readTopology)
});

// EXTERNAL MODULE: ./src/files/file-errors.ts
var file_errors = __webpack_require__(5317);
// EXTERNAL MODULE: ./src/hujson/parse.ts
var parse = __webpack_require__(8246);
// EXTERNAL MODULE: ./src/hujson/errors.ts + 1 modules
var errors = __webpack_require__(6530);
// EXTERNAL MODULE: ./src/policy/ip.ts
var ip = __webpack_require__(9177);
// EXTERNAL MODULE: ./src/policy/topology.ts
var policy_topology = __webpack_require__(8657);
;// CONCATENATED MODULE: ./src/policy/topology-file.ts
// A tailnet description read from a file (the CLI's `--devices`, the conformance captures'
// `topology`): its shape checked field by field, the first bad one named by its JSON path.


function stringList(value, path, check, what = 'a list of strings') {
    (0,policy_topology/* expect */.E3)(Array.isArray(value) && value.every((v) => typeof v === 'string' && (check === undefined || check(v))), path, what, value);
    return value;
}
function optionalRoutes(value, path) {
    if (value === undefined || value === null)
        return value;
    return stringList(value, path, (s) => (0,ip/* parsePrefix */.A1)(s) !== undefined, 'a list of CIDR prefixes');
}
function parseUser(value, path) {
    (0,policy_topology/* expect */.E3)((0,policy_topology/* isObject */.Gv)(value), path, 'an object with "name" and "email"', value);
    const user = value;
    (0,policy_topology/* expect */.E3)(typeof user.name === 'string' && user.name !== '', `${path}.name`, 'a non-empty string', user.name);
    (0,policy_topology/* expect */.E3)(typeof user.email === 'string', `${path}.email`, 'a string', user.email);
    (0,policy_topology/* expect */.E3)(user.role === undefined || typeof user.role === 'string', `${path}.role`, 'a string', user.role);
    (0,policy_topology/* expect */.E3)(user.type === undefined || user.type === 'member' || user.type === 'shared', `${path}.type`, '"member" or "shared"', user.type);
    const out = { name: user.name, email: user.email };
    if (typeof user.id === 'number' || typeof user.id === 'string')
        out.id = user.id;
    if (typeof user.role === 'string')
        out.role = user.role;
    if (user.type !== undefined)
        out.type = user.type;
    return out;
}
function parseNode(value, path, userNames) {
    (0,policy_topology/* expect */.E3)((0,policy_topology/* isObject */.Gv)(value), path, 'an object', value);
    const node = value;
    const tags = node.tags === undefined || node.tags === null
        ? []
        : stringList(node.tags, `${path}.tags`, (t) => t.startsWith('tag:'), 'a list of "tag:..." strings');
    const address = (key, family) => {
        const v = node[key];
        if (v === undefined || v === null || v === '')
            return undefined;
        (0,policy_topology/* expect */.E3)(typeof v === 'string' && (0,ip/* parseAddress */.or)(v)?.family === family, `${path}.${key}`, `an IPv${family} address`, v);
        return v;
    };
    const user = node.user;
    (0,policy_topology/* expect */.E3)(user === undefined || user === null || (typeof user === 'string' && (user === '' || userNames.has(user))), `${path}.user`, 'the name of a user in "users"', user);
    (0,policy_topology/* expect */.E3)(tags.length > 0 || (typeof user === 'string' && user !== ''), path, 'either "tags" or an owning "user"', value);
    const out = { hostname: typeof node.hostname === 'string' ? node.hostname : path, tags };
    const ipv4 = address('ipv4', 4);
    const ipv6 = address('ipv6', 6);
    if (ipv4 !== undefined)
        out.ipv4 = ipv4;
    if (ipv6 !== undefined)
        out.ipv6 = ipv6;
    if (typeof user === 'string' && user !== '')
        out.user = user;
    out.routable_ips = optionalRoutes(node.routable_ips, `${path}.routable_ips`);
    out.approved_routes = optionalRoutes(node.approved_routes, `${path}.approved_routes`);
    return out;
}
/** Validates a topology JSON value; throws TopologyError naming the first bad field. */
function parseTopology(json) {
    (0,policy_topology/* expect */.E3)((0,policy_topology/* isObject */.Gv)(json), 'topology', 'an object with "users" and "nodes"', json);
    const root = json;
    (0,policy_topology/* expect */.E3)(Array.isArray(root.users), 'topology.users', 'a list', root.users);
    const users = root.users.map((u, i) => parseUser(u, `topology.users[${i}]`));
    const names = new Set(users.map((u) => u.name));
    (0,policy_topology/* expect */.E3)((0,policy_topology/* isObject */.Gv)(root.nodes), 'topology.nodes', 'an object of nodes by name', root.nodes);
    // Pairs made into an object by fromEntries, which defines each key: a node named __proto__ stays a node.
    const nodes = Object.entries(root.nodes).map(([name, node]) => [
        name,
        parseNode(node, `topology.nodes[${(0,policy_topology/* shown */.SP)(name)}]`, names),
    ]);
    const topology = { users, nodes: Object.fromEntries(nodes) };
    if (root.domains !== undefined)
        topology.domains = stringList(root.domains, 'topology.domains');
    return topology;
}

// EXTERNAL MODULE: ./src/cli/files.ts
var files = __webpack_require__(9141);
// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(4226);
;// CONCATENATED MODULE: ./src/cli/devices.ts
// The tailnet description `check --devices` and `plan --devices` read: our own shape, or the
// API's users and devices answers saved side by side.





/**
 * Reads `--devices FILE` as the policies are read (a regular file in the checkout, at most
 * 10 MiB); any problem is a usage error naming the file.
 */
function readTopology(file) {
    let bytes;
    try {
        bytes = (0,files/* readFileArgument */.kz)(file, 'tailnet descriptions');
    }
    catch (error) {
        bytes = (0,file_errors/* describeFileError */.S)(error);
    }
    if (typeof bytes === 'string')
        throw new usage_error/* UsageError */.e(`cannot read --devices ${file}: ${bytes}`);
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
    }
    catch {
        throw new usage_error/* UsageError */.e(`cannot read --devices ${file}: not valid JSON${jsonErrorPlace(bytes)}`);
    }
    try {
        if (typeof json !== 'object' || json === null || !('devices' in json))
            return parseTopology(json);
        const api = json;
        return (0,policy_topology/* topologyFromApi */.IN)(api.users ?? [], api.devices);
    }
    catch (error) {
        if (!(error instanceof policy_topology/* TopologyError */.kA))
            throw error;
        throw new usage_error/* UsageError */.e(`--devices ${file}: ${error.message}; see 'tailnet-policy check --help' for the shapes`);
    }
}
/**
 * Where the JSON goes wrong, from the HuJSON parser (JSON.parse's own message quotes the text,
 * which may be anything a link led to): ` (line L, column C: reason)`, or nothing when only
 * JSON's stricter rules (comments, trailing commas) refuse it.
 */
function jsonErrorPlace(bytes) {
    try {
        (0,parse/* parse */.q)(bytes);
        return ' (comments and trailing commas are HuJSON, not JSON)';
    }
    catch (error) {
        if (!(error instanceof errors/* HujsonSyntaxError */.VV))
            throw error;
        return ` (line ${error.line}, column ${error.column}: ${error.message})`;
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