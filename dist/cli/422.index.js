"use strict";
exports.id = 422;
exports.ids = [422];
exports.modules = {

/***/ 5693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readTopology)
/* harmony export */ });
/* harmony import */ var _files_file_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5317);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8246);
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6530);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8657);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9141);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4226);
// The tailnet description `check --devices` and `plan --devices` read: our own shape, or the
// API's users and devices answers saved side by side.





/**
 * Reads `--devices FILE` as the policies are read (a regular file in the checkout, at most
 * 10 MB); any problem is a usage error naming the file.
 */
function readTopology(file) {
    let bytes;
    try {
        bytes = (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readFileArgument */ .kz)(file, 'tailnet descriptions');
    }
    catch (error) {
        bytes = (0,_files_file_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFileError */ .S)(error);
    }
    if (typeof bytes === 'string')
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`cannot read --devices ${file}: ${bytes}`);
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
    }
    catch {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`cannot read --devices ${file}: not valid JSON${jsonErrorPlace(bytes)}`);
    }
    try {
        if (typeof json !== 'object' || json === null || !('devices' in json))
            return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTopology */ .Ln)(json);
        const api = json;
        return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .topologyFromApi */ .IN)(api.users ?? [], api.devices);
    }
    catch (error) {
        if (!(error instanceof _policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .TopologyError */ .kA))
            throw error;
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--devices ${file}: ${error.message}; see 'tailnet-policy check --help' for the shapes`);
    }
}
/**
 * Where the JSON goes wrong, from the HuJSON parser (JSON.parse's own message quotes the text,
 * which may be anything a link led to): ` (line L, column C: reason)`, or nothing when only
 * JSON's stricter rules (comments, trailing commas) refuse it.
 */
function jsonErrorPlace(bytes) {
    try {
        (0,_hujson_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .q)(bytes);
        return ' (comments and trailing commas are HuJSON, not JSON)';
    }
    catch (error) {
        if (!(error instanceof _hujson_index_js__WEBPACK_IMPORTED_MODULE_5__/* .HujsonSyntaxError */ .VV))
            throw error;
        return ` (line ${error.line}, column ${error.column}: ${error.message})`;
    }
}


/***/ }),

/***/ 6422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PLAN_USAGE: () => (/* binding */ PLAN_USAGE),
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files/local-policy.ts
var local_policy = __webpack_require__(5771);
// EXTERNAL MODULE: ./src/files/workspace.ts
var workspace = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/plan/index.ts + 12 modules
var src_plan = __webpack_require__(3416);
;// CONCATENATED MODULE: ./src/plan/json.ts
// The plan as JSON for tools (`tailnet-policy plan --json`, the action's `access-plan` file).
/** One change with the documented fields first; internal bookkeeping left out. */
function changeJson(c) {
    const out = { change: c.change, kind: c.kind, src: c.src, dst: c.dst };
    const optional = {
        proto: c.proto,
        ports: c.ports,
        sshUser: c.sshUser,
        action: c.action,
        checkPeriod: c.checkPeriod,
        capability: c.capability,
        value: c.value,
    };
    for (const [key, value] of Object.entries(optional))
        if (value !== undefined)
            out[key] = value;
    out.tested = c.tested;
    if (!c.testable)
        out.testable = false;
    out.srcLabel = c.srcLabel;
    out.dstLabel = c.dstLabel;
    if (c.members !== undefined)
        out.members = c.members;
    return out;
}
function planJson(plan) {
    return {
        before: plan.before,
        after: plan.after,
        mode: plan.mode,
        changes: plan.changes.map(changeJson),
        undecided: plan.undecided,
        highlights: plan.highlights,
        proposed: plan.proposed,
    };
}

// EXTERNAL MODULE: ./src/plan/render-text.ts + 1 modules
var render_text = __webpack_require__(8366);
// EXTERNAL MODULE: ./src/plan/side.ts + 1 modules
var side = __webpack_require__(3400);
// EXTERNAL MODULE: ./src/plan/budget.ts
var budget = __webpack_require__(6362);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/files.ts
var files = __webpack_require__(9141);
// EXTERNAL MODULE: ./src/cli/devices.ts
var devices = __webpack_require__(5693);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(4226);
;// CONCATENATED MODULE: ./src/cli/plan.ts
// `tailnet-policy plan BEFORE AFTER`: what a policy change does to access (who gains or loses
// which network, SSH and app access), like `terraform plan` for a tailnet policy. Offline: no
// credentials, no network. BEFORE and AFTER are files, or `git:REV:PATH` read from the
// repository with a hardened git (the checkout may be a pull request's hostile content).










const PLAN_USAGE = `Usage: tailnet-policy plan BEFORE AFTER [--devices FILE.json] [--json] [--exit-code]
                           [--timeout DURATION]

Shows what changing the policy BEFORE into AFTER does to access: per source, the network
destinations, protocols and ports, SSH destinations, logins and actions, and app capabilities
gained and lost; whether a test of AFTER asserts each change, and test entries to paste for
those no test asserts. No credentials, no network.

BEFORE and AFTER are policy files (- reads standard input), or git:REV:PATH for a file as
committed in this repository, PATH relative to its top folder:
  tailnet-policy plan git:origin/main:policy.hujson policy.hujson

Options:
  --devices FILE.json  the tailnet's users and devices (the shapes 'tailnet-policy check --help'
                       describes): destinations and sources become devices. Without it the plan
                       is symbolic, and what depends on the tailnet is listed as undecided.
  --json               print the plan as JSON: {"changes": [{"change": "gained", "kind": "network",
                       "src": ..., "dst": ..., "proto": ..., "ports": ..., "tested": ...}, ...], ...}
  --exit-code          exit 1 when access changes, or may change (undecided offline), as
                       git diff --exit-code does
  --timeout DURATION   give up after this long (default ${cli_args/* DEFAULT_TIMEOUT */.cS}, like 90s or 5m), saying so;
                       a plan that passes 100,000 changes stops too
  -h, --help           show this help

