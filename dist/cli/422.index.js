"use strict";
exports.id = 422;
exports.ids = [422];
exports.modules = {

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

/***/ 6422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PLAN_USAGE: () => (/* binding */ PLAN_USAGE),
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files/local-policy.ts
var local_policy = __webpack_require__(5771);
// EXTERNAL MODULE: ./src/files/workspace.ts
var workspace = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/plan/index.ts + 21 modules
var src_plan = __webpack_require__(2781);
;// CONCATENATED MODULE: ./src/plan/json.ts
// The plan as JSON for tools (`tailnet-policy plan --json`, the action's `access-plan` file).
/** A change's optional fields, printed only when set, in this order. */
const OPTIONAL = ['proto', 'ports', 'sshUser', 'action', 'checkPeriod', 'capability', 'value'];
/** One change with the documented fields first; internal bookkeeping left out. */
function changeJson(c) {
    const out = { change: c.change, kind: c.kind, src: c.src, dst: c.dst };
    OPTIONAL.forEach((key) => {
        if (c[key] !== undefined)
            out[key] = c[key];
    });
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
        unplanned: plan.unplanned,
    };
}

// EXTERNAL MODULE: ./src/plan/render-text.ts
var render_text = __webpack_require__(7723);
// EXTERNAL MODULE: ./src/plan/side.ts + 1 modules
var side = __webpack_require__(3400);
// EXTERNAL MODULE: ./src/plan/budget.ts
var budget = __webpack_require__(6362);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/files.ts
var files = __webpack_require__(9141);
// EXTERNAL MODULE: ./src/cli/devices.ts + 1 modules
var devices = __webpack_require__(9263);
// EXTERNAL MODULE: ./src/cli/io.ts + 1 modules
var cli_io = __webpack_require__(6859);
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
those no test asserts. Edits it does not evaluate (tagOwners, autoApprovers, nodeAttrs, SSH
acceptEnv and recorder) are named at the top. No credentials, no network.

BEFORE and AFTER are policy files (- reads standard input), or git:REV:PATH for a file as
committed in this repository, PATH relative to its top folder (a file whose name starts with
git: is written ./git:...):
  tailnet-policy plan git:origin/main:policy.hujson policy.hujson

Options:
  --devices FILE.json  the tailnet's users and devices (the shapes 'tailnet-policy check --help'
                       describes): destinations and sources become devices. Without it the plan
                       is symbolic, and what depends on the tailnet is listed as undecided.
  --json               print the plan as JSON: {"changes": [{"change": "gained", "kind": "network",
                       "src": ..., "dst": ..., "proto": ..., "ports": ..., "tested": ...}, ...], ...}
  --exit-code          exit 1 when access changes, or may change (undecided offline), or
                       AFTER edits what the plan does not evaluate, as git diff --exit-code does
  --timeout DURATION   give up after this long (default ${cli_args/* DEFAULT_TIMEOUT */.cS}, like 90s or 5m), saying so;
                       a plan that passes 100,000 changes stops too
  -h, --help           show this help

Exit status: 0 with or without changes (1 with --exit-code when access changes or may change,
or AFTER edits what the plan does not evaluate);
2 a usage error, a policy that cannot be read or is not valid, or a plan cut short.
`;
const HELP_HINT = (0,cli_args/* helpHint */.hD)('plan');
async function runPlan(args, io) {
    try {
        const invocation = parseInvocation(args);
        if (invocation === 'help') {
            io.stdout(PLAN_USAGE);
            return cli_io/* EXIT_OK */.Ij;
        }
        const topology = invocation.devices === undefined ? undefined : (0,devices/* readTopology */.o)(invocation.devices);
        const read = (spec) => readPolicy(spec, io, invocation.time);
        const [before, after] = [await read(invocation.before), await read(invocation.after)];
        const plan = (0,src_plan/* computeAccessPlan */.Lm)(before, after, { ...invocation.time, ...(topology && { topology }) });
        if (invocation.json)
            (0,cli_io/* writeJson */.GF)(io, planJson(plan));
        else
            (0,cli_io/* writeText */.x3)(io, (0,cli_io/* inertText */.UJ)((0,render_text/* renderPlanText */.$)(plan)));
        const changed = plan.changes.length + plan.undecided.length + plan.unplanned.length;
        return invocation.exitCode && changed > 0 ? cli_io/* EXIT_FAILED */.hj : cli_io/* EXIT_OK */.Ij;
    }
    catch (error) {
        if (error instanceof files/* UnreadableFileError */.o2)
            io.stderr((0,cli_io/* errorLine */.BP)(error.message));
        else if (error instanceof usage_error/* UsageError */.e ||
            error instanceof errors/* PolicyFileError */.zj ||
            error instanceof side/* PlanInputError */.eY ||
            error instanceof budget/* PlanCutShortError */.UK) {
            io.stderr((0,cli_io/* errorLine */.BP)(`tailnet-policy plan: ${error.message}`));
        }
        else
            throw error;
        return cli_io/* EXIT_USAGE */.Ri;
    }
}
function parseInvocation(args) {
    const { values, positionals } = (0,cli_args/* parseCommandLine */.Du)('plan', {
        args,
        allowPositionals: true,
        options: { ...cli_args/* ENGINE_OPTIONS */.iT, 'exit-code': { type: 'boolean', default: false } },
    });
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
async function readPolicy(spec, io, time) {
    const bytes = spec.startsWith(GIT_PREFIX)
        ? await readFromGit(spec, time)
        : await (0,files/* readInput */.R5)('plan', spec, io, time.deadline);
    return { name: (0,files/* displayName */.QC)(spec), root: (0,local_policy/* parsePolicyBytes */.vR)((0,files/* displayName */.QC)(spec), bytes) };
}
/** `git:REV:PATH`: the blob at PATH in REV. REV must not look like an option. */
async function readFromGit(spec, time) {
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
    const repo = await repositoryAt((0,files/* cliWorkspace */.cQ)(process.cwd()));
    if (repo === undefined)
        throw new usage_error/* UsageError */.e(`${spec}: not inside a git repository`);
    const name = `${rev}:${file}`;
    // The blob's own bytes, held to the limit a file on disk is held to (its size is asked before
    // its bytes). Only when there is none does git say why, for the message.
    const deadline = { at: time.deadline, now: time.now };
    try {
        for await (const blob of readBlobs(repo, [name], workspace/* MAX_FILE_BYTES */.gZ, deadline))
            if (blob !== undefined)
                return blob;
        throw new usage_error/* UsageError */.e(`cannot read ${spec}: ${await whyNoBlob(repo, name, deadline)}`);
    }
    catch (error) {
        if (error instanceof errors/* TimeoutError */.MU)
            throw new usage_error/* UsageError */.e(`the timeout elapsed while git read ${spec}`);
        throw error;
    }
}
/** Why `name` gave no blob: git's own complaint, what it is instead, or its size. */
async function whyNoBlob(repo, name, deadline) {
    const { runGit } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 6916));
    let type;
    try {
        type = (await runGit(repo, ['cat-file', '-t', name], deadline)).trim();
    }
    catch (error) {
        if (error instanceof errors/* TimeoutError */.MU)
            throw error;
        if (error instanceof errors/* GitMissingError */.bH)
            return error.message;
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