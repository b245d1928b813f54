export const id = 995;
export const ids = [995];
export const modules = {

/***/ 6916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   Iz: () => (/* binding */ spawnGit),
/* harmony export */   uw: () => (/* binding */ repositoryAt)
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
/** Runs one git command to completion and returns its stdout. */
async function runGit(repo, args, maxBuffer = 16 << 20) {
    const { stdout } = await execFileAsync('git', gitArguments(repo, args), {
        cwd: repo.root,
        env: gitEnvironment(repo),
        maxBuffer,
        windowsHide: true,
    });
    return stdout;
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

/***/ 7122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UK: () => (/* reexport */ PlanCutShortError),
  eY: () => (/* reexport */ PlanInputError),
  Lm: () => (/* binding */ computeAccessPlan),
  iY: () => (/* reexport */ planJson),
  $D: () => (/* reexport */ renderPlanText)
});

// UNUSED EXPORTS: MAX_ATOMS, MAX_MATCHES, MAX_PAIRS, renderPlanMarkdown

// EXTERNAL MODULE: ./src/policy/network-index.ts
var network_index = __webpack_require__(5809);
// EXTERNAL MODULE: ./src/policy/endpoints.ts
var endpoints = __webpack_require__(8904);
// EXTERNAL MODULE: ./src/policy/ip.ts
var ip = __webpack_require__(9177);
// EXTERNAL MODULE: ./src/policy/ports.ts
var policy_ports = __webpack_require__(9802);
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
/** Every selector-like string of a policy: rule endpoints, test endpoints, group members, tag owners. */
function texts(policy) {
    const host = (t) => {
        const split = (0,policy_ports/* splitDestination */.RG)(t.text);
        return split.ok ? split.value.host : t.text;
    };
    const out = [];
    const add = (list, map = (t) => t.text) => {
        for (const t of list ?? [])
            out.push(map(t).trim());
    };
    for (const rule of policy.acls ?? []) {
        add(rule.src);
        add(rule.dst, host);
    }
    for (const grant of policy.grants ?? []) {
        add(grant.src);
        add(grant.dst);
    }
    for (const rule of policy.ssh) {
        add(rule.src);
        add(rule.dst);
    }
    for (const test of policy.tests) {
        add(test.src === undefined ? [] : [test.src]);
        add([...test.accept, ...test.deny], host);
    }
    for (const test of policy.sshTests) {
        add(test.src === undefined ? [] : [test.src]);
        add(test.dst);
    }
    for (const list of [...policy.groups, ...policy.tagOwners])
        add(list.items);
    for (const tag of policy.tagOwners)
        out.push(tag.name.text);
    return out;
}
function names(sides) {
    const found = { users: new Set(), domains: new Set(), tags: new Set(), scim: new Set(), services: new Set() };
    for (const side of sides) {
        for (const text of texts(side.policy)) {
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
    }
    for (const side of sides)
        for (const g of side.env.context.groups.keys())
            found.scim.delete(g);
    return found;
}
/** Boundaries of every address set the engine compares addresses with, per family. */
function boundaries(sides, points) {
    const cuts = { 4: new Set([0n]), 6: new Set([0n]) };
    const addSet = (set) => {
        for (const family of [4, 6]) {
            for (const r of family === 4 ? set.v4 : set.v6) {
                cuts[family].add(r.lo);
                if (r.hi < MAX[family])
                    cuts[family].add(r.hi + 1n);
            }
        }
    };
    addSet((0,ranges/* tailscaleDeviceRanges */.vi)());
    addSet((0,ranges/* internetRanges */.Ae)());
    for (const side of sides) {
        if (side.env.match.approvedRoutes !== undefined)
            addSet(side.env.match.approvedRoutes);
        for (const channel of [side.network, ...side.apps.values()]) {
            for (const rule of channel.rules) {
                addSet(rule.src.addresses);
                for (const target of rule.targets)
                    addSet(target.dst.addresses);
            }
        }
    }
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
function buildUniverse(before, after, budget) {
    const sides = [before, after];
    const tailnet = after.env.tailnet;
    const universe = { atoms: [], byKey: new Map(), intervals: { 4: [], 6: [] }, otherUsers: new Map() };
    const add = (atom) => {
        budget.step();
        budget.atoms(universe.atoms.length + 1);
        const principals = sides.map((side) => {
            const endpoint = (0,endpoints/* resolveDestinationHost */.z)(atom.text, side.env);
            return endpoint.ok && endpoint.principals.length === 1 ? endpoint.principals[0] : undefined;
        });
        const key = (principals[0] ?? principals[1])?.key;
        if (key === undefined)
            return undefined;
        const full = { ...atom, id: universe.atoms.length, principals };
        universe.atoms.push(full);
        universe.byKey.set(key.replace(/\/[46]$/, ''), full.id);
        return full;
    };
    const found = names(sides);
    const devicePoints = [];
    if (tailnet === undefined) {
        for (const login of [...found.users].sort())
            add({ kind: 'user', text: login, label: login });
        for (const login of otherUsers(found)) {
            const atom = add({ kind: 'user', text: login, label: `any other user (${login})` });
            const domain = login.slice(login.lastIndexOf('@') + 1);
            if (atom !== undefined)
                universe.otherUsers.set(found.domains.has(domain) ? domain : '', atom.id);
        }
        for (const tag of [...found.tags].sort())
            add({ kind: 'tag', text: tag, label: tag });
    }
    else {
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
            add(atom);
        }
    }
    for (const group of [...found.scim].sort())
        add({ kind: 'scim', text: group, label: group });
    for (const service of [...found.services].sort())
        add({ kind: 'service', text: service, label: service });
    addIntervals(universe, sides, devicePoints, add);
    return universe;
}
/**
 * Logins standing for every user the policies do not name: all such users are alike, except
 * for the domain `user:*@domain` selectors look at; so one per such domain, and one elsewhere.
 */
function otherUsers(found) {
    const domains = [...found.domains].sort();
    const named = [...found.users].map((login) => login.slice(login.lastIndexOf('@') + 1));
    domains.push(named.find((d) => !found.domains.has(d)) ?? (found.domains.has('example.com') ? 'example.invalid' : 'example.com'));
    return domains.map((domain) => {
        let login = `another-user@${domain}`;
        for (let n = 2; found.users.has(login); n++)
            login = `another-user${n}@${domain}`;
        return login;
    });
}
function addIntervals(universe, sides, devicePoints, add) {
    const cuts = boundaries(sides, devicePoints);
    const devices = new Set(devicePoints.map((p) => `${p.family}/${p.value}`));
    const hosts = hostNames(sides);
    for (const family of [4, 6]) {
        const points = cuts[family];
        points.forEach((lo, i) => {
            const hi = i + 1 < points.length ? points[i + 1] - 1n : MAX[family];
            if (lo === hi && devices.has(`${family}/${lo}`))
                return;
            const range = { lo, hi };
            const host = lo === hi ? hosts.get(`${family}/${lo}`) : undefined;
            const shown = rangeText(family, range);
            const atom = add({
                kind: 'address',
                text: (0,ip/* formatAddress */.M0)({ family, value: lo }),
                label: host === undefined ? shown : `${host} (${shown})`,
                family,
                range,
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

// EXTERNAL MODULE: ./src/policy/deadline.ts
var deadline = __webpack_require__(3816);
;// CONCATENATED MODULE: ./src/plan/budget.ts
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
    constructor(at, now, caps = { atoms: MAX_ATOMS, pairs: MAX_PAIRS }) {
        this.caps = caps;
        this.deadline = new deadline/* Deadline */.B(at, now);
    }
    /** One unit of work; throws once the deadline has passed (the clock is read every few steps). */
    step() {
        if (this.deadline.passed())
            throw timeout();
    }
    /** Between phases: reads the clock now. */
    check() {
        if (this.deadline.passed(true))
            throw timeout();
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
    /** One more (source, destination) pair to evaluate, over every channel of the plan. */
    pair() {
        if (++this.pairs > this.caps.pairs) {
            throw new PlanCutShortError('size', `more than ${this.caps.pairs} source and destination pairs to compare`);
        }
        this.step();
    }
    /**
     * Adds (source, destination) to `pairs` (keyed by source): a new pair is charged as a pair,
     * a repeat as a step.
     */
    addPair(pairs, source, destination) {
        let set = pairs.get(source);
        if (set === undefined)
            pairs.set(source, (set = new Set()));
        if (set.has(destination))
            return this.step();
        this.pair();
        set.add(destination);
    }
}
function timeout() {
    return new PlanCutShortError('timeout', 'the access plan was cut short by the timeout');
}

;// CONCATENATED MODULE: ./src/plan/collapse.ts
// Says a change once for everything that shares it: a group whose every member gains the same
// access ("group:eng (3 users)"), a user or tag whose every device does (with a tailnet), and
// neighbouring address intervals merged into one range. The collapsed `src` is still something a
// test accepts: a group, a user or a tag stands for exactly those members in a test.



const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * The address intervals of `autogroup:internet`, said once when a change covers all of them:
 * both families, or one (an IPv4 source never reaches IPv6 addresses).
 */
function internetCollections(universe) {
    const of = (atoms) => atoms.filter((a) => (0,ip/* contains */.gR)((0,ranges/* internetRanges */.Ae)(), { family: a.family, value: a.range.lo }));
    const v4 = of(universe.intervals[4]);
    const v6 = of(universe.intervals[6]);
    const collection = (members, label) => members.length === 0 ? [] : [{ text: members[0].text, label, members: members.map((a) => a.id) }];
    return [
        ...collection([...v4, ...v6], 'autogroup:internet'),
        ...collection(v4, 'autogroup:internet (IPv4)'),
        ...collection(v6, 'autogroup:internet (IPv6)'),
    ];
}
/**
 * Groups (by user atoms, or by devices with a tailnet) whose members are the same in both
 * policies, so that a test naming the group means the same principals on both sides; then
 * users and tags by their devices.
 */
function collections(universe, before, after) {
    const { atoms } = universe;
    const out = [];
    const devices = atoms.filter((a) => a.kind === 'device');
    const byLogin = new Map();
    const push = (map, key, id) => {
        const list = map.get(key);
        if (list === undefined)
            map.set(key, [id]);
        else
            list.push(id);
    };
    for (const d of devices)
        if (d.owner !== undefined)
            push(byLogin, d.owner, d.id);
    for (const [group, logins] of after.env.context.groups) {
        const old = before.env.context.groups.get(group);
        if (old === undefined || old.length !== logins.length || !old.every((login) => logins.includes(login)))
            continue;
        const members = after.env.tailnet === undefined
            ? logins.flatMap((login) => universe.byKey.get(`user:${login}`) ?? [])
            : logins.flatMap((login) => byLogin.get(login) ?? []);
        const word = after.env.tailnet === undefined ? 'user' : 'device';
        if (members.length > 1)
            out.push({ text: group, label: `${group} (${plural(members.length, word)})`, members });
    }
    for (const [login, members] of byLogin)
        out.push({ text: login, label: `${login} (${plural(members.length, 'device')})`, members });
    const tags = new Map();
    for (const d of devices)
        for (const tag of d.tags ?? [])
            push(tags, tag, d.id);
    for (const [tag, members] of tags)
        out.push({ text: tag, label: `${tag} (${plural(members.length, 'device')})`, members });
    return out.sort((a, b) => b.members.length - a.members.length || (a.text < b.text ? -1 : 1));
}
function restKey(c, without) {
    return [
        c.change,
        c.kind,
        without === 'src' ? c.dstAtoms.join(',') : c.srcAtoms.join(','),
        c.proto,
        c.ports,
        c.sshUser,
        c.action,
        c.checkPeriod,
        c.capability,
        c.testable,
        c.fromEveryone,
    ].join('|');
}
function combine(parts, fields) {
    return { ...parts[0], ...fields, tested: parts.every((p) => p.tested) };
}
/** Replaces, per identical change, the sources a collection fully covers by the collection. */
function collapseSources(changes, all, side) {
    const groups = new Map();
    for (const c of changes) {
        const key = restKey(c, side);
        const list = groups.get(key);
        if (list === undefined)
            groups.set(key, [c]);
        else
            list.push(c);
    }
    const out = [];
    for (const group of groups.values()) {
        const byAtom = new Map(group.map((c) => [(side === 'src' ? c.srcAtoms : c.dstAtoms)[0], c]));
        for (const collection of all) {
            if (!collection.members.every((m) => byAtom.has(m)))
                continue;
            const parts = collection.members.map((m) => byAtom.get(m));
            collection.members.forEach((m) => byAtom.delete(m));
            const members = parts.map((p) => (side === 'src' ? p.src : p.dst));
            out.push(combine(parts, side === 'src'
                ? { src: collection.text, srcLabel: collection.label, srcAtoms: collection.members, members }
                : { dst: collection.text, dstLabel: collection.label, dstAtoms: collection.members }));
        }
        out.push(...byAtom.values());
    }
    return out;
}
/** Merges changes to neighbouring address intervals into one change to the whole range. */
function mergeIntervals(changes, atoms) {
    const out = [];
    const runs = new Map();
    const sorted = [...changes].sort((a, b) => a.dstAtoms[0] - b.dstAtoms[0]);
    for (const c of sorted) {
        const atom = atoms[c.dstAtoms[0]];
        if (atom.kind !== 'address' || c.dstAtoms.length !== 1 || atom.label !== rangeText(atom.family, atom.range)) {
            out.push(c);
            continue;
        }
        const key = restKey(c, 'dst');
        const run = runs.get(key);
        const last = run === undefined ? undefined : atoms[run.dstAtoms.at(-1)];
        if (run !== undefined && last.family === atom.family && last.range.hi + 1n === atom.range.lo) {
            run.dstAtoms.push(atom.id);
            run.tested &&= c.tested;
            const first = atoms[run.dstAtoms[0]];
            run.dstLabel = rangeText(atom.family, { lo: first.range.lo, hi: atom.range.hi });
            continue;
        }
        const copy = { ...c, dstAtoms: [...c.dstAtoms] };
        runs.set(key, copy);
        out.push(copy);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/convert.ts
// Raw differences (atom ids, protocol numbers, port ranges, states) into plan entries.

/** Port ranges in policy syntax: `*` for all, else `N` / `N-M` joined by commas. */
function portsText(ranges) {
    if (ranges.length === 1 && ranges[0].first === 0 && ranges[0].last === 65535)
        return '*';
    return ranges.map((r) => (r.first === r.last ? `${r.first}` : `${r.first}-${r.last}`)).join(',');
}
/** The port a test uses for a change: the lowest one, avoiding 0 when the ranges hold another. */
function testPort(ranges) {
    const first = ranges[0];
    return first.first === 0 && first.last > 0 ? 1 : first.first;
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
function base(kind, change, src, dst) {
    return {
        change,
        kind,
        src: src.text,
        dst: dst.text,
        srcLabel: src.label,
        dstLabel: dst.label,
        tested: false,
        testable: kind !== 'app',
        srcAtoms: [src.id],
        dstAtoms: [dst.id],
    };
}
function undecided(kind, src, dst, before, after) {
    return {
        kind,
        src: src.text,
        dst: dst.text,
        srcLabel: src.label,
        dstLabel: dst.label,
        before: STATE_WORDS[before],
        after: STATE_WORDS[after],
    };
}
function networkChanges(raw, atoms, capability) {
    const changes = [];
    const open = [];
    const kind = capability === undefined ? 'network' : 'app';
    for (const r of raw) {
        const src = atoms[r.src];
        const dst = atoms[r.dst];
        const detail = capability === undefined
            ? { proto: (0,policy_ports/* protocolName */.kC)(r.protocol), ports: (0,policy_ports/* protocolHasPorts */.VK)(r.protocol) ? portsText(r.ranges) : '*' }
            : { capability };
        if (r.before === 'unknown' || r.after === 'unknown') {
            open.push({ ...undecided(kind, src, dst, r.before, r.after), ...detail });
            continue;
        }
        const change = base(kind, r.after === 'yes' ? 'gained' : 'lost', src, dst);
        Object.assign(change, detail);
        if (capability === undefined) {
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
function sshChanges(raw, atoms) {
    const changes = [];
    const open = [];
    for (const r of raw) {
        const src = atoms[r.src];
        const dst = atoms[r.dst];
        if (r.before === 'unknown' || r.after === 'unknown') {
            open.push({ ...undecided('ssh', src, dst, r.before, r.after), sshUser: r.login });
            continue;
        }
        const periodOnly = r.before === 'check' && r.after === 'check';
        if (r.before === 'accept' || r.before === 'check')
            changes.push(sshChange('lost', r.before, src, dst, r.login, r.beforePeriod));
        if (r.after === 'accept' || r.after === 'check')
            changes.push(sshChange('gained', r.after, src, dst, r.login, r.afterPeriod));
        if (periodOnly)
            for (const c of changes.slice(-2))
                c.testable = false;
    }
    return { changes, undecided: open };
}

// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/policy/address-index.ts
var address_index = __webpack_require__(6659);
// EXTERNAL MODULE: ./src/policy/identity-index.ts
var identity_index = __webpack_require__(9299);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/policy/principal.ts
var principal = __webpack_require__(548);
;// CONCATENATED MODULE: ./src/plan/relations.ts
// Which (source, destination) pairs can have changed, found without evaluating every pair. For
// each rule target of each side, the plan records how the engine's matchers see every atom
// (the same three-valued answers the engine's index starts from). A target whose view, ports,
// protocols and posture are identical on both sides contributes identically to every verdict;
// only pairs some other target connects can differ. Those candidates are then evaluated with the
// engine's own verdict, so this filter decides only what to ask, never an answer.
//
// Offline, the engine also answers "maybe" for principals it knows little about: an address in
// the Tailscale range may be any device, a tagged device may carry other tags. Following every
// such "maybe" would pair each of them with every destination of every changed rule, and yield
// only "undecided". The filter follows direct matches only: every decided difference is found
// (a decided verdict needs a direct match), and "maybe" differences are listed where a direct
// match also connects the pair.





const FAMILIES = [4, 6];
const initial = (t) => t[0];
function candidates(identity, addresses, p, family) {
    const at = (0,principal/* slot */.NI)(p, family);
    // An unknown address in the Tailscale range is matched for sure only by sets covering the range.
    const extra = at === undefined ? [] : at.kind === 'known' ? [addresses.lookup(at.address)] : [addresses.covering[family]];
    return identity.gather(p, false, extra);
}
class Builder {
    srcAtoms;
    dstAtoms;
    srcViews;
    dstViews;
    lastSrc;
    lastDst;
    constructor(count) {
        this.srcAtoms = Array.from({ length: count }, () => []);
        this.dstAtoms = Array.from({ length: count }, () => []);
        this.srcViews = Array.from({ length: count }, () => []);
        this.dstViews = Array.from({ length: count }, () => []);
        this.lastSrc = new Int32Array(count).fill(-1);
        this.lastDst = new Int32Array(count).fill(-1);
    }
    src(id, atom, out) {
        if (this.lastSrc[id] === atom)
            return;
        this.lastSrc[id] = atom;
        this.srcAtoms[id].push(atom);
        out.push(id);
    }
    dst(id, atom, out) {
        if (this.lastDst[id] === atom)
            return;
        this.lastDst[id] = atom;
        this.dstAtoms[id].push(atom);
        out.push(id);
    }
}
function targetFlags({ rule, target }) {
    const d = target.dst;
    return [
        target.protocols.join(','),
        target.ports.map((r) => `${r.first}-${r.last}`).join(','),
        target.allPorts,
        JSON.stringify(rule.postures ?? null),
        d.self,
        d.tags.size > 0,
        (0,compile/* namesIdentities */.NO)(d) || d.self,
        d.tailscale[4],
        d.tailscale[6],
        rule.src.tags.size > 0,
        (0,compile/* namesIdentities */.NO)(rule.src),
    ].join(';');
}
/**
 * Builds one side's relation over the atoms (`side` 0 before, 1 after); atoms without a
 * principal there are skipped.
 */
function relate(rules, atoms, side, env, budget) {
    const targets = rules.flatMap((rule) => rule.targets.map((target) => ({ rule, target })));
    const srcIdentity = new identity_index/* IdentityIndex */.N();
    const dstIdentity = new identity_index/* IdentityIndex */.N();
    const srcAddresses = new address_index/* AddressIndex */.R();
    const dstAddresses = new address_index/* AddressIndex */.R();
    targets.forEach(({ rule, target }, id) => {
        srcIdentity.add(id, rule.src);
        srcAddresses.add(id, rule.src);
        dstIdentity.add(id, target.dst);
        dstAddresses.add(id, target.dst);
    });
    // autogroup:self: every user's device is a destination (for its owner's devices).
    const self = targets.flatMap(({ target }, id) => (target.dst.self ? [id] : []));
    const b = new Builder(targets.length);
    const srcOf = [];
    const dstOf = [];
    for (const atom of atoms) {
        const mine = [];
        const theirs = [];
        srcOf.push(mine);
        dstOf.push(theirs);
        const p = atom.principals[side];
        if (p === undefined)
            continue;
        for (const f of FAMILIES) {
            if ((0,principal/* slot */.NI)(p, f) === undefined)
                continue;
            for (const id of candidates(srcIdentity, srcAddresses, p, f)) {
                budget.step();
                const tri = (0,match/* matchSet */.sm)(targets[id].rule.src, p, f, 'src', env);
                if (tri === 'no')
                    continue;
                budget.match();
                b.srcViews[id].push(`${atom.id}.${f}${initial(tri)}`);
                b.src(id, atom.id, mine);
            }
            for (const id of candidates(dstIdentity, dstAddresses, p, f)) {
                budget.step();
                const dst = targets[id].target.dst;
                const byAddress = (0,match/* matchAddress */.ez)(dst, p, f, 'dst', env);
                const byIdentity = (0,match/* matchIdentity */.oD)(dst, p);
                if (byAddress === 'no' && byIdentity === 'no')
                    continue;
                budget.match();
                b.dstViews[id].push(`${atom.id}.${f}${initial(byAddress)}${initial(byIdentity)}`);
                b.dst(id, atom.id, theirs);
            }
        }
        if (p.identity === 'user')
            for (const id of self)
                b.dst(id, atom.id, theirs);
    }
    const keys = targets.map((t, id) => `${targetFlags(t)}|${b.srcViews[id].join(' ')}|${b.dstViews[id].join(' ')}`);
    return { targets, srcAtoms: b.srcAtoms, dstAtoms: b.dstAtoms, srcOf, dstOf, keys };
}
/** Targets of each side without an identical twin on the other side. */
function changedTargets(before, after) {
    const balance = new Map();
    for (const key of before.keys)
        balance.set(key, (balance.get(key) ?? 0) + 1);
    for (const key of after.keys)
        balance.set(key, (balance.get(key) ?? 0) - 1);
    const changed = (relation) => relation.keys.flatMap((key, id) => (balance.get(key) === 0 ? [] : [id]));
    return [changed(before), changed(after)];
}
/**
 * Pairs (source atom, destination atom) whose verdicts may differ: those a changed target may
 * connect, and every pair of an atom that resolves on one side only. Keyed `src * n + dst`.
 */
function candidatePairs(relations, atoms, budget) {
    const pairs = new Map();
    const add = (s, d) => budget.addPair(pairs, s, d);
    const changed = changedTargets(relations[0], relations[1]);
    relations.forEach((relation, side) => {
        for (const id of changed[side])
            for (const s of relation.srcAtoms[id])
                for (const d of relation.dstAtoms[id])
                    add(s, d);
    });
    for (const atom of atoms) {
        const [before, after] = atom.principals;
        if ((before === undefined) === (after === undefined))
            continue;
        const relation = relations[before === undefined ? 1 : 0];
        for (const id of relation.srcOf[atom.id])
            for (const d of relation.dstAtoms[id])
                add(atom.id, d);
        for (const id of relation.dstOf[atom.id])
            for (const s of relation.srcAtoms[id])
                add(s, atom.id);
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/plan/evaluate.ts
// Evaluates candidate pairs on both sides with the engine's own NetworkIndex verdicts, protocol
// by protocol and over the elementary port intervals every rule draws, and keeps the
// differences: access gained, lost, or decided on one side only (undecided offline).




const NO_POSTURE = new network_index/* PostureCache */.pf(new Map());
const WHOLE = { first: 0, last: 65535 };
function intersect(a, b, stamps, generation) {
    for (const id of a)
        stamps[id] = generation;
    return b.filter((id) => stamps[id] === generation);
}
/** Elementary port intervals over the boundaries of the given ranges. */
function portIntervals(ranges) {
    const cuts = new Set([0]);
    for (const r of ranges) {
        cuts.add(r.first);
        if (r.last < 65535)
            cuts.add(r.last + 1);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    return sorted.map((first, i) => ({ first, last: i + 1 < sorted.length ? sorted[i + 1] - 1 : 65535 }));
}
function state(channel, pair, side, protocol, port) {
    const s = pair.principals[0][side];
    const d = pair.principals[1][side];
    if (s === undefined || d === undefined)
        return 'absent';
    return channel.index.verdict(s, d, pair.family, [protocol], port, NO_POSTURE);
}
function differs(before, after) {
    const b = before === 'absent' ? 'no' : before;
    const a = after === 'absent' ? 'no' : after;
    return a !== b && !(a === 'unknown' && b === 'unknown');
}
/** Whether a `*` (or danger-all) source rule of the new policy lets this protocol and port through. */
function fromEveryone(relation, connecting, protocol, port) {
    return connecting.some((id) => {
        const { rule, target } = relation.targets[id];
        if (!rule.src.wildcard && !rule.src.dangerAll)
            return false;
        if (protocol === policy_ports/* ICMP */.Ib)
            return true;
        return target.protocols.includes(protocol) && target.ports.some((r) => r.first <= port && port <= r.last);
    });
}
function grid(relations, app) {
    if (app)
        return { protocols: [policy_ports/* TCP */.qi], ports: new Map([[policy_ports/* TCP */.qi, [WHOLE]]]) };
    const targets = relations.flatMap((r) => r.targets.map((t) => t.target));
    const protocols = [
        ...new Set([policy_ports/* TCP */.qi, policy_ports/* UDP */.e0, policy_ports/* ICMP */.Ib, ...targets.flatMap((t) => t.protocols.map((p) => (p === policy_ports/* ICMPV6 */.Al ? policy_ports/* ICMP */.Ib : p)))]),
    ].sort((a, b) => a - b);
    const ports = new Map(protocols.map((p) => [
        p,
        (0,policy_ports/* protocolHasPorts */.VK)(p)
            ? portIntervals(targets.filter((t) => t.protocols.includes(p)).flatMap((t) => t.ports))
            : [WHOLE],
    ]));
    return { protocols, ports };
}
function pairChanges(pair, channels, relations, app, cells) {
    const protocols = cells.protocols;
    const out = [];
    for (const protocol of protocols) {
        const ports = cells.ports.get(protocol);
        let run;
        for (const range of ports) {
            const port = app ? 1 : (0,policy_ports/* protocolHasPorts */.VK)(protocol) ? range.first : 0;
            const before = state(channels[0], pair, 0, protocol, port);
            const after = state(channels[1], pair, 1, protocol, port);
            if (!differs(before, after)) {
                run = undefined;
                continue;
            }
            if (run !== undefined &&
                run.before === before &&
                run.after === after &&
                run.ranges.at(-1).last + 1 === range.first) {
                run.ranges.at(-1).last = range.last;
                continue;
            }
            const everyone = after === 'yes' && fromEveryone(relations[1], pair.connecting[1], protocol, port);
            run = { src: pair.src, dst: pair.dst, protocol, ranges: [{ ...range }], before, after, fromEveryone: everyone };
            out.push(run);
        }
    }
    return mergeRuns(out);
}
/** Joins runs of one protocol with the same states into one change with several ranges (`80,443`). */
function mergeRuns(runs) {
    const byKey = new Map();
    for (const run of runs) {
        const key = `${run.protocol}|${run.before}|${run.after}|${run.fromEveryone}`;
        const existing = byKey.get(key);
        if (existing === undefined)
            byKey.set(key, run);
        else
            existing.ranges.push(...run.ranges);
    }
    return [...byKey.values()];
}
/** Every difference of one channel (network rules, or one app capability) between the sides. */
function diffChannel(atoms, sides, channels, app, budget) {
    const relations = [
        relate(channels[0].rules, atoms, 0, sides[0].env.match, budget),
        relate(channels[1].rules, atoms, 1, sides[1].env.match, budget),
    ];
    const cells = grid(relations, app);
    const stamps = [new Uint32Array(relations[0].targets.length), new Uint32Array(relations[1].targets.length)];
    let generation = 0;
    const out = [];
    for (const [src, dsts] of candidatePairs(relations, atoms, budget)) {
        const s = atoms[src];
        if (s.kind === 'service')
            continue;
        for (const dst of [...dsts].sort((a, b) => a - b)) {
            const d = atoms[dst];
            const known = [0, 1].find((i) => s.principals[i] !== undefined && d.principals[i] !== undefined);
            if (known === undefined)
                continue;
            const family = (0,network_index/* pairFamily */.rP)(s.principals[known], d.principals[known], unsure/* PREFERRED_FAMILY */.zG);
            if (family === undefined)
                continue;
            budget.step();
            generation++;
            const connecting = [
                intersect(relations[0].srcOf[src], relations[0].dstOf[dst], stamps[0], generation),
                intersect(relations[1].srcOf[src], relations[1].dstOf[dst], stamps[1], generation),
            ];
            out.push(...pairChanges({ src, dst, principals: [s.principals, d.principals], family, connecting }, channels, relations, app, cells));
        }
    }
    return { changes: out, selectedAfter: relations[1].srcOf.map((ids) => ids.length > 0) };
}

;// CONCATENATED MODULE: ./src/plan/highlights.ts
// What a reviewer must not miss, said first: access opened from `*` or to the internet, a
// principal left with no access at all, and changes touching many principals.


const SHOWN = 5;
function listed(items) {
    const unique = [...new Set(items)];
    const head = unique.slice(0, SHOWN).join(', ');
    return unique.length > SHOWN ? `${head} and ${unique.length - SHOWN} more` : head;
}
/** `autogroup:internet (icmp, tcp:443)`: each destination once, its protocols together. */
function accessList(changes) {
    const byDestination = new Map();
    for (const c of changes) {
        const dst = c.dstLabel.replace(/ \(IPv[46]\)$/, '');
        const set = byDestination.get(dst) ?? new Set();
        set.add(c.ports === '*' && c.proto !== 'tcp' && c.proto !== 'udp' ? c.proto : `${c.proto}:${c.ports}`);
        byDestination.set(dst, set);
    }
    return listed([...byDestination].map(([dst, what]) => `${dst} (${[...what].sort().join(', ')})`));
}
function toInternet(c, atoms) {
    const atom = atoms[c.dstAtoms[0]];
    return atom.kind === 'address' && (0,ip/* contains */.gR)((0,ranges/* internetRanges */.Ae)(), { family: atom.family, value: atom.range.lo });
}
function highlights({ changes, shown, atoms, selectedAfter, threshold }) {
    const out = [];
    const gained = shown.filter((c) => c.kind === 'network' && c.change === 'gained');
    const everyone = gained.filter((c) => c.fromEveryone === true);
    if (everyone.length > 0)
        out.push({ kind: 'from-everyone', message: `opens access from * to ${accessList(everyone)}` });
    const internet = gained.filter((c) => toInternet(c, atoms));
    if (internet.length > 0) {
        const sources = listed(internet.map((c) => c.srcLabel));
        out.push({ kind: 'to-internet', message: `opens access to the internet (autogroup:internet) for ${sources}` });
    }
    const lostAll = [
        ...new Set(changes.filter((c) => c.kind === 'network' && c.change === 'lost').map((c) => c.srcAtoms[0])),
    ].filter((id) => !selectedAfter[id] && atoms[id].kind !== 'address');
    if (lostAll.length > 0) {
        out.push({
            kind: 'all-access-removed',
            message: `takes all network access away from ${listed(lostAll.map((id) => atoms[id].label))}`,
        });
    }
    const principals = new Set(changes.map((c) => c.srcAtoms[0])).size;
    if (principals > threshold)
        out.push({
            kind: 'many-principals',
            message: `changes the access of ${principals} principals (more than ${threshold})`,
        });
    return out;
}

;// CONCATENATED MODULE: ./src/plan/proposals.ts
// Test entries that would lock untested changes in: each asserts the new verdict, so it passes
// on the new policy and fails on the old one. TCP and UDP changes on the same port become one
// entry without `proto` (a test without it checks TCP or UDP, as the engine does).
function destination(change) {
    const host = change.dst.includes(':') && !change.dst.startsWith('svc:') && !change.dst.startsWith('tag:')
        ? `[${change.dst}]`
        : change.dst;
    return `${host}:${change.port ?? 0}`;
}
function networkTests(changes) {
    const byTarget = new Map();
    for (const c of changes) {
        const key = `${c.src}|${c.change}|${destination(c)}`;
        const entry = byTarget.get(key) ?? { change: c, protos: new Set() };
        entry.protos.add(c.proto);
        byTarget.set(key, entry);
    }
    const bySource = new Map();
    for (const { change, protos } of byTarget.values()) {
        const both = protos.has('tcp') && protos.has('udp');
        const list = both ? [undefined, ...[...protos].filter((p) => p !== 'tcp' && p !== 'udp')] : [...protos];
        for (const proto of list) {
            const kind = change.change === 'gained' ? 'accept' : 'deny';
            const key = `${change.src}|${proto ?? ''}|${kind}`;
            let test = bySource.get(key);
            if (test === undefined)
                bySource.set(key, (test = { src: change.src, ...(proto === undefined ? {} : { proto }), list: [], kind }));
            const dst = destination(change);
            if (!test.list.includes(dst))
                test.list.push(dst);
        }
    }
    return [...bySource.values()].map(({ list, kind, ...rest }) => ({ ...rest, [kind]: list }));
}
function sshTests(changes) {
    const bySource = new Map();
    for (const c of changes) {
        // A lost action the new policy replaces by the other one is asserted by that gain's test.
        if (c.change === 'lost' &&
            changes.some((g) => g.change === 'gained' && g.src === c.src && g.dst === c.dst && g.sshUser === c.sshUser))
            continue;
        const kind = c.change === 'gained' ? c.action : 'deny';
        const key = `${c.src}|${c.dst}`;
        const entry = bySource.get(key) ?? { src: c.src, dst: [c.dst], lists: {} };
        const list = (entry.lists[kind] ??= []);
        if (!list.includes(c.sshUser))
            list.push(c.sshUser);
        bySource.set(key, entry);
    }
    const merged = new Map();
    for (const entry of bySource.values()) {
        const key = `${entry.src}|${JSON.stringify(entry.lists)}`;
        const same = merged.get(key);
        if (same === undefined)
            merged.set(key, entry);
        else
            same.dst.push(...entry.dst);
    }
    return [...merged.values()].map(({ src, dst, lists }) => ({
        src,
        dst,
        ...(lists.accept && { accept: lists.accept }),
        ...(lists.check && { check: lists.check }),
        ...(lists.deny && { deny: lists.deny }),
    }));
}
/** Proposed entries for the changes no test asserts yet (and that a test can assert). */
function proposeTests(changes) {
    const open = changes.filter((c) => !c.tested && c.testable);
    return {
        tests: networkTests(open.filter((c) => c.kind === 'network')),
        sshTests: sshTests(open.filter((c) => c.kind === 'ssh')),
    };
}

// EXTERNAL MODULE: ./src/hujson/index.ts + 15 modules
var hujson = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/policy/decode/policy.ts + 1 modules
var decode_policy = __webpack_require__(7645);
// EXTERNAL MODULE: ./src/policy/decode/reader.ts
var decode_reader = __webpack_require__(3766);
// EXTERNAL MODULE: ./src/policy/tailnet.ts
var tailnet = __webpack_require__(4219);
// EXTERNAL MODULE: ./src/policy/validate/index.ts + 8 modules
var validate = __webpack_require__(503);
;// CONCATENATED MODULE: ./src/plan/side.ts
// One side of a plan (the policy before or after the change), prepared once: decoded,
// validated, and compiled with the engine's own functions, as `checkPolicy` does before it runs
// tests. The plan then asks the same compiled rules the questions a test would ask.









/** Input the plan cannot be computed from; the message names the file, line and column. */
class PlanInputError extends Error {
    name = 'PlanInputError';
}
function located(name, finding) {
    const at = finding.position === undefined ? name : `${name}:${finding.position.line}:${finding.position.column}`;
    return `${at}: ${finding.message}`;
}
function parseSource(input) {
    if (input.root !== undefined)
        return input.root;
    try {
        return (0,hujson/* parse */.qg)(input.source ?? '');
    }
    catch (error) {
        if (!(error instanceof hujson/* HujsonSyntaxError */.VV))
            throw error;
        throw new PlanInputError(`${input.name}:${error.line}:${error.column}: ${error.message}`);
    }
}
/** Decodes and validates a policy; an invalid one cannot be planned (its rules are not what the server would run). */
function prepareSide(input, tailnet, extraKeys) {
    const reader = new decode_reader/* Reader */.mP();
    const policy = (0,decode_policy/* decodePolicy */.V)(parseSource(input), reader, extraKeys);
    const domains = tailnet?.domains;
    const { context, findings } = (0,validate/* validatePolicy */.t)(policy, domains === undefined ? {} : { domains });
    const errors = [...reader.errors, ...findings.errors];
    if (errors.length > 0) {
        throw new PlanInputError(`${located(input.name, errors[0])} (the policy must be valid to plan its access)`);
    }
    const env = {
        context,
        match: tailnet === undefined ? {} : { approvedRoutes: tailnet.approvedRoutes },
        resolved: new Map(),
    };
    if (tailnet !== undefined)
        env.tailnet = tailnet;
    const rules = (0,compile/* compileNetworkRules */.vE)(policy, context);
    return {
        name: input.name,
        policy,
        env,
        network: { rules, index: new network_index/* NetworkIndex */.TE(rules, env.match) },
        ssh: (0,compile/* compileSshRules */.nI)(policy.ssh, context),
        checkPeriods: policy.ssh.map((rule) => rule.checkPeriod?.text),
        apps: appChannels(policy, env),
    };
}
/**
 * App capabilities as network rules: one rule set per capability name, each grant allowing
 * "TCP, every port" to its destinations. The engine's matching then answers "does this source
 * hold the capability on that destination" exactly as it answers network questions.
 */
function appChannels(policy, env) {
    const byName = new Map();
    for (const grant of policy.grants ?? []) {
        if (grant.app === undefined || grant.app.length === 0)
            continue;
        if (grant.via !== undefined && grant.via.length > 0 && !unsure/* VIA_GRANTS_APPLY_TO_TESTS */._v)
            continue;
        const src = (0,compile/* compileSelectors */.cb)(grant.src.map((s) => s.text), env.context);
        const targets = grant.dst.map((d) => ({
            dst: (0,compile/* compileSelectors */.cb)([d.text], env.context),
            protocols: [policy_ports/* TCP */.qi],
            ports: [...policy_ports/* ALL_PORTS */.TQ],
            allPorts: true,
        }));
        const rule = { src, targets, postures: (0,compile/* postureRequirement */.gc)(grant.srcPosture, env.context) };
        for (const capability of grant.app) {
            const list = byName.get(capability.name.text) ?? [];
            list.push(rule);
            byName.set(capability.name.text, list);
        }
    }
    return new Map([...byName].map(([name, rules]) => [name, { rules, index: new network_index/* NetworkIndex */.TE(rules, env.match) }]));
}
function tailnetOf(topology) {
    return topology === undefined ? undefined : (0,tailnet/* buildTailnet */.i)(topology);
}

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(5432);
// EXTERNAL MODULE: ./src/policy/ssh-tests.ts
var ssh_tests = __webpack_require__(100);
;// CONCATENATED MODULE: ./src/plan/ssh.ts
// SSH access differences: for each (source, destination) pair some changed `ssh` rule may
// connect, and each login the rules name, the outcome the engine's sshTests evaluation gives
// (accept, check or deny) on both sides.





const ssh_NO_POSTURE = new network_index/* PostureCache */.pf(new Map());
const DEFAULT_CHECK_PERIOD = '12h';
/** Stands for "any login no rule names", which only `autogroup:nonroot` can grant. */
const OTHER_LOGIN = 'ssh-user';
/** Atoms an sshTest accepts as destination: no IPv6 address, no Service (as the engine's sshTests). */
function sshDestination(atom) {
    if (atom.kind === 'service')
        return false;
    if (atom.kind === 'address')
        return atom.family === 4 && atom.range.lo === atom.range.hi;
    return atom.kind !== 'device' || atom.family === 4;
}
function sshSource(atom) {
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
    if (nonroot)
        out.add(OTHER_LOGIN);
    return [...out].sort();
}
function relateSsh(side, index, atoms, budget) {
    const relation = { srcAtoms: [], dstAtoms: [], keys: [] };
    side.ssh.forEach((rule, r) => {
        const srcView = [];
        const dstView = [];
        const srcAtoms = [];
        const dstAtoms = [];
        for (const atom of atoms) {
            budget.step();
            const p = atom.principals[index];
            if (p === undefined)
                continue;
            const s = sshSource(atom) ? (0,match/* matchIdentity */.oD)(rule.src, p) : 'no';
            if (s !== 'no') {
                srcView.push(`${atom.id}${s[0]}`);
                srcAtoms.push(atom.id);
            }
            if (!sshDestination(atom))
                continue;
            const d = (0,match/* matchIdentity */.oD)(rule.dst, p);
            if (d !== 'no')
                dstView.push(`${atom.id}${d[0]}`);
            if (d !== 'no' || (rule.dst.self && (p.identity === 'user' || p.identity === 'unknown')))
                dstAtoms.push(atom.id);
        }
        const postures = JSON.stringify(rule.postures ?? null);
        const fields = [rule.action, rule.users.join(','), postures, side.checkPeriods[r], rule.dst.self];
        relation.keys.push([...fields, srcView.join(' '), dstView.join(' ')].join('|'));
        relation.srcAtoms.push(srcAtoms);
        relation.dstAtoms.push(dstAtoms);
    });
    return relation;
}
function ssh_candidates(relations, atoms, budget) {
    const balance = new Map();
    relations[0].keys.forEach((k) => balance.set(k, (balance.get(k) ?? 0) + 1));
    relations[1].keys.forEach((k) => balance.set(k, (balance.get(k) ?? 0) - 1));
    const pairs = new Map();
    const add = (s, d) => budget.addPair(pairs, s, d);
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
function sshState(rules, src, dst, login) {
    if (src === undefined || dst === undefined)
        return 'absent';
    const possible = (0,ssh_tests/* outcomes */.K)(rules, src, dst, login, ssh_NO_POSTURE);
    return possible.size === 1 ? [...possible][0] : 'unknown';
}
function nanos(period) {
    if (period === 'always')
        return 0n;
    const parsed = (0,duration/* parseGoDuration */.Qu)(period);
    return parsed.ok ? parsed.nanos : 0n;
}
/** The shortest checkPeriod among the check rules that apply on their own. */
function checkPeriod(side, src, dst, login) {
    let best;
    side.ssh.forEach((rule, r) => {
        if (rule.action !== 'check')
            return;
        const alone = (0,ssh_tests/* outcomes */.K)([rule], src, dst, login, ssh_NO_POSTURE);
        if (alone.size !== 1 || !alone.has('check'))
            return;
        const period = side.checkPeriods[r] ?? DEFAULT_CHECK_PERIOD;
        if (best === undefined || nanos(period) < nanos(best))
            best = period;
    });
    return best ?? DEFAULT_CHECK_PERIOD;
}
function diffSsh(atoms, sides, budget) {
    const relations = [
        relateSsh(sides[0], 0, atoms, budget),
        relateSsh(sides[1], 1, atoms, budget),
    ];
    const names = logins(sides, atoms);
    const out = [];
    for (const [src, dsts] of ssh_candidates(relations, atoms, budget)) {
        const s = atoms[src];
        for (const dst of [...dsts].sort((a, b) => a - b)) {
            const d = atoms[dst];
            for (const login of names) {
                budget.step();
                const before = sshState(sides[0].ssh, s.principals[0], d.principals[0], login);
                const after = sshState(sides[1].ssh, s.principals[1], d.principals[1], login);
                const states = [before, after];
                const periods = [0, 1].map((i) => states[i] === 'check' ? checkPeriod(sides[i], s.principals[i], d.principals[i], login) : undefined);
                const same = before === after || (before === 'absent' && after === 'deny') || (before === 'deny' && after === 'absent');
                if ((same && periods[0] === periods[1]) || (before === 'unknown' && after === 'unknown'))
                    continue;
                const change = { src, dst, login, before, after };
                if (periods[0] !== undefined)
                    change.beforePeriod = periods[0];
                if (periods[1] !== undefined)
                    change.afterPeriod = periods[1];
                out.push(change);
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/tested.ts
// Which changes a test of the new policy already asserts: a `tests` entry whose source and
// destination resolve to the change's atoms, on a port of the change, for its protocol, wanting
// the new verdict; or an `sshTests` entry wanting the new outcome for that login.




/** The atom a principal a test resolves to stands for: by key, or the address interval holding its address. */
function atomOf(universe, p) {
    const byKey = universe.byKey.get(p.key.replace(/\/[46]$/, ''));
    if (byKey !== undefined)
        return byKey;
    if (p.key.startsWith('user:') && p.login !== undefined) {
        const domain = p.login.slice(p.login.lastIndexOf('@') + 1);
        return universe.otherUsers.get(domain) ?? universe.otherUsers.get('');
    }
    for (const family of [4, 6]) {
        const at = (0,principal/* slot */.NI)(p, family);
        if (at?.kind === 'known')
            return intervalAt(universe, family, at.address.value)?.id;
    }
    return undefined;
}
function atomsOf(universe, endpoint) {
    if (!endpoint.ok)
        return [];
    return endpoint.principals.flatMap((p) => atomOf(universe, p) ?? []);
}
/** Marks the changes the new policy's tests assert. */
function markTested(changes, after, universe) {
    // Only pairs with a change are worth recording: tests name groups, and groups many users.
    const network = new Map(changes.map((c) => [`${c.srcAtoms[0]}|${c.dstAtoms[0]}`, []]));
    const ssh = new Set();
    const env = after.env;
    for (const test of after.policy.tests) {
        const srcs = atomsOf(universe, (0,endpoints/* resolveSource */.e)(test.src?.text ?? '', env));
        const proto = test.proto === undefined ? undefined : (0,policy_ports/* parseProtocol */.gR)(test.proto.text);
        if (srcs.length === 0 || (proto !== undefined && !proto.ok))
            continue;
        const protocols = proto?.ok ? [proto.value] : [policy_ports/* TCP */.qi, policy_ports/* UDP */.e0];
        for (const [kind, list] of [
            ['accept', test.accept],
            ['deny', test.deny],
        ]) {
            for (const entry of list) {
                const split = (0,policy_ports/* splitDestination */.RG)(entry.text);
                if (!split.ok || !/^[0-9]+$/.test(split.value.ports))
                    continue;
                const port = Number(split.value.ports);
                for (const d of atomsOf(universe, (0,endpoints/* resolveDestinationHost */.z)(split.value.host, env))) {
                    for (const s of srcs)
                        network.get(`${s}|${d}`)?.push({ protocols, port, kind });
                }
            }
        }
    }
    for (const test of after.policy.sshTests) {
        const srcs = atomsOf(universe, (0,endpoints/* resolveSource */.e)(test.src?.text ?? '', env));
        for (const dst of test.dst) {
            const dsts = atomsOf(universe, (0,endpoints/* resolveDestinationHost */.z)(dst.text, env));
            for (const [kind, list] of [
                ['accept', test.accept],
                ['check', test.check],
                ['deny', test.deny],
            ]) {
                for (const login of list)
                    for (const s of srcs)
                        for (const d of dsts)
                            ssh.add(`${s}|${d}|${login.text}|${kind}`);
            }
        }
    }
    for (const change of changes)
        change.tested = change.testable && asserted(change, network, ssh);
}
function asserted(change, network, ssh) {
    const s = change.srcAtoms[0];
    const d = change.dstAtoms[0];
    switch (change.kind) {
        case 'network': {
            const wanted = change.change === 'gained' ? 'accept' : 'deny';
            return (network.get(`${s}|${d}`) ?? []).some((a) => a.kind === wanted &&
                a.protocols.includes(change.protocol) &&
                change.ranges.some((r) => r.first <= a.port && a.port <= r.last));
        }
        case 'ssh': {
            // A lost action is locked in by a test of whatever replaced it: deny, or the other action.
            const wanted = change.change === 'gained' ? [change.action] : ['deny', change.action === 'accept' ? 'check' : 'accept'];
            return wanted.some((kind) => ssh.has(`${s}|${d}|${change.sshUser}|${kind}`));
        }
        case 'app':
            return false;
    }
}

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

;// CONCATENATED MODULE: ./src/plan/describe.ts
// Words for changes, shared by the text and Markdown renderings: one entry per source, with an
// SSH action swapped for another (accept → check) said as one change.
const PORTED = new Set(['tcp', 'udp', 'sctp']);
function period(c) {
    return c.action === 'check' && c.checkPeriod !== undefined ? ` (${c.checkPeriod})` : '';
}
function what(c) {
    switch (c.kind) {
        case 'network':
            // Protocols without ports (ICMP, GRE...) are allowed whole: no `:*` after them.
            return PORTED.has(c.proto) ? `${c.dstLabel} ${c.proto}:${c.ports}` : `${c.dstLabel} ${c.proto}`;
        case 'ssh':
            return `ssh to ${c.dstLabel} as ${c.sshUser}: ${c.action}${period(c)}`;
        case 'app':
            return `app ${c.capability} on ${c.dstLabel}`;
    }
}
/** The lost action an SSH gain replaces, if the plan holds one (same source, destination and login). */
function replaced(c, all) {
    if (c.kind !== 'ssh' || c.change !== 'gained')
        return undefined;
    return all.find((l) => l.kind === 'ssh' && l.change === 'lost' && l.src === c.src && l.dst === c.dst && l.sshUser === c.sshUser);
}
function describe_entriesBySource(plan) {
    const out = new Map();
    const skip = new Set();
    for (const c of plan.changes) {
        const old = replaced(c, plan.changes);
        if (old !== undefined)
            skip.add(old);
    }
    for (const c of plan.changes) {
        if (skip.has(c))
            continue;
        const old = replaced(c, plan.changes);
        const entry = old === undefined
            ? { sign: c.change === 'gained' ? '+' : '-', text: what(c), tested: c.tested, testable: c.testable }
            : {
                sign: '~',
                text: `ssh to ${c.dstLabel} as ${c.sshUser}: ${old.action}${period(old)} → ${c.action}${period(c)}`,
                tested: c.tested && old.tested,
                testable: c.testable,
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
            .map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`)
            .join(', ')}}`;
    }
    return JSON.stringify(value);
}
/** The proposed entries as HuJSON to paste into the policy's `tests` and `sshTests`. */
function describe_proposedText(proposed) {
    const section = (name, list) => list.length === 0 ? [] : [`"${name}": [`, ...list.map((t) => `  ${inlineJson(t)},`), '],'];
    return [...section('tests', proposed.tests), ...section('sshTests', proposed.sshTests)].join('\n');
}
function describe_proposedCount(proposed) {
    return proposed.tests.length + proposed.sshTests.length;
}
function describe_summary(plan) {
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

;// CONCATENATED MODULE: ./src/plan/render-text.ts
// The plan for terminals and CI logs (`tailnet-policy plan`).

/** Undecided differences listed in full; the rest are counted (the JSON has them all). */
const UNDECIDED_SHOWN = 20;
/** One line per source, destination and states; a destination's protocols joined (`tcp:22, udp:22`). */
function undecidedLines(list) {
    const lines = new Map();
    for (const u of list) {
        const what = u.kind === 'network' ? `${u.proto}:${u.ports}` : u.kind === 'ssh' ? `ssh as ${u.sshUser}` : `app ${u.capability}`;
        const key = `${u.srcLabel} → ${u.dstLabel}\u0000before ${u.before}, after ${u.after}`;
        lines.set(key, [...(lines.get(key) ?? []), what]);
    }
    return [...lines].map(([key, whats]) => {
        const [pair, states] = key.split('\u0000');
        return `  ${pair} ${whats.join(', ')}: ${states}`;
    });
}
/** Lines ending in newlines: header, highlights, changes by source, undecided, proposed tests, summary. */
function renderPlanText(plan) {
    const mode = plan.mode === 'symbolic' ? 'offline, no tailnet given' : 'against the given tailnet';
    const lines = [`Access plan: ${plan.before} → ${plan.after} (${mode})`];
    if (plan.changes.length === 0 && plan.undecided.length === 0)
        return `${lines[0]}\nNo access changes.\n`;
    if (plan.highlights.length > 0)
        lines.push('', 'Highlights:', ...plan.highlights.map((h) => `  ! ${h.message}`));
    for (const { source, entries } of describe_entriesBySource(plan)) {
        lines.push('', source);
        for (const e of entries)
            lines.push(`  ${e.sign} ${e.text}${!e.testable ? ' (no test can assert this)' : e.tested ? ' (tested)' : ''}`);
    }
    if (plan.undecided.length > 0) {
        const all = undecidedLines(plan.undecided);
        const shown = all.slice(0, UNDECIDED_SHOWN);
        const more = all.length - shown.length;
        lines.push('', 'Undecided offline (depends on the tailnet):', ...shown, ...(more > 0 ? [`  ... and ${more} more (--json lists them all)`] : []));
    }
    if (describe_proposedCount(plan.proposed) > 0) {
        lines.push('', 'Proposed tests for the untested changes (paste into the policy):', ...describe_proposedText(plan.proposed)
            .split('\n')
            .map((l) => `  ${l}`));
    }
    lines.push('', describe_summary(plan));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/render/markdown/markdown.ts
// Markdown building blocks for text that comes from the policy or the API. Such text is
// untrusted: a policy can hold `<script>`, table pipes, or a list of email addresses, and a
// comment posted by the action must neither break its own layout nor notify anyone.
/** Zero-width joiner: keeps `@alice` readable while GitHub no longer sees a mention. */
const ZWJ = '\u200d';
/** Longest text kept in one table cell, so one huge message cannot fill a whole comment. */
const MAX_CELL_LENGTH = 300;
const REPLACEMENTS = {
    '\\': '\\\\',
    '`': '\\`',
    '*': '\\*',
    _: '\\_',
    '[': '\\[',
    ']': '\\]',
    '|': '\\|',
    '#': '\\#',
    '~': '\\~',
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    // An HTML entity would be decoded before GitHub looks for mentions; a joiner is not.
    '@': `@${ZWJ}`,
};
/**
 * Bidirectional controls reorder what a reviewer sees (U+202E turns `ok` into `ko` on screen),
 * so they are shown by name instead. Listed in Unicode's UAX #9 (explicit formatting characters).
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function showBidi(text) {
    return text.replace(BIDI_CONTROLS, (char) => `⟨U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
/**
 * GitHub turns some plain text into links: bare URLs and `www.` hosts (autolinks), `#12`,
 * `owner/repo#12` and `GH-12` (references). A joiner after the first character of each keeps
 * the text readable and inert, so a policy cannot put a clickable login page in the comment.
 */
function breakLinks(text) {
    return text
        .replace(/(https?|ftp|mailto|xmpp)(:)/gi, `$1${ZWJ}$2`)
        .replace(/\b(w)(ww\.)/gi, `$1${ZWJ}$2`)
        .replace(/\b(G)(H-\d)/gi, `$1${ZWJ}$2`)
        .replace(/(#)(\d)/g, `$1${ZWJ}$2`);
}
/**
 * Escapes untrusted text for inline use: in a paragraph, a list item or a table cell.
 * Newlines become `<br>` because a raw newline would end a table row or start a new block.
 */
function markdown_escapeMarkdown(text) {
    return showBidi(breakLinks(text))
        .replace(/[\\`*_[\]|#~&<>@]/g, (char) => REPLACEMENTS[char] ?? char)
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** Escapes untrusted text inside raw HTML (e.g. `<summary>`), where markdown escapes show. */
function markdown_escapeHtml(text) {
    return showBidi(breakLinks(text))
        .replace(/[&<>"@]/g, (char) => (char === '"' ? '&quot;' : (REPLACEMENTS[char] ?? char)))
        .replace(/\r\n|\r|\n/g, ' ');
}
/** Escapes text for a table cell, shortened to `max` characters (before escaping). */
function markdown_escapeCell(text, max = MAX_CELL_LENGTH) {
    const chars = [...text];
    const short = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
    return markdown_escapeMarkdown(short);
}
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/**
 * A fenced code block. The fence is longer than any backtick run in the content, so the
 * content cannot close it early; mentions and markup are inert inside code blocks.
 */
function markdown_codeBlock(content, language = '') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
    const shown = showBidi(content);
    const body = shown === '' || shown.endsWith('\n') ? shown : `${shown}\n`;
    return `${fence}${language}\n${body}${fence}`;
}
/** An inline code span for short identifiers (ETags, commits, file names); one line only. */
function inlineCode(text) {
    const flat = showBidi(text).replace(/\r\n|\r|\n/g, ' ');
    const fence = '`'.repeat(longestBacktickRun(flat) + 1);
    // A space keeps a leading or trailing backtick from merging with the fence.
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A collapsible block; the blank lines let GitHub render the markdown inside the HTML. */
function markdown_details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A GitHub alert block (`> [!NOTE]`), one `>` per line so multi-line bodies stay inside. */
function markdown_alert(kind, body) {
    const lines = body.split('\n').map((line) => (line === '' ? '>' : `> ${line}`));
    return [`> [!${kind}]`, ...lines].join('\n');
}
/** A markdown table; cells must already be escaped. */
function markdown_table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./src/plan/render-markdown.ts
// The "Access changes" section of the pull-request comment, job summary and drift issue:
// highlights, a table grouped by source (collapsed when long), undecided differences and the
// proposed tests (collapsed). Everything from the policy is escaped: it is untrusted text.


/** Rows shown before the table is folded into a <details> block. */
const OPEN_ROWS = 15;
/** Undecided differences listed in the table; the rest are counted. */
const UNDECIDED_ROWS = 50;
const SIGN_WORDS = { '+': 'gains', '-': 'loses', '~': 'changes' };
function testedCell(e) {
    return !e.testable ? 'n/a' : e.tested ? 'yes' : '**no**';
}
function changesTable(plan) {
    const rows = [];
    for (const { source, entries } of entriesBySource(plan)) {
        entries.forEach((e, i) => rows.push([i === 0 ? escapeCell(source) : '', SIGN_WORDS[e.sign], escapeCell(e.text), testedCell(e)]));
    }
    return { markdown: table(['Source', 'Change', 'Access', 'Tested'], rows), rows: rows.length };
}
function undecidedRow(u) {
    const what = u.kind === 'network'
        ? `${u.dstLabel} ${u.proto}:${u.ports}`
        : u.kind === 'ssh'
            ? `ssh to ${u.dstLabel} as ${u.sshUser}`
            : `app ${u.capability} on ${u.dstLabel}`;
    return [escapeCell(u.srcLabel), escapeCell(what), escapeCell(u.before), escapeCell(u.after)];
}
function highlightsAlert(plan) {
    return alert('WARNING', plan.highlights.map((h) => `- ${escapeMarkdown(h.message)}`).join('\n'));
}
/**
 * The section, starting with its heading. `against` says what the plan was computed against,
 * e.g. "against the live policy" or "against the base branch's version". With `brief` (when
 * a comment must shrink), only the summary and highlights, and where the rest is.
 */
function renderPlanMarkdown(plan, against, brief) {
    const parts = ['### Access changes'];
    if (brief !== undefined) {
        parts.push(`${escapeMarkdown(summary(plan))}; computed ${escapeMarkdown(against)}. ${brief.elsewhere}`);
        if (plan.highlights.length > 0)
            parts.push(highlightsAlert(plan));
        return parts.join('\n\n');
    }
    if (plan.changes.length === 0 && plan.undecided.length === 0) {
        parts.push(`No access changes ${escapeMarkdown(against)}.`);
        return parts.join('\n\n');
    }
    const mode = plan.mode === 'topology' ? ', evaluated on the given tailnet' : '';
    parts.push(`${escapeMarkdown(summary(plan))}; computed ${escapeMarkdown(against)}${mode}.`);
    if (plan.highlights.length > 0)
        parts.push(highlightsAlert(plan));
    if (plan.changes.length > 0) {
        const { markdown, rows } = changesTable(plan);
        parts.push(rows > OPEN_ROWS ? details(`${rows} access changes`, markdown) : markdown);
    }
    if (plan.undecided.length > 0) {
        const rows = plan.undecided.slice(0, UNDECIDED_ROWS).map(undecidedRow);
        const more = plan.undecided.length - rows.length;
        const body = table(['Source', 'Access', 'Before', 'After'], rows) +
            (more > 0 ? `\n\n… and ${more} more (the JSON plan lists them all).` : '');
        parts.push(details(`${plan.undecided.length} difference(s) undecided offline (they depend on the tailnet)`, body));
    }
    const count = proposedCount(plan.proposed);
    if (count > 0) {
        parts.push(details(`Proposed tests for the untested changes (${count} ${count === 1 ? 'entry' : 'entries'})`, codeBlock(proposedText(plan.proposed), 'jsonc')));
    }
    return parts.join('\n\n');
}
/** The summary line alone, escaped for a <summary> element (for callers folding the section). */
function planSummaryHtml(plan) {
    return escapeHtml(summary(plan));
}

;// CONCATENATED MODULE: ./src/plan/index.ts
// The access plan: what a policy change does to who can reach what. Both policies are compiled
// by the engine; every endpoint either names (or, with a tailnet description, every device) is
// evaluated on both sides wherever a changed rule could make a difference, and the differences
// are reported as network, SSH and app-capability changes, with tests that would assert them.
















const DEFAULT_THRESHOLD = 20;
function emptyChannel(side) {
    return { rules: [], index: new network_index/* NetworkIndex */.TE([], side.env.match) };
}
/**
 * Computes the access plan from `before` to `after`. Throws PlanInputError when either is not a
 * valid policy, PlanCutShortError when the deadline passes or the work would exceed the caps.
 */
function computeAccessPlan(before, after, options = {}) {
    const budget = new PlanBudget(options.deadline, options.now, options.caps);
    budget.check();
    const tailnet = tailnetOf(options.topology);
    const first = prepareSide(before, tailnet, options.extraKeys);
    budget.check();
    const sides = [first, prepareSide(after, tailnet, options.extraKeys)];
    budget.check();
    const universe = buildUniverse(sides[0], sides[1], budget);
    const atoms = universe.atoms;
    const network = diffChannel(atoms, sides, [sides[0].network, sides[1].network], false, budget);
    const parts = [networkChanges(network.changes, atoms)];
    const capabilities = [...new Set([...sides[0].apps.keys(), ...sides[1].apps.keys()])].sort();
    for (const capability of capabilities) {
        const channels = [
            sides[0].apps.get(capability) ?? emptyChannel(sides[0]),
            sides[1].apps.get(capability) ?? emptyChannel(sides[1]),
        ];
        parts.push(networkChanges(diffChannel(atoms, sides, channels, true, budget).changes, atoms, capability));
    }
    parts.push(sshChanges(diffSsh(atoms, sides, budget), atoms));
    budget.check();
    const changes = parts.flatMap((p) => p.changes);
    markTested(changes, sides[1], universe);
    const threshold = options.highlightThreshold ?? DEFAULT_THRESHOLD;
    const shown = present(changes, universe, sides);
    const found = highlights({ changes, shown, atoms, selectedAfter: network.selectedAfter, threshold });
    return {
        mode: tailnet === undefined ? 'symbolic' : 'topology',
        before: before.name,
        after: after.name,
        changes: shown,
        undecided: sortChanges(parts.flatMap((p) => p.undecided)),
        highlights: found,
        // An endpoint the new policy no longer defines cannot appear in its tests.
        proposed: proposeTests(shown.filter((c) => [...c.srcAtoms, ...c.dstAtoms].every((id) => atoms[id].principals[1] !== undefined))),
        principals: new Set(changes.map((c) => c.srcAtoms[0])).size,
    };
}
/** Collapsed, merged and sorted changes, still carrying their atoms (dropped by planJson). */
function present(changes, universe, [before, after]) {
    const all = collections(universe, before, after);
    let out = collapseSources(changes, all, 'src');
    const destinations = [...(after.env.tailnet === undefined ? [] : all), ...internetCollections(universe)];
    out = collapseSources(out, destinations, 'dst');
    return sortChanges(mergeIntervals(out, universe.atoms));
}
const KIND_ORDER = { network: 0, ssh: 1, app: 2 };
function sortChanges(changes) {
    const key = (c) => [
        c.srcLabel,
        `${KIND_ORDER[c.kind]}`,
        c.dstLabel,
        'change' in c ? c.change : '',
        c.proto ?? '',
        c.sshUser ?? '',
        c.capability ?? '',
    ];
    return changes.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        for (let i = 0; i < ka.length; i++)
            if (ka[i] !== kb[i])
                return ka[i] < kb[i] ? -1 : 1;
        return 0;
    });
}


/***/ })

};