Exit status: 0 with or without changes (1 with --exit-code when there are changes); 2 a usage
error, or a policy that cannot be read or is not valid.
`;
const HELP_HINT = "run 'tailnet-policy plan --help' for usage";
async function runPlan(args, io) {
    try {
        const invocation = parseInvocation(args);
        if (invocation === 'help') {
            io.stdout(PLAN_USAGE);
            return cli_io/* EXIT_OK */.Ij;
        }
        const topology = invocation.devices === undefined ? undefined : (0,devices/* readTopology */.o)(invocation.devices);
        const [before, after] = [await readPolicy(invocation.before, io), await readPolicy(invocation.after, io)];
        const plan = (0,src_plan/* computeAccessPlan */.Lm)(before, after, { ...invocation.time, ...(topology && { topology }) });
        if (invocation.json)
            (0,cli_io/* writeJson */.GF)(io, planJson(plan));
        else
            (0,cli_io/* writeText */.x3)(io, (0,cli_io/* inertText */.UJ)((0,render_text/* renderPlanText */.$)(plan)));
        return invocation.exitCode && plan.changes.length + plan.undecided.length > 0 ? cli_io/* EXIT_FAILED */.hj : cli_io/* EXIT_OK */.Ij;
    }
    catch (error) {
        if (error instanceof files/* UnreadableFileError */.o2)
            io.stderr(`${error.message}\n`);
        else if (error instanceof usage_error/* UsageError */.e ||
            error instanceof errors/* PolicyFileError */.zj ||
            error instanceof side/* PlanInputError */.eY ||
            error instanceof budget/* PlanCutShortError */.UK) {
            io.stderr(`tailnet-policy plan: ${error.message}\n`);
        }
        else
            throw error;
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
                tailnet: { type: 'string' },
                json: { type: 'boolean', default: false },
                'exit-code': { type: 'boolean', default: false },
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
    if (values.tailnet !== undefined)
        throw new usage_error/* UsageError */.e(`give the tailnet's devices with --devices FILE.json (--tailnet names a tailnet); ${HELP_HINT}`);
    if (positionals.length !== 2)
        throw new usage_error/* UsageError */.e(`expected two policies, BEFORE and AFTER, got ${positionals.length}; ${HELP_HINT}`);
    const invocation = {
        before: positionals[0],
        after: positionals[1],
        json: values.json,
        exitCode: values['exit-code'],
        time: (0,cli_args/* deadlineOf */.G0)(values.timeout),
    };
    if (values.devices !== undefined)
        invocation.devices = values.devices;
    return invocation;
}
const GIT_PREFIX = 'git:';
async function readPolicy(spec, io) {
    const bytes = spec.startsWith(GIT_PREFIX) ? await readFromGit(spec) : await (0,files/* readInput */.R5)('plan', spec, io);
    return { name: (0,files/* displayName */.QC)(spec), root: (0,local_policy/* parsePolicyBytes */.vR)((0,files/* displayName */.QC)(spec), bytes) };
}
/** `git:REV:PATH`: the blob at PATH in REV. REV must not look like an option. */
async function readFromGit(spec) {
    const rest = spec.slice(GIT_PREFIX.length);
    const colon = rest.indexOf(':');
    const rev = colon === -1 ? '' : rest.slice(0, colon);
    const file = colon === -1 ? '' : rest.slice(colon + 1);
    if (rev === '' || file === '')
        throw new usage_error/* UsageError */.e(`${spec}: expected git:REV:PATH, e.g. git:origin/main:policy.hujson`);
    if (rev.startsWith('-'))
        throw new usage_error/* UsageError */.e(`${spec}: a revision cannot start with "-"`);
    // git reads the name as one line of its batch input.
    if (/[\r\n]/.test(rest))
        throw new usage_error/* UsageError */.e(`${spec}: a revision or path cannot hold a line break`);
    // Loaded only here: git's runner loads node:child_process, which a plan of two files never needs.
    const { repositoryAt } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 6916));
    const { readBlobs } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 6176));
    const repo = await repositoryAt((0,workspace/* cliWorkspace */.cQ)(process.cwd()));
    if (repo === undefined)
        throw new usage_error/* UsageError */.e(`${spec}: not inside a git repository`);
    const name = `${rev}:${file}`;
    // The blob's own bytes, held to the limit a file on disk is held to: one git process. Only
    // when there is none does git say why, for the message.
    for await (const blob of readBlobs(repo, [name], workspace/* MAX_FILE_BYTES */.gZ))
        if (blob !== undefined)
            return blob;
    throw new usage_error/* UsageError */.e(`cannot read ${spec}: ${await whyNoBlob(repo, name)}`);
}
/** Why `name` gave no blob: git's own complaint, what it is instead, or its size. */
async function whyNoBlob(repo, name) {
    const { runGit } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 6916));
    let type;
    try {
        type = (await runGit(repo, ['cat-file', '-t', name])).trim();
    }
    catch (error) {
        const stderr = String(error.stderr ?? '')
            .trim()
            .split('\n')[0] ?? '';
        return stderr === '' ? 'git failed' : stderr.replace(/^fatal: /, '');
    }
    return type === 'blob' ? (0,files/* tooLarge */.g$)() : `it is a ${type}, not a file`;
}


/***/ })

};
;