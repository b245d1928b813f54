"use strict";
exports.id = 338;
exports.ids = [338];
exports.modules = {

/***/ 6659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ AddressIndex)
/* harmony export */ });
// Finds the selector sets whose addresses contain a given address without testing each one:
// ranges sorted by start, with a running maximum of their ends, so a lookup walks back only while
// an earlier range may reach the address (a few steps, mostly). After a wide range every step
// would (100.64.0.0/10 and N /32 targets took N² steps), so a walk that goes on too long asks a
// tree of the largest end of each span of ranges instead, a few steps per range found.
/** Entries a lookup walks back over before it asks the tree. */
const WALK_STEPS = 32;
class AddressIndex {
    entries = { 4: [], 6: [] };
    /**
     * Per family, a complete binary tree over the sorted entries, leaves from `leaves[family]` on:
     * each node holds the largest end among the entries under it (-1 where there are none). Built
     * on the first walk that goes too far: most indexes never need it.
     */
    ends = { 4: [], 6: [] };
    leaves = { 4: 1, 6: 1 };
    /** Per family, the largest end among the entries up to each one: how far back a walk must look. */
    maxHi = { 4: [], 6: [] };
    /** Ids whose addresses cover the whole Tailscale device range, per family. */
    covering = { 4: [], 6: [] };
    /** Ids whose addresses cover part of the Tailscale device range, per family. */
    partial = { 4: [], 6: [] };
    sorted = true;
    add(id, set) {
        // Addresses whose membership hangs on an ipset's autogroup:internet are candidates too:
        // matching decides them (match.ts).
        const dependent = set.internetDependent;
        for (const family of [4, 6]) {
            this.addRanges(id, family, family === 4 ? set.addresses.v4 : set.addresses.v6);
            if (dependent !== undefined)
                this.addRanges(id, family, family === 4 ? dependent.v4 : dependent.v6);
            if (set.tailscale[family] === 'yes')
                this.covering[family].push(id);
            else if (set.tailscale[family] === 'unknown')
                this.partial[family].push(id);
        }
    }
    addRanges(id, family, ranges) {
        // Index loops: this runs once per rule part, mostly before the optimiser has seen it.
        const entries = this.entries[family];
        for (let i = 0; i < ranges.length; i++)
            entries.push({ lo: ranges[i].lo, hi: ranges[i].hi, id });
        if (ranges.length > 0)
            this.sorted = false;
    }
    sort() {
        for (const family of [4, 6]) {
            const entries = this.entries[family].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
            let max = -1n;
            this.maxHi[family] = entries.map((e) => (max = e.hi > max ? e.hi : max));
            this.ends[family] = [];
        }
        this.sorted = true;
    }
    /** The tree of ends over the sorted entries, built the first time a walk goes too far. */
    tree(family) {
        if (this.ends[family].length > 0)
            return this.ends[family];
        const entries = this.entries[family];
        let leaves = 1;
        while (leaves < entries.length)
            leaves *= 2;
        const ends = new Array(2 * leaves).fill(-1n);
        for (let i = 0; i < entries.length; i++)
            ends[leaves + i] = entries[i].hi;
        for (let node = leaves - 1; node >= 1; node--) {
            const [left, right] = [ends[2 * node], ends[2 * node + 1]];
            ends[node] = left > right ? left : right;
        }
        this.leaves[family] = leaves;
        this.ends[family] = ends;
        return ends;
    }
    /** Ids whose addresses contain `address` (an id may appear twice if two of its ranges do), nearest start first. */
    lookup(address) {
        if (!this.sorted)
            this.sort();
        const { family, value } = address;
        const entries = this.entries[family];
        const maxHi = this.maxHi[family];
        // The entries starting at or before the address: [0, starting).
        let starting = 0;
        let high = entries.length;
        while (starting < high) {
            const mid = (starting + high) >>> 1;
            if (entries[mid].lo <= value)
                starting = mid + 1;
            else
                high = mid;
        }
        // Most lookups take a few steps back, until no earlier entry reaches the address. After a wide
        // range, every step would: past WALK_STEPS, the tree answers instead.
        const out = [];
        let i = starting - 1;
        for (; i >= 0 && maxHi[i] >= value && starting - i <= WALK_STEPS; i--)
            if (entries[i].hi >= value)
                out.push(entries[i].id);
        if (i < 0 || maxHi[i] < value)
            return out;
        out.length = 0;
        this.descend(this.tree(family), family, 1, 0, this.leaves[family], starting, value, out);
        return out;
    }
    /**
     * Appends the ids of the entries under `node` (spanning [first, end)) that start before
     * `starting` and reach `value`; the later half first, in the walk's order.
     */
    descend(ends, family, node, first, end, starting, value, out) {
        if (first >= starting || ends[node] < value)
            return;
        if (node >= this.leaves[family]) {
            out.push(this.entries[family][first].id);
            return;
        }
        const mid = (first + end) >>> 1;
        this.descend(ends, family, 2 * node + 1, mid, end, starting, value, out);
        this.descend(ends, family, 2 * node, first, mid, starting, value, out);
    }
}


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ namesIdentities),
/* harmony export */   cb: () => (/* binding */ compileSelectors),
/* harmony export */   g6: () => (/* binding */ viaTags),
/* harmony export */   gc: () => (/* binding */ postureRequirement),
/* harmony export */   nI: () => (/* binding */ compileSshRules),
/* harmony export */   vE: () => (/* binding */ compileNetworkRules)
/* harmony export */ });
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
/* harmony import */ var _posture_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6138);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7421);
/* harmony import */ var _ranges_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1374);
/* harmony import */ var _selectors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8432);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2250);
// Compiles ACLs and grants into allow rules with selector sets that can be matched quickly
// (docs/policy-semantics.md §2.9): identity selectors become hash sets, address selectors one IP
// set.






/** Whether the set names any identity (users, groups, tags, identity autogroups). */
function namesIdentities(set) {
    return (set.users.size + set.groups.size + set.scimGroups.size + set.tags.size + set.roles.size + set.domains.size > 0 ||
        set.member ||
        set.tagged ||
        set.shared);
}
// Most selector sets name few kinds of things: the kinds they do not name share one empty set.
const NONE = new Set();
const OUTSIDE_TAILSCALE = { 4: 'no', 6: 'no' };
function emptySet() {
    return {
        wildcard: false,
        dangerAll: false,
        users: NONE,
        groups: NONE,
        scimGroups: NONE,
        tags: NONE,
        member: false,
        tagged: false,
        shared: false,
        self: false,
        internet: false,
        roles: NONE,
        domains: NONE,
        services: NONE,
        addresses: _ip_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_ADDRESSES */ .xY,
        tailscale: OUTSIDE_TAILSCALE,
    };
}
/** `items` with `item` added: a set of its own replaces the shared empty one on first use. */
function plus(items, item) {
    if (items === NONE)
        return new Set().add(item);
    items.add(item);
    return items;
}
const AUTOGROUP_FLAGS = {
    member: 'member',
    tagged: 'tagged',
    shared: 'shared',
    self: 'self',
    internet: 'internet',
    'danger-all': 'dangerAll',
};
/**
 * Compiles selectors; ones that failed validation are left out. With a deadline, the ranges a
 * union copies count against its size limit; past it the set holds no addresses, and the caller,
 * which must then check `deadline.cutShort`, does not use it.
 */
function compileSelectors(texts, context, deadline) {
    const set = emptySet();
    const prefixes = [];
    const ipsets = [];
    const dependents = [];
    // forEach, not for-of: this runs for every selector list of the policy, mostly before V8
    // optimises it, where each step of a for-of makes an iterator result.
    texts.forEach((text) => {
        const s = (0,_selectors_js__WEBPACK_IMPORTED_MODULE_1__/* .classify */ .L)(text);
        if (s.kind === 'wildcard')
            set.wildcard = true;
        else if (s.kind === 'user')
            set.users = plus(set.users, (0,_unsure_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeLogin */ .tq)(s.login));
        else if (s.kind === 'group' && s.scim && !context.groups.has(s.name))
            set.scimGroups = plus(set.scimGroups, s.name);
        else if (s.kind === 'group')
            set.groups = plus(set.groups, s.name);
        else if (s.kind === 'tag')
            set.tags = plus(set.tags, s.name);
        else if (s.kind === 'domain')
            set.domains = plus(set.domains, s.domain);
        else if (s.kind === 'service')
            set.services = plus(set.services, s.name);
        else if (s.kind === 'prefix')
            prefixes.push(s.prefix);
        else if (s.kind === 'host' || s.kind === 'hostRef') {
            const prefix = context.hosts.get(s.name);
            if (prefix !== undefined)
                prefixes.push(prefix);
        }
        else if (s.kind === 'ipset') {
            const ipset = context.ipsets.get(s.name);
            if (ipset !== undefined)
                ipsets.push(ipset);
            const dependent = context.internetDependent.get(s.name);
            if (ipset !== undefined && dependent !== undefined)
                dependents.push([ipset, dependent]);
        }
        else if (s.kind === 'autogroup') {
            const flag = AUTOGROUP_FLAGS[s.name];
            if (flag !== undefined)
                set[flag] = true;
            else if (_selectors_js__WEBPACK_IMPORTED_MODULE_1__/* .ROLE_AUTOGROUPS */ .n.has(s.name))
                set.roles = plus(set.roles, s.name);
        }
    });
    if (prefixes.length > 0)
        ipsets.push((0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(prefixes.map((p) => ({ family: p.family, range: (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .prefixRange */ .EE)(p) }))));
    // A union copies every range of its sets: N rules naming one ipset of N ranges beside
    // another address copy N² of them (8,000: 16 s and 1.3 GB before the index's limit was reached).
    if (ipsets.length > 1 && deadline?.charge(ipsets.reduce((n, s) => n + s.v4.length + s.v6.length, 0)) === true)
        return set;
    if (ipsets.length > 0) {
        set.addresses = (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .unionAll */ .TG)(ipsets);
        set.tailscale = { 4: tailscaleRelation(set.addresses, 4), 6: tailscaleRelation(set.addresses, 6) };
    }
    if (dependents.length > 0)
        set.internetDependent = internetDependent(set.addresses, ipsets, dependents);
    return set;
}
/**
 * Where the set's addresses would differ if every ipset's `autogroup:internet` stood for nothing:
 * each such ipset is replaced by its addresses without it (the symmetric difference undone).
 */
function internetDependent(addresses, ipsets, dependents) {
    const bare = new Map(dependents.map(([ipset, dependent]) => [ipset, (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .symmetricDifference */ .BT)(ipset, dependent)]));
    return (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .symmetricDifference */ .BT)(addresses, (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .unionAll */ .TG)(ipsets.map((ipset) => bare.get(ipset) ?? ipset)));
}
function tailscaleRelation(addresses, family) {
    if ((0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .covers */ .hU)(addresses, (0,_ranges_js__WEBPACK_IMPORTED_MODULE_3__/* .tailscaleDeviceRanges */ .vi)(), family))
        return 'yes';
    return (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .overlaps */ .$f)(addresses, (0,_ranges_js__WEBPACK_IMPORTED_MODULE_3__/* .tailscaleDeviceRanges */ .vi)(), family) ? 'unknown' : 'no';
}
/** A grant's `via` tags, sorted and each once; undefined when it has none (`[]` and `null` included). */
function viaTags(grant) {
    if (grant.via === undefined || grant.via.length === 0)
        return undefined;
    return [...new Set(grant.via.map((tag) => tag.text))].sort();
}
function postureRequirement(names, context) {
    const list = names?.map((n) => n.text) ?? context.defaultSrcPosture;
    if (list === undefined || list.length === 0)
        return undefined;
    return list.map((name) => context.postures.get(name) ?? (0,_posture_js__WEBPACK_IMPORTED_MODULE_4__/* .undefinedPosture */ .RG)(name));
}
/**
 * What one compilation has already made: rules name the same selectors and `host:ports`
 * destinations over and over, and compiled sets and port lists are never changed once made,
 * so rules share them.
 */
class Compiled {
    context;
    deadline;
    sets = new Map();
    destinations = new Map();
    capabilities = new Map();
    constructor(context, deadline) {
        this.context = context;
        this.deadline = deadline;
    }
    /** The set of one selector. */
    one(text) {
        let set = this.sets.get(text);
        if (set === undefined) {
            set = compileSelectors([text], this.context, this.deadline);
            this.sets.set(text, set);
        }
        return set;
    }
    /** The set of a list of selectors. */
    list(texts) {
        return texts.length === 1
            ? this.one(texts[0].text)
            : compileSelectors(texts.map((t) => t.text), this.context, this.deadline);
    }
    /** An ACL `host:ports` destination; null when it is not one (validation reports it). */
    destination(text) {
        let found = this.destinations.get(text);
        if (found === undefined) {
            // Whitespace around the entry is read as the validator reads it: trimmed (§2.1).
            const split = (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .splitDestination */ .RG)(text.trim());
            const ports = split.ok ? (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePortSpec */ .qy)(split.value.ports) : undefined;
            found = split.ok && ports?.ok ? { host: this.one(split.value.host), ports: (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .mergePortRanges */ .WH)(ports.value) } : null;
            this.destinations.set(text, found);
        }
        return found;
    }
    /** A grant's `ip` entries; a single entry (the usual case) is parsed once per text. */
    ip(entries) {
        if (entries.length !== 1)
            return capabilitiesByProtocols(entries);
        const text = entries[0].text;
        let caps = this.capabilities.get(text);
        if (caps === undefined) {
            caps = capabilitiesByProtocols(entries);
            this.capabilities.set(text, caps);
        }
        return caps;
    }
}
function aclRule(rule, compiled) {
    const protocol = rule.proto === undefined ? undefined : (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .parseProtocol */ .gR)(rule.proto.text);
    const protocols = protocol?.ok ? [protocol.value] : _ports_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_PROTOCOLS */ .ao;
    // Sized to the rule (an array grown by push keeps room for seventeen); every rule lives to the end.
    const targets = new Array(rule.dst.length);
    let count = 0;
    for (const d of rule.dst) {
        const destination = compiled.destination(d.text);
        if (destination === null)
            continue;
        const { host, ports } = destination;
        targets[count++] = { dst: host, protocols, ports, allPorts: (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .allPorts */ .i2)(ports) };
    }
    targets.length = count;
    return {
        src: compiled.list(rule.src),
        targets,
        postures: postureRequirement(rule.srcPosture, compiled.context),
    };
}
/** A grant's network rule; undefined when it allows no network access (an `app`-only grant). */
function grantRule(grant, compiled) {
    const caps = compiled.ip(grant.ip ?? []);
    // Once per capability: asked per destination, N destinations and N ranges cost N × N.
    const whole = caps.map((cap) => (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .allPorts */ .i2)(cap.ports));
    const targets = new Array(grant.dst.length * caps.length);
    let count = 0;
    grant.dst.forEach((d) => {
        const dst = compiled.one(d.text);
        caps.forEach((cap, c) => {
            targets[count++] = { dst, protocols: cap.protocols, ports: cap.ports, allPorts: whole[c] };
        });
    });
    if (targets.length === 0)
        return undefined;
    const rule = {
        src: compiled.list(grant.src),
        targets,
        postures: postureRequirement(grant.srcPosture, compiled.context),
    };
    const via = viaTags(grant);
    if (via !== undefined)
        rule.via = via;
    return rule;
}
/**
 * A grant's `ip` entries with the ports of equal protocol lists merged: a grant with many
 * entries then yields one target per destination and protocol list, not one per entry.
 */
function capabilitiesByProtocols(entries) {
    const byProtocols = new Map();
    for (const entry of entries) {
        const parsed = (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .parseGrantIp */ .dP)(entry.text);
        if (!parsed.ok)
            continue;
        const key = parsed.value.protocols.join(',');
        const known = byProtocols.get(key);
        if (known === undefined)
            byProtocols.set(key, { protocols: parsed.value.protocols, ports: [...parsed.value.ports] });
        else
            for (const range of parsed.value.ports)
                known.ports.push(range);
    }
    return Array.from(byProtocols.values(), (cap) => ({ protocols: cap.protocols, ports: (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .mergePortRanges */ .WH)(cap.ports) }));
}
/**
 * All network allow rules; with neither `acls` nor `grants`, the policy allows everything. With a
 * deadline, stops once it passes (the caller must then check `deadline.cutShort`).
 */
function compileNetworkRules(policy, context, deadline) {
    if (policy.acls === undefined && policy.grants === undefined) {
        const all = compileSelectors(['*'], context);
        return [
            {
                src: all,
                targets: [{ dst: all, protocols: _ports_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_PROTOCOLS */ .ao, ports: [{ first: 0, last: 65535 }], allPorts: true }],
            },
        ];
    }
    const compiled = new Compiled(context, deadline);
    const rules = [];
    for (const acl of policy.acls ?? []) {
        if (deadline?.passed() === true)
            return rules;
        rules.push(aclRule(acl, compiled));
    }
    for (const grant of policy.grants ?? []) {
        if (deadline?.passed() === true)
            return rules;
        const rule = grantRule(grant, compiled);
        if (rule !== undefined)
            rules.push(rule);
    }
    return rules;
}
/**
 * Whether the server holds SSH rules without `srcPosture` to `defaultSrcPosture` is not known
 * (docs/policy-semantics.md §5.7). Tests then let such a rule apply where the device meets the
 * posture, and leave it open elsewhere: an opaque posture, always unknown, among those it may meet.
 */
const DEFAULT_POSTURE_MAY_NOT_APPLY = (0,_posture_js__WEBPACK_IMPORTED_MODULE_4__/* .undefinedPosture */ .RG)('defaultSrcPosture on SSH rules');
/** SSH rules, compiled; with a deadline, stops once it passes (the caller must then check `deadline.cutShort`). */
function compileSshRules(rules, context, options = {}) {
    const compiled = [];
    for (const rule of rules) {
        if (options.deadline?.passed() === true)
            break;
        compiled.push(withDefaultPosture(rule, compileSshRule(rule, context, options.deadline), options));
    }
    return compiled;
}
function withDefaultPosture(rule, compiled, options) {
    if (options.defaultUnsure !== true || rule.srcPosture !== undefined || compiled.postures === undefined)
        return compiled;
    return { ...compiled, postures: [...compiled.postures, DEFAULT_POSTURE_MAY_NOT_APPLY], defaultPosture: true };
}
function compileSshRule(rule, context, deadline) {
    const compiled = {
        // Trimmed as the validator reads it: the server trims an SSH rule's strings [captured] (§1.4.3).
        action: rule.action?.text.trim() === 'check' ? 'check' : 'accept',
        src: compileSelectors(rule.src.map((s) => s.text), context, deadline),
        dst: compileSelectors(rule.dst.map((d) => d.text), context, deadline),
        users: (rule.users ?? []).map((u) => u.text.trim()),
        postures: postureRequirement(rule.srcPosture, context),
    };
    // Trimmed as the validator reads it (§1.4.3).
    if (rule.checkPeriod !== undefined)
        compiled.checkPeriod = rule.checkPeriod.text.trim();
    return compiled;
}


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yb: () => (/* binding */ targetSet),
/* harmony export */   gC: () => (/* binding */ buildContext),
/* harmony export */   mc: () => (/* binding */ parseIpsetOperation)
/* harmony export */ });
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9177);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(259);
/* harmony import */ var _ranges_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1374);
/* harmony import */ var _selectors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8432);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
/* harmony import */ var _posture_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6138);
// Name tables built from the definition sections, shared by validation, compilation and tests.






/**
 * Builds the name tables. With a deadline, stops once it passes (the caller must then check
 * `deadline.cutShort` and not use the tables, which may be incomplete).
 */
function buildContext(policy, deadline) {
    const groups = new Map();
    const groupsOfUser = new Map();
    for (const group of policy.groups) {
        if (deadline?.passed() === true)
            break;
        const logins = new Set();
        // forEach, not for-of: this runs for every member of every group, mostly before V8 optimises it.
        group.items.forEach((item) => {
            if ((0,_selectors_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L)(item.text).kind === 'user')
                logins.add((0,_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeLogin */ .tq)(item.text.trim()));
        });
        const members = [...logins];
        groups.set(group.name.text, members);
        members.forEach((login) => (0,_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .pushTo */ .Il)(groupsOfUser, login, group.name.text));
    }
    const hosts = new Map();
    const singleAddressHosts = new Set();
    for (const host of policy.hosts) {
        if (deadline?.passed() === true)
            break;
        const selector = (0,_selectors_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L)(host.value.text);
        hosts.set(host.name.text, selector.kind === 'prefix' ? selector.prefix : undefined);
        if (selector.kind === 'prefix' && isSingleAddress(selector.prefix))
            singleAddressHosts.add(host.name.text);
    }
    const postures = new Map();
    for (const posture of policy.postures) {
        postures.set(posture.name.text, posture.items.map((c) => (0,_posture_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePostureCondition */ .Fc)(c.text)));
    }
    const context = {
        groups,
        groupsOfUser,
        tags: new Set(policy.tagOwners.map((t) => t.name.text)),
        hosts,
        singleAddressHosts,
        ipsets: new Map(),
        internetDependent: new Map(),
        cyclicIpsets: new Set(),
        postures,
        defaultSrcPosture: policy.defaultSrcPosture?.map((p) => p.text),
    };
    if (deadline?.passed() === true)
        return context;
    const references = ipsetReferences(policy);
    const { order, cyclic } = dependencyOrder(references, deadline);
    context.cyclicIpsets = cyclic;
    Object.assign(context, resolveIpsets(references, order, hosts, deadline));
    return context;
}
/**
 * Whether a host alias value stands for one address (so it can be a test endpoint). A /32 or
 * /128 value counts too (UNSURE, docs/policy-semantics.md §5.2: accepting it invents no failure).
 */
function isSingleAddress(prefix) {
    return prefix.bits === (prefix.family === 4 ? 32 : 128);
}
/** Each ipset's operations and the ipsets they name. */
function ipsetReferences(policy) {
    const byName = new Map();
    for (const set of policy.ipsets) {
        const ops = set.items.map((item) => parseIpsetOperation(item.text));
        byName.set(set.name.text, { ops, refs: ops.filter((op) => op.target.startsWith('ipset:')).map((op) => op.target) });
    }
    return byName;
}
/**
 * Tarjan's strongly connected components, with an explicit stack (a chain of ipsets is as deep
 * as the file is long): `order` lists every ipset after the ones it names; `cyclic` holds those
 * on a cycle. One pass over all ipsets and references.
 */
function dependencyOrder(graph, deadline) {
    const index = new Map();
    const low = new Map();
    const stack = [];
    const onStack = new Set();
    const order = [];
    const cyclic = new Set();
    const enter = (name) => {
        index.set(name, index.size);
        low.set(name, index.size - 1);
        stack.push(name);
        onStack.add(name);
    };
    for (const start of graph.keys()) {
        if (deadline?.passed() === true)
            break;
        if (index.has(start))
            continue;
        enter(start);
        const work = [{ name: start, next: 0 }];
        while (work.length > 0 && deadline?.passed() !== true) {
            const frame = work[work.length - 1];
            const refs = graph.get(frame.name).refs;
            if (frame.next < refs.length) {
                const ref = refs[frame.next++];
                if (!graph.has(ref))
                    continue;
                if (!index.has(ref)) {
                    enter(ref);
                    work.push({ name: ref, next: 0 });
                }
                else if (onStack.has(ref))
                    low.set(frame.name, Math.min(low.get(frame.name), index.get(ref)));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent !== undefined)
                low.set(parent.name, Math.min(low.get(parent.name), low.get(frame.name)));
            if (low.get(frame.name) !== index.get(frame.name))
                continue;
            const first = stack.lastIndexOf(frame.name);
            // Latest entered first, as a recursive resolution finishes them: a name met again while
            // its own resolution is under way stands for nothing there.
            const component = stack.splice(first).reverse();
            const onCycle = component.length > 1 || refs.includes(frame.name);
            for (const name of component) {
                onStack.delete(name);
                order.push(name);
                if (onCycle)
                    cyclic.add(name);
            }
        }
    }
    return { order, cyclic };
}
/**
 * Applies each ipset's add/remove operations in order, the ipsets it names first; a bad entry,
 * or a name on a cycle not yet resolved, stands for nothing (validation reports them). Each is
 * also resolved with `autogroup:internet` standing for nothing, where it names it at any depth:
 * set operations work address by address, so the two results differ exactly at the addresses
 * that hang on `autogroup:internet`.
 */
function resolveIpsets(references, order, hosts, deadline) {
    const ipsets = new Map();
    const withoutInternet = new Map();
    const internetDependent = new Map();
    const resolve = (ops, internet, lookup) => {
        const operations = [];
        let ranges = 0;
        for (const op of ops) {
            const target = targetSet(op.target, hosts, lookup, internet);
            if (target === undefined)
                continue;
            operations.push({ remove: op.remove, set: target });
            ranges += target.v4.length + target.v6.length;
        }
        // The operations' ranges count, not only the result's: N entries naming one ipset of N
        // ranges hand applyOperations N² of them (8,000: 25 s and 2 GB before the limit was reached).
        return deadline?.charge(ranges) === true ? _ip_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_ADDRESSES */ .xY : (0,_ip_js__WEBPACK_IMPORTED_MODULE_4__/* .applyOperations */ .nH)(operations);
    };
    const full = (name) => ipsets.get(name) ?? _ip_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_ADDRESSES */ .xY;
    const bare = (name) => withoutInternet.get(name) ?? full(name);
    for (const name of order) {
        if (deadline?.passed() === true)
            break;
        const { ops, refs } = references.get(name);
        const set = resolve(ops, (0,_ranges_js__WEBPACK_IMPORTED_MODULE_5__/* .internetRanges */ .Ae)(), full);
        ipsets.set(name, set);
        deadline?.charge(set.v4.length + set.v6.length);
        const namesInternet = ops.some((op) => op.target === 'autogroup:internet');
        if (!namesInternet && !refs.some((ref) => withoutInternet.has(ref)))
            continue;
        const without = resolve(ops, _ip_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_ADDRESSES */ .xY, bare);
        const differs = (0,_ip_js__WEBPACK_IMPORTED_MODULE_4__/* .symmetricDifference */ .BT)(set, without);
        // The second resolution costs what the first did: it counts against the same limit.
        deadline?.charge(without.v4.length + without.v6.length + differs.v4.length + differs.v6.length);
        if ((0,_ip_js__WEBPACK_IMPORTED_MODULE_4__/* .isEmpty */ .Im)(differs))
            continue;
        withoutInternet.set(name, without);
        internetDependent.set(name, differs);
    }
    return { ipsets, internetDependent };
}
function parseIpsetOperation(entry) {
    const trimmed = entry.trim();
    const match = /^(add|remove)\s+(.*)$/s.exec(trimmed);
    if (match === null)
        return { remove: false, target: trimmed, explicit: false };
    return { remove: match[1] === 'remove', target: match[2].trim(), explicit: true };
}
/** The addresses an ipset target stands for, or undefined when it is not a valid target. */
function targetSet(target, hosts, ipset, internet = (0,_ranges_js__WEBPACK_IMPORTED_MODULE_5__/* .internetRanges */ .Ae)()) {
    if (target === 'autogroup:internet')
        return internet;
    const selector = (0,_selectors_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L)(target);
    switch (selector.kind) {
        case 'prefix':
            return (0,_ip_js__WEBPACK_IMPORTED_MODULE_4__/* .prefixSet */ .pf)([selector.prefix]);
        case 'range':
            return (0,_ip_js__WEBPACK_IMPORTED_MODULE_4__/* .setOf */ .s4)([selector]);
        case 'hostRef': {
            const prefix = hosts.get(selector.name);
            return prefix === undefined ? undefined : (0,_ip_js__WEBPACK_IMPORTED_MODULE_4__/* .prefixSet */ .pf)([prefix]);
        }
        case 'ipset':
            return ipset(selector.name);
        // Identities are not addresses: an ipset cannot hold them.
        case 'autogroup':
        case 'domain':
        case 'group':
        case 'host':
        case 'localpart':
        case 'service':
        case 'tag':
        case 'user':
        case 'wildcard':
            return undefined;
    }
}


/***/ }),

/***/ 3816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline)
/* harmony export */ });
/* unused harmony export MAX_MATERIALISED_RANGES */
// The run's deadline inside the engine: a hostile policy can make the offline check long, and
// the run's `timeout` must still hold. Loops ask `passed()` once per step; the clock is read only
// every so many steps, because a step (one test assertion) is much cheaper than a clock read.
const STEPS_PER_CLOCK_READ = 64;
/**
 * Address ranges the engine materialises at most (resolved ipsets, index entries), with the
 * candidates its verdicts keep per source and destination counted alike: about 50 bytes a range,
 * so some 400 MB. A chain of ipsets each naming the one before holds quadratically many; past this
 * the check stops as if its time were up, instead of exhausting memory.
 */
const MAX_MATERIALISED_RANGES = 8_000_000;
class Deadline {
    at;
    now;
    rangeLimit;
    steps = 0;
    expired = false;
    ranges = 0;
    /** Why the work stopped: the clock, or the size limit. */
    reason;
    /** `at` in milliseconds since the epoch, as `now` counts; undefined never passes. */
    constructor(at, now = Date.now, rangeLimit = MAX_MATERIALISED_RANGES) {
        this.at = at;
        this.now = now;
        this.rangeLimit = rangeLimit;
    }
    /**
     * Whether the deadline has passed, reading the clock every few calls (every call with `now`).
     * Once it answers yes it stays passed, and the caller skips the work it asked about.
     */
    passed(now = false) {
        if (this.expired)
            return true;
        if (this.at === undefined)
            return false;
        if (now || ++this.steps % STEPS_PER_CLOCK_READ === 0)
            this.expired = this.now() >= this.at;
        if (this.expired)
            this.reason = 'timeout';
        return this.expired;
    }
    /**
     * Counts `count` more materialised address ranges; once the total passes the limit, the work
     * stops as when the deadline passes (with or without a deadline).
     */
    charge(count) {
        if (this.expired)
            return true;
        this.ranges += count;
        if (this.ranges > this.rangeLimit) {
            this.expired = true;
            this.reason = 'size';
        }
        return this.expired;
    }
    /** Whether some work was skipped because the deadline passed or the size limit was reached. */
    get cutShort() {
        return this.expired;
    }
}


/***/ }),

/***/ 8072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ decodePolicy)
});

// UNUSED EXPORTS: TOP_LEVEL_KEYS

// EXTERNAL MODULE: ./src/hujson/document.ts
var hujson_document = __webpack_require__(6736);
;// CONCATENATED MODULE: ./src/hujson/json.ts
// Plain-JavaScript views of a parsed document, for code that needs values rather than layout.
// Both walks are loops with an explicit stack, not recursions: a document may be nested as deep
// as the parser allows (10,000 levels), past what JSON.stringify can write: on Node 20's default
// stack it overflows at about 4,000 levels, and at about 2,000 with a replacer.

/**
 * The value as JSON.parse would give it: strings decoded as Go decodes them, numbers as
 * JavaScript numbers, object keys in document order. A duplicate key keeps its first position
 * and its last value, as with JSON.parse.
 */
function toJSON(doc, value = doc.root) {
    // Per open composite, innermost last: its index, what is built of it, and for an object the
    // name of the member being read.
    const indexes = [];
    const containers = [];
    const names = [];
    let item = value;
    for (;;) {
        const kind = doc.kind(item);
        let done;
        if (kind === OBJECT || kind === ARRAY) {
            const container = kind === OBJECT ? {} : [];
            if (doc.firstItem(item) !== -1) {
                indexes.push(item);
                containers.push(container);
                names.push('');
                item = enterItem(doc, item + 1, container, names);
                continue;
            }
            done = container;
        }
        else {
            done = literalValue(doc, item, kind);
        }
        // Add the finished value to its composite; a composite whose last item it was is finished too.
        for (;;) {
            const top = containers.length - 1;
            if (top === -1)
                return done;
            addItem(containers[top], names[top], done);
            const next = doc.next(item);
            if (next !== -1) {
                item = enterItem(doc, next, containers[top], names);
                break;
            }
            item = indexes.pop();
            done = containers.pop();
            names.pop();
        }
    }
}
/** The value an item starts: a member's value (its name noted), or an element. */
function enterItem(doc, item, container, names) {
    if (Array.isArray(container))
        return item;
    names[names.length - 1] = doc.string(item);
    return doc.next(item);
}
function addItem(container, name, value) {
    if (Array.isArray(container))
        container.push(value);
    // A plain assignment to "__proto__" would replace the prototype instead of adding a key.
    else if (name === '__proto__')
        Object.defineProperty(container, name, { value, enumerable: true, writable: true, configurable: true });
    else
        container[name] = value;
}
function literalValue(doc, value, kind) {
    switch (kind) {
        case hujson_document/* STRING */.An:
            return doc.string(value);
        case hujson_document/* NUMBER */.uk:
            return Number(doc.rawText(value));
        case hujson_document/* TRUE */.rT:
            return true;
        case hujson_document/* FALSE */.W8:
            return false;
        default: // NULL
            return null;
    }
}
/**
 * The value as one line of JSON with every object's keys sorted: the text of
 * JSON.stringify(toJSON(doc, value)) with a replacer that rebuilds each object with its keys
 * sorted (keys that are array indexes first, in numeric order; a duplicate key keeps its last
 * value), but for numbers, which keep their literal text. A policy's values reach the apps that
 * read them as written, and a Go app decodes 12345678901234567890 into a uint64 and refuses 1.0
 * for an int: read as a JavaScript number, those would equal 12345678901234567000 and 1.
 */
function canonicalJson(doc, value) {
    const parts = [];
    // What is left to write, the next last: a value's index, or punctuation.
    const pending = [value];
    while (pending.length > 0) {
        const next = pending.pop();
        if (typeof next === 'string')
            parts.push(next);
        else if (doc.kind(next) === hujson_document/* ARRAY */.sO)
            pushElements(doc, next, pending);
        else if (doc.kind(next) === hujson_document/* OBJECT */.qv)
            pushMembers(doc, next, pending);
        else if (doc.kind(next) === hujson_document/* NUMBER */.uk)
            parts.push(doc.rawText(next));
        else
            parts.push(JSON.stringify(literalValue(doc, next, doc.kind(next))));
    }
    return parts.join('');
}
/** The array's brackets, elements and commas, the first element on top. */
function pushElements(doc, array, pending) {
    const elements = [];
    for (let element = doc.firstItem(array); element !== -1; element = doc.next(element))
        elements.push(element);
    pending.push(']');
    for (let i = elements.length - 1; i >= 0; i--) {
        pending.push(elements[i]);
        if (i > 0)
            pending.push(',');
    }
    pending.push('[');
}
/** The object's braces and members in canonical order, the first member on top. */
function pushMembers(doc, object, pending) {
    // Null-prototype records: "__proto__" is an ordinary key there, and a duplicate key keeps its
    // last value. Filling one in sorted key order and reading its keys back gives the order in
    // which JSON.stringify writes an object so built: array indexes first, numerically.
    const values = Object.create(null);
    for (let name = doc.firstItem(object); name !== -1; name = doc.next(doc.next(name))) {
        values[doc.string(name)] = doc.next(name);
    }
    const sorted = Object.create(null);
    for (const key of Object.keys(values).sort())
        sorted[key] = values[key];
    const keys = Object.keys(sorted);
    pending.push('}');
    for (let i = keys.length - 1; i >= 0; i--) {
        pending.push(sorted[keys[i]], `${JSON.stringify(keys[i])}:`);
        if (i > 0)
            pending.push(',');
    }
    pending.push('{');
}

// EXTERNAL MODULE: ./src/policy/quote.ts
var quote = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/policy/unsure.ts
var unsure = __webpack_require__(2250);
// EXTERNAL MODULE: ./src/policy/decode/reader.ts
var decode_reader = __webpack_require__(3766);
// EXTERNAL MODULE: ./src/policy/ports.ts
var ports = __webpack_require__(7421);
;// CONCATENATED MODULE: ./src/policy/decode/tests.ts
// Decoding of `tests` and `sshTests` entries (docs/policy-semantics.md §1.4.4–1.4.5). Shape
// problems that the server reports as failing tests (empty src, bad destinations) are left to the
// evaluators.




const ACL_TEST = new decode_reader/* Fields */.C8(['src', 'user', 'proto', 'accept', 'allow', 'deny', 'srcPostureAttrs']);
const SSH_TEST = new decode_reader/* Fields */.C8(['src', 'dst', 'accept', 'check', 'deny', 'srcPostureAttrs']);
/** What tests without srcPostureAttrs share (most tests): no map of their own. */
const NO_ATTRS = new Map();
function postureAttrs(value, path, reader) {
    if (value === decode_reader/* ABSENT */.sj)
        return NO_ATTRS;
    const out = new Map();
    for (const { key, value: attr } of reader.map(value, path, 'map[string]any') ?? []) {
        const kind = (0,decode_reader/* kindOf */.I)(reader.doc, attr);
        const attrPath = `${path}[${(0,quote/* quoteKey */._)(key.text)}]`;
        if (kind === 'string')
            out.set(key.text, reader.string(attr, attrPath).text);
        else if (kind === 'number')
            out.set(key.text, reader.number(attr, attrPath));
        else if (kind === 'bool')
            out.set(key.text, reader.bool(attr, attrPath));
        else if (kind !== 'null') {
            reader.fail(`json: cannot unmarshal ${kind} into Go value of type string`, reader.doc.position(attr), attrPath);
        }
    }
    return out;
}
function decodeNetworkTest(value, path, index, reader) {
    if (!reader.object(value, path, 'ACLTest', ACL_TEST))
        return undefined;
    const src = (0,decode_reader/* synonym */.wu)(ACL_TEST, 'src', 'user', path, reader);
    const accept = (0,decode_reader/* synonym */.wu)(ACL_TEST, 'accept', 'allow', path, reader);
    const proto = ACL_TEST.get('proto');
    const test = reader.located(value, {
        index,
        src: src === decode_reader/* ABSENT */.sj ? undefined : reader.string(src, path, 'src'),
        proto: proto === decode_reader/* ABSENT */.sj ? undefined : reader.string(proto, path, 'proto'),
        accept: reader.strings(accept, path, 'accept') ?? [],
        deny: reader.strings(ACL_TEST.get('deny'), path, 'deny') ?? [],
        srcPostureAttrs: postureAttrs(ACL_TEST.get('srcPostureAttrs'), `${path}.srcPostureAttrs`, reader),
    });
    if (test.accept.length > 0)
        notePadded(test.accept, path, 'accept', reader);
    if (test.deny.length > 0)
        notePadded(test.deny, path, 'deny', reader);
    return test;
}
/**
 * A test destination that parses only trimmed (`"tag:server:22 "`) is read trimmed, as an ACL
 * destination is; whether the server trims it is not known, so it gets a notice as an ACL's does
 * (docs/policy-semantics.md §2.1). Looked at here, where each entry is read anyway: a pass of its
 * own over every test's entries cost a 10,000-test check 2 % of its time.
 */
function notePadded(entries, path, field, reader) {
    for (let i = 0; i < entries.length; i++) {
        const text = entries[i].text;
        if (printable(text.charCodeAt(0)) && printable(text.charCodeAt(text.length - 1)))
            continue;
        const whole = (0,ports/* splitTestDestination */.bP)(text);
        if (whole.ok || text.trim() === text || !(0,ports/* splitTestDestination */.bP)(text.trim()).ok)
            continue;
        const message = (0,unsure/* unconfirmed */.B1)(`test destination ${(0,quote/* goQuote */.d)(text)}: ${whole.error}`);
        reader.notice(message, entries[i].pos, `${path}.${field}[${i}]`);
    }
}
/** A printable ASCII character other than the space: never trimmed. */
const printable = (code) => code > 32 && code < 127;
function decodeSshTest(value, path, index, reader) {
    if (!reader.object(value, path, 'SSHTest', SSH_TEST))
        return undefined;
    const src = SSH_TEST.get('src');
    return reader.located(value, {
        index,
        src: src === decode_reader/* ABSENT */.sj ? undefined : reader.string(src, path, 'src'),
        dst: reader.strings(SSH_TEST.get('dst'), path, 'dst') ?? [],
        accept: reader.strings(SSH_TEST.get('accept'), path, 'accept') ?? [],
        check: reader.strings(SSH_TEST.get('check'), path, 'check') ?? [],
        deny: reader.strings(SSH_TEST.get('deny'), path, 'deny') ?? [],
        srcPostureAttrs: postureAttrs(SSH_TEST.get('srcPostureAttrs'), `${path}.srcPostureAttrs`, reader),
    });
}

;// CONCATENATED MODULE: ./src/policy/decode/policy.ts
// Decodes the parsed HuJSON document into the policy model (docs/policy-semantics.md §1.2–1.4).
// Errors are collected; values that fail to decode are left out so that validation can still look
// at the rest.





/** Top-level keys the server knows (§1.3); extend with `extraKeys` when Tailscale adds one. */
const TOP_LEVEL_KEYS = [
    'acls',
    'grants',
    'groups',
    'hosts',
    'tagOwners',
    'ipsets',
    'postures',
    'defaultSrcPosture',
    'autoApprovers',
    'ssh',
    'nodeAttrs',
    'tests',
    'sshTests',
    'derpMap',
    'disableIPv4',
    'OneCGNATRoute',
    'randomizeClientPort',
    'attrConfig',
    'nodeVisibility',
    'extraDNSRecords',
];
const ACL = new decode_reader/* Fields */.C8(['action', 'src', 'users', 'dst', 'ports', 'proto', 'srcPosture']);
const GRANT = new decode_reader/* Fields */.C8(['src', 'dst', 'ip', 'app', 'srcPosture', 'via']);
const SSH_RULE = new decode_reader/* Fields */.C8([
    'action',
    'src',
    'dst',
    'users',
    'checkPeriod',
    'acceptEnv',
    'srcPosture',
    'recorder',
    'enforceRecorder',
]);
const NODE_ATTR = new decode_reader/* Fields */.C8(['target', 'attr', 'app', 'ipPool']);
const AUTO_APPROVERS = new decode_reader/* Fields */.C8(['routes', 'exitNode', 'services']);
/** Decodes the parsed policy file; `reader` collects the errors. */
function decodePolicy(doc, reader, extraKeys = [], options = {}) {
    const policy = {
        groups: [],
        hosts: [],
        tagOwners: [],
        ipsets: [],
        postures: [],
        autoApprovers: { routes: [], exitNode: [], services: [] },
        ssh: [],
        nodeAttrs: [],
        tests: [],
        sshTests: [],
        settings: new Map(),
    };
    reader.doc = doc;
    const root = doc.root;
    if (doc.kind(root) !== hujson_document/* OBJECT */.qv) {
        reader.fail(`json: cannot unmarshal ${(0,decode_reader/* kindOf */.I)(doc, root)} into Go value of type Policy`, doc.position(root), '');
        return policy;
    }
    const fields = new decode_reader/* Fields */.C8([...TOP_LEVEL_KEYS, ...extraKeys]);
    if (!reader.object(root, '', 'Policy', fields))
        return policy;
    decodeRuleSections(policy, fields, reader, options.testsOf);
    for (const name of ['groups', 'tagOwners', 'ipsets', 'postures']) {
        const value = fields.get(name);
        if (value !== decode_reader/* ABSENT */.sj)
            policy[name] = reader.namedLists(value, name) ?? [];
    }
    const hosts = fields.get('hosts');
    if (hosts !== decode_reader/* ABSENT */.sj) {
        for (const { key, value } of reader.map(hosts, 'hosts', 'map[string]string') ?? []) {
            const text = reader.string(value, `hosts[${(0,quote/* quoteKey */._)(key.text)}]`);
            if (text !== undefined)
                policy.hosts.push({ name: key, value: text });
        }
    }
    policy.defaultSrcPosture = reader.strings(fields.get('defaultSrcPosture'), 'defaultSrcPosture');
    const autoApprovers = fields.get('autoApprovers');
    if (autoApprovers !== decode_reader/* ABSENT */.sj)
        policy.autoApprovers = decodeAutoApprovers(autoApprovers, reader);
    decodeSimpleSettings(policy, fields, reader);
    return policy;
}
/**
 * A rule section; `null` counts as absent (UNSURE, docs/policy-semantics.md §1.3): absent acls and
 * grants allow everything.
 */
function section(fields, name, goType, reader, decode) {
    const value = fields.get(name);
    if (value === decode_reader/* ABSENT */.sj || !reader.array(value, name, goType))
        return undefined;
    const doc = reader.doc;
    const out = [];
    let i = 0;
    for (let element = doc.firstItem(value); element !== -1; element = doc.next(element), i++) {
        const decoded = decode(element, `${name}[${i}]`, i, reader);
        if (decoded !== undefined)
            out.push(decoded);
    }
    return out;
}
function decodeRuleSections(policy, fields, reader, testsOf) {
    policy.acls = section(fields, 'acls', '[]ACL', reader, decodeAcl);
    policy.grants = section(fields, 'grants', '[]Grant', reader, decodeGrant);
    policy.ssh = section(fields, 'ssh', '[]SSHRule', reader, decodeSsh) ?? [];
    policy.nodeAttrs = section(fields, 'nodeAttrs', '[]NodeAttrGrant', reader, decodeNodeAttr) ?? [];
    const unread = (name) => testsOf !== undefined && sameMember(reader.doc, fields.get(name), testsOf, name);
    if (!unread('tests'))
        policy.tests = section(fields, 'tests', '[]ACLTest', reader, decodeNetworkTest) ?? [];
    if (!unread('sshTests'))
        policy.sshTests = section(fields, 'sshTests', '[]SSHTest', reader, decodeSshTest) ?? [];
}
const TEST_SECTIONS = new decode_reader/* Fields */.C8(['tests', 'sshTests']);
/** Whether `value` of `doc` has the same bytes as the top-level member `name` of `other` (both may be absent). */
function sameMember(doc, value, other, name) {
    let found = decode_reader/* ABSENT */.sj;
    const wanted = TEST_SECTIONS.names.indexOf(name);
    if (other.kind(other.root) !== hujson_document/* OBJECT */.qv)
        return false;
    // The last member whose key matches wins, as in decoding.
    for (let key = other.firstItem(other.root); key !== -1; key = other.next(other.next(key))) {
        if (TEST_SECTIONS.match(other, key) === wanted)
            found = other.next(key);
    }
    if (value === decode_reader/* ABSENT */.sj || found === decode_reader/* ABSENT */.sj)
        return value === found;
    return Buffer.compare(bytesOf(doc, value), bytesOf(other, found)) === 0;
}
function bytesOf(doc, value) {
    return doc.source.subarray(doc.starts[value], doc.ends[value]);
}
function decodeSimpleSettings(policy, fields, reader) {
    for (const name of ['disableIPv4', 'randomizeClientPort']) {
        const value = fields.get(name);
        if (value !== decode_reader/* ABSENT */.sj)
            reader.bool(value, name);
    }
    for (const name of ['derpMap', 'attrConfig']) {
        const value = fields.get(name);
        if (value !== decode_reader/* ABSENT */.sj && !reader.isNull(value) && reader.doc.kind(value) !== hujson_document/* OBJECT */.qv) {
            reader.map(value, name, name === 'derpMap' ? 'DERPMap' : 'map[string]AttrConfig');
        }
    }
    const records = fields.get('extraDNSRecords');
    if (records !== decode_reader/* ABSENT */.sj)
        reader.notice((0,unsure/* unconfirmed */.B1)(unsure/* EXTRA_DNS_RECORDS */.Yj), reader.doc.position(records), 'extraDNSRecords');
    const cgnat = fields.get('OneCGNATRoute');
    if (cgnat !== decode_reader/* ABSENT */.sj)
        policy.oneCGNATRoute = reader.string(cgnat, 'OneCGNATRoute');
    for (const name of SETTINGS) {
        const value = fields.get(name);
        if (value !== decode_reader/* ABSENT */.sj && !reader.isNull(value))
            policy.settings.set(name, canonicalJson(reader.doc, value));
    }
}
/** Settings for the whole tailnet, not for who reaches what. */
const SETTINGS = [
    'attrConfig',
    'derpMap',
    'disableIPv4',
    'extraDNSRecords',
    'nodeVisibility',
    'OneCGNATRoute',
    'randomizeClientPort',
];
/** A string field; the field's path is built only for an error. */
function policy_text(fields, name, path, reader) {
    const value = fields.get(name);
    return value === decode_reader/* ABSENT */.sj ? undefined : reader.string(value, path, name);
}
function decodeAcl(value, path, _index, reader) {
    if (!reader.object(value, path, 'ACL', ACL))
        return undefined;
    const src = (0,decode_reader/* synonym */.wu)(ACL, 'src', 'users', path, reader);
    const dst = (0,decode_reader/* synonym */.wu)(ACL, 'dst', 'ports', path, reader);
    return reader.located(value, {
        path,
        action: policy_text(ACL, 'action', path, reader),
        src: reader.strings(src, path, 'src') ?? [],
        dst: reader.strings(dst, path, 'dst') ?? [],
        proto: policy_text(ACL, 'proto', path, reader),
        srcPosture: reader.strings(ACL.get('srcPosture'), path, 'srcPosture'),
    });
}
function decodeApp(value, path, reader) {
    if (value === decode_reader/* ABSENT */.sj)
        return undefined;
    const members = reader.map(value, path, 'map[string][]json.RawMessage');
    if (members === undefined)
        return undefined;
    const doc = reader.doc;
    for (const { key, value: capability } of members) {
        if (!reader.array(capability, `${path}[${(0,quote/* quoteKey */._)(key.text)}]`, '[]json.RawMessage'))
            continue;
        let i = 0;
        for (let element = doc.firstItem(capability); element !== -1; element = doc.next(element), i++) {
            // The documentation shows objects, but says the engine checks only that the value is
            // JSON; whether the server refuses another kind is not known (docs/policy-semantics.md §4).
            if (doc.kind(element) !== hujson_document/* OBJECT */.qv && !reader.isNull(element)) {
                const finding = `${(0,decode_reader/* kindOf */.I)(doc, element)} in an app capability's list, where the documentation shows objects`;
                reader.notice((0,unsure/* unconfirmed */.B1)(finding), doc.position(element), `${path}[${(0,quote/* quoteKey */._)(key.text)}][${i}]`);
            }
        }
    }
    return members.map(({ key, value: list }) => ({ name: key, values: valuesOf(doc, list) }));
}
/** A capability's values as canonical JSON texts (the access plan compares them); none when not a list. */
function valuesOf(doc, list) {
    const values = [];
    if (doc.kind(list) !== hujson_document/* ARRAY */.sO)
        return values;
    for (let element = doc.firstItem(list); element !== -1; element = doc.next(element)) {
        values.push(canonicalJson(doc, element));
    }
    return values;
}
function decodeGrant(value, path, _index, reader) {
    if (!reader.object(value, path, 'Grant', GRANT))
        return undefined;
    return reader.located(value, {
        path,
        src: reader.strings(GRANT.get('src'), path, 'src') ?? [],
        dst: reader.strings(GRANT.get('dst'), path, 'dst') ?? [],
        ip: reader.strings(GRANT.get('ip'), path, 'ip'),
        app: decodeApp(GRANT.get('app'), `${path}.app`, reader),
        srcPosture: reader.strings(GRANT.get('srcPosture'), path, 'srcPosture'),
        via: reader.strings(GRANT.get('via'), path, 'via'),
    });
}
function decodeSsh(value, path, _index, reader) {
    if (!reader.object(value, path, 'SSHRule', SSH_RULE))
        return undefined;
    const enforce = SSH_RULE.get('enforceRecorder');
    const enforceRecorder = enforce === decode_reader/* ABSENT */.sj ? undefined : reader.bool(enforce, `${path}.enforceRecorder`);
    return reader.located(value, {
        path,
        action: policy_text(SSH_RULE, 'action', path, reader),
        src: reader.strings(SSH_RULE.get('src'), path, 'src') ?? [],
        dst: reader.strings(SSH_RULE.get('dst'), path, 'dst') ?? [],
        users: reader.strings(SSH_RULE.get('users'), path, 'users'),
        checkPeriod: policy_text(SSH_RULE, 'checkPeriod', path, reader),
        acceptEnv: reader.strings(SSH_RULE.get('acceptEnv'), path, 'acceptEnv'),
        srcPosture: reader.strings(SSH_RULE.get('srcPosture'), path, 'srcPosture'),
        recorder: reader.strings(SSH_RULE.get('recorder'), path, 'recorder'),
        ...(enforceRecorder === undefined ? {} : { enforceRecorder }),
    });
}
function decodeNodeAttr(value, path, _index, reader) {
    if (!reader.object(value, path, 'NodeAttrGrant', NODE_ATTR))
        return undefined;
    return reader.located(value, {
        path,
        target: reader.strings(NODE_ATTR.get('target'), path, 'target') ?? [],
        attr: reader.strings(NODE_ATTR.get('attr'), path, 'attr') ?? [],
        app: decodeApp(NODE_ATTR.get('app'), `${path}.app`, reader),
        ipPool: reader.strings(NODE_ATTR.get('ipPool'), path, 'ipPool'),
    });
}
function decodeAutoApprovers(value, reader) {
    const out = { routes: [], exitNode: [], services: [] };
    if (!reader.object(value, 'autoApprovers', 'AutoApprovers', AUTO_APPROVERS))
        return out;
    const routes = AUTO_APPROVERS.get('routes');
    if (routes !== decode_reader/* ABSENT */.sj)
        out.routes = reader.namedLists(routes, 'autoApprovers.routes') ?? [];
    const services = AUTO_APPROVERS.get('services');
    if (services !== decode_reader/* ABSENT */.sj)
        out.services = reader.namedLists(services, 'autoApprovers.services') ?? [];
    out.exitNode = reader.strings(AUTO_APPROVERS.get('exitNode'), 'autoApprovers', 'exitNode') ?? [];
    return out;
}


/***/ }),

/***/ 3766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ Fields),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   mP: () => (/* binding */ Reader),
/* harmony export */   sj: () => (/* binding */ ABSENT),
/* harmony export */   wu: () => (/* binding */ synonym)
/* harmony export */ });
/* harmony import */ var _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6736);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6114);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2250);
// Typed reading of the parsed HuJSON document with the server's decoding rules: schema keys
// match ASCII-case-insensitively, unknown keys are errors, `null` means absent. Values are
// document indices; nothing is allocated per field read, and error paths and messages are
// built only when an error is reported.



/** No value: the member is absent. */
const ABSENT = -1;
function kindOf(doc, value) {
    const kind = doc.kind(value);
    switch (kind) {
        case _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OBJECT */ .qv:
            return 'object';
        case _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ARRAY */ .sO:
            return 'array';
        case _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .STRING */ .An:
            return 'string';
        case _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NUMBER */ .uk:
            return 'number';
        case _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TRUE */ .rT:
        case _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FALSE */ .W8:
            return 'bool';
        case _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NULL */ .Cq:
            return 'null';
    }
}
/**
 * The fields of one Go struct type and, after `Reader.object`, the members found for them.
 * Built once per type; a type is never read inside itself, so one set of slots suffices.
 */
class Fields {
    names;
    /** Canonical names, lowercased (ASCII), for matching. */
    lower;
    index;
    values;
    keys;
    constructor(names) {
        this.names = names;
        this.lower = names.map(asciiLower);
        this.index = new Map(names.map((name, i) => [name, i]));
        this.values = new Int32Array(names.length);
        this.keys = new Int32Array(names.length);
    }
    /** The member value read for `name`, or ABSENT. */
    get(name) {
        return this.values[this.slot(name)];
    }
    /** The member name (key) read for `name`, or ABSENT. */
    key(name) {
        return this.keys[this.slot(name)];
    }
    clear() {
        this.values.fill(ABSENT);
        this.keys.fill(ABSENT);
    }
    set(slot, key, value) {
        this.keys[slot] = key;
        this.values[slot] = value;
    }
    has(slot) {
        return this.values[slot] !== ABSENT;
    }
    /** The slot whose name equals the key literal ASCII-case-insensitively, or -1. */
    match(doc, key) {
        if (doc.flags[key] & (_hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ESCAPED */ .Oh | _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NON_ASCII */ .a2))
            return this.lower.indexOf(asciiLower(doc.string(key)));
        const src = doc.source;
        const start = doc.starts[key] + 1;
        const length = doc.ends[key] - 1 - start;
        for (let slot = 0; slot < this.lower.length; slot++) {
            const name = this.lower[slot];
            if (name.length !== length)
                continue;
            let i = 0;
            while (i < length && lowerByte(src[start + i]) === name.charCodeAt(i))
                i++;
            if (i === length)
                return slot;
        }
        return -1;
    }
    slot(name) {
        const slot = this.index.get(name);
        if (slot === undefined)
            throw new Error(`no field ${name} in this schema`);
        return slot;
    }
}
/**
 * A string read from the document. Its position is worked out from the document only when
 * asked (for an error or a test result): most strings of a valid policy never need one.
 */
class DocumentText {
    text;
    doc;
    value;
    constructor(text, doc, value) {
        this.text = text;
        this.doc = doc;
        this.value = value;
    }
    get pos() {
        return this.doc.position(this.value);
    }
}
/**
 * A decoded rule, test or named list: its position too is worked out only when asked (for a
 * validation error or a test result). A plan of two valid policies asks for none. DocumentText
 * does the same for strings on its own: made a subclass, its tens of thousands of constructor
 * calls, mostly unoptimised, cost a whole `plan` 0.6 % more instructions.
 */
class Located {
    #doc;
    #value;
    constructor(doc, value) {
        this.#doc = doc;
        this.#value = value;
    }
    get pos() {
        return this.#doc.position(this.#value);
    }
}
/** Distinct strings kept for sharing; past this, a policy of unique strings grows the map no more. */
const REMEMBERED_STRINGS = 1 << 16;
/** Collects decoding errors; every read returns undefined for a value it could not decode. */
class Reader {
    errors = [];
    /** Constructs accepted without knowing the server's answer (docs/policy-semantics.md, "Notices"). */
    notices = [];
    /** The document being read; decodePolicy sets it. */
    doc;
    /**
     * One copy of each distinct string read: a policy names the same users, groups and tags over
     * and over, and every copy would live until the run ends; a duplicate read dies young instead.
     */
    distinct = new Map();
    fail(message, position, path) {
        this.errors.push({ message, position, path });
        return undefined;
    }
    notice(message, position, path) {
        this.notices.push({ message, position, path });
    }
    /** A decoded record (rule, test, named list) of `value`'s fields, its position worked out only when asked. */
    located(value, fields) {
        return Object.assign(new Located(this.doc, value), fields);
    }
    isNull(value) {
        return this.doc.kinds[value] === _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NULL */ .Cq;
    }
    text(value) {
        let text = this.doc.string(value);
        const known = this.distinct.get(text);
        if (known !== undefined)
            text = known;
        else if (this.distinct.size < REMEMBERED_STRINGS)
            this.distinct.set(text, text);
        return new DocumentText(text, this.doc, value);
    }
    wrongType(value, path, goType) {
        const field = path.replace(/\[\d+\]/g, '').replace(/\[("(?:[^"\\]|\\.)*")\]/g, '');
        const kind = kindOf(this.doc, value);
        const message = `json: cannot unmarshal ${kind} into Go struct field Policy.${field} of type ${goType}`;
        return this.fail(message, this.doc.position(value), path);
    }
    /**
     * Reads an object of schema fields into `fields`; false when it is null or not an object.
     * A duplicate field is accepted with a notice (the server's refusal is not established) and
     * the last one wins, as in Go.
     */
    object(value, path, goType, fields) {
        fields.clear();
        if (this.isNull(value))
            return false;
        if (this.doc.kinds[value] !== _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OBJECT */ .qv)
            return this.wrongType(value, path, goType) ?? false;
        const doc = this.doc;
        for (let key = doc.firstItem(value); key !== -1; key = doc.next(doc.next(key))) {
            const slot = fields.match(doc, key);
            if (slot === -1) {
                const name = doc.string(key);
                this.fail(`json: unknown field ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .goQuote */ .d)(name)}`, doc.position(key), memberPath(path, name));
                continue;
            }
            if (fields.has(slot)) {
                const name = doc.string(key);
                this.notice((0,_unsure_js__WEBPACK_IMPORTED_MODULE_2__/* .unconfirmed */ .B1)((0,_unsure_js__WEBPACK_IMPORTED_MODULE_2__/* .duplicateKeyMessage */ .AN)(name)), doc.position(key), memberPath(path, name));
            }
            fields.set(slot, key, doc.next(key));
        }
        return true;
    }
    /**
     * An object whose keys are data (group names, tags...), matched exactly. As for fields, a
     * duplicate is accepted with a notice and the last one wins, in the last one's place.
     */
    map(value, path, goType) {
        if (this.isNull(value))
            return undefined;
        if (this.doc.kinds[value] !== _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OBJECT */ .qv)
            return this.wrongType(value, path, goType);
        const doc = this.doc;
        const byKey = new Map();
        for (let key = doc.firstItem(value); key !== -1; key = doc.next(doc.next(key))) {
            const text = this.text(key);
            if (byKey.delete(text.text)) {
                this.notice((0,_unsure_js__WEBPACK_IMPORTED_MODULE_2__/* .unconfirmed */ .B1)((0,_unsure_js__WEBPACK_IMPORTED_MODULE_2__/* .duplicateKeyMessage */ .AN)(text.text)), text.pos, `${path}[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteKey */ ._)(text.text)}]`);
            }
            byKey.set(text.text, { key: text, value: doc.next(key) });
        }
        return [...byKey.values()];
    }
    /** Whether `value` is an array, reporting a wrong type; null is no array and no error. */
    array(value, path, goType) {
        if (this.isNull(value))
            return false;
        if (this.doc.kinds[value] !== _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ARRAY */ .sO)
            return this.wrongType(value, path, goType) ?? false;
        return true;
    }
    /** A string; `field`, when given, is appended to `path` in an error's path. */
    string(value, path, field) {
        const kind = this.doc.kinds[value];
        if (kind === _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NULL */ .Cq)
            return undefined;
        if (kind !== _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .STRING */ .An)
            return this.wrongType(value, fieldPath(path, field), 'string');
        return this.text(value);
    }
    /** A list of strings (undefined when absent or null); a `null` element decodes to "" as in Go. */
    strings(value, path, field) {
        if (value === ABSENT)
            return undefined;
        const doc = this.doc;
        if (doc.kinds[value] !== _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ARRAY */ .sO && !this.array(value, fieldPath(path, field), '[]string'))
            return undefined;
        // Sized to the list: most lists hold one or two strings, and an array grown by push keeps
        // room for seventeen; a policy has tens of thousands of lists, all kept until the run ends.
        let count = 0;
        for (let element = doc.firstItem(value); element !== -1; element = doc.next(element))
            count++;
        const out = count === 0 ? [] : new Array(count);
        let kept = 0;
        let i = 0;
        for (let element = doc.firstItem(value); element !== -1; element = doc.next(element), i++) {
            const kind = doc.kinds[element];
            if (kind === _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .STRING */ .An)
                out[kept++] = this.text(element);
            else if (kind === _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NULL */ .Cq)
                out[kept++] = new DocumentText('', doc, element);
            else
                this.wrongType(element, `${fieldPath(path, field)}[${i}]`, 'string');
        }
        // An element of another type is reported and left out: the list is then shorter than counted.
        out.length = kept;
        return out;
    }
    bool(value, path) {
        const kind = this.doc.kinds[value];
        if (kind === _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NULL */ .Cq)
            return undefined;
        if (kind !== _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TRUE */ .rT && kind !== _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FALSE */ .W8)
            return this.wrongType(value, path, 'bool');
        return kind === _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TRUE */ .rT;
    }
    number(value, path) {
        const kind = this.doc.kinds[value];
        if (kind === _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NULL */ .Cq)
            return undefined;
        if (kind !== _hujson_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NUMBER */ .uk)
            return this.wrongType(value, path, 'float64');
        return Number(this.doc.rawText(value));
    }
    /** A map of name to list of strings (groups, tagOwners, ipsets, postures, routes). */
    namedLists(value, path) {
        const members = this.map(value, path, 'map[string][]string');
        if (members === undefined)
            return undefined;
        return members.map(({ key, value: list }) => this.located(list, {
            name: key,
            items: this.strings(list, `${path}[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteKey */ ._)(key.text)}]`) ?? [],
        }));
    }
}
/** Reads `field` or its legacy synonym; with both set (server's answer unknown) `field` is used, with a notice. */
function synonym(fields, field, legacy, path, reader) {
    const a = fields.get(field);
    const b = fields.get(legacy);
    if (a !== ABSENT && b !== ABSENT) {
        const position = reader.doc.position(fields.key(legacy));
        reader.notice((0,_unsure_js__WEBPACK_IMPORTED_MODULE_2__/* .unconfirmed */ .B1)((0,_unsure_js__WEBPACK_IMPORTED_MODULE_2__/* .legacySynonymConflict */ .FU)(field, legacy)), position, `${path}.${legacy}`);
    }
    return a !== ABSENT ? a : b;
}
function fieldPath(path, field) {
    return field === undefined ? path : `${path}.${field}`;
}
function memberPath(path, name) {
    return path === '' ? name : `${path}.${name}`;
}
function lowerByte(byte) {
    return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}
function asciiLower(text) {
    return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}


/***/ }),

/***/ 8904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ resolveSource),
/* harmony export */   z: () => (/* binding */ resolveDestinationHost)
/* harmony export */ });
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8056);
/* harmony import */ var _principal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(548);
/* harmony import */ var _selectors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8432);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
// Resolving a test's `src` and destination hosts to principals (docs/policy-semantics.md §5.2, §5.3
// steps 1–2).




function memoised(env, key, resolve) {
    let endpoint = env.resolved.get(key);
    if (endpoint === undefined) {
        endpoint = resolve();
        env.resolved.set(key, endpoint);
    }
    return endpoint;
}
const resolved = (principals, consensus = false) => ({ ok: true, principals, consensus });
const rejected = (reason) => ({ ok: false, reason });
const undecided = (reason) => ({ ok: false, reason, undecided: true });
function addressEndpoint(address, env) {
    if (env.tailnet === undefined)
        return resolved([(0,_principal_js__WEBPACK_IMPORTED_MODULE_0__/* .addressPrincipal */ .N1)(address, true)]);
    const device = env.tailnet.deviceAt(address);
    return resolved([
        device === undefined ? (0,_principal_js__WEBPACK_IMPORTED_MODULE_0__/* .addressPrincipal */ .N1)(address, false) : (0,_principal_js__WEBPACK_IMPORTED_MODULE_0__/* .devicePrincipal */ .xD)(device, env.context, address.family),
    ]);
}
function userEndpoint(login, env, noDevices) {
    if (env.tailnet === undefined)
        return resolved([(0,_principal_js__WEBPACK_IMPORTED_MODULE_0__/* .syntheticUser */ .xx)(login, env.context)]);
    const devices = env.tailnet.userDevices(login);
    if (devices.length === 0)
        return rejected(noDevices);
    return devicesEndpoint(devices, env);
}
/**
 * A tailnet's devices standing for one user, group or tag. The server tests "from a device
 * authenticated with the identity" (docs), and which device it picks is not known: devices that
 * disagree leave the outcome unknown (UNSURE, docs/policy-semantics.md §5.3).
 */
function devicesEndpoint(devices, env) {
    return resolved(devices.map((d) => (0,_principal_js__WEBPACK_IMPORTED_MODULE_0__/* .devicePrincipal */ .xD)(d, env.context)), devices.length > 1);
}
function groupEndpoint(selector, env, notDefined = () => rejected((0,_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .groupNotDefined */ .uV)(selector.name))) {
    const members = env.context.groups.get(selector.name);
    if (members === undefined)
        return selector.scim ? resolved([(0,_principal_js__WEBPACK_IMPORTED_MODULE_0__/* .syntheticScimMember */ .Ue)(selector.name)]) : notDefined();
    // A user with no device fails the test (observed); a group or tag with none is UNSURE (§5.2).
    if (env.tailnet === undefined) {
        if (members.length === 0)
            return undecided(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.noDevicesUnsure(selector.name));
        return resolved(members.map((m) => (0,_principal_js__WEBPACK_IMPORTED_MODULE_0__/* .syntheticUser */ .xx)(m, env.context)), true);
    }
    const devices = members.flatMap((m) => env.tailnet.userDevices(m));
    if (devices.length === 0)
        return undecided(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.noDevicesUnsure(selector.name));
    return devicesEndpoint(devices, env);
}
function tagEndpoint(tag, env) {
    if (!env.context.tags.has(tag))
        return rejected((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .tagNotFound */ .GS)(tag));
    if (env.tailnet === undefined)
        return resolved([(0,_principal_js__WEBPACK_IMPORTED_MODULE_0__/* .syntheticTagged */ .G6)(tag)]);
    const devices = env.tailnet.taggedDevices(tag);
    if (devices.length === 0)
        return undecided(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.noDevicesUnsure(tag));
    return devicesEndpoint(devices, env);
}
/** A host alias or IP literal; tests accept only single addresses, never CIDRs. */
function addressSelectorEndpoint(selector, env, rules) {
    if (selector.kind === 'prefix') {
        if (selector.written === 'cidr')
            return rules.cidr();
        return addressEndpoint({ family: selector.prefix.family, value: selector.prefix.value }, env);
    }
    if (selector.kind === 'host' || selector.kind === 'hostRef') {
        if (!env.context.hosts.has(selector.name))
            return rejected(rules.undefinedReason((0,_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .hostNotDefined */ .Th)(selector.name)));
        const prefix = env.context.hosts.get(selector.name);
        if (prefix === undefined || !env.context.singleAddressHosts.has(selector.name))
            return rules.rangeAlias();
        return addressEndpoint({ family: prefix.family, value: prefix.value }, env);
    }
    return undefined;
}
/** A test's `src`: one user, group, tag, single-address host alias or IP address (§5.2). */
function resolveSource(raw, env) {
    return memoised(env, `src ${raw}`, () => resolveSourceText(raw.trim(), env));
}
function resolveSourceText(text, env) {
    if (text === '')
        return rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.missingSrc);
    const selector = (0,_selectors_js__WEBPACK_IMPORTED_MODULE_3__/* .classify */ .L)(text);
    if (selector.kind === 'host' && text.includes('/'))
        return rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcCidr(text));
    const byAddress = addressSelectorEndpoint(selector, env, {
        cidr: () => rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcCidr(text)),
        // A CIDR written as the source fails on the server; an alias standing for one is not known to (§5.2).
        rangeAlias: () => undecided(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcRangeAlias(text)),
        undefinedReason: (r) => _unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcInvalid(text, r),
    });
    if (byAddress !== undefined)
        return byAddress;
    switch (selector.kind) {
        case 'wildcard':
            return rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcWildcard);
        case 'user':
            return userEndpoint(selector.login, env, _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_ASSOCIATED_IPS */ .OA);
        case 'group': {
            // A group the policy does not define fails as a destination (captured), not known to as the source.
            const group = groupEndpoint(selector, env, () => undecided(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcUndefinedGroup(text)));
            return group.ok || group.undecided ? group : rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcInvalid(text, group.reason));
        }
        case 'tag': {
            const tag = tagEndpoint(selector.name, env);
            return tag.ok || tag.undecided ? tag : rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcInvalid(text, tag.reason));
        }
        case 'autogroup':
            return rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcAutogroup(text));
        case 'domain':
            return undecided(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcDomain(text));
        // Address forms were answered above; what is left names no test source.
        case 'host':
        case 'hostRef':
        case 'ipset':
        case 'localpart':
        case 'prefix':
        case 'range':
        case 'service':
            return rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.srcInvalid(text, 'not a valid test source'));
    }
}
/** The host part of a test destination (§5.2): like a source, plus Services. */
function resolveDestinationHost(raw, env) {
    return memoised(env, `dst ${raw}`, () => resolveDestinationText(raw.trim(), env));
}
function resolveDestinationText(text, env) {
    const selector = (0,_selectors_js__WEBPACK_IMPORTED_MODULE_3__/* .classify */ .L)(text);
    if (selector.kind === 'host' && text.includes('/'))
        return rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.dstCidr);
    const cidr = () => rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.dstCidr);
    const byAddress = addressSelectorEndpoint(selector, env, { cidr, rangeAlias: cidr, undefinedReason: (r) => r });
    if (byAddress !== undefined)
        return byAddress;
    switch (selector.kind) {
        case 'wildcard':
            return rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.dstWildcard);
        case 'user':
            return userEndpoint(selector.login, env, _unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.dstNoDevices);
        case 'group':
            return groupEndpoint(selector, env);
        case 'tag':
            return tagEndpoint(selector.name, env);
        case 'service':
            return resolved([(0,_principal_js__WEBPACK_IMPORTED_MODULE_0__/* .servicePrincipal */ .wM)(selector.name)]);
        case 'autogroup':
            return rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.dstAutogroup(text));
        // Address forms were answered above; what is left names no test destination.
        case 'domain':
        case 'host':
        case 'hostRef':
        case 'ipset':
        case 'localpart':
        case 'prefix':
        case 'range':
            return rejected(_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_REASONS */ .P8.dstInvalid(text));
    }
}


/***/ }),

/***/ 9299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ IdentityIndex)
/* harmony export */ });
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(259);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
// An inverted index from the identities a selector set names (users, groups, tags...) to the
// rule parts that name them, so a principal finds the few rules that can match it without
// scanning all of them.


class IdentityIndex {
    /** Parts by the user, group, tag or domain they name: one map per kind, keyed by the name itself. */
    users = new Map();
    groups = new Map();
    tags = new Map();
    domains = new Map();
    /** Parts naming `*` (or autogroup:danger-all), autogroup:member, autogroup:tagged, autogroup:self. */
    everyone = [];
    members = [];
    tagged = [];
    self = [];
    /**
     * Parts that must always be checked: autogroup:internet, roles, SCIM groups, Services
     * (addresses are indexed apart).
     */
    scan = [];
    anyUser = [];
    anyGroup = [];
    anyTag = [];
    anyDomain = [];
    count = 0;
    stamps = new Uint32Array(0);
    /** Ids the last gathering found through a name the principal surely has (see `surely`). */
    sure = new Uint32Array(0);
    generation = 0;
    /** Registers part `id` (ids are dense, from 0) under the identities `set` names. */
    add(id, set) {
        this.count = Math.max(this.count, id + 1);
        if (set.wildcard || set.dangerAll)
            this.everyone.push(id);
        if (set.member)
            this.members.push(id);
        if (set.tagged)
            this.tagged.push(id);
        if (set.self)
            this.self.push(id);
        // forEach rather than for-of: no iterator objects in code that runs once per rule part.
        if (set.users.size > 0)
            set.users.forEach((u) => (0,_lists_js__WEBPACK_IMPORTED_MODULE_0__/* .pushTo */ .Il)(this.users, u, id));
        if (set.groups.size > 0)
            set.groups.forEach((g) => (0,_lists_js__WEBPACK_IMPORTED_MODULE_0__/* .pushTo */ .Il)(this.groups, g, id));
        if (set.tags.size > 0)
            set.tags.forEach((t) => (0,_lists_js__WEBPACK_IMPORTED_MODULE_0__/* .pushTo */ .Il)(this.tags, t, id));
        if (set.domains.size > 0)
            set.domains.forEach((d) => (0,_lists_js__WEBPACK_IMPORTED_MODULE_0__/* .pushTo */ .Il)(this.domains, d, id));
        if (set.internet || set.shared || set.roles.size + set.scimGroups.size + set.services.size > 0)
            this.scan.push(id);
        if (set.users.size > 0)
            this.anyUser.push(id);
        if (set.groups.size > 0)
            this.anyGroup.push(id);
        if (set.tags.size > 0)
            this.anyTag.push(id);
        if (set.domains.size > 0)
            this.anyDomain.push(id);
    }
    /**
     * Every part that may match `p`, each once; a superset, so callers still match each one that
     * `surely` does not vouch for.
     * Without `otherTags`, parts that match only through identities `p` might have but is not
     * known to (other tags of a tagged device, any identity of an unknown address) are left out.
     */
    gather(p, otherTags, extra = []) {
        this.begin();
        if (p.identity === 'unknown' && otherTags)
            return Array.from({ length: this.count }, (_, i) => i);
        const out = [];
        this.collect(this.scan, out);
        this.collect(this.everyone, out);
        for (const list of extra)
            this.collect(list, out);
        // A Service is matched by its name alone (match.ts), so nothing it is found through is sure.
        const sure = p.service === undefined;
        if (p.identity === 'user') {
            this.collect(this.members, out);
            this.collect(this.self, out);
            if (p.login === undefined) {
                this.collect(this.anyUser, out);
                this.collect(this.anyDomain, out);
            }
            else {
                this.collect(this.users.get(p.login), out, sure);
                // A domain selects members only: a user known to be shared in is not surely selected.
                this.collect(this.domains.get((0,_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .loginDomain */ .IO)(p.login)), out, sure && p.member !== 'no');
            }
            p.groups.forEach((g) => this.collect(this.groups.get(g), out, sure));
            if (!p.groupsComplete)
                this.collect(this.anyGroup, out);
        }
        else if (p.identity === 'tagged') {
            this.collect(this.tagged, out, sure);
            p.tags.forEach((t) => this.collect(this.tags.get(t), out, sure));
            if (!p.tagsComplete && otherTags)
                this.collect(this.anyTag, out);
        }
        else if (p.service !== undefined) {
            // A Service may carry tags, set where it is defined, not in the policy (§2.2.10).
            this.collect(this.tagged, out);
            this.collect(this.anyTag, out);
        }
        return out;
    }
    /**
     * Whether the last gathering found part `id` through a user, domain, group or tag the
     * principal is known to have (or autogroup:tagged for a tagged device): its identity
     * selectors then surely match the principal, and matchIdentity would answer yes.
     */
    surely(id) {
        return this.sure[id] === this.generation;
    }
    /** Starts a gathering: no id is marked as collected yet. */
    begin() {
        if (this.stamps.length < this.count) {
            this.stamps = new Uint32Array(this.count);
            this.sure = new Uint32Array(this.count);
        }
        this.generation++;
    }
    /** Appends the ids of `list` not collected yet in this gathering; with `sure`, marks them so. */
    collect(list, out, sure = false) {
        if (list === undefined)
            return;
        for (let i = 0; i < list.length; i++) {
            const id = list[i];
            if (sure)
                this.sure[id] = this.generation;
            if (this.stamps[id] === this.generation)
                continue;
            this.stamps[id] = this.generation;
            out.push(id);
        }
    }
}


/***/ }),

/***/ 9177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   A1: () => (/* binding */ parsePrefix),
/* harmony export */   BT: () => (/* binding */ symmetricDifference),
/* harmony export */   EE: () => (/* binding */ prefixRange),
/* harmony export */   Im: () => (/* binding */ isEmpty),
/* harmony export */   J: () => (/* binding */ parseAddressRange),
/* harmony export */   KC: () => (/* binding */ union),
/* harmony export */   M0: () => (/* binding */ formatAddress),
/* harmony export */   Re: () => (/* binding */ subtract),
/* harmony export */   TG: () => (/* binding */ unionAll),
/* harmony export */   Zc: () => (/* binding */ parseAddressOrPrefix),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   hU: () => (/* binding */ covers),
/* harmony export */   nH: () => (/* binding */ applyOperations),
/* harmony export */   or: () => (/* binding */ parseAddress),
/* harmony export */   pf: () => (/* binding */ prefixSet),
/* harmony export */   s4: () => (/* binding */ setOf),
/* harmony export */   wx: () => (/* binding */ isFullLength),
/* harmony export */   xY: () => (/* binding */ NO_ADDRESSES)
/* harmony export */ });
/* unused harmony export addressPrefix */
/* harmony import */ var _hujson_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4306);
// IP addresses, prefixes and sets of address ranges, parsed the way Go's net/netip parses them
// (the server is written in Go, so what it accepts as an address is what netip accepts).

const BITS = { 4: 32, 6: 128 };
// The parsers read characters in place: a large tailnet or policy holds tens of thousands of
// addresses, and splitting each into strings and folding BigInts group by group made most of
// what a `plan --devices` run allocated for them.
function parseAddress(text) {
    if (text.includes(':')) {
        const value = parseIPv6(text);
        return value === undefined ? undefined : { family: 6, value };
    }
    const value = parseIPv4(text, 0, text.length);
    return value === -1 ? undefined : { family: 4, value: BigInt(value) };
}
const DOT = 0x2e;
/**
 * `text[start, end)` as a dotted IPv4 address: four decimal fields of one to three digits, no
 * leading zero, each at most 255 (netip.ParseAddr); -1 when it is none.
 */
function parseIPv4(text, start, end) {
    let value = 0;
    let fields = 0;
    let i = start;
    for (;;) {
        const first = i;
        let field = 0;
        while (i < end && i - first < 4) {
            const digit = text.charCodeAt(i) - 0x30;
            if (digit < 0 || digit > 9)
                break;
            field = field * 10 + digit;
            i++;
        }
        const digits = i - first;
        if (digits === 0 || digits > 3 || (digits > 1 && text.charCodeAt(first) === 0x30) || field > 255)
            return -1;
        value = value * 256 + field;
        fields++;
        if (i === end)
            return fields === 4 ? value : -1;
        if (text.charCodeAt(i) !== DOT || fields === 4)
            return -1;
        i++;
    }
}
/** The eight groups of an IPv6 address being parsed, read back as two 64-bit halves. */
const GROUPS = new DataView(new ArrayBuffer(16));
function parseIPv6(text) {
    const gap = text.indexOf('::');
    if (gap !== -1 && text.indexOf('::', gap + 1) !== -1)
        return undefined;
    if (gap === -1) {
        if (parseGroups(text, 0, text.length, true, 0) !== 8)
            return undefined;
    }
    else {
        const head = parseGroups(text, 0, gap, false, 0);
        if (head === -1)
            return undefined;
        const tail = parseGroups(text, gap + 2, text.length, true, head);
        if (tail === -1 || head + tail > 7)
            return undefined;
        // The tail was written after the head: moved to the end, the groups between are zero.
        for (let g = tail - 1; g >= 0; g--)
            GROUPS.setUint16(2 * (8 - tail + g), GROUPS.getUint16(2 * (head + g)));
        for (let g = head; g < 8 - tail; g++)
            GROUPS.setUint16(2 * g, 0);
    }
    return (GROUPS.getBigUint64(0) << 64n) | GROUPS.getBigUint64(8);
}
/**
 * Hex groups of one side of `::` into GROUPS from group `at` on; the last group of the address
 * may be a dotted IPv4 address (two groups). Their number, or -1 when the side is not groups or
 * more than eight.
 */
function parseGroups(text, start, end, mayEndWithIPv4, at) {
    if (start === end)
        return 0;
    let count = 0;
    let i = start;
    for (;;) {
        const colon = text.indexOf(':', i);
        const partEnd = colon === -1 || colon > end ? end : colon;
        const last = partEnd === end;
        if (last && mayEndWithIPv4 && text.lastIndexOf('.', end - 1) >= i) {
            const v4 = parseIPv4(text, i, end);
            if (v4 === -1 || at + count + 2 > 8)
                return -1;
            GROUPS.setUint16(2 * (at + count), v4 >>> 16);
            GROUPS.setUint16(2 * (at + count + 1), v4 & 0xffff);
            return count + 2;
        }
        const group = hexGroup(text, i, partEnd);
        if (group === -1 || at + count === 8)
            return -1;
        GROUPS.setUint16(2 * (at + count), group);
        count++;
        if (last)
            return count;
        i = partEnd + 1;
    }
}
/** `text[start, end)` as one to four hex digits, or -1. */
function hexGroup(text, start, end) {
    if (end - start < 1 || end - start > 4)
        return -1;
    let value = 0;
    for (let i = start; i < end; i++) {
        const digit = (0,_hujson_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexValue */ .Fh)(text.charCodeAt(i));
        if (digit === -1)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}
function parsePrefix(text) {
    const slash = text.indexOf('/');
    if (slash === -1)
        return undefined;
    const address = parseAddress(text.slice(0, slash));
    const bitsText = text.slice(slash + 1);
    if (address === undefined || !/^(0|[1-9][0-9]*)$/.test(bitsText))
        return undefined;
    const bits = Number(bitsText);
    if (bits > BITS[address.family])
        return undefined;
    return { family: address.family, value: address.value & mask(address.family, bits), bits };
}
function mask(family, bits) {
    const total = BITS[family];
    return ((1n << BigInt(total)) - 1n) ^ ((1n << BigInt(total - bits)) - 1n);
}
function prefixRange(prefix) {
    const size = 1n << BigInt(BITS[prefix.family] - prefix.bits);
    return { lo: prefix.value, hi: prefix.value + size - 1n };
}
function addressPrefix(address) {
    return { family: address.family, value: address.value, bits: BITS[address.family] };
}
/** An address or a prefix, as written in hosts, rules and tests. */
function parseAddressOrPrefix(text) {
    if (text.includes('/'))
        return parsePrefix(text);
    const address = parseAddress(text);
    return address === undefined ? undefined : addressPrefix(address);
}
/** `a-b` with two addresses of one family, lowest first (only valid inside ipsets). */
function parseAddressRange(text) {
    const dash = text.indexOf('-');
    if (dash === -1)
        return undefined;
    const lo = parseAddress(text.slice(0, dash));
    const hi = parseAddress(text.slice(dash + 1));
    if (lo === undefined || hi === undefined || lo.family !== hi.family || lo.value > hi.value)
        return undefined;
    return { family: lo.family, range: { lo: lo.value, hi: hi.value } };
}
function setOf(entries) {
    const v4 = [];
    const v6 = [];
    for (const e of entries)
        (e.family === 4 ? v4 : v6).push(e.range);
    return { v4: normalize(v4), v6: normalize(v6) };
}
function prefixSet(prefixes) {
    return setOf(prefixes.map((p) => ({ family: p.family, range: prefixRange(p) })));
}
const byStart = (a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0);
/** Sorts and merges ranges into a set's form; `ranges` may be reordered. */
function normalize(ranges) {
    ranges.sort(byStart);
    const out = [];
    for (const range of ranges) {
        const last = out[out.length - 1];
        if (last !== undefined && range.lo <= last.hi + 1n) {
            if (range.hi > last.hi)
                out[out.length - 1] = { lo: last.lo, hi: range.hi };
        }
        else
            out.push(range);
    }
    return out;
}
/** The union of any number of sets, sorted once (a pairwise fold would sort again for each set). */
function unionAll(sets) {
    const nonEmpty = sets.filter((set) => set.v4.length + set.v6.length > 0);
    if (nonEmpty.length === 1)
        return nonEmpty[0];
    const v4 = [];
    const v6 = [];
    for (const set of nonEmpty) {
        for (const r of set.v4)
            v4.push(r);
        for (const r of set.v6)
            v6.push(r);
    }
    return { v4: normalize(v4), v6: normalize(v6) };
}
function union(a, b) {
    return unionAll([a, b]);
}
/**
 * The addresses left after applying the operations in order, starting from nothing. An address
 * is in the result when the last operation that names it adds it: the operations are applied
 * last first, each marking only the pieces no later one marked (a union-find skips them), so
 * alternating adds and removes cost one sort, not one pass over the set per operation.
 */
function applyOperations(operations) {
    if (operations.every((op) => !op.remove))
        return unionAll(operations.map((op) => op.set));
    return { v4: applyInFamily(operations, 4), v6: applyInFamily(operations, 6) };
}
function applyInFamily(operations, family) {
    // Elementary pieces: between consecutive boundaries, every operation names all or none of a piece.
    const bounds = [];
    for (const op of operations)
        for (const r of rangesOf(op.set, family))
            bounds.push(r.lo, r.hi + 1n);
    bounds.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const cuts = bounds.filter((b, i) => i === 0 || b !== bounds[i - 1]);
    const piece = (value) => {
        let low = 0;
        let high = cuts.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (cuts[mid] < value)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    };
    const added = new Uint8Array(cuts.length);
    // next[i]: the first piece at or after i that no later operation has marked yet.
    const next = Int32Array.from({ length: cuts.length + 1 }, (_, i) => i);
    const find = (i) => {
        let root = i;
        while (next[root] !== root)
            root = next[root];
        while (next[i] !== root) {
            const following = next[i];
            next[i] = root;
            i = following;
        }
        return root;
    };
    for (let k = operations.length - 1; k >= 0; k--) {
        const op = operations[k];
        for (const r of rangesOf(op.set, family)) {
            const end = piece(r.hi + 1n);
            for (let i = find(piece(r.lo)); i < end; i = find(i)) {
                added[i] = op.remove ? 0 : 1;
                next[i] = i + 1;
            }
        }
    }
    const out = [];
    for (let i = 0; i + 1 < cuts.length; i++)
        if (added[i] === 1)
            out.push({ lo: cuts[i], hi: cuts[i + 1] - 1n });
    return normalize(out);
}
function subtract(a, b) {
    return { v4: subtractRanges(a.v4, b.v4), v6: subtractRanges(a.v6, b.v6) };
}
/** No address at all. */
const NO_ADDRESSES = { v4: [], v6: [] };
/** The addresses in exactly one of the sets. */
function symmetricDifference(a, b) {
    return union(subtract(a, b), subtract(b, a));
}
function isEmpty(set) {
    return set.v4.length + set.v6.length === 0;
}
/** One merge pass over both sorted lists. */
function subtractRanges(from, remove) {
    const out = [];
    let j = 0;
    for (const range of from) {
        let lo = range.lo;
        while (j < remove.length && remove[j].hi < lo)
            j++;
        let k = j;
        for (; k < remove.length && remove[k].lo <= range.hi; k++) {
            const r = remove[k];
            if (r.lo > lo)
                out.push({ lo, hi: r.lo - 1n });
            lo = r.hi + 1n;
            if (lo > range.hi)
                break;
        }
        if (lo <= range.hi)
            out.push(lo === range.lo ? range : { lo, hi: range.hi });
    }
    return out;
}
function rangesOf(set, family) {
    return family === 4 ? set.v4 : set.v6;
}
/** Index of the first range whose end is at or after `value` (binary search). */
function firstEndingFrom(ranges, value) {
    let low = 0;
    let high = ranges.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (ranges[mid].hi < value)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
function contains(set, address) {
    const ranges = rangesOf(set, address.family);
    const r = ranges[firstEndingFrom(ranges, address.value)];
    return r !== undefined && r.lo <= address.value;
}
/** Whether `outer` holds every address of `inner` in the family. */
function covers(outer, inner, family) {
    const outerRanges = rangesOf(outer, family);
    return rangesOf(inner, family).every((r) => {
        const o = outerRanges[firstEndingFrom(outerRanges, r.lo)];
        return o !== undefined && o.lo <= r.lo && r.hi <= o.hi;
    });
}
function overlaps(a, b, family) {
    const aRanges = rangesOf(a, family);
    return rangesOf(b, family).some((o) => {
        const r = aRanges[firstEndingFrom(aRanges, o.lo)];
        return r !== undefined && r.lo <= o.hi;
    });
}
function formatAddress(address) {
    if (address.family === 4) {
        const v = address.value;
        return [24n, 16n, 8n, 0n].map((shift) => String((v >> shift) & 0xffn)).join('.');
    }
    const groups = [];
    for (let shift = 112n; shift >= 0n; shift -= 16n)
        groups.push(Number((address.value >> shift) & 0xffffn));
    return compressIPv6(groups);
}
/** RFC 5952 text: the longest run (of at least two) of zero groups becomes `::`. */
function compressIPv6(groups) {
    let bestStart = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart === -1)
        return hex.join(':');
    return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
/** Whether a prefix covers one address (/32, /128). */
function isFullLength(prefix) {
    return prefix.bits === addressPrefix(prefix).bits;
}


/***/ }),

/***/ 259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ addTo),
/* harmony export */   Il: () => (/* binding */ pushTo),
/* harmony export */   rl: () => (/* binding */ numberOf)
/* harmony export */ });
// Maps of lists, of sets and of numbers, built by adding: the engine and the plan index many things by a key so.
/** Appends `value` to the list `map` keeps for `key`, starting one when there is none. */
function pushTo(map, key, value) {
    const list = map.get(key);
    if (list === undefined)
        map.set(key, [value]);
    else
        list.push(value);
}
/** Adds `value` to the set `map` keeps for `key`, starting one when there is none. */
function addTo(map, key, value) {
    const set = map.get(key);
    if (set === undefined)
        map.set(key, new Set([value]));
    else
        set.add(value);
}
/** The number `numbers` gives `key`: the next one (0, 1, 2...) for a key it has not seen. */
function numberOf(numbers, key) {
    let number = numbers.get(key);
    if (number === undefined)
        numbers.set(key, (number = numbers.size));
    return number;
}


/***/ }),

/***/ 6563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ directMatch),
/* harmony export */   _O: () => (/* binding */ matchEnvOf),
/* harmony export */   ez: () => (/* binding */ matchAddress),
/* harmony export */   oD: () => (/* binding */ matchIdentity),
/* harmony export */   s0: () => (/* binding */ sameOwner),
/* harmony export */   sm: () => (/* binding */ matchSet)
/* harmony export */ });
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1835);
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
/* harmony import */ var _principal_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(548);
/* harmony import */ var _ranges_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1374);
/* harmony import */ var _tri_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8163);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2250);
// Three-valued matching of a compiled selector set against a principal (docs/policy-semantics.md
// §7.1 table; in topology mode every fact is known and the answers are plain yes/no).






/**
 * What matching knows for one policy: the tailnet's own subnet routes (the policy's
 * autoApprovers routes, without exit-node default routes, and with a tailnet its approved
 * routes), and with a tailnet its approved routes, which `*` as a source includes.
 */
function matchEnvOf(policy, tailnet) {
    const routes = policy.autoApprovers.routes.flatMap((r) => (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrefix */ .A1)(r.name.text) ?? []).filter((p) => p.bits > 0);
    const listed = (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .prefixSet */ .pf)(routes);
    if (tailnet === undefined)
        return { ownRoutes: listed };
    return { ownRoutes: (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KC)(listed, tailnet.approvedRoutes), approvedRoutes: tailnet.approvedRoutes };
}
/**
 * autogroup:internet: public addresses, except those inside the tailnet's own subnet routes,
 * which are reached through a subnet router, not an exit node (docs/policy-semantics.md §2.4).
 */
function inInternet(address, env) {
    return (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)((0,_ranges_js__WEBPACK_IMPORTED_MODULE_1__/* .internetRanges */ .Ae)(), address) && !(env.ownRoutes !== undefined && (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(env.ownRoutes, address));
}
/** Whether the sets share an item; walks the smaller one. */
function anyIn(wanted, have) {
    if (wanted.size === 0 || have.size === 0)
        return false;
    if (wanted.size > have.size)
        return anyIn(have, wanted);
    for (const item of wanted)
        if (have.has(item))
            return true;
    return false;
}
function userIdentity(set, p) {
    let result = 'no';
    if (set.users.size > 0)
        result = (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(result, p.login === undefined ? 'unknown' : (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBool */ .v7)(set.users.has(p.login)));
    if (set.groups.size > 0)
        result = (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(result, anyIn(set.groups, p.groups) ? 'yes' : p.groupsComplete ? 'no' : 'unknown');
    if (set.scimGroups.size > 0)
        result = (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(result, p.scimGroup !== undefined && set.scimGroups.has(p.scimGroup) ? 'yes' : 'unknown');
    if (set.member)
        result = (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(result, p.member);
    if (set.shared)
        result = (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(result, (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__/* .not */ .AU)(p.member));
    if (set.roles.size > 0)
        result = (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(result, p.roles === undefined ? 'unknown' : (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBool */ .v7)(anyIn(set.roles, p.roles)));
    if (set.domains.size > 0) {
        const domain = p.login === undefined ? undefined : (0,_unsure_js__WEBPACK_IMPORTED_MODULE_3__/* .loginDomain */ .IO)(p.login);
        // Members only (§2.2.8): a user known to be shared in is not selected. A login of unknown
        // membership in a domain of the tailnet's is taken for a member, as such a login is one.
        const selected = domain === undefined ? 'unknown' : (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBool */ .v7)(set.domains.has(domain));
        result = (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(result, p.member === 'no' ? 'no' : selected);
    }
    return result;
}
function taggedIdentity(set, p) {
    if (set.tagged || anyIn(set.tags, p.tags))
        return 'yes';
    return !p.tagsComplete && set.tags.size > 0 ? 'unknown' : 'no';
}
/** Identity selectors only (users, groups, tags, autogroups): what SSH rules use. */
function matchIdentity(set, p) {
    if (p.service !== undefined) {
        if (set.services.has(p.service))
            return 'yes';
        // A Service may carry a tag, given in the admin console, not the policy (§2.2.10).
        return set.tags.size > 0 || set.tagged ? 'unknown' : 'no';
    }
    switch (p.identity) {
        case 'user':
            return userIdentity(set, p);
        case 'tagged':
            return taggedIdentity(set, p);
        case 'unknown':
            return (0,_compile_js__WEBPACK_IMPORTED_MODULE_4__/* .namesIdentities */ .NO)(set) ? 'unknown' : 'no';
        // A bare address has no identity for a user, group, tag or autogroup selector to name.
        case 'none':
            return 'no';
    }
}
/** Address selectors (and `*`) only. */
function matchAddress(set, p, family, side, env) {
    const at = (0,_principal_js__WEBPACK_IMPORTED_MODULE_5__/* .slot */ .NI)(p, family);
    if (at === undefined)
        return 'no';
    if (at.kind === 'tailscale') {
        return set.wildcard || set.dangerAll ? 'yes' : set.tailscale[family];
    }
    const address = at.address;
    if (set.dangerAll)
        return 'yes';
    const listed = listedAddress(set, address, env);
    if (listed === 'yes')
        return 'yes';
    if (set.internet && inInternet(address, env))
        return 'yes';
    if (!set.wildcard)
        return listed;
    if ((0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)((0,_ranges_js__WEBPACK_IMPORTED_MODULE_1__/* .tailscaleDeviceRanges */ .vi)(), address))
        return 'yes';
    if (env.approvedRoutes !== undefined && (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(env.approvedRoutes, address))
        return 'yes';
    // As a destination, `*` compiles to any address, but the documentation says Tailscale
    // addresses and approved routes: whether it reaches others is not known (§2.2.1).
    if (side === 'dst')
        return (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(listed, 'unknown');
    if (env.approvedRoutes !== undefined)
        return listed;
    // Offline, a non-Tailscale source may lie in an approved subnet route, which `*` includes.
    return 'unknown';
}
/**
 * Whether the set's addresses hold `address`. An ipset's `autogroup:internet` may or may not
 * leave out the tailnet's own routes as a bare `autogroup:internet` does: there, an address that
 * hangs on it is undecided (docs/policy-semantics.md §2.4).
 */
function listedAddress(set, address, env) {
    const dependent = set.internetDependent;
    const routes = env.ownRoutes;
    if (dependent !== undefined && routes !== undefined && (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(dependent, address) && (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(routes, address))
        return 'unknown';
    return (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBool */ .v7)((0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(set.addresses, address));
}
/** Whether principal `p`, at its address of `family`, is selected (autogroup:self excluded). */
function matchSet(set, p, family, side, env) {
    const byAddress = matchAddress(set, p, family, side, env);
    return byAddress === 'yes' ? 'yes' : (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(byAddress, matchIdentity(set, p));
}
/**
 * How a destination set selects `dst` by what is known of it. A partial address match of an
 * address known only to be a Tailscale one (`unknownAddress`) is left to the caller.
 */
function directMatch(set, dst, family, unknownAddress, env) {
    const byAddress = matchAddress(set, dst, family, 'dst', env);
    const byIdentity = byAddress === 'yes' ? 'yes' : matchIdentity(set, dst);
    // The network index implies such a partial match for every target alike (its DST_PARTIAL).
    return byAddress === 'unknown' && unknownAddress ? byIdentity : (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__.or)(byAddress, byIdentity);
}
/** autogroup:self: the source is a device of the destination's owner (the same device counts). */
function sameOwner(src, dst) {
    if (dst.identity === 'tagged' || dst.identity === 'none')
        return 'no';
    if (src.identity === 'tagged' || src.identity === 'none')
        return 'no';
    if (src.identity === 'unknown' || dst.identity === 'unknown')
        return 'unknown';
    if (src.login === undefined || dst.login === undefined)
        return 'unknown';
    return (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBool */ .v7)(src.login === dst.login);
}


/***/ }),

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ actionNotSupported),
/* harmony export */   BX: () => (/* binding */ TAG_FIRST_LETTER),
/* harmony export */   CT: () => (/* binding */ SSH_PREFIX),
/* harmony export */   C_: () => (/* binding */ TAG_PREFIX),
/* harmony export */   FC: () => (/* binding */ SSH_USERS_MISSING),
/* harmony export */   GS: () => (/* binding */ tagNotFound),
/* harmony export */   Gp: () => (/* binding */ SSH_USER_DST_SAME_USER),
/* harmony export */   HO: () => (/* binding */ PORT_INVALID_FIRST),
/* harmony export */   HU: () => (/* binding */ aclTestError),
/* harmony export */   Jb: () => (/* binding */ sshTestUnknownTag),
/* harmony export */   OA: () => (/* binding */ NO_ASSOCIATED_IPS),
/* harmony export */   Od: () => (/* binding */ SELF_BAD_SOURCES),
/* harmony export */   PG: () => (/* binding */ userNotFoundWarning),
/* harmony export */   PQ: () => (/* binding */ SSH_ACTION_MISSING),
/* harmony export */   RF: () => (/* binding */ APP_WITH_INTERNET),
/* harmony export */   SI: () => (/* binding */ groupRecursive),
/* harmony export */   UE: () => (/* binding */ VIA_ONLY_TAGS),
/* harmony export */   UY: () => (/* binding */ CAPABILITY_FORM),
/* harmony export */   V0: () => (/* binding */ PORT_ZERO),
/* harmony export */   Vc: () => (/* binding */ sshNotAllowedInSrc),
/* harmony export */   Wy: () => (/* binding */ aclTestVerdict),
/* harmony export */   XJ: () => (/* binding */ sshTestSrcDisallowed),
/* harmony export */   Xz: () => (/* binding */ sshTestDisallowed),
/* harmony export */   Ze: () => (/* binding */ checkPeriodNegative),
/* harmony export */   _3: () => (/* binding */ checkPeriodTooLong),
/* harmony export */   _5: () => (/* binding */ defaultRouteDst),
/* harmony export */   a: () => (/* binding */ invalidAddress),
/* harmony export */   bb: () => (/* binding */ tagOwnerKey),
/* harmony export */   eF: () => (/* binding */ dstError),
/* harmony export */   er: () => (/* binding */ ipPoolReserved),
/* harmony export */   et: () => (/* binding */ sshActionInvalid),
/* harmony export */   hZ: () => (/* binding */ DANGER_ALL_AS_DST),
/* harmony export */   jF: () => (/* binding */ SSH_CHECK_WITH_TAGS),
/* harmony export */   ji: () => (/* binding */ portRange),
/* harmony export */   lM: () => (/* binding */ TAG_EMPTY),
/* harmony export */   lQ: () => (/* binding */ sshTestError),
/* harmony export */   lj: () => (/* binding */ WARNINGS_FOUND),
/* harmony export */   qr: () => (/* binding */ TESTS_FAILED),
/* harmony export */   sb: () => (/* binding */ TAG_CHARACTERS),
/* harmony export */   tX: () => (/* binding */ ACCEPT_ENV_EMPTY),
/* harmony export */   tm: () => (/* binding */ CAPABILITY_INTERNAL),
/* harmony export */   u7: () => (/* binding */ sshTestVerdict),
/* harmony export */   uJ: () => (/* binding */ viaTagNotFound),
/* harmony export */   vO: () => (/* binding */ sshInvalidDst),
/* harmony export */   vR: () => (/* binding */ srcError),
/* harmony export */   wJ: () => (/* binding */ domainNotAssociated),
/* harmony export */   wb: () => (/* binding */ IP_AND_APP_EMPTY),
/* harmony export */   xi: () => (/* binding */ sshUserInvalid),
/* harmony export */   zB: () => (/* binding */ selfNotValidInSrc)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6114);
// Error texts observed verbatim from the Tailscale server (captures or quoted issues). Texts
// whose server wording is not known live in unsure.ts instead.

const TESTS_FAILED = 'test(s) failed';
const WARNINGS_FOUND = 'warning(s) found';
const groupRecursive = (group, member) => `groups[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteKey */ ._)(group)}]: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(member)}: group members cannot be recursive`;
const tagOwnerKey = (tag, reason) => `tagOwners[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteKey */ ._)(tag)}]: ${reason}`;
const TAG_PREFIX = "tags must start with 'tag:'";
const TAG_EMPTY = 'tag names must not be empty';
const TAG_FIRST_LETTER = "tag names must start with a letter, after 'tag:'";
const TAG_CHARACTERS = 'tag names can only contain numbers, letters, or dashes';
const actionNotSupported = (action) => `action=${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(action)} is not supported`;
const tagNotFound = (tag) => `tag not found: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(tag)}`;
const srcError = (inner) => `src=${inner}`;
const dstError = (dst, inner) => `dst=${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}: ${inner}`;
const portRange = (ports, reason) => `port range ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(ports)}: ${reason}`;
const PORT_INVALID_FIRST = 'invalid first integer';
const PORT_ZERO = "first port must be >0, or use '*' for wildcard";
const selfNotValidInSrc = (selector) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(selector)} not valid on the src side of a rule`;
const SELF_BAD_SOURCES = 'autogroup:self can only be used with users, groups, or supported autogroups';
const DANGER_ALL_AS_DST = 'cannot use autogroup:danger-all as a dst';
const IP_AND_APP_EMPTY = 'ip and app can not both be empty';
const VIA_ONLY_TAGS = 'via can only be a tag';
const viaTagNotFound = (tag) => `tag ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(tag)} not found`;
const defaultRouteDst = (dst) => `dst ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}: to allow all IP addresses, use "*" or "autogroup:internet"`;
const APP_WITH_INTERNET = 'cannot use app grants with autogroup:internet';
const CAPABILITY_FORM = 'capability name must have the form {domain}/{path}';
const CAPABILITY_INTERNAL = 'capability name must not be in the tailscale.com domain';
const SSH_ACTION_MISSING = 'action must be specified';
const sshActionInvalid = (action) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(action)} is not a valid action`;
const SSH_USERS_MISSING = 'users must be specified';
const sshUserInvalid = (user) => `user ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(user)} is not valid`;
const ACCEPT_ENV_EMPTY = 'acceptEnv values cannot be empty';
const checkPeriodNegative = (duration) => `checkPeriod ${duration} must be a positive duration`;
const checkPeriodTooLong = (duration) => `checkPeriod ${duration} is above the max (168h)`;
const sshInvalidDst = (dst) => `invalid dst ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}`;
const SSH_USER_DST_SAME_USER = 'users in dst are only allowed from the same user';
const SSH_CHECK_WITH_TAGS = '[ssh] "check" action does not support tags in src';
const sshNotAllowedInSrc = (selector) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(selector)} is not allowed in src`;
const domainNotAssociated = (domain) => `${domain} is not associated with this Tailnet and cannot be used in user:*@<domain> expressions`;
const SSH_PREFIX = '[ssh] ';
const invalidAddress = (text) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(text)}: invalid address`;
const ipPoolReserved = (cidr) => `IPPool(${cidr}): network within reserved range`;
const sshTestDisallowed = (dst) => `SSH tests dst contains disallowed element ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}`;
const sshTestSrcDisallowed = (src) => `SSH tests src contains disallowed element ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(src)}`;
const sshTestUnknownTag = (dst) => `SSH tests dst contains unknown tag ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}`;
const userNotFoundWarning = (group, user) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteKey */ ._)(group)}: user not found: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(user)}`;
const NO_ASSOCIATED_IPS = 'no associated IPs for user (check spelling, or they may not have an approved machine)';
/** `[acl test error]: address "<dst>"[ (protocol "<p>")]: want: <W>, got: <G>` */
function aclTestVerdict(dst, protocol, want, got) {
    const proto = protocol === undefined ? '' : ` (protocol ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(protocol)})`;
    return `[acl test error]: address ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}${proto}: want: ${want}, got: ${got}`;
}
function aclTestError(reason, dst) {
    return dst === undefined ? `[acl test error]: ${reason}` : `[acl test error]: address ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}: ${reason}`;
}
/** `[ssh test error]: src "<s>" at "<ip>", dst "<d>" at "<ip>", ssh user "<u>": want: "<w>" got: "<g>"` */
function sshTestVerdict(src, srcAt, dst, dstAt, user, want, got) {
    return (`[ssh test error]: src ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(src)} at ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(srcAt)}, dst ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)} ` +
        `at ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dstAt)}, ssh user ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(user)}: want: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(want)} ` +
        `got: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(got)}`);
}
function sshTestError(reason) {
    return `[ssh test error]: ${reason}`;
}


/***/ }),

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ NetworkIndex)
});

// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/policy/ports.ts
var ports = __webpack_require__(7421);
;// CONCATENATED MODULE: ./src/policy/any-passes.ts
// Whether any of a list of targets lets a question (protocols, port) through: their ports merged
// per protocol once, then a binary search per question. Walking the list for every port asked
// grew with the ports times the targets: N rules from N tags to one destination, each on its own
// port, asked N ports of N targets (a helper's attack on the plan, 8,000 rules in 26 s).

class AnyPasses {
    /** Per protocol with ports: the targets' ranges, sorted and merged. */
    ports = new Map();
    /** Protocols without ports that some target allows (all its ports, as `allows` asks). */
    whole = new Set();
    empty;
    constructor(targets) {
        this.empty = targets.length === 0;
        const ranges = new Map();
        for (const target of targets) {
            for (const protocol of target.protocols) {
                if (!(0,ports/* protocolHasPorts */.VK)(protocol)) {
                    if (target.allPorts)
                        this.whole.add(protocol);
                    continue;
                }
                const list = ranges.get(protocol) ?? [];
                if (list.length === 0)
                    ranges.set(protocol, list);
                for (const range of target.ports)
                    list.push(range);
            }
        }
        for (const [protocol, list] of ranges)
            this.ports.set(protocol, merged(list));
    }
    /** What `allows` answers for some target of the list (target-passes.ts): ICMP needs only the addresses. */
    lets(protocols, port) {
        if (this.empty)
            return false;
        for (const protocol of protocols) {
            if (protocol === ports/* ICMP */.Ib || protocol === ports/* ICMPV6 */.Al)
                return true;
            if ((0,ports/* protocolHasPorts */.VK)(protocol)) {
                const ranges = this.ports.get(protocol);
                if (ranges !== undefined && (0,ports/* portsContain */.tq)(ranges, port))
                    return true;
            }
            else if (this.whole.has(protocol))
                return true;
        }
        return false;
    }
}
/** The ranges sorted by their first port, overlapping or adjoining ones joined. */
function merged(ranges) {
    ranges.sort((a, b) => a.first - b.first);
    const out = [];
    for (const range of ranges) {
        const last = out.at(-1);
        if (last !== undefined && range.first <= last.last + 1) {
            if (range.last > last.last)
                out[out.length - 1] = { first: last.first, last: range.last };
        }
        else
            out.push(range);
    }
    return out;
}

// EXTERNAL MODULE: ./src/policy/network-profiles.ts
var network_profiles = __webpack_require__(655);
;// CONCATENATED MODULE: ./src/policy/maybe-reach.ts
// The engine's "maybe" for a source known in part (network-index.ts): a tagged device may carry
// tags the policy does not know of, and an address of no known device may be anyone. Such a source
// is let through, unknown, where some target of a rule naming tags (or any identity) may reach
// the destination; these targets are kept in two lists, and the answers shared by destinations
// alike are kept once.


class MaybeReach {
    index;
    /** Targets (not bare `*`) whose rule's source names tags, or identities. */
    lists = { srcTags: [], srcIdentity: [] };
    /** someWildcard's answers, by list, posture, protocol and port. */
    reaches = new Map();
    /** impliedReach's targets, by flags and list. */
    impliedTargets = new Map();
    constructor(index) {
        this.index = index;
    }
    /** Target `id`, not to a bare `*`, whose rule's source has the SRC_* flags `srcFlags`. */
    add(id, srcFlags) {
        if (srcFlags & network_profiles/* SRC_TAGS */.d9)
            this.lists.srcTags.push(id);
        if (srcFlags & network_profiles/* SRC_IDENTITY */.wJ)
            this.lists.srcIdentity.push(id);
    }
    /**
     * `unknown` when some target of the list may reach the destination for this protocol and port:
     * one that selects it directly, or one that may select it through the facts it may have beyond
     * the known ones. The second part depends on the destination only through those facts (its
     * `implied` flags), so it is answered once per flags for all destinations alike: the lists grow
     * with the policy, and so do the destinations asked about. Each part merges its targets' ports
     * once (AnyPasses), so a question costs a search, not a walk over the targets.
     */
    answer(list, destination, protocols, port, posture) {
        const bit = list === 'srcTags' ? network_profiles/* SRC_TAGS */.d9 : network_profiles/* SRC_IDENTITY */.wJ;
        let direct = destination.maybe?.get(list);
        if (direct === undefined) {
            const { targets, targetCount } = destination;
            const ids = [];
            for (let i = 0; i < targetCount; i++) {
                const id = targets[i] >> network_profiles/* TARGET_SHIFT */.Bp;
                if ((this.index.flags[id] & bit) !== 0)
                    ids.push(id);
            }
            direct = this.split(ids);
            (destination.maybe ??= new Map()).set(list, direct);
        }
        let found = this.passes(direct, protocols, port, posture);
        // The bare `*` targets select it as `wild` says; those of the list that let the question through.
        const key = `${list}|${posture.key}|${protocols.join(',')}|${port}`;
        if (!found && destination.wild !== network_profiles.NO)
            found = this.someWildcard(bit, key, protocols, port, posture);
        if (!found && destination.implied !== 0)
            found = this.passes(this.impliedReach(list, destination.implied), protocols, port, posture);
        return found ? 'unknown' : 'no';
    }
    /**
     * The targets `ids` apart: those of rules without postures, their ports merged once (the same for
     * every source); those with postures, asked one by one, since each source has its own.
     */
    split(ids) {
        const plain = [];
        const postured = [];
        for (const id of ids) {
            if (this.index.rules[this.index.ruleOf[id]].postures === undefined)
                plain.push(this.index.targets[id]);
            else
                postured.push(id);
        }
        return { plain: new AnyPasses(plain), postured };
    }
    /** Whether some target of `reach` lets the question asked through, for this source's posture. */
    passes(reach, protocols, port, posture) {
        if (reach.plain.lets(protocols, port))
            return true;
        for (const id of reach.postured)
            if (this.lets(id, posture))
                return true;
        return false;
    }
    /**
     * Whether some bare `*` target of a rule with the SRC_* flag `bit` lets the question (`key`)
     * through; like impliedReach, the same for every destination they select, so answered once.
     */
    someWildcard(bit, key, protocols, port, posture) {
        const memoKey = `*|${key}`;
        let found = this.reaches.get(memoKey);
        if (found === undefined) {
            found = false;
            for (const bucket of this.index.wildcards.buckets(protocols, port))
                for (let i = 0; i < bucket.length && !found; i++)
                    found = (this.index.flags[bucket[i]] & bit) !== 0 && this.lets(bucket[i], posture);
            this.reaches.set(memoKey, found);
        }
        return found;
    }
    /** The targets of the list whose destination carries one of the `implied` flags; `key` names the list and posture. */
    impliedReach(list, implied) {
        const memoKey = `${implied}|${list}`;
        let found = this.impliedTargets.get(memoKey);
        if (found === undefined) {
            const ids = this.lists[list].filter((id) => (this.index.flags[id] & implied) !== 0);
            this.impliedTargets.set(memoKey, (found = this.split(ids)));
        }
        return found;
    }
    /** Whether target `id` lets the question asked through, its rule's postures allowing. */
    lets(id, posture) {
        if (!this.index.passes.lets(id))
            return false;
        const postures = this.index.rules[this.index.ruleOf[id]].postures;
        return postures === undefined || posture.evaluate(postures) !== 'no';
    }
}

// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
;// CONCATENATED MODULE: ./src/policy/pair-reach.ts
// Every verdict of one source to one destination at once, for any protocols and port. The access
// plan asks each pair about every port interval its rules draw: thousands of intervals for a
// large policy, and each verdict merged the source's rules with the destination's targets again
// (a random 2,400-rule policy: 31 s). Here the two lists are merged once, into the targets that
// may let the pair through, split by how surely; a port then costs a binary search.


/**
 * Calls `each` with every target of the source's rules that may select the destination: those
 * `verdict` merges (network-index.ts `direct` and `implied`), then the bare `*` ones (`wildReach`).
 * `ownTargets` gives the source's targets but bare `*` ones, as `implied` walks them.
 */
function eachCandidate(lists, source, destination, ownTargets, each) {
    if (destination.implied === 0)
        eachDirect(lists, source, destination, each);
    else
        eachImplied(lists, destination, ownTargets(), each);
    if (destination.wild === network_profiles.NO)
        return;
    const rules = source.wild;
    for (let k = 0; k < rules.length; k++) {
        const ruleId = rules[k] >> network_profiles/* RULE_SHIFT */.wV;
        for (let id = lists.firsts[ruleId], end = lists.ends[ruleId]; id < end; id++)
            if (lists.flags[id] & network_profiles/* BARE_WILDCARD */.K8)
                each(id, destination.wild, rules[k] & network_profiles/* RULE_CODE */.zN);
    }
}
/** The targets selecting the destination directly whose rules select the source: both lists ascend. */
function eachDirect(lists, source, destination, each) {
    const { targets, targetCount } = destination;
    const { own: rules, ownCount: ruleCount } = source;
    let i = 0;
    let k = 0;
    while (i < targetCount && k < ruleCount) {
        const id = targets[i] >> network_profiles/* TARGET_SHIFT */.Bp;
        const ruleId = lists.ruleOf[id];
        const sourceRule = rules[k] >> network_profiles/* RULE_SHIFT */.wV;
        if (sourceRule < ruleId)
            k = (0,network_profiles/* gallop */.sk)(rules, k, ruleCount, ruleId, network_profiles/* RULE_SHIFT */.wV);
        else if (sourceRule > ruleId)
            i = (0,network_profiles/* gallop */.sk)(targets, i, targetCount, lists.firsts[sourceRule], network_profiles/* TARGET_SHIFT */.Bp);
        else {
            each(id, targets[i] & network_profiles/* TARGET_CODE */.ED, rules[k] & network_profiles/* RULE_CODE */.zN);
            i++;
        }
    }
}
/** Every target of the source's rules, selecting the destination directly or through the facts it may have. */
function eachImplied(lists, destination, entries, each) {
    const { targets, targetCount, implied } = destination;
    let j = 0;
    for (let e = 0; e < entries.length; e++) {
        const id = entries[e] >> network_profiles/* RULE_SHIFT */.wV;
        if (j < targetCount && targets[j] >> network_profiles/* TARGET_SHIFT */.Bp < id)
            j = (0,network_profiles/* gallop */.sk)(targets, j, targetCount, id, network_profiles/* TARGET_SHIFT */.Bp);
        let selects = j < targetCount && targets[j] >> network_profiles/* TARGET_SHIFT */.Bp === id ? targets[j] & network_profiles/* TARGET_CODE */.ED : network_profiles.NO;
        if ((selects & 3) === network_profiles.NO && (lists.flags[id] & implied) !== 0)
            selects |= network_profiles/* MAYBE */.xF;
        if (selects !== network_profiles.NO)
            each(id, selects, entries[e] & network_profiles/* RULE_CODE */.zN);
    }
}
/** The verdicts of one pair: the targets that let it through surely, those that may, and what else may. */
class PairReach {
    otherwise;
    yes;
    maybe;
    constructor(yes, maybe, 
    /** The verdict where no target of the source's rules lets the question through. */
    otherwise) {
        this.otherwise = otherwise;
        this.yes = new AnyPasses(yes);
        this.maybe = new AnyPasses(maybe);
    }
    /** What NetworkIndex.verdict answers for this pair, these protocols and this port. */
    verdict(protocols, port) {
        if (this.yes.lets(protocols, port))
            return network_profiles/* TRIS */.Nn[network_profiles/* YES */._Y];
        if (this.maybe.lets(protocols, port))
            return network_profiles/* TRIS */.Nn[network_profiles/* MAYBE */.xF];
        return this.otherwise(protocols, port);
    }
}

;// CONCATENATED MODULE: ./src/policy/port-buckets.ts
// Every target of a network index (network-index.ts) by the ports it lets through. A verdict
// whose merge of a source's rules with a destination's targets runs long walks instead the targets
// on its port: one user with N rules to one tag, each on its own port, cost N per port and N² in
// all (8,000 rules: 39 s).
//
// Targets sharing one list of ports are kept as one group: a grant's destinations all share its
// `ip` list, and a grant of N destinations and N ranges (input N + N) kept target by target cost
// N × N entries (8,000 of each: 60 s and 576 MB, past any deadline, since the build does not stop).
// Kept by group, the entries grow with the distinct port lists, as the policy's text does.
//
// Each protocol's groups are kept in a segment tree over the elementary port intervals: a range
// is kept at the few nodes that cover it exactly (at most two per level), and a port's groups are
// those of the nodes from its interval's leaf up to the root. Kept per interval instead, a few
// targets open on every port among N single ports cost N entries each, and the buckets were given
// up (a policy with some `*` ports kept none). The nodes are typed arrays per protocol, not an
// array per node: N sources of N targets each kept N² small arrays, 2.4 GB at N = 2,000.

class PortBuckets {
    byProtocol;
    members;
    memberStarts;
    constructor(byProtocol, 
    /** Group g's entries, ascending, are `members[memberStarts[g]]` up to `members[memberStarts[g + 1]]`. */
    members, memberStarts) {
        this.byProtocol = byProtocol;
        this.members = members;
        this.memberStarts = memberStarts;
    }
    /** Buckets for the targets `ids` (ids into `targets`), ascending. */
    static of(ids, targets) {
        const byPorts = new Map();
        let memberCount = 0;
        for (let e = 0; e < ids.length; e++) {
            const target = targets[ids[e]];
            for (const protocol of target.protocols) {
                if (!(0,ports/* protocolHasPorts */.VK)(protocol))
                    continue;
                const groups = byPorts.get(protocol) ?? new Map();
                byPorts.set(protocol, groups);
                const members = groups.get(target.ports);
                if (members === undefined)
                    groups.set(target.ports, [ids[e]]);
                else
                    members.push(ids[e]);
                memberCount++;
            }
        }
        let groupCount = 0;
        for (const groups of byPorts.values())
            groupCount += groups.size;
        const members = new Int32Array(memberCount);
        const memberStarts = new Int32Array(groupCount + 1);
        const byProtocol = new Map();
        let group = 0;
        for (const [protocol, groups] of byPorts) {
            const first = group;
            for (const list of groups.values()) {
                members.set(list, memberStarts[group]);
                memberStarts[group + 1] = memberStarts[group] + list.length;
                group++;
            }
            byProtocol.set(protocol, bucketsOf([...groups.keys()], first, memberStarts));
        }
        return new PortBuckets(byProtocol, members, memberStarts);
    }
    /**
     * Appends to `spans`, from `count` on, the groups of the targets that let `protocol` (one with
     * ports) through on `port`, each span ascending; returns the new count.
     */
    at(protocol, port, spans, count) {
        const buckets = this.byProtocol.get(protocol);
        if (buckets === undefined)
            return count;
        const { starts, groups, weights } = buckets;
        for (let node = buckets.size + intervalAt(buckets.cuts, port); node >= 1; node >>= 1) {
            if (starts[node] === starts[node + 1])
                continue;
            const span = (spans[count++] ??= { list: groups, start: 0, end: 0, weight: 0 });
            span.list = groups;
            span.start = starts[node];
            span.end = starts[node + 1];
            span.weight = weights[node];
        }
        return count;
    }
}
/** Calls `each` with the nodes that cover intervals `first` to `last` exactly. */
function coveringNodes(size, first, last, each) {
    for (let low = first + size, high = last + size + 1; low < high; low >>= 1, high >>= 1) {
        if (low & 1)
            each(low++);
        if (high & 1)
            each(--high);
    }
}
/** One protocol's tree of the groups `first`, `first + 1`… with these lists of ports: counted, then filled. */
function bucketsOf(portLists, first, memberStarts) {
    const cutSet = new Set([0]);
    for (const ports of portLists)
        for (const range of ports) {
            cutSet.add(range.first);
            if (range.last < 65535)
                cutSet.add(range.last + 1);
        }
    const cuts = Int32Array.from(cutSet).sort();
    let size = 1;
    while (size < cuts.length)
        size *= 2;
    const counts = new Int32Array(2 * size + 1);
    const weights = new Int32Array(2 * size);
    const ranges = (each) => portLists.forEach((ports, g) => {
        for (const range of ports)
            coveringNodes(size, intervalAt(cuts, range.first), intervalAt(cuts, range.last), (node) => each(first + g, node));
    });
    ranges((group, node) => {
        counts[node]++;
        weights[node] += memberStarts[group + 1] - memberStarts[group];
    });
    const starts = new Int32Array(2 * size + 1);
    for (let node = 1; node < 2 * size; node++)
        starts[node + 1] = starts[node] + counts[node];
    const next = starts.slice();
    const groups = new Int32Array(starts[2 * size]);
    ranges((group, node) => (groups[next[node]++] = group));
    return { cuts, size, starts, groups, weights };
}
/** The interval holding `port`: the last cut at or below it. */
function intervalAt(cuts, port) {
    let low = 0;
    let high = cuts.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (cuts[mid] <= port)
            low = mid + 1;
        else
            high = mid;
    }
    return low - 1;
}

// EXTERNAL MODULE: ./src/policy/principal.ts
var principal = __webpack_require__(548);
// EXTERNAL MODULE: ./src/policy/address-index.ts
var address_index = __webpack_require__(6659);
// EXTERNAL MODULE: ./src/policy/identity-index.ts
var identity_index = __webpack_require__(9299);
;// CONCATENATED MODULE: ./src/policy/profiles.ts
// Each principal's profile in a NetworkIndex (network-profiles.ts): as a source, the rules whose
// `src` selects it; as a destination, the targets that select it. Both are found through an
// identity index and an address index, then matched one by one, once per principal and family.





class Profiles {
    lists;
    env;
    deadline;
    bySource = new identity_index/* IdentityIndex */.N();
    byDestination = new identity_index/* IdentityIndex */.N();
    bySourceAddress = new address_index/* AddressIndex */.R();
    byDestinationAddress = new address_index/* AddressIndex */.R();
    /** One of the bare `*` targets' destination sets: they all select a destination alike. */
    wildSet;
    /** By family and principal key. */
    sources = { 4: new Map(), 6: new Map() };
    destinations = { 4: new Map(), 6: new Map() };
    /** Each profile's candidates count against the deadline's size limit. */
    constructor(lists, env, deadline) {
        this.lists = lists;
        this.env = env;
        this.deadline = deadline;
    }
    /** Rule `ruleId`, whose source is `src`. */
    addSource(ruleId, src) {
        this.bySource.add(ruleId, src);
        this.bySourceAddress.add(ruleId, src);
    }
    /** Target `id`, not to a bare `*`, whose destination is `dst`. */
    addDestination(id, dst) {
        this.byDestination.add(id, dst);
        this.byDestinationAddress.add(id, dst);
    }
    /** A bare `*` target's destination: no destination profile holds such targets, only how they select it. */
    addWildcard(dst) {
        this.wildSet ??= dst;
    }
    /** The rules whose source selects `src`, made on first use. */
    source(src, family) {
        let profile = this.sources[family].get(src.key);
        if (profile === undefined) {
            const candidates = Int32Array.from(this.bySource.gather(src, false, (0,network_profiles/* addressCandidates */.zX)(this.bySourceAddress, src, family, true))).sort();
            this.deadline?.charge(Math.ceil(candidates.length / network_profiles/* ENTRIES_PER_RANGE */.vv));
            // The rules that select the source are kept in place, in front of the candidates.
            let found = 0;
            for (let c = 0; c < candidates.length; c++) {
                const ruleId = candidates[c];
                // Found through a name the source surely has: matchSet would answer yes.
                const selects = this.bySource.surely(ruleId)
                    ? network_profiles/* YES */._Y
                    : (0,network_profiles/* code */.aY)((0,match/* matchSet */.sm)(this.lists.rules[ruleId].src, src, family, 'src', this.env));
                if (selects !== network_profiles.NO)
                    candidates[found++] = (ruleId << network_profiles/* RULE_SHIFT */.wV) | selects;
            }
            const rules = (0,network_profiles/* kept */.LP)(candidates, found);
            profile = {
                rules,
                ruleCount: found,
                ...(0,network_profiles/* byKind */.Sb)(this.lists.kinds, this.lists.wildcards.ids.length > 0, rules, found),
                otherTags: src.identity === 'tagged' && !src.tagsComplete,
                anyIdentity: src.identity === 'unknown',
            };
            this.sources[family].set(src.key, profile);
        }
        return profile;
    }
    /** The targets that select `dst`, made on first use. */
    destination(dst, family) {
        let profile = this.destinations[family].get(dst.key);
        if (profile !== undefined)
            return profile;
        const unknownAddress = (0,principal/* slot */.NI)(dst, family)?.kind === 'tailscale';
        let implied = unknownAddress ? network_profiles/* DST_PARTIAL */.eT[family] : 0;
        if (dst.identity === 'unknown')
            implied |= network_profiles/* DST_IDENTITY */.N1;
        // Other tags than it is known to have: a tagged device's, or a Service's, which may carry one (§2.2.10).
        if ((dst.identity === 'tagged' && !dst.tagsComplete) || dst.service !== undefined)
            implied |= network_profiles/* DST_TAGS */.QR;
        const candidates = Int32Array.from(this.byDestination.gather(dst, false, (0,network_profiles/* addressCandidates */.zX)(this.byDestinationAddress, dst, family, false))).sort();
        // The targets that select the destination are kept in place, in front of the candidates.
        let found = 0;
        for (let c = 0; c < candidates.length; c++) {
            const id = candidates[c];
            const target = this.lists.targets[id];
            // Found through a name the destination surely has: its identity selects it, so it is selected.
            const direct = this.byDestination.surely(id)
                ? 'yes'
                : (0,match/* directMatch */.BU)(target.dst, dst, family, unknownAddress, this.env);
            const selects = (0,network_profiles/* code */.aY)(direct) | (target.dst.self && dst.identity === 'user' ? network_profiles/* SELF */.TK : 0);
            if (selects === network_profiles.NO)
                continue;
            candidates[found++] = (id << network_profiles/* TARGET_SHIFT */.Bp) | selects;
        }
        this.deadline?.charge(Math.ceil(candidates.length / network_profiles/* ENTRIES_PER_RANGE */.vv));
        const wildSet = this.wildSet;
        profile = {
            targets: (0,network_profiles/* kept */.LP)(candidates, found),
            targetCount: found,
            implied,
            wild: wildSet === undefined ? network_profiles.NO : (0,network_profiles/* code */.aY)((0,match/* directMatch */.BU)(wildSet, dst, family, unknownAddress, this.env)),
        };
        this.destinations[family].set(dst.key, profile);
        return profile;
    }
}

// EXTERNAL MODULE: ./src/policy/unsure.ts
var unsure = __webpack_require__(2250);
;// CONCATENATED MODULE: ./src/policy/target-passes.ts
// Whether a rule's target lets a packet through for a given protocol and port, memoised per
// question: tests ask few distinct questions (a handful of ports) of many targets, and a verdict
// may look at the same target for thousands of source and destination pairs.


/** Bytes the memo may take: a hostile policy can ask as many distinct ports as it has tests. */
const MAX_BYTES = 1 << 23;
/** Whether a target lets a packet of one of the protocols through; ICMP needs only the addresses. */
function allows(target, protocols, port) {
    for (const protocol of protocols) {
        if (protocol === ports/* ICMP */.Ib || protocol === ports/* ICMPV6 */.Al)
            return true;
        if (!target.protocols.includes(protocol))
            continue;
        if ((0,ports/* protocolHasPorts */.VK)(protocol) ? (0,ports/* portsContain */.tq)(target.ports, port) : target.allPorts)
            return true;
    }
    return false;
}
/** The answers for the targets of one index; `ask` selects the question, `lets` answers it for a target. */
class TargetPasses {
    targets;
    /** Per question: 0 not known yet, 1 no, 2 yes, by target id. */
    rows = new Map();
    /** The current question's row; undefined when it is not memoised. */
    row;
    /** The question asked (set by `ask`). */
    protocols = unsure/* DEFAULT_TEST_PROTOCOLS */.tw;
    port = 0;
    constructor(targets) {
        this.targets = targets;
    }
    /** Makes `lets` answer for these protocols and this port. */
    ask(protocols, port) {
        this.protocols = protocols;
        this.port = port;
        this.row = this.rowFor(protocols, port);
    }
    lets(id) {
        const row = this.row;
        if (row === undefined)
            return allows(this.targets[id], this.protocols, this.port);
        let known = row[id];
        if (known === 0)
            row[id] = known = allows(this.targets[id], this.protocols, this.port) ? 2 : 1;
        return known === 2;
    }
    /** Questions are told apart by protocol (the default pair counts as 256) and port. */
    rowFor(protocols, port) {
        const kind = protocols === unsure/* DEFAULT_TEST_PROTOCOLS */.tw ? 256 : protocols.length === 1 ? protocols[0] : -1;
        if (kind === -1)
            return undefined;
        const key = kind * 65536 + port;
        let row = this.rows.get(key);
        if (row === undefined) {
            if ((this.rows.size + 1) * this.targets.length > MAX_BYTES)
                return undefined;
            row = new Uint8Array(this.targets.length);
            this.rows.set(key, row);
        }
        return row;
    }
}

// EXTERNAL MODULE: ./src/policy/ip.ts
var ip = __webpack_require__(9177);
;// CONCATENATED MODULE: ./src/policy/wildcard-targets.ts
// Targets whose destination is `*` and nothing else, kept apart from the destinations' profiles
// (network-index.ts). Every destination a test names may be in `*`, so each destination's
// profile held every such target: N rules to `*`, each on its own port, against N tests of
// distinct destinations made N profiles of N targets, and each verdict weighed all N. They are
// kept once here instead, found by the protocol and port a question asks, so a verdict looks
// only at those that let its packet through, and stops at its first answer.




/**
 * Whether a destination set is `*` alone: then it selects every destination as any other such
 * set does, and its targets differ only in their protocols, ports and rules.
 */
function isBareWildcard(set) {
    return (set.wildcard &&
        !set.dangerAll &&
        !(0,compile/* namesIdentities */.NO)(set) &&
        !set.self &&
        !set.internet &&
        set.services.size === 0 &&
        (0,ip/* isEmpty */.Im)(set.addresses) &&
        set.internetDependent === undefined);
}
/** Ports 0–65535 as the leaves of a segment tree: a range is stored at the O(log) nodes covering it. */
const PORT_BITS = 16;
const LEAVES = 1 << PORT_BITS;
/**
 * The bare-wildcard targets of one index (ids ascending), answering which of them let a packet
 * of some protocols to some port through, as `allows` in target-passes.ts decides it: as the
 * few lists ("buckets") that hold them, which a caller walks until it has its answer. Nothing is
 * copied or sorted per question, so a verdict that stops at its first answer pays for no more.
 */
class WildcardTargets {
    targets;
    deadline;
    ids = [];
    /** Per protocol with ports: ids by segment-tree node. Per protocol without: ids allowing every port. */
    trees = new Map();
    whole = new Map();
    constructor(targets, deadline) {
        this.targets = targets;
        this.deadline = deadline;
    }
    add(id) {
        this.ids.push(id);
    }
    /**
     * Lists that together hold every id letting a packet of one of `protocols` to `port` through,
     * and no other; an id may be in two of them (one per protocol of the question).
     */
    buckets(protocols, port) {
        if (this.ids.length === 0)
            return [];
        // ICMP needs only the addresses (target-passes.ts): every target lets it through.
        if (protocols.some((p) => p === ports/* ICMP */.Ib || p === ports/* ICMPV6 */.Al))
            return [this.ids];
        const out = [];
        for (const protocol of protocols) {
            if (!(0,ports/* protocolHasPorts */.VK)(protocol)) {
                const all = this.all(protocol);
                if (all.length > 0)
                    out.push(all);
                continue;
            }
            const tree = this.tree(protocol);
            let node = 1;
            for (let bit = PORT_BITS - 1;; bit--) {
                const here = tree.get(node);
                if (here !== undefined)
                    out.push(here);
                if (bit < 0)
                    break;
                node = node * 2 + ((port >> bit) & 1);
            }
        }
        return out;
    }
    tree(protocol) {
        let tree = this.trees.get(protocol);
        if (tree === undefined) {
            tree = new Map();
            let entries = 0;
            for (const id of this.ids) {
                const target = this.targets[id];
                if (!target.protocols.includes(protocol))
                    continue;
                for (const range of target.ports)
                    entries += insert(tree, id, range.first, range.last, 1, 0, LEAVES - 1);
            }
            // Its entries count as a profile's do: each is a number in an array.
            this.deadline?.charge(Math.ceil(entries / network_profiles/* ENTRIES_PER_RANGE */.vv));
            this.trees.set(protocol, tree);
        }
        return tree;
    }
    /** The ids allowing `protocol`, a protocol without ports, which a target allows only on every port. */
    all(protocol) {
        let ids = this.whole.get(protocol);
        if (ids === undefined) {
            ids = this.ids.filter((id) => this.targets[id].allPorts && this.targets[id].protocols.includes(protocol));
            this.whole.set(protocol, ids);
        }
        return ids;
    }
}
/** Stores `id` at the nodes of [low, high] that together cover [first, last] exactly; returns how many. */
function insert(tree, id, first, last, node, low, high) {
    if (last < low || high < first)
        return 0;
    if (first <= low && high <= last) {
        const here = tree.get(node);
        if (here === undefined)
            tree.set(node, [id]);
        else
            here.push(id);
        return 1;
    }
    const middle = (low + high) >> 1;
    return (insert(tree, id, first, last, node * 2, low, middle) + insert(tree, id, first, last, node * 2 + 1, middle + 1, high));
}

;// CONCATENATED MODULE: ./src/policy/network-index.ts
// Answers "may this source reach that destination?" for many tests without rescanning every
// rule. Each distinct destination keeps the targets that select it; each distinct source keeps
// the rules whose `src` selects it (profiles.ts). A verdict merges the two sorted lists, or, once
// that merge has taken more steps than the port asked has targets, walks those (kept by port
// once, port-buckets.ts). Targets to `*` alone, which select every destination, are kept once,
// by protocol and port (wildcard-targets.ts). Memory grows with the matches found, never with
// rules × destinations.











/**
 * A verdict's walk asks after this many steps, then twice as many and so on, whether fewer targets
 * are on its port than it has walked; if so it walks those. It costs at most about twice the
 * cheaper walk: a merge that gallops past or stops at its first "yes" never pays for the port's
 * targets (comparing them with the lists' lengths instead was measured 35× slower).
 */
const BUCKETED_FROM = 64;
/** The targets are kept by port once the verdicts would have walked this many times as many entries. */
const BUILD_AFTER = 8;
/**
 * Sources are indexed by rule and destinations by target, so a rule with N sources and N
 * destinations costs N + N entries, not N × N; a verdict merges the two sorted lists. Rules
 * and targets are numbered densely; what the verdict loop reads of them lives in typed arrays,
 * sized once, outside the heap the garbage collector copies.
 */
class NetworkIndex {
    deadline;
    rules = [];
    /** By rule: its targets are the ids first..end-1. */
    firsts;
    ends;
    /** By target. */
    targets = [];
    ruleOf;
    flags;
    /** By rule: whether it has bare `*` targets (WILD), others (OWN), or both. */
    kinds;
    /** Targets whose destination is `*` alone (their flags carry BARE_WILDCARD). */
    wildcards;
    /** Each principal's rules and targets (profiles.ts). */
    profiles;
    /** Which targets let the question asked through. */
    passes = new TargetPasses(this.targets);
    /** The "maybe" of sources known in part. */
    maybe;
    /** Every target but bare `*` ones by port, made when worth it (onPort). */
    byPort;
    /** Entries the verdicts would have walked while there was no byPort. */
    walked = 0;
    /** The targets on the port asked, `spanCount` spans over the protocols asked (onPort), reused. */
    spans = [];
    spanCount = 0;
    /**
     * With a deadline, stops adding rules once it passes or its size limit is reached (the caller
     * then evaluates nothing). Profiles' candidates and the bare `*` targets' port trees count
     * against the same limit: N rules to a range of N addresses, each on its own port, and N tests
     * of those addresses make N profiles of N targets each, and the verdicts stop once too many.
     */
    constructor(rules, env, deadline) {
        this.deadline = deadline;
        let targetCount = 0;
        // Indexed loops: they run once per rule and per candidate, mostly before V8 optimises them.
        for (let r = 0; r < rules.length; r++)
            targetCount += rules[r].targets.length;
        this.firsts = new Int32Array(rules.length);
        this.ends = new Int32Array(rules.length);
        this.ruleOf = new Int32Array(targetCount);
        this.flags = new Uint8Array(targetCount);
        this.kinds = new Uint8Array(rules.length);
        this.wildcards = new WildcardTargets(this.targets, deadline);
        this.profiles = new Profiles({ rules: this.rules, targets: this.targets, kinds: this.kinds, wildcards: this.wildcards }, env, deadline);
        this.maybe = new MaybeReach({
            rules: this.rules,
            ruleOf: this.ruleOf,
            targets: this.targets,
            flags: this.flags,
            wildcards: this.wildcards,
            passes: this.passes,
        });
        for (let r = 0; r < rules.length; r++) {
            const rule = rules[r];
            if (rule.targets.length === 0)
                continue;
            if (deadline?.passed() === true || deadline?.charge((0,network_profiles/* addressCount */.eJ)(rule)) === true)
                break;
            const ruleId = this.rules.push(rule) - 1;
            this.firsts[ruleId] = this.targets.length;
            this.ends[ruleId] = this.targets.length + rule.targets.length;
            this.profiles.addSource(ruleId, rule.src);
            const srcFlags = (rule.src.tags.size > 0 ? network_profiles/* SRC_TAGS */.d9 : 0) | ((0,compile/* namesIdentities */.NO)(rule.src) ? network_profiles/* SRC_IDENTITY */.wJ : 0);
            for (let t = 0; t < rule.targets.length; t++) {
                const target = rule.targets[t];
                const id = this.targets.push(target) - 1;
                this.ruleOf[id] = ruleId;
                this.flags[id] = srcFlags | (0,network_profiles/* destinationFlags */.CX)(target.dst);
                if (isBareWildcard(target.dst))
                    this.addWildcard(id, ruleId);
                else {
                    this.kinds[ruleId] |= network_profiles/* OWN */.ZF;
                    this.profiles.addDestination(id, target.dst);
                    this.maybe.add(id, srcFlags);
                }
            }
        }
    }
    /**
     * A target to `*` alone: no destination profile holds it. Its destination flags are none, so
     * no fact a destination may have beyond the known ones makes it select that destination.
     */
    addWildcard(id, ruleId) {
        this.kinds[ruleId] |= network_profiles/* WILD */.T7;
        this.flags[id] |= network_profiles/* BARE_WILDCARD */.K8;
        this.profiles.addWildcard(this.targets[id].dst);
        this.wildcards.add(id);
    }
    /** Whether some rule's destination is `*`, whose reach beyond the tailnet is not known (§2.2.1). */
    hasWildcardDestination() {
        return this.targets.some((target) => target.dst.wildcard);
    }
    /**
     * Accept (yes), Drop (no) or unknown from `src` to `dst` on `port` for any of `protocols`
     * (§4.1; a test without `proto` passes on TCP or UDP).
     */
    verdict(src, dst, family, protocols, port, posture) {
        const source = this.profiles.source(src, family);
        const destination = this.profiles.destination(dst, family);
        this.passes.ask(protocols, port);
        posture = posture.forSource((0,principal/* tailnetDevice */.op)(src));
        let result = destination.implied === 0
            ? this.direct(source, destination, src, dst, posture)
            : this.implied(source, destination, src, dst, posture);
        if (destination.wild !== network_profiles.NO && source.wild.length > 0 && result !== network_profiles/* YES */._Y)
            result = this.wildReach(source, destination.wild, protocols, port, src, dst, posture, result);
        return result !== network_profiles.NO ? network_profiles/* TRIS */.Nn[result] : this.otherwise(source, destination, protocols, port, posture);
    }
    /** The verdict where no rule naming the source lets the question through: a source known in part may still pass. */
    otherwise(source, destination, protocols, port, posture) {
        if (source.otherTags) {
            const maybe = this.maybe.answer('srcTags', destination, protocols, port, posture);
            if (maybe !== 'no')
                return maybe;
        }
        return source.anyIdentity ? this.maybe.answer('srcIdentity', destination, protocols, port, posture) : 'no';
    }
    /**
     * What `verdict` answers of `src` and `dst` for every protocol and port, the lists merged once
     * (pair-reach.ts): for the plan, which asks one pair about thousands of port intervals.
     */
    reach(src, dst, family, posture) {
        const source = this.profiles.source(src, family);
        const destination = this.profiles.destination(dst, family);
        posture = posture.forSource((0,principal/* tailnetDevice */.op)(src));
        const found = [[], [], []];
        const lists = { ruleOf: this.ruleOf, firsts: this.firsts, ends: this.ends, flags: this.flags };
        eachCandidate(lists, source, destination, () => this.ownTargets(source), (id, selects, bySource) => {
            let allowed = Math.min(bySource, this.reachOf(selects, src, dst));
            const postures = this.rules[this.ruleOf[id]].postures;
            if (allowed !== network_profiles.NO && postures !== undefined)
                allowed = Math.min(allowed, (0,network_profiles/* code */.aY)(posture.evaluate(postures)));
            found[allowed].push(this.targets[id]);
        });
        return new PairReach(found[network_profiles/* YES */._Y], found[network_profiles/* MAYBE */.xF], (protocols, port) => {
            // The lists of sources known in part ask the targets the question (maybe-reach.ts).
            this.passes.ask(protocols, port);
            return this.otherwise(source, destination, protocols, port, posture);
        });
    }
    /**
     * Only targets selecting the destination directly count: walk them, finding their rules among
     * the source's. `floor` is what the verdict already is.
     */
    direct(source, destination, src, dst, posture, floor = network_profiles.NO) {
        const { targets, targetCount } = destination;
        let rules = floor === network_profiles/* MAYBE */.xF ? this.sureRules(source) : source.own;
        let ruleCount = floor === network_profiles/* MAYBE */.xF ? rules.length : source.ownCount;
        let result = floor;
        let i = 0;
        let k = 0;
        let steps = 0;
        let check = BUCKETED_FROM;
        // Both lists ascend (a rule's targets have the ids firsts..ends-1): each side skips ahead by
        // galloping, so a source of a few rules against a destination of thousands of targets costs
        // a few searches, not a walk over the thousands.
        while (i < targetCount && k < ruleCount) {
            if (++steps === check) {
                if (this.onPort(steps))
                    return this.walkPort(source, destination, 0, src, dst, posture, result);
                check *= 2;
            }
            const id = targets[i] >> network_profiles/* TARGET_SHIFT */.Bp;
            const ruleId = this.ruleOf[id];
            const sourceRule = rules[k] >> network_profiles/* RULE_SHIFT */.wV;
            if (sourceRule < ruleId)
                k = (0,network_profiles/* gallop */.sk)(rules, k, ruleCount, ruleId, network_profiles/* RULE_SHIFT */.wV);
            else if (sourceRule > ruleId)
                i = (0,network_profiles/* gallop */.sk)(targets, i, targetCount, this.firsts[sourceRule], network_profiles/* TARGET_SHIFT */.Bp);
            else {
                result = this.raise(result, id, targets[i] & network_profiles/* TARGET_CODE */.ED, rules[k] & network_profiles/* RULE_CODE */.zN, src, dst, posture);
                if (result === network_profiles/* YES */._Y)
                    break;
                if (result === network_profiles/* MAYBE */.xF && rules === source.own) {
                    // Only a rule selecting the source surely can raise "maybe" to "yes": merge just those
                    // (a user who may be an admin, against a thousand admin rules, has one such rule).
                    rules = this.sureRules(source);
                    ruleCount = rules.length;
                    k = ruleCount > 0 && rules[0] >> network_profiles/* RULE_SHIFT */.wV < ruleId ? (0,network_profiles/* gallop */.sk)(rules, 0, ruleCount, ruleId, network_profiles/* RULE_SHIFT */.wV) : 0;
                }
                i++;
            }
        }
        return result;
    }
    /**
     * Any target of the source's rules may select the destination: walk them, finding their direct
     * codes; for one protocol with ports, only those that let the port through (PortBuckets).
     */
    implied(source, destination, src, dst, posture) {
        const { targets, targetCount, implied } = destination;
        const entries = this.ownTargets(source);
        let result = network_profiles.NO;
        let j = 0;
        for (let e = 0, check = BUCKETED_FROM; e < entries.length; e++) {
            // Here the result is still "no": it returns at the first "maybe" or "yes".
            if (e === check) {
                if (this.onPort(e))
                    return this.walkPort(source, destination, implied, src, dst, posture, network_profiles.NO);
                check *= 2;
            }
            const id = entries[e] >> network_profiles/* RULE_SHIFT */.wV;
            if (j < targetCount && targets[j] >> network_profiles/* TARGET_SHIFT */.Bp < id)
                j = (0,network_profiles/* gallop */.sk)(targets, j, targetCount, id, network_profiles/* TARGET_SHIFT */.Bp);
            let selects = j < targetCount && targets[j] >> network_profiles/* TARGET_SHIFT */.Bp === id ? targets[j] & network_profiles/* TARGET_CODE */.ED : network_profiles.NO;
            // Raised to MAYBE by the facts the destination may have beyond the known ones.
            if ((selects & 3) === network_profiles.NO && (this.flags[id] & implied) !== 0)
                selects |= network_profiles/* MAYBE */.xF;
            if (selects === network_profiles.NO)
                continue;
            result = this.raise(result, id, selects, entries[e] & network_profiles/* RULE_CODE */.zN, src, dst, posture);
            if (result === network_profiles/* YES */._Y)
                return result;
            // Only a target selecting the destination directly can raise "maybe" to "yes": walk just those.
            if (result === network_profiles/* MAYBE */.xF)
                return this.direct(source, destination, src, dst, posture, network_profiles/* MAYBE */.xF);
        }
        return result;
    }
    /**
     * The targets of the source's rules but bare `*` ones (wildReach's), ascending, each as its id
     * times 4 plus its rule's code for the source; made on first use.
     */
    ownTargets(source) {
        let entries = source.ownTargets;
        if (entries === undefined) {
            entries = [];
            for (let k = 0; k < source.ownCount; k++) {
                const ruleId = source.own[k] >> network_profiles/* RULE_SHIFT */.wV;
                for (let id = this.firsts[ruleId], end = this.ends[ruleId]; id < end; id++)
                    if ((this.flags[id] & network_profiles/* BARE_WILDCARD */.K8) === 0)
                        entries.push((id << network_profiles/* RULE_SHIFT */.wV) | (source.own[k] & network_profiles/* RULE_CODE */.zN));
            }
            source.ownTargets = entries;
            this.deadline?.charge(Math.ceil(entries.length / network_profiles/* ENTRIES_PER_RANGE */.vv));
        }
        return entries;
    }
    /** The source's rules with targets other than bare `*` ones that select it surely; made on first use. */
    sureRules(source) {
        if (source.sure === undefined) {
            const own = source.own.subarray(0, source.ownCount);
            source.sure = own.filter((entry) => (entry & network_profiles/* RULE_CODE */.zN) === network_profiles/* YES */._Y);
        }
        return source.sure;
    }
    /**
     * Whether the targets of every rule on the port asked, for each protocol asked, are no more than
     * the `steps` a walk has taken (BUCKETED_FROM): then `spans` holds them. For protocols with
     * ports only, from all the targets but bare `*` ones kept by port, once (PortBuckets).
     */
    onPort(steps) {
        const { protocols, port } = this.passes;
        if (!protocols.every(ports/* protocolHasPorts */.VK))
            return false;
        if (this.byPort === undefined) {
            // Built once the verdicts have walked more entries than building costs: most runs never do.
            // Past its first ask, a walk took half its steps since the last. Not charged to the size
            // limit: it holds each target once, and each distinct list of ports at most twice per level
            // of its tree (PortBuckets), which grows with the policy's text.
            this.walked += steps > BUCKETED_FROM ? steps / 2 : steps;
            if (this.walked < BUILD_AFTER * this.targets.length)
                return false;
            const ids = new Int32Array(this.targets.length);
            let count = 0;
            for (let id = 0; id < ids.length; id++)
                if ((this.flags[id] & network_profiles/* BARE_WILDCARD */.K8) === 0)
                    ids[count++] = id;
            this.byPort = PortBuckets.of(ids.subarray(0, count), this.targets);
        }
        let count = 0;
        for (let p = 0; p < protocols.length; p++)
            count = this.byPort.at(protocols[p], port, this.spans, count);
        this.spanCount = count;
        let total = 0;
        for (let s = 0; s < count; s++)
            total += this.spans[s].weight;
        return total <= steps;
    }
    /**
     * `floor` raised by the targets of `spans` (each ascending) whose rule selects the source and that
     * select the destination directly, or through the facts of `implied` (its DST_* flags) it may have.
     */
    walkPort(source, destination, implied, src, dst, posture, floor) {
        const { targets, targetCount } = destination;
        const { members, memberStarts } = this.byPort;
        let result = floor;
        // Ids ascend within a group, and mostly from one group to the next: the search in the
        // destination's targets starts over only when they do not.
        let previous = -1;
        let j = 0;
        for (let s = 0; s < this.spanCount && result !== network_profiles/* YES */._Y; s++) {
            const { list, start, end } = this.spans[s];
            for (let g = start; g < end && result !== network_profiles/* YES */._Y; g++) {
                for (let e = memberStarts[list[g]], last = memberStarts[list[g] + 1]; e < last && result !== network_profiles/* YES */._Y; e++) {
                    const id = members[e];
                    const bySource = (0,network_profiles/* ruleCode */.KF)(source, this.ruleOf[id]);
                    // A rule selecting the source no more surely than the result cannot raise it (raise).
                    if (bySource <= result)
                        continue;
                    if (id < previous)
                        j = 0;
                    previous = id;
                    if (j < targetCount && targets[j] >> network_profiles/* TARGET_SHIFT */.Bp < id)
                        j = (0,network_profiles/* gallop */.sk)(targets, j, targetCount, id, network_profiles/* TARGET_SHIFT */.Bp);
                    let selects = j < targetCount && targets[j] >> network_profiles/* TARGET_SHIFT */.Bp === id ? targets[j] & network_profiles/* TARGET_CODE */.ED : network_profiles.NO;
                    if ((selects & 3) === network_profiles.NO && (this.flags[id] & implied) !== 0)
                        selects |= network_profiles/* MAYBE */.xF;
                    if (selects !== network_profiles.NO)
                        result = this.raise(result, id, selects, bySource, src, dst, posture);
                }
            }
        }
        return result;
    }
    /**
     * `floor` raised by the bare `*` targets, which all select the destination with `wild`: walking
     * those that let the question through, or the source's rules that have such targets, whichever
     * are fewer, and stopping once it reaches the less sure of `wild` and the source's surest rule.
     */
    wildReach(source, wild, protocols, port, src, dst, posture, floor) {
        const bound = Math.min(wild, source.best);
        let result = floor;
        if (result >= bound)
            return result;
        const buckets = this.wildcards.buckets(protocols, port);
        let passing = 0;
        for (let b = 0; b < buckets.length; b++)
            passing += buckets[b].length;
        if (passing <= source.wild.length) {
            for (let b = 0; b < buckets.length && result < bound; b++) {
                const bucket = buckets[b];
                for (let i = 0; i < bucket.length && result < bound; i++) {
                    const bySource = (0,network_profiles/* ruleCode */.KF)(source, this.ruleOf[bucket[i]]);
                    if (bySource !== network_profiles.NO)
                        result = this.raise(result, bucket[i], wild, bySource, src, dst, posture);
                }
            }
            return result;
        }
        const rules = source.wild;
        for (let k = 0; k < rules.length && result < bound; k++) {
            const ruleId = rules[k] >> network_profiles/* RULE_SHIFT */.wV;
            for (let id = this.firsts[ruleId], end = this.ends[ruleId]; id < end && result < bound; id++)
                if (this.flags[id] & network_profiles/* BARE_WILDCARD */.K8)
                    result = this.raise(result, id, wild, rules[k] & network_profiles/* RULE_CODE */.zN, src, dst, posture);
        }
        return result;
    }
    /**
     * `result` raised by target `id`, which selects the destination with `selects` and whose rule
     * selects the source with `bySource`, if it lets the packet through. Its protocols, ports and
     * postures are looked at only when it could raise the result (offline, most targets cannot
     * once one answered "maybe").
     */
    raise(result, id, selects, bySource, src, dst, posture) {
        let allowed = Math.min(bySource, this.reachOf(selects, src, dst));
        if (allowed <= result || !this.passes.lets(id))
            return result;
        const postures = this.rules[this.ruleOf[id]].postures;
        if (postures !== undefined)
            allowed = Math.min(allowed, (0,network_profiles/* code */.aY)(posture.evaluate(postures)));
        return Math.max(result, allowed);
    }
    /** How a target whose code for the destination is `selects` reaches it: autogroup:self hangs on the owners. */
    reachOf(selects, src, dst) {
        const reach = selects & 3;
        return selects & network_profiles/* SELF */.TK && reach !== network_profiles/* YES */._Y ? Math.max(reach, (0,network_profiles/* code */.aY)((0,match/* sameOwner */.s0)(src, dst))) : reach;
    }
}


/***/ }),

/***/ 655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ TARGET_SHIFT),
/* harmony export */   CX: () => (/* binding */ destinationFlags),
/* harmony export */   ED: () => (/* binding */ TARGET_CODE),
/* harmony export */   K8: () => (/* binding */ BARE_WILDCARD),
/* harmony export */   KF: () => (/* binding */ ruleCode),
/* harmony export */   LP: () => (/* binding */ kept),
/* harmony export */   N1: () => (/* binding */ DST_IDENTITY),
/* harmony export */   NO: () => (/* binding */ NO),
/* harmony export */   Nn: () => (/* binding */ TRIS),
/* harmony export */   QR: () => (/* binding */ DST_TAGS),
/* harmony export */   Sb: () => (/* binding */ byKind),
/* harmony export */   T7: () => (/* binding */ WILD),
/* harmony export */   TK: () => (/* binding */ SELF),
/* harmony export */   ZF: () => (/* binding */ OWN),
/* harmony export */   _Y: () => (/* binding */ YES),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   d9: () => (/* binding */ SRC_TAGS),
/* harmony export */   eJ: () => (/* binding */ addressCount),
/* harmony export */   eT: () => (/* binding */ DST_PARTIAL),
/* harmony export */   sk: () => (/* binding */ gallop),
/* harmony export */   vv: () => (/* binding */ ENTRIES_PER_RANGE),
/* harmony export */   wJ: () => (/* binding */ SRC_IDENTITY),
/* harmony export */   wV: () => (/* binding */ RULE_SHIFT),
/* harmony export */   xF: () => (/* binding */ MAYBE),
/* harmony export */   zN: () => (/* binding */ RULE_CODE),
/* harmony export */   zX: () => (/* binding */ addressCandidates)
/* harmony export */ });
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1835);
/* harmony import */ var _principal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(548);
// The numbers a NetworkIndex (network-index.ts) works in: how a target or rule selects a
// principal, per-target flags, the packing of profile entries, and the profiles themselves.


// How a target or a rule selects a principal, as numbers so that the hot loop compares small
// integers: NO < MAYBE < YES, so `and` is the minimum and `or` the maximum. A destination's
// code for a target may also carry SELF (the target is autogroup:self and the destination a user).
const NO = 0;
const MAYBE = 1;
const YES = 2;
const SELF = 4;
const TRIS = ['no', 'unknown', 'yes'];
function code(tri) {
    return tri === 'yes' ? YES : tri === 'unknown' ? MAYBE : NO;
}
// Per-target flags: the facts an offline principal may have beyond the known ones, through
// which the target may select it (destination side) or its rule may (source side).
const DST_TAGS = 1;
const DST_IDENTITY = 2;
const DST_PARTIAL = { 4: 4, 6: 8 };
const SRC_TAGS = 16;
const SRC_IDENTITY = 32;
/** The target's destination is `*` alone (wildcard-targets.ts). */
const BARE_WILDCARD = 64;
// A profile's entries pack an id and its code into one integer, so that a profile is one typed
// array: a source's rule id times 4 plus MAYBE or YES; a destination's target id times 8 plus
// its code, which may carry SELF.
const RULE_SHIFT = 2;
const RULE_CODE = 3;
const TARGET_SHIFT = 3;
const TARGET_CODE = 7;
// What kinds of targets a rule has: to `*` alone (kept apart, wildcard-targets.ts), or others.
const OWN = 1;
const WILD = 2;
/**
 * How many of a profile's candidates count as one materialised address range against the size
 * limit (deadline.ts): an entry is 4 bytes of a typed array (8 while it is gathered), a range
 * some 50.
 */
const ENTRIES_PER_RANGE = 12;
/**
 * The candidates' array, holding the `found` kept in front: itself, unless most candidates did
 * not match (a principal that may match every rule naming a user, say), then only those.
 */
function kept(candidates, found) {
    return found * 2 < candidates.length ? candidates.slice(0, found) : candidates;
}
const NO_RULES = new Int32Array(0);
/**
 * A source's rules (`count` entries of `rules`) by the kinds of targets they have (`kinds`, by
 * rule id): those with other than bare `*` targets, those with such targets, and the surest code.
 */
function byKind(kinds, anyWild, rules, count) {
    // Without targets to `*` alone (most policies), every rule is one of its own.
    if (!anyWild)
        return { own: rules, ownCount: count, wild: NO_RULES, best: YES };
    let owned = 0;
    let wilds = 0;
    let best = NO;
    for (let k = 0; k < count; k++) {
        const kind = kinds[rules[k] >> RULE_SHIFT];
        if (kind & OWN)
            owned++;
        if (kind & WILD)
            wilds++;
        best = Math.max(best, rules[k] & RULE_CODE);
    }
    const own = owned === count ? rules : new Int32Array(owned);
    const wild = wilds === 0 ? NO_RULES : new Int32Array(wilds);
    if (owned < count || wilds > 0) {
        for (let k = 0, o = 0, w = 0; k < count; k++) {
            const entry = rules[k];
            const kind = kinds[entry >> RULE_SHIFT];
            // When every rule has other targets, `own` is `rules` itself.
            if (owned < count && kind & OWN)
                own[o++] = entry;
            if (kind & WILD)
                wild[w++] = entry;
        }
    }
    return { own, ownCount: owned, wild, best };
}
/** How surely the source's rule `ruleId` selects it (MAYBE or YES), or NO: a search of its sorted rules. */
function ruleCode(source, ruleId) {
    const rules = source.rules;
    let low = 0;
    let high = source.ruleCount;
    while (low < high) {
        const middle = (low + high) >>> 1;
        const at = rules[middle] >> RULE_SHIFT;
        if (at === ruleId)
            return rules[middle] & RULE_CODE;
        if (at < ruleId)
            low = middle + 1;
        else
            high = middle;
    }
    return NO;
}
/** The DST_* flags of a target's destination set. */
function destinationFlags(dst) {
    let flags = 0;
    // autogroup:tagged too: a Service that carries a tag may count as tagged (§2.2.10).
    if (dst.tags.size > 0 || dst.tagged)
        flags |= DST_TAGS;
    if ((0,_compile_js__WEBPACK_IMPORTED_MODULE_0__/* .namesIdentities */ .NO)(dst) || dst.self)
        flags |= DST_IDENTITY;
    if (dst.tailscale[4] === 'unknown')
        flags |= DST_PARTIAL[4];
    if (dst.tailscale[6] === 'unknown')
        flags |= DST_PARTIAL[6];
    return flags;
}
/** The address ranges a rule adds to the indexes. */
function addressCount(rule) {
    let count = rule.src.addresses.v4.length + rule.src.addresses.v6.length;
    for (let i = 0; i < rule.targets.length; i++) {
        const addresses = rule.targets[i].dst.addresses;
        count += addresses.v4.length + addresses.v6.length;
    }
    return count;
}
/** Ids whose addresses may hold the principal's address; partial matches of an unknown address only when asked. */
function addressCandidates(index, p, family, withPartial) {
    const at = (0,_principal_js__WEBPACK_IMPORTED_MODULE_1__/* .slot */ .NI)(p, family);
    if (at === undefined)
        return [];
    if (at.kind === 'known')
        return [index.lookup(at.address)];
    return withPartial ? [index.covering[family], index.partial[family]] : [index.covering[family]];
}
/**
 * The first index from `from` on whose entry (shifted right by `shift`) is at least `key`, in a list
 * ascending up to `count`, whose entry at `from` is below `key`: steps of 1, 2, 4... then a binary
 * search, so skipping n entries costs about 2 log n reads, and skipping none costs one.
 */
function gallop(list, from, count, key, shift) {
    let below = from;
    let step = 1;
    let probe = from + 1;
    while (probe < count && list[probe] >> shift < key) {
        below = probe;
        step *= 2;
        probe = below + step;
    }
    let low = below + 1;
    let high = Math.min(probe, count);
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (list[mid] >> shift < key)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}


/***/ }),

/***/ 8618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ NetworkTestRunner)
});

// EXTERNAL MODULE: ./src/policy/endpoints.ts
var endpoints = __webpack_require__(8904);
// EXTERNAL MODULE: ./src/policy/messages.ts
var messages = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/policy/posture-cache.ts
var posture_cache = __webpack_require__(4901);
// EXTERNAL MODULE: ./src/policy/ports.ts
var ports = __webpack_require__(7421);
// EXTERNAL MODULE: ./src/policy/principal.ts
var policy_principal = __webpack_require__(548);
// EXTERNAL MODULE: ./src/policy/ip.ts
var ip = __webpack_require__(9177);
// EXTERNAL MODULE: ./src/policy/ranges.ts
var ranges = __webpack_require__(1374);
// EXTERNAL MODULE: ./src/policy/unsure.ts
var unsure = __webpack_require__(2250);
;// CONCATENATED MODULE: ./src/policy/test-ledger.ts
// What the results of `tests` entries are made from: each assertion's outcome as one byte, and
// the destinations the tests named, parsed and resolved once per text. A report prints the
// assertions of some tests of thousands, and reads them when it prints them: an assertion's
// result object is made then, and dies young, instead of living from its test to the end of the
// run. The ledger holds nothing of the evaluation (indexes, answers), which a report outlives.







const PASS = 0;
const FAIL = 1;
const UNKNOWN = 2;
/** The pair shares no address family, or the destination does not resolve: the assertion fails. */
const UNPAIRED = 3;
/** No `host:port` destination: the assertion fails. */
const INVALID = 4;
/** The devices (offline, the group members) an endpoint stands for disagree: undecided (§5.3). */
const SPLIT = 5;
const CODE_OUTCOMES = ['pass', 'fail', 'unknown', 'fail', 'fail', 'unknown'];
/**
 * Distinct destination texts remembered (with their answers); past this, a destination is parsed
 * and resolved for each assertion, so a test of unique destinations does not grow the memo.
 */
const REMEMBERED_DESTINATIONS = 1 << 16;
const UNKNOWN_NOTE = 'cannot be decided offline: depends on devices, users or routes in the tailnet';
const IPSET_INTERNET_NOTE = "whether autogroup:internet inside an ipset reaches the tailnet's own subnet routes";
const VIA_NOTE = 'whether tests count grants with via';
const POSTURE_NOTE = 'how the server reads a posture condition (NOT SET on an unset attribute, say)';
const SERVICE_TAG_NOTE = 'or on the tags the Service carries';
const WILDCARD_NOTE = 'or on whether `*` as a destination reaches addresses outside the tailnet';
/** A note on what else a destination's unknown answer may hang on, for a Service or an address outside the tailnet. */
function endpointNote(endpoint, wildcard) {
    const principal = endpoint?.ok === true ? endpoint.principals[0] : undefined;
    if (principal === undefined)
        return undefined;
    if (principal.service !== undefined)
        return SERVICE_TAG_NOTE;
    if (!wildcard)
        return undefined;
    for (const family of [4, 6]) {
        const at = (0,policy_principal/* slot */.NI)(principal, family);
        if (at?.kind === 'known' && !(0,ip/* contains */.gR)((0,ranges/* tailscaleDeviceRanges */.vi)(), at.address))
            return WILDCARD_NOTE;
    }
    return undefined;
}
/** Whether an ipset holds or drops addresses of the tailnet's own routes through autogroup:internet. */
function internetInIpsetsMatters(env) {
    const routes = env.match.ownRoutes;
    if (routes === undefined || (0,ip/* isEmpty */.Im)(routes))
        return false;
    for (const dependent of env.context.internetDependent.values())
        if ((0,ip/* overlaps */.$f)(dependent, routes, 4) || (0,ip/* overlaps */.$f)(dependent, routes, 6))
            return true;
    return false;
}
/**
 * Why an answer is unknown: facts of the tailnet; and what the server's rules leave open, which no
 * tailnet description settles: autogroup:internet in ipsets (docs/policy-semantics.md §2.4),
 * grants with `via` (§4), and posture conditions read in ways not established (§5.7). Said of
 * the policy, not of the one pair: which an answer waits on is not tracked.
 */
function unknownNote(env, via) {
    const open = [
        ...(internetInIpsetsMatters(env) ? [IPSET_INTERNET_NOTE] : []),
        ...(via ? [VIA_NOTE] : []),
        ...(env.context.postures.size > 0 ? [POSTURE_NOTE] : []),
    ];
    return open.length === 0 ? UNKNOWN_NOTE : `${UNKNOWN_NOTE}, or on ${open.join(', or on ')}`;
}
function parseTarget(text) {
    // As ACL destinations: whitespace around the entry is read trimmed (§2.1, by analogy, §5.2).
    const split = (0,ports/* splitTestDestination */.bP)(text.trim());
    if (!split.ok)
        return { id: -1, invalid: split.error, host: '', port: 0 };
    return { id: -1, ...split.value };
}
/** The codes and destinations of every assertion one runner evaluated. */
class TestLedger {
    env;
    open;
    codes = new Uint8Array(1024);
    used = 0;
    destinations = new Map();
    /** What an unknown answer says: a fact of the policy, found on the first one. */
    unknownNote;
    /**
     * What unknown answers may hang on besides the tailnet: `via`, whether some grant has `via`;
     * `wildcard`, whether some rule's destination is `*`.
     */
    constructor(env, open) {
        this.env = env;
        this.open = open;
    }
    /** The destination a `host:port` text stands for, parsed and resolved once while the memo has room. */
    destination(text) {
        let found = this.destinations.get(text);
        if (found === undefined) {
            found = parseTarget(text);
            if (found.invalid === undefined)
                found.endpoint = (0,endpoints/* resolveDestinationHost */.z)(found.host, this.env);
            if (this.destinations.size < REMEMBERED_DESTINATIONS) {
                found.id = this.destinations.size;
                this.destinations.set(text, found);
            }
        }
        return found;
    }
    /** Room for `count` more codes, in a buffer that doubles when full; the offset of the first. */
    reserve(count) {
        if (this.used + count > this.codes.length) {
            const grown = new Uint8Array(Math.max(this.codes.length * 2, this.used + count));
            grown.set(this.codes.subarray(0, this.used));
            this.codes = grown;
        }
        const first = this.used;
        this.used += count;
        return first;
    }
    record(at, code) {
        this.codes[at] = code;
    }
    /**
     * A test's result, for its `count` assertions recorded from `first` on (fewer than the test
     * has when the deadline passed); `protocolLabel` is the protocol it named, which a failure quotes.
     */
    result(test, src, outcome, protocolLabel, first, count) {
        return new NetworkTestResult(test, src, outcome, this, protocolLabel, first, count);
    }
    /** The results of a test's assertions, made from their codes. */
    assertions(test, protocolLabel, first, count) {
        const out = new Array(count);
        for (let i = 0; i < count; i++) {
            const accept = i < test.accept.length;
            const dst = accept ? test.accept[i] : test.deny[i - test.accept.length];
            out[i] = this.assertion(accept, dst, this.codes[first + i], protocolLabel);
        }
        return out;
    }
    assertion(accept, dst, code, protocolLabel) {
        const [kind, wanted] = accept ? ['accept', 'Accept'] : ['deny', 'Drop'];
        const text = dst.text;
        // Past the memo, only an unpaired assertion's message needs the endpoint: the text is parsed
        // again, and resolved again only then.
        const target = this.destinations.get(text) ?? (code === UNPAIRED ? this.destination(text) : parseTarget(text));
        if (code === INVALID) {
            const message = (target.failMessage ??= messages/* aclTestError */.HU(target.invalid, text));
            return { kind, text, at: dst, wanted, outcome: 'fail', message };
        }
        const { host: destination, port } = target;
        // Each result is one object literal, with its keys in the order the JSON report prints them.
        if (code === UNPAIRED) {
            const endpoint = target.endpoint;
            const reason = endpoint.ok ? unsure/* TEST_REASONS */.P8.noSameFamily : endpoint.reason;
            const message = endpoint.ok
                ? messages/* aclTestError */.HU(reason, text)
                : (target.failMessage ??= messages/* aclTestError */.HU(reason, text));
            return { kind, text, at: dst, wanted, destination, port, outcome: 'fail', message };
        }
        if (code === PASS)
            return { kind, text, at: dst, wanted, destination, port, outcome: 'pass', got: wanted };
        if (code === SPLIT) {
            const message = messages/* aclTestError */.HU(unsure/* TEST_REASONS */.P8.split, text);
            return { kind, text, at: dst, wanted, destination, port, outcome: 'unknown', message };
        }
        if (code === UNKNOWN && target.endpoint?.ok === false) {
            const message = (target.unknownMessage ??= messages/* aclTestError */.HU(target.endpoint.reason, text));
            return { kind, text, at: dst, wanted, destination, port, outcome: 'unknown', message };
        }
        if (code === UNKNOWN) {
            const note = (this.unknownNote ??= unknownNote(this.env, this.open.via));
            // A Service's tags are set where it is defined, never in the policy (§2.2.10); `*` may or
            // may not reach an address outside the tailnet (§2.2.1).
            const extra = endpointNote(target.endpoint, this.open.wildcard);
            const message = (target.unknownMessage ??= messages/* aclTestError */.HU(extra ? `${note}, ${extra}` : note, text));
            return { kind, text, at: dst, wanted, destination, port, outcome: 'unknown', message };
        }
        const got = accept ? 'Drop' : 'Accept';
        const message = messages/* aclTestVerdict */.Wy(text, protocolLabel, wanted, got);
        return { kind, text, at: dst, wanted, destination, port, outcome: 'fail', got, message };
    }
}
/**
 * Assertions of a test past which their results, once made, are kept. A few hundred are made
 * again in less time than the collector takes to copy them; a test of hundreds of thousands,
 * made at each read, would have them all copied at each read.
 */
const KEPT_ABOVE = 256;
/** A test's result: its assertions' results are made from their codes when they are read. */
class NetworkTestResult {
    at;
    src;
    outcome;
    kind = 'test';
    index;
    #ledger;
    #protocolLabel;
    #first;
    #count;
    #kept;
    constructor(at, src, outcome, ledger, protocolLabel, first, count) {
        this.at = at;
        this.src = src;
        this.outcome = outcome;
        this.index = at.index;
        this.#ledger = ledger;
        this.#protocolLabel = protocolLabel;
        this.#first = first;
        this.#count = count;
    }
    get assertions() {
        if (this.#kept !== undefined)
            return this.#kept;
        const made = this.#ledger.assertions(this.at, this.#protocolLabel, this.#first, this.#count);
        if (this.#count > KEPT_ABOVE)
            this.#kept = made;
        return made;
    }
}

;// CONCATENATED MODULE: ./src/policy/network-tests.ts
// Evaluation of `tests` entries (docs/policy-semantics.md §5.2–5.4). Tests repeat the same
// sources, destinations and conditions: each distinct destination text is parsed and resolved
// once, and each distinct question (source, destination, accept or deny, protocol, posture
// attributes) is answered once, so the work grows with the distinct questions, not the tests.







/** Runs the `tests` entries of one policy against one index, sharing what tests repeat. */
class NetworkTestRunner {
    env;
    sources = new Map();
    conditions = new Map();
    /** What the results are made from when a report reads them. */
    ledger;
    /** The index, and without grants that have `via` when there are some. */
    indexes;
    constructor(env, index, viaFree) {
        this.env = env;
        this.indexes = viaFree === undefined ? { all: index } : { all: index, viaFree };
        this.ledger = new TestLedger(env, { via: viaFree !== undefined, wildcard: index.hasWildcardDestination() });
    }
    evaluate(test) {
        const src = test.src?.text ?? '';
        const prepared = this.setup(test, src);
        if (!Array.isArray(prepared))
            return failAll(test, src, prepared);
        const [endpoint, conditions] = prepared;
        const total = test.accept.length + test.deny.length;
        const first = this.ledger.reserve(total);
        let outcome = 'pass';
        let count = total;
        for (let i = 0; i < total; i++) {
            // Assertions left when the deadline passes are not evaluated: the test is then undecided.
            if (this.env.deadline?.passed()) {
                outcome = worse(outcome, 'unknown');
                count = i;
                break;
            }
            const accept = i < test.accept.length;
            const dst = accept ? test.accept[i] : test.deny[i - test.accept.length];
            const code = this.code(accept ? 'accept' : 'deny', dst.text, endpoint, conditions);
            this.ledger.record(first + i, code);
            outcome = worse(outcome, CODE_OUTCOMES[code]);
        }
        return this.ledger.result(test, src, outcome, conditions.protocolLabel, first, count);
    }
    /** The test's source and conditions, or why the whole test fails or is undecided. */
    setup(test, src) {
        if (test.accept.length === 0 && test.deny.length === 0)
            return failed(unsure/* TEST_REASONS */.P8.noAssertions);
        let protocols = unsure/* DEFAULT_TEST_PROTOCOLS */.tw;
        let protocolLabel;
        // An empty `proto` is none to Tailscale's protocol parser: the test's default protocols (§2.7).
        if (test.proto !== undefined && test.proto.text !== '') {
            const parsed = (0,ports/* parseProtocol */.gR)(test.proto.text);
            if (!parsed.ok)
                return failed(unsure/* TEST_REASONS */.P8.invalidProto(test.proto.text));
            protocols = [parsed.value];
            // ` (protocol "tcp")` appears only when the test names a protocol (UNSURE, docs/policy-semantics.md §5.4).
            protocolLabel = (0,ports/* protocolName */.kC)(parsed.value);
        }
        let source = this.sources.get(src);
        if (source === undefined) {
            source = { endpoint: (0,endpoints/* resolveSource */.e)(src, this.env), id: this.sources.size };
            this.sources.set(src, source);
        }
        const endpoint = source.endpoint;
        if (!endpoint.ok)
            return { error: messages/* aclTestError */.HU(endpoint.reason), outcome: endpoint.undecided ? 'unknown' : 'fail' };
        return [source, this.conditionsFor(protocols, protocolLabel, test.srcPostureAttrs)];
    }
    conditionsFor(protocols, protocolLabel, attrs) {
        const key = attrs.size === 0 && protocolLabel === undefined ? '' : `${protocolLabel ?? ''}|${(0,posture_cache/* postureKey */.Q)(attrs)}`;
        let conditions = this.conditions.get(key);
        if (conditions === undefined) {
            conditions = { protocols, posture: new posture_cache/* PostureCache */.p(attrs), answers: { accept: new Map(), deny: new Map() } };
            if (protocolLabel !== undefined)
                conditions.protocolLabel = protocolLabel;
            this.conditions.set(key, conditions);
        }
        return conditions;
    }
    /** What one assertion comes to: the outcome, or why it is none (the target is invalid, or shares no family). */
    code(kind, text, src, conditions) {
        const target = this.ledger.destination(text);
        if (target.invalid !== undefined)
            return INVALID;
        // A destination the server may or may not resolve (a group or tag with no device, §5.2).
        if (target.endpoint?.ok === false && target.endpoint.undecided === true)
            return UNKNOWN;
        const outcome = this.answer(kind, src, target, conditions);
        switch (outcome) {
            case null:
                return UNPAIRED;
            case 'pass':
                return PASS;
            case 'fail':
                return FAIL;
            case 'unknown':
                return UNKNOWN;
            case 'split':
                return SPLIT;
        }
    }
    /** The memoised outcome of one question; null when a pair shares no address family or the host does not resolve. */
    answer(kind, src, target, conditions) {
        const endpoint = target.endpoint;
        if (!endpoint.ok)
            return null;
        // Below 2^31 (32,768 sources) the key is a small integer, which the map stores without a box.
        const key = src.id * REMEMBERED_DESTINATIONS + target.id;
        const answers = conditions.answers[kind];
        let outcome = target.id < 0 ? undefined : answers.get(key);
        if (outcome === undefined) {
            const { indexes, env } = this;
            outcome = pairOutcome(kind === 'accept', src.endpoint, endpoint, target.port, conditions, indexes, env.deadline);
            if (target.id >= 0)
                answers.set(key, outcome);
        }
        return outcome;
    }
}
const failed = (reason) => ({ error: messages/* aclTestError */.HU(reason), outcome: 'fail' });
function failAll(test, src, { error, outcome }) {
    const assertions = [];
    for (const t of test.accept)
        assertions.push({ kind: 'accept', text: t.text, outcome, message: error, at: t, wanted: 'Accept' });
    for (const t of test.deny)
        assertions.push({ kind: 'deny', text: t.text, outcome, message: error, at: t, wanted: 'Drop' });
    return { kind: 'test', index: test.index, at: test, src, error, outcome, assertions };
}
/** fail over unknown over pass, as combineOutcomes orders them. */
function worse(a, b) {
    return a === 'fail' || b === 'fail' ? 'fail' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'pass';
}
/**
 * Accept, Drop or unknown for one pair. Grants with `via` count for tests (UNSURE,
 * docs/policy-semantics.md §4), so an accept assertion they satisfy passes; a deny assertion that
 * only they would fail is undecided, since the server may not count them.
 */
function verdict(indexes, accept, s, d, family, port, conditions) {
    const accepted = indexes.all.verdict(s, d, family, conditions.protocols, port, conditions.posture);
    if (accept || accepted !== 'yes' || indexes.viaFree === undefined)
        return accepted;
    const without = indexes.viaFree.verdict(s, d, family, conditions.protocols, port, conditions.posture);
    return without === 'yes' ? 'yes' : 'unknown';
}
/**
 * The outcome over every source and destination principal (combinePrincipals, without a list):
 * strict, the first failure decides; by consensus, the first unknown makes it unknown and the
 * first disagreement `split`. Null when a pair shares no address family.
 */
function pairOutcome(accept, src, dst, port, conditions, indexes, deadline) {
    const consensus = src.consensus || dst.consensus;
    let passed = false;
    let failed = false;
    let unknown = false;
    let unpaired = false;
    for (const s of src.principals) {
        for (const d of dst.principals) {
            // Two groups of thousands make millions of pairs: the deadline holds inside one assertion too.
            if (deadline?.passed() === true)
                return 'unknown';
            const family = (0,policy_principal/* pairFamily */.rP)(s, d, unsure/* PREFERRED_FAMILY */.zG);
            if (family === undefined) {
                // By consensus, a device of no shared family fails (with its own message) if the server
                // picks it: beside a device that fails anyway, the failure is the other's verdict.
                if (!consensus)
                    return null;
                if (passed)
                    return 'split';
                unpaired = true;
                continue;
            }
            const accepted = verdict(indexes, accept, s, d, family, port, conditions);
            if (accepted === 'unknown') {
                if (consensus)
                    return 'unknown';
                unknown = true;
            }
            else if ((accepted === 'yes') === accept) {
                if (consensus && (failed || unpaired))
                    return 'split';
                passed = true;
            }
            else {
                if (!consensus)
                    return 'fail';
                if (passed)
                    return 'split';
                failed = true;
            }
        }
    }
    if (consensus)
        return failed ? 'fail' : unpaired ? null : 'pass';
    return unknown ? 'unknown' : 'pass';
}


/***/ }),

/***/ 7421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ ICMPV6),
/* harmony export */   Ib: () => (/* binding */ ICMP),
/* harmony export */   RG: () => (/* binding */ splitDestination),
/* harmony export */   TQ: () => (/* binding */ ALL_PORTS),
/* harmony export */   VK: () => (/* binding */ protocolHasPorts),
/* harmony export */   WH: () => (/* binding */ mergePortRanges),
/* harmony export */   ao: () => (/* binding */ DEFAULT_PROTOCOLS),
/* harmony export */   bP: () => (/* binding */ splitTestDestination),
/* harmony export */   dP: () => (/* binding */ parseGrantIp),
/* harmony export */   e0: () => (/* binding */ UDP),
/* harmony export */   gR: () => (/* binding */ parseProtocol),
/* harmony export */   i2: () => (/* binding */ allPorts),
/* harmony export */   kC: () => (/* binding */ protocolName),
/* harmony export */   qi: () => (/* binding */ TCP),
/* harmony export */   qy: () => (/* binding */ parsePortSpec),
/* harmony export */   tq: () => (/* binding */ portsContain)
/* harmony export */ });
/* unused harmony export portsForProtocol */
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8056);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2250);
// Port specs, protocols, `host:port` destinations and grant `ip` entries (docs/policy-semantics.md
// §2.5–2.8).



const ALL_PORTS = [{ first: 0, last: 65535 }];
/** TCP, UDP, ICMPv4 and ICMPv6: what a rule without `proto` allows. */
const DEFAULT_PROTOCOLS = [6, 17, 1, 58];
const TCP = 6;
const UDP = 17;
const ICMP = 1;
const ICMPV6 = 58;
const SCTP = 132;
/**
 * The documented names, plus those of Tailscale's shared protocol parser (icmpv4, icmpv6,
 * ipv6-icmp, dccp, tsmp), which are accepted since no refusal of them is known (§2.7).
 */
const PROTOCOL_NAMES = {
    icmp: 1,
    igmp: 2,
    ipv4: 4,
    'ip-in-ip': 4,
    tcp: 6,
    egp: 8,
    igp: 9,
    udp: 17,
    gre: 47,
    esp: 50,
    ah: 51,
    sctp: 132,
    icmpv4: 1,
    icmpv6: 58,
    'ipv6-icmp': 58,
    dccp: 33,
    tsmp: 99,
};
const NAME_OF = {
    1: 'icmp',
    2: 'igmp',
    4: 'ipv4',
    6: 'tcp',
    8: 'egp',
    9: 'igp',
    17: 'udp',
    47: 'gre',
    50: 'esp',
    51: 'ah',
    58: 'icmpv6',
    132: 'sctp',
};
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
function parseProtocol(text) {
    const lower = text.toLowerCase();
    const named = PROTOCOL_NAMES[lower];
    if (named !== undefined)
        return ok(named);
    if (/^[1-9][0-9]{0,2}$/.test(text) && Number(text) <= 255)
        return ok(Number(text));
    return fail((0,_unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .protocolUnknown */ .fr)(text));
}
/** The protocol's name as messages print it: lower-case name, or the number. */
function protocolName(protocol) {
    return NAME_OF[protocol] ?? String(protocol);
}
/** Only these protocols have ports; any other explicit protocol needs `*`. */
function protocolHasPorts(protocol) {
    return protocol === TCP || protocol === UDP || protocol === SCTP;
}
function parsePort(text) {
    if (!/^[0-9]+$/.test(text))
        return undefined;
    const port = Number(text);
    return port <= 65535 ? port : undefined;
}
/**
 * Port specs already parsed: a policy writes a handful of them thousands of times, and both
 * validation and compilation read each. Results are shared, never changed; the memo stops
 * growing when full, so a policy of unique specs makes no garbage.
 */
const parsedSpecs = new Map();
const PARSED_SPECS_LIMIT = 1 << 12;
/** `*`, or a comma-separated list of `N` / `N-M`; errors name the failing item as the server does. */
function parsePortSpec(spec) {
    let parsed = parsedSpecs.get(spec);
    if (parsed === undefined) {
        parsed = parsePortList(spec);
        if (parsedSpecs.size < PARSED_SPECS_LIMIT)
            parsedSpecs.set(spec, parsed);
    }
    return parsed;
}
function parsePortList(spec) {
    if (spec === '*')
        return ok(ALL_PORTS);
    const ranges = [];
    for (const item of spec.split(',')) {
        // Errors quote the failing item (`port range "abc"` for `22,abc`), not the whole list (UNSURE, §2.6).
        const subject = item;
        if (item === '*') {
            ranges.push(ALL_PORTS[0]);
            continue;
        }
        const dash = item.indexOf('-');
        const first = parsePort(dash === -1 ? item : item.slice(0, dash));
        if (first === undefined)
            return fail(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .portRange */ .ji(subject, _messages_js__WEBPACK_IMPORTED_MODULE_1__/* .PORT_INVALID_FIRST */ .HO));
        const last = dash === -1 ? first : parsePort(item.slice(dash + 1));
        if (last === undefined)
            return fail(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .portRange */ .ji(subject, _unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_INVALID_LAST */ .fu));
        if (first === 0)
            return fail(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .portRange */ .ji(subject, _messages_js__WEBPACK_IMPORTED_MODULE_1__/* .PORT_ZERO */ .V0));
        if (last < first)
            return fail(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .portRange */ .ji(subject, _unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .PORT_INVERTED */ .Kh));
        ranges.push({ first, last });
    }
    return ok(ranges);
}
/** Splits `host:ports` at the last colon, unwrapping `[IPv6]` (and `[IPv6]/bits`) first. */
function splitDestination(dst) {
    if (dst.startsWith('[')) {
        const close = dst.indexOf(']');
        const match = close === -1 ? null : /^(\/[0-9]+)?:(.*)$/s.exec(dst.slice(close + 1));
        const inside = close === -1 ? '' : dst.slice(1, close);
        if (match === null || !inside.includes(':'))
            return fail((0,_unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .dstBadBrackets */ .i3)(dst));
        return ok({ host: inside + (match[1] ?? ''), ports: match[2] });
    }
    const colon = dst.lastIndexOf(':');
    if (colon <= 0 || colon === dst.length - 1)
        return fail((0,_unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .dstMissingPort */ .Ps)(dst));
    return ok({ host: dst.slice(0, colon), ports: dst.slice(colon + 1) });
}
/**
 * A grant `ip` entry: `*`, a port spec (default protocols) or `proto:ports`. `*` as the protocol
 * (`*:*`, written by the admin console's grant editor) means the default protocols (§2.8).
 */
function parseGrantIp(text) {
    if (text === '*')
        return ok({ protocols: DEFAULT_PROTOCOLS, ports: ALL_PORTS });
    const parts = text.split(':');
    if (parts.length > 2)
        return fail(_unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .GRANT_IP_COLONS */ .g7);
    if (parts.length === 1 || parts[0] === '*') {
        const ports = parsePortSpec(parts.at(-1));
        return ports.ok ? ok({ protocols: DEFAULT_PROTOCOLS, ports: ports.value }) : ports;
    }
    const protocol = parseProtocol(parts[0]);
    if (!protocol.ok)
        return protocol;
    return portsForProtocol(protocol.value, parts[0], parts[1]);
}
/** Ports for an explicit protocol: only TCP, UDP and SCTP may name specific ports. */
function portsForProtocol(protocol, protocolText, spec) {
    const ports = parsePortSpec(spec);
    if (!ports.ok)
        return ports;
    if (!protocolHasPorts(protocol) && spec !== '*')
        return fail((0,_unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .protocolWithoutPorts */ .lk)(protocolText));
    return ok({ protocols: [protocol], ports: ports.value });
}
/** Sorted, merged ranges, so that portsContain can search them. */
function mergePortRanges(ranges) {
    // Merged in place, in a copy sized to the input: every rule keeps its list to the end, and a
    // list grown by push keeps room for seventeen.
    const out = [...ranges].sort((a, b) => a.first - b.first);
    let kept = 0;
    for (const range of out) {
        const last = kept === 0 ? undefined : out[kept - 1];
        if (last !== undefined && range.first <= last.last + 1) {
            if (range.last > last.last)
                out[kept - 1] = { first: last.first, last: range.last };
        }
        else
            out[kept++] = range;
    }
    out.length = kept;
    return out;
}
/** Whether sorted, disjoint ranges (mergePortRanges) contain the port: a binary search. */
function portsContain(ranges, port) {
    let low = 0;
    let high = ranges.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (ranges[mid].last < port)
            low = mid + 1;
        else
            high = mid;
    }
    return low < ranges.length && ranges[low].first <= port;
}
function allPorts(ranges) {
    return ranges.some((r) => r.first === 0 && r.last === 65535);
}
/** A test's `host:port` entry: its host and its one port (0-65535), or why it is no such entry. */
function splitTestDestination(text) {
    const split = splitDestination(text);
    if (!split.ok)
        return { ok: false, error: _unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .TEST_REASONS */ .P8.dstNeedsPort };
    const { host, ports } = split.value;
    if (!/^[0-9]+$/.test(ports) || Number(ports) > 65535)
        return { ok: false, error: _unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .TEST_REASONS */ .P8.dstSinglePort(ports) };
    return { ok: true, value: { host, port: Number(ports) } };
}


/***/ }),

/***/ 4901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ postureKey),
/* harmony export */   p: () => (/* binding */ PostureCache)
/* harmony export */ });
/* harmony import */ var _posture_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6138);
/* harmony import */ var _tri_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8163);
// A test's posture answers: each rule requirement evaluated once against the test's
// srcPostureAttrs, and the same answers as a source that is not one of the tailnet's own devices
// sees them. Postures restrict only traffic from the tailnet's own nodes: a device behind a
// subnet router or a shared-in node is let through on its addresses alone (device posture
// documentation, docs/policy-semantics.md §5.7).


/** Identifies posture attributes: equal attributes, equal keys. */
function postureKey(attrs) {
    return attrs.size === 0 ? '' : JSON.stringify([...attrs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Posture results for one test's srcPostureAttrs, computed once per rule requirement. */
class PostureCache {
    attrs;
    cache = new Map();
    /** Identifies the answers, so that verdicts can be shared between tests with equal ones. */
    key;
    /** The answers for a source that may not be (unknown) or is not (no) one of the tailnet's devices. */
    outside = new Map();
    constructor(attrs) {
        this.attrs = attrs;
        this.key = postureKey(attrs);
    }
    evaluate(postures) {
        let result = this.cache.get(postures);
        if (result === undefined) {
            result = (0,_posture_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateAnyPosture */ .MT)(postures, this.attrs);
            this.cache.set(postures, result);
        }
        return result;
    }
    /** These answers as a source sees them that is (yes), may be (unknown) or is not (no) a tailnet device. */
    forSource(tailnetDevice) {
        if (tailnetDevice === 'yes')
            return this;
        let answers = this.outside.get(tailnetDevice);
        if (answers === undefined)
            this.outside.set(tailnetDevice, (answers = new OutsideAnswers(this, tailnetDevice)));
        return answers;
    }
}
/** A requirement holds for a source outside the tailnet's devices; for one that may be, unless it holds anyway. */
class OutsideAnswers extends PostureCache {
    inside;
    tailnetDevice;
    key;
    constructor(inside, tailnetDevice) {
        super(new Map());
        this.inside = inside;
        this.tailnetDevice = tailnetDevice;
        this.key = `${inside.key}|device:${tailnetDevice}`;
    }
    evaluate(postures) {
        return (0,_tri_js__WEBPACK_IMPORTED_MODULE_1__.or)((0,_tri_js__WEBPACK_IMPORTED_MODULE_1__/* .not */ .AU)(this.tailnetDevice), this.inside.evaluate(postures));
    }
}


/***/ }),

/***/ 6138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MT: () => (/* binding */ evaluateAnyPosture),
  Fc: () => (/* binding */ parsePostureCondition),
  RG: () => (/* binding */ undefinedPosture)
});

// UNUSED EXPORTS: evaluateCondition, evaluatePosture

// EXTERNAL MODULE: ./src/policy/tri.ts
var tri = __webpack_require__(8163);
;// CONCATENATED MODULE: ./src/policy/version-order.ts
// Tailscale's order of version strings, which the device posture documentation names for
// comparing versions (its util/cmpver package; docs/policy-semantics.md §5.7).
const LARGEST = 2n ** 64n - 1n;
/** A digit of another script: older versions of cmpver read those as digits, newer ones as text. */
let otherDigit;
const isAsciiDigit = (code) => code >= 48 && code <= 57;
/** Where the run of digits (or of anything else) that starts at `from` ends. */
function runEnd(text, from, digits) {
    let at = from;
    while (at < text.length && isAsciiDigit(text.charCodeAt(at)) === digits)
        at++;
    return at;
}
/** A run of digits as a number (an empty one is 0); undefined past what cmpver can parse. */
function runValue(digits) {
    const value = digits === '' ? 0n : BigInt(digits);
    return value > LARGEST ? undefined : value;
}
/**
 * How two versions compare, negative, zero or positive: alternating runs of other characters,
 * compared as byte strings, and of ASCII digits, compared as numbers, a run one side lacks
 * counting as empty. So "1.40" comes before "1.40.0", and "1.40.0-t1234abcd" after "1.40.0".
 * Undefined where either holds a digit of another script or a number past 2^64 - 1.
 */
function compareVersions(a, b) {
    otherDigit ??= new RegExp('[^\\P{N}0-9]', 'u');
    if (otherDigit.test(a) || otherDigit.test(b))
        return undefined;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const [textEndA, textEndB] = [runEnd(a, i, false), runEnd(b, j, false)];
        const order = Buffer.compare(Buffer.from(a.slice(i, textEndA)), Buffer.from(b.slice(j, textEndB)));
        if (order !== 0)
            return order;
        [i, j] = [runEnd(a, textEndA, true), runEnd(b, textEndB, true)];
        const x = runValue(a.slice(textEndA, i));
        const y = runValue(b.slice(textEndB, j));
        if (x === undefined || y === undefined)
            return undefined;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/policy/posture.ts
// Device posture conditions (docs/policy-semantics.md §5.7): parsing for validation and
// evaluation against a test's srcPostureAttrs. A condition the grammar below does not read is
// kept as `opaque`: validation accepts it with a notice, and it evaluates to `unknown`, since the
// server may know a form we do not.


const ATTRIBUTE = String.raw `[A-Za-z][\w-]*:[\w.-]+`;
// Both read the condition trimmed, so that the value runs to the end: a lazy value followed by
// optional whitespace made a value of many spaces cost their number squared (80,000: 9 s).
const PRESENCE = new RegExp(String.raw `^(${ATTRIBUTE})\s+(IS\s+SET|NOT\s+SET)$`, 'is');
const OPERATOR = String.raw `==|!=|<=|>=|<|>|NOT\s+IN\b|IN\b`;
const COMPARISON = new RegExp(String.raw `^(${ATTRIBUTE})\s*(?:(${OPERATOR})\s*(.+))?$`, 'is');
/** Reads one condition; what it cannot read comes back `opaque`. */
function parsePostureCondition(text) {
    const trimmed = text.trim();
    const presence = PRESENCE.exec(trimmed);
    if (presence !== null) {
        const operator = presence[2].toUpperCase().replace(/\s+/g, ' ');
        return { kind: 'parsed', attribute: presence[1], operator, values: [] };
    }
    const match = COMPARISON.exec(trimmed);
    if (match === null)
        return { kind: 'opaque', text };
    const attribute = match[1];
    if (match[2] === undefined)
        return { kind: 'parsed', attribute, values: [] };
    const operator = match[2].toUpperCase().replace(/\s+/g, ' ');
    const values = parseValues(match[3], operator === 'IN' || operator === 'NOT IN');
    return values === undefined ? { kind: 'opaque', text } : { kind: 'parsed', attribute, operator, values };
}
/** The requirement of a posture name that is not defined: nothing is known about it. */
function undefinedPosture(name) {
    return [{ kind: 'opaque', text: name }];
}
function parseValues(text, list) {
    if (!list) {
        const value = parseValue(text);
        return value === undefined ? undefined : [value];
    }
    const match = /^\[(.*)\]$/s.exec(text.trim());
    if (match === null)
        return undefined;
    const items = match[1].trim() === '' ? [] : match[1].split(',');
    const values = items.map((item) => parseValue(item));
    return values.every((v) => v !== undefined) ? values : undefined;
}
function parseValue(text) {
    const trimmed = text.trim();
    const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(trimmed);
    if (quoted !== null)
        return quoted[1] ?? quoted[2];
    if (trimmed === 'true' || trimmed === 'false')
        return trimmed === 'true';
    if (/^-?[0-9]+(\.[0-9]+)?$/.test(trimmed))
        return Number(trimmed);
    return undefined;
}
/**
 * `IS SET` tests presence; every other condition on an attribute that is not set is false. The
 * documentation lists `NOT SET`, yet says a posture naming an unset attribute never matches,
 * whatever the operator: on an unset attribute it is unknown (docs/policy-semantics.md §5.7).
 */
function evaluateCondition(condition, attrs) {
    if (condition.kind === 'opaque')
        return 'unknown';
    const actual = attrs.get(condition.attribute);
    const { operator, values } = condition;
    if (operator === 'IS SET')
        return (0,tri/* fromBool */.v7)(actual !== undefined);
    if (operator === 'NOT SET')
        return actual === undefined ? 'unknown' : 'no';
    if (actual === undefined)
        return 'no';
    if (operator === undefined)
        return equal(actual, true);
    if (operator === 'IN')
        return equalsAny(actual, values);
    if (operator === 'NOT IN')
        return (0,tri/* not */.AU)(equalsAny(actual, values));
    const expected = values[0];
    if (operator === '==')
        return equal(actual, expected);
    if (operator === '!=')
        return (0,tri/* not */.AU)(equal(actual, expected));
    const order = compare(actual, expected);
    if (order === undefined)
        return 'unknown';
    if (operator === '<')
        return (0,tri/* fromBool */.v7)(order < 0);
    if (operator === '<=')
        return (0,tri/* fromBool */.v7)(order <= 0);
    return (0,tri/* fromBool */.v7)(operator === '>' ? order > 0 : order >= 0);
}
/**
 * Equal values are equal. Whether the server compares strings ignoring case, or a string with the
 * number or boolean it spells, is not known (docs/policy-semantics.md §5.7): such pairs are unknown.
 */
function equal(a, b) {
    if (a === b)
        return 'yes';
    const alike = String(a).toLowerCase() === String(b).toLowerCase() || spells(a, b) || spells(b, a);
    return alike ? 'unknown' : 'no';
}
/** Whether `value` equals one of `values` (IN and NOT IN). */
function equalsAny(value, values) {
    return values.reduce((acc, v) => (0,tri.or)(acc, equal(value, v)), 'no');
}
/** Whether a string spells the number, in any decimal form (`'72'`, `'72.0'`, `'072'`). */
function spells(text, number) {
    return typeof text === 'string' && typeof number === 'number' && text.trim() !== '' && Number(text) === number;
}
/**
 * Numbers numerically; versions (strings that start with a digit) in Tailscale's version order;
 * anything else, a number against a string included, is unknown: the documentation orders only
 * numbers and versions.
 */
function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a !== 'string' || typeof b !== 'string' || !VERSION_START.test(a) || !VERSION_START.test(b))
        return undefined;
    return compareVersions(a, b);
}
const VERSION_START = /^[0-9]/;
/** A posture holds when all its conditions hold. */
function evaluatePosture(conditions, attrs) {
    return conditions.reduce((acc, c) => (0,tri/* and */.Uo)(acc, evaluateCondition(c, attrs)), 'yes');
}
/**
 * A rule's posture requirement holds when the source satisfies at least one listed posture
 * (UNSURE in the semantics: "any of" is the reading of the docs' examples; see §5.7).
 */
function evaluateAnyPosture(postures, attrs) {
    return postures.reduce((acc, p) => (0,tri.or)(acc, evaluatePosture(p, attrs)), 'no');
}


/***/ }),

/***/ 548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ syntheticTagged),
/* harmony export */   N1: () => (/* binding */ addressPrincipal),
/* harmony export */   NI: () => (/* binding */ slot),
/* harmony export */   RD: () => (/* binding */ displayAddress),
/* harmony export */   Ue: () => (/* binding */ syntheticScimMember),
/* harmony export */   op: () => (/* binding */ tailnetDevice),
/* harmony export */   rP: () => (/* binding */ pairFamily),
/* harmony export */   wM: () => (/* binding */ servicePrincipal),
/* harmony export */   xD: () => (/* binding */ devicePrincipal),
/* harmony export */   xx: () => (/* binding */ syntheticUser)
/* harmony export */ });
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
/* harmony import */ var _ranges_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1374);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
// Test endpoints as principals: a real device (topology mode) or a synthetic stand-in whose
// unknown facts make matches `unknown` (symbolic mode, docs/policy-semantics.md §7.1).



const NONE = new Set();
function slot(principal, family) {
    return family === 4 ? principal.v4 : principal.v6;
}
/**
 * Whether the principal is one of the tailnet's own devices, the only sources postures restrict:
 * a tagged device is; a user's is when the user is a member, not when shared in (offline, a login
 * the policy does not list may be either); a bare address is not, unless offline it may be any
 * device (docs/policy-semantics.md §5.7).
 */
function tailnetDevice(principal) {
    switch (principal.identity) {
        case 'user':
            return principal.member;
        case 'tagged':
            return 'yes';
        case 'unknown':
            return 'unknown';
        case 'none':
            return 'no';
    }
}
/** The address messages print for an endpoint: IPv4 first, `?` when unknown. */
function displayAddress(principal, family) {
    const chosen = family === undefined ? (principal.v4 ?? principal.v6) : slot(principal, family);
    return chosen?.kind === 'known' ? (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAddress */ .M0)(chosen.address) : _unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_ADDRESS */ .q1;
}
/**
 * Device principals already made, per policy and device (both families, IPv4 only, IPv6 only):
 * a device stands in every test, group and tag that reaches it, and as for synthetic users
 * below, one principal serves them all.
 */
const devicePrincipals = new WeakMap();
function devicePrincipal(device, context, only) {
    let byDevice = devicePrincipals.get(context);
    if (byDevice === undefined)
        devicePrincipals.set(context, (byDevice = new WeakMap()));
    let made = byDevice.get(device);
    if (made === undefined)
        byDevice.set(device, (made = [undefined, undefined, undefined]));
    return (made[only === undefined ? 0 : only === 4 ? 1 : 2] ??= newDevicePrincipal(device, context, only));
}
/**
 * The policy groups that list a login, as one set per policy and login: every device of a user,
 * in each address family, and the user's synthetic stand-in share it, never changing it.
 */
const groupSets = new WeakMap();
function groupsOf(login, context) {
    if (login === undefined)
        return NONE;
    let sets = groupSets.get(context);
    if (sets === undefined)
        groupSets.set(context, (sets = new Map()));
    let set = sets.get(login);
    if (set === undefined) {
        const groups = context.groupsOfUser.get(login);
        set = groups === undefined ? NONE : new Set(groups);
        sets.set(login, set);
    }
    return set;
}
function newDevicePrincipal(device, context, only) {
    const principal = {
        key: `dev:${device.name}${only === undefined ? '' : `/${only}`}`,
        identity: device.tags.size > 0 ? 'tagged' : 'user',
        groups: groupsOf(device.login, context),
        groupsComplete: true,
        tags: device.tags,
        tagsComplete: true,
        member: device.member ? 'yes' : 'no',
    };
    if (device.login !== undefined)
        principal.login = device.login;
    if (device.roles !== undefined)
        principal.roles = device.roles;
    if (device.v4 !== undefined && only !== 6)
        principal.v4 = { kind: 'known', address: device.v4 };
    if (device.v6 !== undefined && only !== 4)
        principal.v6 = { kind: 'known', address: device.v6 };
    return principal;
}
/**
 * Synthetic users already made, per policy: a user stands in every group that lists it and in
 * every test that names it; principals are never changed once made, so one serves them all.
 */
const syntheticUsers = new WeakMap();
function syntheticUser(login, context) {
    let users = syntheticUsers.get(context);
    if (users === undefined) {
        users = new Map();
        syntheticUsers.set(context, users);
    }
    let user = users.get(login);
    if (user === undefined) {
        user = newSyntheticUser(login, context);
        users.set(login, user);
    }
    return user;
}
function newSyntheticUser(login, context) {
    const normalized = (0,_unsure_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeLogin */ .tq)(login);
    return {
        key: `user:${normalized}`,
        identity: 'user',
        login: normalized,
        groups: groupsOf(normalized, context),
        groupsComplete: true,
        tags: NONE,
        tagsComplete: true,
        // A user the policy lists in a group is taken for a member; any other login may be an
        // external (shared-in) user, so offline its membership is unknown (docs/policy-semantics.md §7).
        member: context.groupsOfUser.has(normalized) ? 'yes' : 'unknown',
        v4: { kind: 'tailscale' },
        v6: { kind: 'tailscale' },
    };
}
function syntheticScimMember(group) {
    return {
        key: `scim:${group}`,
        identity: 'user',
        groups: NONE,
        groupsComplete: false,
        scimGroup: group,
        tags: NONE,
        tagsComplete: true,
        member: 'yes',
        v4: { kind: 'tailscale' },
        v6: { kind: 'tailscale' },
    };
}
function syntheticTagged(tag) {
    return {
        key: `tag:${tag}`,
        identity: 'tagged',
        groups: NONE,
        groupsComplete: true,
        tags: new Set([tag]),
        tagsComplete: false,
        member: 'no',
        v4: { kind: 'tailscale' },
        v6: { kind: 'tailscale' },
    };
}
/** A bare address; offline, one inside the Tailscale range may belong to any device. */
function addressPrincipal(address, offline) {
    const inTailnet = offline && (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)((0,_ranges_js__WEBPACK_IMPORTED_MODULE_2__/* .tailscaleDeviceRanges */ .vi)(), address);
    const principal = {
        key: `ip:${address.family}/${address.value}`,
        identity: inTailnet ? 'unknown' : 'none',
        groups: NONE,
        groupsComplete: !inTailnet,
        tags: NONE,
        tagsComplete: !inTailnet,
        member: inTailnet ? 'unknown' : 'no',
    };
    if (address.family === 4)
        principal.v4 = { kind: 'known', address };
    else
        principal.v6 = { kind: 'known', address };
    return principal;
}
function servicePrincipal(name) {
    return {
        key: `svc:${name}`,
        identity: 'none',
        groups: NONE,
        groupsComplete: true,
        tags: NONE,
        tagsComplete: true,
        member: 'no',
        service: name,
        v4: { kind: 'tailscale' },
        v6: { kind: 'tailscale' },
    };
}
/** The address family a pair is tested in; undefined when they share none. */
function pairFamily(src, dst, preferred) {
    const other = preferred === 4 ? 6 : 4;
    if (slot(src, preferred) !== undefined && slot(dst, preferred) !== undefined)
        return preferred;
    return slot(src, other) !== undefined && slot(dst, other) !== undefined ? other : undefined;
}


/***/ }),

/***/ 1374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ internetRanges),
/* harmony export */   er: () => (/* binding */ ipPoolReserved),
/* harmony export */   vi: () => (/* binding */ tailscaleDeviceRanges),
/* harmony export */   wY: () => (/* binding */ cgnat)
/* harmony export */ });
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
// Well-known address ranges Tailscale gives special meaning to. Built on first use and kept.

function prefix(text) {
    const parsed = (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrefix */ .A1)(text);
    if (parsed === undefined)
        throw new Error(`bad built-in prefix ${text}`);
    return parsed;
}
function set(...texts) {
    return (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .prefixSet */ .pf)(texts.map(prefix));
}
function once(build) {
    let value;
    return () => (value ??= build());
}
/** Where tailnet devices get their addresses: CGNAT without the ChromeOS VM range, and the ULA. */
const tailscaleDeviceRanges = once(() => (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .subtract */ .Re)(set('100.64.0.0/10', 'fd7a:115c:a1e0::/48'), set('100.115.92.0/23')));
/** What `autogroup:internet` stands for: the public internet reached through exit nodes. */
const internetRanges = once(() => (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .subtract */ .Re)(set('0.0.0.0/0', '2000::/3'), set('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16')));
/** Ranges a nodeAttrs ipPool may not touch. */
const ipPoolReserved = once(() => [prefix('100.100.100.0/24'), prefix('100.115.92.0/23')]);
const cgnat = once(() => set('100.64.0.0/10'));


/***/ }),

/***/ 8432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ classify),
/* harmony export */   n: () => (/* binding */ ROLE_AUTOGROUPS)
/* harmony export */ });
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
// Selector classification (docs/policy-semantics.md §2.1): what kind of thing a string in
// src/dst/target/owners is.

const ROLE_AUTOGROUPS = new Set([
    'admin',
    'owner',
    'network-admin',
    'it-admin',
    'billing-admin',
    'auditor',
]);
const OTHER_AUTOGROUPS = new Set([
    'member',
    'members',
    'tagged',
    'self',
    'internet',
    'shared',
    'danger-all',
    'nonroot',
]);
/**
 * Classifications already made: names (users, groups, tags, hosts) recur across sections,
 * rules, tests and the access plan (addresses too: validation and compilation look at each
 * selector more than once), and classifying tries to parse each as an address. A Selector is
 * never changed once made, so one is shared. Once the memo is full it only answers: no entry is
 * made or dropped, so a policy of unique names makes no garbage.
 */
const classified = new Map();
const CLASSIFIED_LIMIT = 1 << 15;
/** Classifies a selector (trimmed first); prefixes are checked before `@` because SCIM groups contain one. */
function classify(raw) {
    let selector = classified.get(raw);
    if (selector === undefined) {
        selector = classifyText(raw.trim());
        if (classified.size < CLASSIFIED_LIMIT)
            classified.set(raw, selector);
    }
    return selector;
}
function classifyText(text) {
    if (text === '*')
        return { kind: 'wildcard' };
    if (text.startsWith('autogroup:')) {
        const name = text.slice('autogroup:'.length);
        const normalized = name === 'members' ? 'member' : name;
        return { kind: 'autogroup', name: normalized, known: ROLE_AUTOGROUPS.has(name) || OTHER_AUTOGROUPS.has(name) };
    }
    if (text.startsWith('group:'))
        return { kind: 'group', name: text, scim: text.includes('@') };
    if (text.startsWith('tag:'))
        return { kind: 'tag', name: text };
    if (text.startsWith('ipset:'))
        return { kind: 'ipset', name: text };
    if (text.startsWith('svc:'))
        return { kind: 'service', name: text };
    if (text.startsWith('user:*@'))
        return { kind: 'domain', domain: text.slice('user:*@'.length) };
    // An empty domain makes no pattern: the server took `localpart:*@` as a login name [captured] (§2.2.9).
    if (text.startsWith('localpart:*@') && text.length > 'localpart:*@'.length)
        return { kind: 'localpart', domain: text.slice('localpart:*@'.length) };
    if (text.startsWith('host:'))
        return { kind: 'hostRef', name: text.slice('host:'.length) };
    const prefix = (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAddressOrPrefix */ .Zc)(text);
    if (prefix !== undefined)
        return { kind: 'prefix', prefix, written: text.includes('/') ? 'cidr' : 'address' };
    const range = (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAddressRange */ .J)(text);
    if (range !== undefined)
        return { kind: 'range', ...range };
    if (text.includes('@'))
        return { kind: 'user', login: text };
    return { kind: 'host', name: text };
}


/***/ }),

/***/ 9413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ sshRuleIdsFrom),
/* harmony export */   a: () => (/* binding */ sshRulesFrom)
/* harmony export */ });
/* harmony import */ var _identity_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9299);
// SSH rules by the identities their sources name, so an sshTest's source (or an endpoint of the
// plan) finds the few rules that may apply instead of walking all of them: N rules and N sshTests
// took N² steps. SSH sources are identities only (matchIdentity), so an IdentityIndex gathering
// with other tags finds every rule whose source does not surely miss; a rule left out would have
// added nothing to the outcomes (its `and` is no).

class SshRuleIndex {
    rules;
    bySource = new _identity_index_js__WEBPACK_IMPORTED_MODULE_0__/* .IdentityIndex */ .N();
    found = new Map();
    constructor(rules) {
        this.rules = rules;
        rules.forEach((rule, id) => this.bySource.add(id, rule.src));
    }
    from(src) {
        let found = this.found.get(src.key);
        if (found === undefined) {
            const ids = this.bySource.gather(src, true).sort((a, b) => a - b);
            found = { ids, rules: ids.map((id) => this.rules[id]) };
            this.found.set(src.key, found);
        }
        return found;
    }
}
const indexes = new WeakMap();
function indexOf(rules) {
    let index = indexes.get(rules);
    if (index === undefined)
        indexes.set(rules, (index = new SshRuleIndex(rules)));
    return index;
}
/** The rules of `rules` whose sources may match `src`, in order; the index is built on the first call per list. */
function sshRulesFrom(rules, src) {
    return indexOf(rules).from(src).rules;
}
/** The positions in `rules` of those rules, ascending. */
function sshRuleIdsFrom(rules, src) {
    return indexOf(rules).from(src).ids;
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  em: () => (/* binding */ evaluateSshTest),
  u3: () => (/* binding */ maySameDevice),
  KI: () => (/* binding */ outcomes)
});

// EXTERNAL MODULE: ./src/policy/endpoints.ts
var endpoints = __webpack_require__(8904);
// EXTERNAL MODULE: ./src/policy/ip.ts
var ip = __webpack_require__(9177);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/policy/messages.ts
var messages = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/policy/posture-cache.ts
var posture_cache = __webpack_require__(4901);
// EXTERNAL MODULE: ./src/policy/principal.ts
var principal = __webpack_require__(548);
// EXTERNAL MODULE: ./src/policy/quote.ts
var quote = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/policy/selectors.ts
var selectors = __webpack_require__(8432);
// EXTERNAL MODULE: ./src/policy/ssh-index.ts
var ssh_index = __webpack_require__(9413);
;// CONCATENATED MODULE: ./src/policy/results.ts
// Per-test results, shaped so that a table (source, destination, port, wanted, got) can be
// rendered and every failure points at its line in the file.
function combineOutcomes(outcomes) {
    if (outcomes.includes('fail'))
        return 'fail';
    return outcomes.includes('unknown') ? 'unknown' : 'pass';
}
/**
 * Combines the outcomes of several principals standing for one endpoint: strict (each must
 * pass) or by `consensus` (several devices, or offline group members: the server tests from one,
 * not known which, so disagreement is unknown; endpoints.ts).
 */
function combinePrincipals(outcomes, consensus) {
    if (!consensus)
        return combineOutcomes(outcomes);
    if (outcomes.every((o) => o === 'pass'))
        return 'pass';
    return outcomes.every((o) => o === 'fail') ? 'fail' : 'unknown';
}

// EXTERNAL MODULE: ./src/policy/tri.ts
var tri = __webpack_require__(8163);
// EXTERNAL MODULE: ./src/policy/unsure.ts
var unsure = __webpack_require__(2250);
;// CONCATENATED MODULE: ./src/policy/ssh-tests.ts
// Evaluation of `sshTests` entries against the `ssh` rules only (docs/policy-semantics.md
// §5.5–5.6).












const matchers = new WeakMap();
function userMatcher(users) {
    let matcher = matchers.get(users);
    if (matcher === undefined) {
        const logins = new Set();
        const localparts = new Set();
        for (const entry of users) {
            if (!entry.startsWith('localpart:'))
                logins.add(entry);
            const selector = (0,selectors/* classify */.L)(entry);
            if (selector.kind === 'localpart')
                localparts.add(selector.domain);
        }
        matcher = { logins, nonroot: logins.has('autogroup:nonroot'), localparts };
        matchers.set(users, matcher);
    }
    return matcher;
}
/**
 * Whether a rule's `users` maps the requested login for this source (§5.6 step 3). Through sets:
 * a walk of the rule's users per login made a rule and an sshTest of N each take N² steps.
 */
function loginMatches(users, login, src) {
    const { logins, nonroot, localparts } = userMatcher(users);
    if (logins.has(login) || (nonroot && login !== 'root'))
        return 'yes';
    if (localparts.size === 0)
        return 'no';
    if (src.identity === 'unknown' || (src.identity === 'user' && src.login === undefined))
        return 'unknown';
    if (src.identity !== 'user' || src.login === undefined)
        return 'no';
    const at = src.login.lastIndexOf('@');
    return (0,tri/* fromBool */.v7)(localparts.has(src.login.slice(at + 1)) && src.login.slice(0, at) === login);
}
function dstMatches(rule, src, dst) {
    let direct = (0,match/* matchIdentity */.oD)(rule.dst, dst);
    // `*` as the destination is accepted with a notice, and what the server makes of it is not known.
    if (rule.dst.wildcard)
        direct = (0,tri.or)(direct, 'unknown');
    // A user's device takes SSH from its owner only, whatever the destination names (a group,
    // autogroup:member, accepted with a notice): the SSH documentation, §2.3. (A device whose
    // identity is unknown offline matches no such destination for sure.)
    if (direct !== 'no' && dst.identity === 'user')
        direct = (0,tri/* and */.Uo)(direct, (0,match/* sameOwner */.s0)(src, dst));
    return rule.dst.self ? (0,tri.or)(direct, (0,match/* sameOwner */.s0)(src, dst)) : direct;
}
/**
 * Whether both ends may be one device: the same known address; or, offline, where a user stands
 * for any of their devices, one user at both ends (their only device may be each).
 */
function maySameDevice(s, d) {
    const [from, to] = [(0,principal/* displayAddress */.RD)(s), (0,principal/* displayAddress */.RD)(d)];
    if (from !== unsure/* UNKNOWN_ADDRESS */.q1 || to !== unsure/* UNKNOWN_ADDRESS */.q1)
        return from === to;
    return s.identity === 'user' && d.identity === 'user' && s.login !== undefined && s.login === d.login;
}
/** The possible outcomes: check rules win over accept rules, no applicable rule means deny. */
function outcomes(rules, src, dst, login, posture) {
    let check = 'no';
    let accept = 'no';
    for (const rule of rules) {
        let applies = (0,tri/* and */.Uo)((0,tri/* and */.Uo)((0,match/* matchIdentity */.oD)(rule.src, src), dstMatches(rule, src, dst)), loginMatches(rule.users, login, src));
        // Postures hold only the tailnet's own devices to them, not a user's shared in (§5.7).
        if (applies !== 'no' && rule.postures !== undefined)
            applies = (0,tri/* and */.Uo)(applies, posture.forSource((0,principal/* tailnetDevice */.op)(src)).evaluate(rule.postures));
        if (rule.action === 'check')
            check = (0,tri.or)(check, applies);
        else
            accept = (0,tri.or)(accept, applies);
    }
    const result = new Set();
    if (check !== 'no')
        result.add('check');
    // A `check` rule from a device to the device itself: the server answered `deny` to exactly such
    // a test (tailscale#14222, 2024, still open), while an `accept` rule from a device to itself
    // passed in the 2026 captures (docs/policy-semantics.md §5.6). Such a `check` may go either way.
    if (check !== 'no' && maySameDevice(src, dst))
        result.add('deny');
    if (check !== 'yes') {
        if (accept !== 'no')
            result.add('accept');
        if (accept !== 'yes')
            result.add('deny');
    }
    return result;
}
const defaultPostured = new WeakMap();
/** Whether some rule is held to defaultSrcPosture, which the server may not apply to SSH rules; asked once per list. */
function underDefaultPosture(rules) {
    let found = defaultPostured.get(rules);
    if (found === undefined)
        defaultPostured.set(rules, (found = rules.some((rule) => rule.defaultPosture === true)));
    return found;
}
const SELF_CHECK_REASON = 'whether the server lets a check rule take a device to itself is not known (tailscale#14222)';
const CHECK_FOR_ACCEPT_REASON = 'whether a check rule satisfies an accept assertion is not known';
/**
 * Whether the possible outcomes give the wanted one. Whether a `check` outcome satisfies an
 * `accept` assertion is not known (UNSURE, docs/policy-semantics.md §5.6): neither a hit nor a miss.
 */
function satisfies(possible, wanted) {
    let hits = 0;
    let open = 0;
    for (const outcome of possible) {
        if (outcome === wanted)
            hits++;
        else if (wanted === 'accept' && outcome === 'check')
            open++;
    }
    return hits === possible.size ? 'pass' : hits === 0 && open === 0 ? 'fail' : 'unknown';
}
function entryProblem(test) {
    const logins = [...test.accept, ...test.check, ...test.deny];
    if (logins.length === 0)
        return unsure/* TEST_REASONS */.P8.sshNoAssertions;
    if (logins.some((l) => l.text === ''))
        return unsure/* TEST_REASONS */.P8.emptyUser;
    // A set of the denied logins, not a walk of them per accepted one: 40,000 of each took 14 s.
    const denied = new Set(test.deny.map((d) => d.text));
    const both = test.accept.find((a) => denied.has(a.text));
    return both === undefined ? undefined : unsure/* TEST_REASONS */.P8.userInAcceptAndDeny(both.text);
}
/** sshTests destinations the server may accept but no source says how it evaluates (§5.5). */
const undecidedDst = (what) => `whether the server accepts ${what} as an sshTests destination is not known`;
function resolveSshDestination(text, env) {
    const selector = (0,selectors/* classify */.L)(text);
    // Validation refuses autogroup:internet and wider CIDRs (captured). No source refuses the other
    // autogroups, nor says which devices they stand for here; a /32 or /128 only gets a notice.
    if (selector.kind === 'autogroup')
        return { ok: false, reason: undecidedDst(text.trim()), undecided: true };
    if (selector.kind === 'prefix' && selector.written === 'cidr' && (0,ip/* isFullLength */.wx)(selector.prefix))
        return { ok: false, reason: undecidedDst(`the single-address prefix ${text.trim()}`), undecided: true };
    if (selector.kind === 'prefix' && selector.prefix.family === 6)
        return { ok: false, reason: unsure/* TEST_REASONS */.P8.sshDstInvalid(text) };
    if (selector.kind === 'service')
        return { ok: false, reason: unsure/* TEST_REASONS */.P8.sshDstInvalid(text) };
    return (0,endpoints/* resolveDestinationHost */.z)(text, env);
}
function evaluateSshTest(test, rules, env) {
    const src = test.src?.text ?? '';
    const lists = [
        ['accept', test.accept],
        ['check', test.check],
        ['deny', test.deny],
    ];
    const problem = entryProblem(test);
    const srcEndpoint = (0,endpoints/* resolveSource */.e)(src, env);
    const error = problem ?? (srcEndpoint.ok ? undefined : srcEndpoint.reason);
    if (error !== undefined || !srcEndpoint.ok) {
        const message = messages/* sshTestError */.lQ(error ?? '');
        const outcome = problem === undefined && !srcEndpoint.ok && srcEndpoint.undecided ? 'unknown' : 'fail';
        const assertions = lists.flatMap(([kind, logins]) => test.dst.flatMap((d) => logins.map((l) => ({
            kind,
            text: l.text,
            outcome,
            message,
            at: l,
            destination: d.text,
            user: l.text,
            wanted: kind,
        }))));
        return { kind: 'sshTest', index: test.index, at: test, src, error: message, assertions, outcome };
    }
    const posture = new posture_cache/* PostureCache */.p(test.srcPostureAttrs);
    const assertions = [];
    for (const dst of test.dst) {
        const dstEndpoint = resolveSshDestination(dst.text, env);
        for (const [kind, logins] of lists) {
            for (const login of logins) {
                // Assertions left when the deadline passes are not evaluated: the entry is then undecided.
                if (env.deadline?.passed()) {
                    const outcome = combineOutcomes([...assertions.map((a) => a.outcome), 'unknown']);
                    return { kind: 'sshTest', index: test.index, at: test, src, assertions, outcome };
                }
                assertions.push(evaluateLogin(kind, login, dst, srcEndpoint, dstEndpoint, src, rules, posture));
            }
        }
    }
    return {
        kind: 'sshTest',
        index: test.index,
        at: test,
        src,
        assertions,
        outcome: combineOutcomes(assertions.map((a) => a.outcome)),
    };
}
function evaluateLogin(kind, login, dst, src, dstEndpoint, srcText, rules, posture) {
    const base = { kind, text: login.text, at: login, destination: dst.text, user: login.text, wanted: kind };
    if (!dstEndpoint.ok) {
        const outcome = dstEndpoint.undecided === true ? 'unknown' : 'fail';
        return { ...base, outcome, message: messages/* sshTestError */.lQ(dstEndpoint.reason) };
    }
    const results = [];
    let failure;
    let got;
    let self = false;
    let checkForAccept = false;
    for (const s of src.principals) {
        for (const d of dstEndpoint.principals) {
            const possible = outcomes((0,ssh_index/* sshRulesFrom */.a)(rules, s), s, d, login.text, posture);
            const outcome = satisfies(possible, kind);
            // Said only where that pair is the one left open.
            if (outcome === 'unknown' && possible.has('check') && maySameDevice(s, d))
                self = true;
            if (outcome === 'unknown' && kind === 'accept' && possible.has('check'))
                checkForAccept = true;
            results.push(outcome);
            if (possible.size === 1)
                got = [...possible][0];
            if (outcome === 'fail' && failure === undefined) {
                got = [...possible][0];
                failure = messages/* sshTestVerdict */.u7(srcText, (0,principal/* displayAddress */.RD)(s), dst.text, (0,principal/* displayAddress */.RD)(d), login.text, kind, got);
            }
        }
    }
    const outcome = combinePrincipals(results, src.consensus || dstEndpoint.consensus);
    if (outcome === 'pass')
        return { ...base, outcome, got: kind };
    if (outcome === 'unknown' && !results.includes('unknown')) {
        // Decided for each device, and they disagree (§5.3).
        const said = `dst ${(0,quote/* goQuote */.d)(dst.text)}, ssh user ${(0,quote/* goQuote */.d)(login.text)}: ${unsure/* TEST_REASONS */.P8.split}`;
        return { ...base, outcome, message: messages/* sshTestError */.lQ(said) };
    }
    if (outcome === 'unknown') {
        const open = underDefaultPosture(rules)
            ? ' (it may hang on whether the server holds SSH rules to defaultSrcPosture)'
            : '';
        const why = self
            ? SELF_CHECK_REASON
            : checkForAccept
                ? CHECK_FOR_ACCEPT_REASON
                : `cannot be decided offline${open}`;
        const said = `dst ${(0,quote/* goQuote */.d)(dst.text)}, ssh user ${(0,quote/* goQuote */.d)(login.text)}: ${why}`;
        return { ...base, outcome, message: messages/* sshTestError */.lQ(said) };
    }
    return { ...base, outcome, message: failure, got };
}


/***/ }),

/***/ 4219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ buildTailnet)
/* harmony export */ });
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9177);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(259);
/* harmony import */ var _unsure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2250);
// A topology indexed for evaluation: devices by owner, tag and address.



/** Role autogroups a tailnet role belongs to. */
function rolesOf(role) {
    if (role === undefined)
        return undefined;
    return new Set([role]);
}
const addressKey = (a) => `${a.family}/${a.value}`;
function buildTailnet(topology) {
    const usersByName = new Map(topology.users.map((u) => [u.name, u]));
    const devices = [];
    const byLogin = new Map();
    const byTag = new Map();
    const byAddress = new Map();
    const routes = [];
    for (const [name, node] of Object.entries(topology.nodes)) {
        const user = node.user === undefined ? undefined : usersByName.get(node.user);
        const tagged = node.tags.length > 0;
        const device = { name, tags: new Set(node.tags), member: user?.type !== 'shared' };
        if (!tagged && user !== undefined) {
            device.login = (0,_unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeLogin */ .tq)(user.email !== '' ? user.email : user.name);
            const roles = rolesOf(user.role);
            if (roles !== undefined)
                device.roles = roles;
        }
        if (node.ipv4 !== undefined)
            device.v4 = (0,_ip_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAddress */ .or)(node.ipv4);
        if (node.ipv6 !== undefined)
            device.v6 = (0,_ip_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAddress */ .or)(node.ipv6);
        devices.push(device);
        // Appended in place: copying the list per device made a tailnet whose devices share a tag
        // or an owner cost the square of their number.
        if (device.login !== undefined)
            (0,_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .pushTo */ .Il)(byLogin, device.login, device);
        for (const tag of node.tags)
            (0,_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .pushTo */ .Il)(byTag, tag, device);
        for (const a of [device.v4, device.v6])
            if (a !== undefined)
                byAddress.set(addressKey(a), device);
        for (const route of node.approved_routes ?? []) {
            const prefix = (0,_ip_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrefix */ .A1)(route);
            if (prefix !== undefined && prefix.bits > 0)
                routes.push(prefix);
        }
    }
    const logins = topology.users.map((u) => ({ login: u.email !== '' ? u.email : u.name, role: u.role }));
    const tailnet = {
        devices,
        userDevices: (login) => byLogin.get((0,_unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeLogin */ .tq)(login)) ?? [],
        taggedDevices: (tag) => byTag.get(tag) ?? [],
        deviceAt: (address) => byAddress.get(addressKey(address)),
        approvedRoutes: (0,_ip_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixSet */ .pf)(routes),
        knownLogins: new Set(logins.map((u) => (0,_unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeLogin */ .tq)(u.login))),
    };
    const domains = (0,_unsure_js__WEBPACK_IMPORTED_MODULE_0__/* .tailnetDomains */ .H4)(logins.filter((u) => u.login.includes('@')), topology.domains);
    if (domains !== undefined)
        tailnet.domains = domains;
    return tailnet;
}


/***/ }),

/***/ 8657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ expect),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   IN: () => (/* binding */ topologyFromApi),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   kA: () => (/* binding */ TopologyError)
/* harmony export */ });
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
// The tailnet description the engine evaluates tests against: the `topology` shape of the
// conformance captures, and a converter from Tailscale API list responses. A description read
// from a file is validated by topology-file.ts (the CLI's --devices; the action asks the API).

/** A topology that does not have the expected shape; the message names the JSON path. */
class TopologyError extends Error {
    name = 'TopologyError';
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function expect(condition, path, what, value) {
    if (!condition)
        throw new TopologyError(`${path}: expected ${what}, got ${shown(value)}`);
}
/** The longest quote of a wrong value in a message: a bad entry of a large file, not the file. */
const SHOWN_CHARACTERS = 80;
/**
 * The value as JSON, cut to SHOWN_CHARACTERS. Written only that far: the whole of a 10 MB value
 * would make a 10 MB message, and JSON.stringify of one nested 100,000 deep overflows the stack.
 */
function shown(value) {
    if (value === undefined)
        return 'nothing';
    let out = '';
    const write = (v) => {
        if (Array.isArray(v)) {
            out += '[';
            for (let i = 0; i < v.length && out.length <= SHOWN_CHARACTERS; i++) {
                if (i > 0)
                    out += ',';
                write(v[i]);
            }
            out += ']';
        }
        else if (isObject(v)) {
            out += '{';
            for (const key in v) {
                if (out.length > SHOWN_CHARACTERS)
                    break;
                out += `${out.endsWith('{') ? '' : ','}${JSON.stringify(key)}:`;
                write(v[key]);
            }
            out += '}';
        }
        else {
            out += JSON.stringify(v) ?? 'null';
        }
    };
    write(value);
    return out.length > SHOWN_CHARACTERS ? `${out.slice(0, SHOWN_CHARACTERS - 3)}...` : out;
}
function listOf(response, key, what) {
    const list = Array.isArray(response) ? response : isObject(response) ? response[key] : undefined;
    expect(Array.isArray(list) && list.every(isObject), what, `a list of objects or {"${key}": [...]}`, response);
    return list;
}
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/**
 * Converts `GET /tailnet/-/users` and `GET /tailnet/-/devices?fields=all` responses into a
 * topology. Users are named by login; devices by MagicDNS short name (made unique).
 */
function topologyFromApi(usersResponse, devicesResponse) {
    const users = [];
    const byLogin = new Map();
    for (const u of listOf(usersResponse, 'users', 'users response')) {
        const login = str(u.loginName);
        if (login === undefined || byLogin.has(login))
            continue;
        const user = { name: login, email: login };
        if (typeof u.id === 'number' || typeof u.id === 'string')
            user.id = u.id;
        if (str(u.role) !== undefined)
            user.role = u.role;
        if (u.type === 'shared' || u.type === 'member')
            user.type = u.type;
        users.push(user);
        byLogin.set(login, user);
    }
    const nodes = new Map();
    const suffixes = new Map();
    for (const d of listOf(devicesResponse, 'devices', 'devices response')) {
        const tags = Array.isArray(d.tags) ? d.tags.filter((t) => typeof t === 'string') : [];
        const owner = str(d.user);
        if (tags.length === 0 && owner === undefined)
            continue;
        const node = { hostname: str(d.hostname) ?? str(d.name) ?? 'device', tags };
        const addresses = Array.isArray(d.addresses) ? d.addresses.filter((a) => typeof a === 'string') : [];
        const ipv4 = addresses.find((a) => (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAddress */ .or)(a)?.family === 4);
        const ipv6 = addresses.find((a) => (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAddress */ .or)(a)?.family === 6);
        if (ipv4 !== undefined)
            node.ipv4 = ipv4;
        if (ipv6 !== undefined)
            node.ipv6 = ipv6;
        if (tags.length === 0 && owner !== undefined) {
            if (!byLogin.has(owner)) {
                const user = { name: owner, email: owner, type: d.isExternal === true ? 'shared' : 'member' };
                users.push(user);
                byLogin.set(owner, user);
            }
            node.user = owner;
        }
        node.routable_ips = routes(d.advertisedRoutes);
        node.approved_routes = routes(d.enabledRoutes);
        nodes.set(uniqueName(nodes, suffixes, str(d.name)?.split('.')[0] ?? node.hostname), node);
    }
    // fromEntries defines each key: a device named __proto__ is a node, not the object's prototype.
    return { users, nodes: Object.fromEntries(nodes) };
}
function routes(value) {
    return Array.isArray(value)
        ? value.filter((r) => typeof r === 'string' && (0,_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrefix */ .A1)(r) !== undefined)
        : [];
}
/**
 * `base`, else the first of `base-2`, `base-3`, … not taken. Each base remembers where its search
 * stopped: 40,000 devices of one name took 131 s when each searched from `-2` again.
 */
function uniqueName(taken, suffixes, base) {
    if (!taken.has(base))
        return base;
    let n = suffixes.get(base) ?? 2;
    while (taken.has(`${base}-${n}`))
        n++;
    suffixes.set(base, n + 1);
    return `${base}-${n}`;
}


/***/ }),

/***/ 8163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ not),
/* harmony export */   Uo: () => (/* binding */ and),
/* harmony export */   or: () => (/* binding */ or),
/* harmony export */   v7: () => (/* binding */ fromBool)
/* harmony export */ });
// Three-valued logic for symbolic evaluation: `unknown` means "depends on the tailnet".
function or(a, b) {
    if (a === 'yes' || b === 'yes')
        return 'yes';
    return a === 'unknown' || b === 'unknown' ? 'unknown' : 'no';
}
function and(a, b) {
    if (a === 'no' || b === 'no')
        return 'no';
    return a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes';
}
function fromBool(value) {
    return value ? 'yes' : 'no';
}
function not(a) {
    return a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'unknown';
}


/***/ }),

/***/ 2250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ duplicateKeyMessage),
/* harmony export */   B1: () => (/* binding */ unconfirmed),
/* harmony export */   FA: () => (/* binding */ ipPoolInvalid),
/* harmony export */   FU: () => (/* binding */ legacySynonymConflict),
/* harmony export */   Fb: () => (/* binding */ unsettledProtocol),
/* harmony export */   Fr: () => (/* binding */ INTERNAL_CAPABILITIES),
/* harmony export */   GV: () => (/* binding */ invalidAutogroup),
/* harmony export */   H4: () => (/* binding */ tailnetDomains),
/* harmony export */   IO: () => (/* binding */ loginDomain),
/* harmony export */   Ir: () => (/* binding */ groupMemberNotUser),
/* harmony export */   K3: () => (/* binding */ looksLikeHostAlias),
/* harmony export */   K6: () => (/* binding */ oneCGNATRouteInvalid),
/* harmony export */   KO: () => (/* binding */ postureNamePrefix),
/* harmony export */   Kh: () => (/* binding */ PORT_INVERTED),
/* harmony export */   Ko: () => (/* binding */ NODE_ATTR_SELF),
/* harmony export */   O$: () => (/* binding */ ipPoolOutsideCGNAT),
/* harmony export */   P8: () => (/* binding */ TEST_REASONS),
/* harmony export */   Ps: () => (/* binding */ dstMissingPort),
/* harmony export */   SL: () => (/* binding */ hostInvalidAddress),
/* harmony export */   Th: () => (/* binding */ hostNotDefined),
/* harmony export */   XI: () => (/* binding */ ipsetNotFound),
/* harmony export */   Yj: () => (/* binding */ EXTRA_DNS_RECORDS),
/* harmony export */   Yz: () => (/* binding */ groupPrefixMissing),
/* harmony export */   _: () => (/* binding */ CAPABILITY_RESERVED),
/* harmony export */   cY: () => (/* binding */ postureInvalid),
/* harmony export */   co: () => (/* binding */ LIKELY_INTERNAL_CAPABILITIES),
/* harmony export */   fW: () => (/* binding */ ipsetInvalid),
/* harmony export */   fr: () => (/* binding */ protocolUnknown),
/* harmony export */   fu: () => (/* binding */ PORT_INVALID_LAST),
/* harmony export */   g7: () => (/* binding */ GRANT_IP_COLONS),
/* harmony export */   i3: () => (/* binding */ dstBadBrackets),
/* harmony export */   i6: () => (/* binding */ grantIpList),
/* harmony export */   lD: () => (/* binding */ ipsetNamePrefix),
/* harmony export */   lk: () => (/* binding */ protocolWithoutPorts),
/* harmony export */   mX: () => (/* binding */ sshSelfWithTags),
/* harmony export */   o9: () => (/* binding */ recorderNotTag),
/* harmony export */   q1: () => (/* binding */ UNKNOWN_ADDRESS),
/* harmony export */   qm: () => (/* binding */ notAllowedHere),
/* harmony export */   sA: () => (/* binding */ ONE_CGNAT_ROUTE_VALUES),
/* harmony export */   tq: () => (/* binding */ normalizeLogin),
/* harmony export */   tw: () => (/* binding */ DEFAULT_TEST_PROTOCOLS),
/* harmony export */   uV: () => (/* binding */ groupNotDefined),
/* harmony export */   wN: () => (/* binding */ postureNotFound),
/* harmony export */   xz: () => (/* binding */ hostNameInvalid),
/* harmony export */   zG: () => (/* binding */ PREFERRED_FAMILY),
/* harmony export */   zU: () => (/* binding */ autoApproverRouteInvalid)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6114);
// Wording and choices for what the semantics (docs/policy-semantics.md) marks UNSURE: texts
// whose server wording is not known, and small decisions with their reasons. Choices between
// two behaviours live as plain code, with a comment, where they are made.
//
// The rule for validation (docs/policy-semantics.md, "Errors, warnings and notices"): where the
// server's refusal is not established, the engine accepts and reports a notice built with
// `unconfirmed`.

/** A notice: the finding, and that it was accepted because the server's answer is not known. */
const unconfirmed = (finding) => `${finding} (accepted: not confirmed against the Tailscale server)`;
// ---------------------------------------------------------------------------------------------
// Decoding (§1.2)
/** A duplicate key (keys differing only in ASCII case count): accepted with a notice, the last one wins. */
const duplicateKeyMessage = (key) => `duplicate object key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(key)}`;
/**
 * Both a field and its legacy synonym (`src`/`users`, `dst`/`ports`, `src`/`user`, `accept`/`allow`):
 * a notice; the field wins.
 */
const legacySynonymConflict = (field, legacy) => `only one of ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(field)} and ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(legacy)} may be set`;
/**
 * `extraDNSRecords`, MagicDNS records in the policy file: Tailscale's own GitOps tooling carries the
 * section, its documentation does not describe it, and no answer of the server to it was captured
 * (§1.3).
 */
const EXTRA_DNS_RECORDS = 'extraDNSRecords: a section Tailscale does not document; its records are not checked offline';
/** Values accepted for `OneCGNATRoute`; the message for others is unknown. */
const ONE_CGNAT_ROUTE_VALUES = ['', 'mac-always', 'mac-never'];
const oneCGNATRouteInvalid = (value) => `OneCGNATRoute: invalid value ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(value)}`;
// ---------------------------------------------------------------------------------------------
// Selectors (§2)
/** An undefined name that looks like a host alias (§2.1: headscale wording). */
const hostNotDefined = (name) => `host not defined in policy: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)}`;
/** An undefined policy group (headscale wording). */
const groupNotDefined = (name) => `group not defined in policy: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)}`;
/** An autogroup name Tailscale does not know (headscale wording, shortened). */
const invalidAutogroup = (name) => `invalid autogroup: got ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)}`;
/** A selector kind used where it is not allowed and no server text is known. */
const notAllowedHere = (selector, side) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(selector)} is not allowed in ${side}`;
/** A posture name referenced but not defined in `postures`. */
const postureNotFound = (name) => `posture not found: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)}`;
/** An `ipset:` name referenced but not defined. */
const ipsetNotFound = (name) => `ipset not found: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)}`;
/** Whether a name can be a host alias at all; others are reported as `"x": invalid address`. */
function looksLikeHostAlias(name) {
    return /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(name);
}
/** Login comparison: the whole login, ASCII case-insensitively (§2.2.2). */
function normalizeLogin(login) {
    return login.toLowerCase();
}
/** The domain `user:*@domain` compares (§2.2.8): what follows a login's last `@`, the whole login without one. */
function loginDomain(login) {
    return login.slice(login.lastIndexOf('@') + 1);
}
// ---------------------------------------------------------------------------------------------
// Ports and protocols (§2.6–2.8)
const PORT_INVALID_LAST = 'invalid last integer';
const PORT_INVERTED = 'last port must be >= first port';
const protocolUnknown = (proto) => `proto name ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(proto)} not known; use protocol number 0-255`;
const protocolWithoutPorts = (proto) => `protocol does not support specific ports: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(proto)}, only "*" is allowed`;
/** A destination without `:port`. */
const dstMissingPort = (dst) => `invalid destination ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}: expected host:port`;
/** Brackets around something that is not an IPv6 address, or not followed by `:port`. */
const dstBadBrackets = (dst) => `invalid destination ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}: brackets are only for IPv6 addresses`;
const GRANT_IP_COLONS = 'expected only one colon in Internet protocol and port type';
/**
 * Protocols Tailscale's parsers disagree on (§2.7): names that only some versions of the shared
 * protocol parser (types/ipproto) know, and 99, which another version refuses as Tailscale's own.
 * Accepted, with a notice; undefined for every other protocol.
 */
function unsettledProtocol(text) {
    const name = text.toLowerCase();
    if (name === '99')
        return 'IP protocol 99 is reserved for use by Tailscale';
    if (['icmpv4', 'icmpv6', 'dccp', 'tsmp'].includes(name)) {
        return `protocol ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(text)} is not a documented name, and not every version of Tailscale's protocol parser knows it`;
    }
    return undefined;
}
/**
 * A list of ports in one grant `ip` entry: Tailscale's client parser for these entries takes one
 * range ("only one port range allowed"), and the server's other messages for them are that
 * parser's; no refusal of a list was observed, and ACL destinations take lists (§2.8).
 */
const grantIpList = (entry) => `grant ip ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(entry)} lists several ports, and Tailscale's parser for these entries accepts one ` +
    'port range per entry; write one entry per range';
// ---------------------------------------------------------------------------------------------
// Sections (§6.2)
const groupPrefixMissing = (name) => `group must start with 'group:', got: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)}`;
/** A group member that is not a user login (tag, autogroup...): accepted with a notice; it matches nothing. */
const groupMemberNotUser = (group, member) => `groups[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteKey */ ._)(group)}]: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(member)}: group members must be users`;
const hostInvalidAddress = (name, value) => `hostname contains invalid IP address: hostname ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)} address ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(value)}`;
const hostNameInvalid = (name) => `hosts: invalid host name ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)}`;
const ipsetInvalid = (name, entry, reason) => `ipsets[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteKey */ ._)(name)}]: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(entry)}: ${reason}`;
const ipsetNamePrefix = (name) => `ipset must start with 'ipset:', got: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)}`;
const postureNamePrefix = (name) => `posture must start with 'posture:', got: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(name)}`;
const postureInvalid = (name, condition) => `postures[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteKey */ ._)(name)}]: invalid condition ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(condition)}`;
const autoApproverRouteInvalid = (route) => `autoApprovers: invalid route ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(route)}`;
const ipPoolOutsideCGNAT = (cidr) => `IPPool(${cidr}): network not within 100.64.0.0/10`;
const ipPoolInvalid = (cidr) => `IPPool(${cidr}): invalid prefix`;
const NODE_ATTR_SELF = 'autogroup:self is not supported as a nodeAttrs target (the server answers "internal server error")';
const sshSelfWithTags = 'autogroup:self destination requires source to contain only users or groups, not tags or autogroup:tagged';
/** Capabilities only Tailscale itself may grant, refused in `app` (observed, docs/policy-semantics.md §4). */
const INTERNAL_CAPABILITIES = new Set([
    'tailscale.com/cap/ingress',
    'tailscale.com/cap/funnel',
    'tailscale.com/cap/relay-target',
]);
/** Capability names Tailscale reserves, by the grants documentation; no refusal was observed. */
const CAPABILITY_RESERVED = "the tailscale.io domain is reserved for Tailscale's own capabilities";
/** Likely internal too, but no refusal was observed: a notice. */
const LIKELY_INTERNAL_CAPABILITIES = new Set(['tailscale.com/cap/drive-sharer']);
/**
 * The tailnet's own domains (for `user:*@domain` and `localpart:*@domain`): the explicit list,
 * else the domain of its owner's login: the user whose role is `owner`, or the first user (the
 * captures list the tailnet's creator first; the API's users list has no order). Alias domains
 * are known only from the explicit list. Undefined means unknown: the check is skipped.
 */
function tailnetDomains(users, explicit) {
    if (explicit !== undefined)
        return explicit;
    const owner = (users.find((u) => u.role === 'owner') ?? users[0])?.login ?? '';
    const at = owner.lastIndexOf('@');
    return at === -1 ? undefined : [owner.slice(at + 1)];
}
/** A `recorder` entry that is not a tag (the documentation shows tags only; the server's wording is not known). */
const recorderNotTag = (entry) => `recorder ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(entry)} is not a tag: session recorders are named by their tag (tag:<name>)`;
// ---------------------------------------------------------------------------------------------
// Tests (§5)
/** With no `proto`, an accept passes if TCP or UDP is accepted; a deny passes only if both are dropped. */
const DEFAULT_TEST_PROTOCOLS = [6, 17];
/** When neither test endpoint forces an address family, tests use IPv4 (SSH test errors show IPv4 addresses; §5.3). */
const PREFERRED_FAMILY = 4;
/** Placeholder for a device address in SSH test messages when no topology is known. */
const UNKNOWN_ADDRESS = '?';
/** Wording for malformed test entries (the server only says `test(s) failed`). */
const TEST_REASONS = {
    missingSrc: 'test has no src',
    noAssertions: 'test has no accept or deny destinations',
    sshNoAssertions: 'test has no accept, check or deny users',
    emptyUser: 'empty user name',
    userInAcceptAndDeny: (user) => `user ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(user)} is in both accept and deny`,
    /** Autogroups are not valid test endpoints (tailscale#5954: "ACL tests do not currently support autogroups"). */
    // The server's words for autogroup:member (tailscale#12370, 2024); other autogroups take the same path.
    srcAutogroup: (src) => `user or host is invalid: unknown user or host: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(src)}`,
    srcWildcard: 'src "*": a test needs one specific source',
    srcCidr: (src) => `src ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(src)}: CIDR sources are not supported in tests`,
    srcUndefinedGroup: (src) => `src ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(src)} is a group the policy does not define: whether the server accepts it as a test source, ` +
        'and as whom, is not known',
    srcRangeAlias: (src) => `src ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(src)} is a host alias for a range of addresses: whether the server accepts it as a test source ` +
        'is not known',
    /** Not among the sources the captures list, nor refused by any (docs/policy-semantics.md §5.2). */
    srcDomain: (src) => `src ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(src)} names every user of a domain: whether the server accepts it as a test source, ` +
        'and as whom, is not known',
    srcInvalid: (src, reason) => `src ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(src)}: ${reason}`,
    split: 'the devices the source or destination stands for disagree, and which one the server tests from is not known',
    noDevicesUnsure: (name) => `${name} has no device: whether the server fails the test or passes it is not known`,
    dstNeedsPort: 'destination must be host:port',
    dstSinglePort: (port) => `port ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(port)}: tests need a single port number 0-65535`,
    dstCidr: 'CIDR destinations are not supported in tests',
    dstAutogroup: (name) => `${name} is not a valid test destination`,
    dstInvalid: (dst) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)} is not a valid test destination`,
    dstWildcard: '"*" is not a valid test destination',
    dstNoDevices: 'destination has no devices',
    noSameFamily: 'source and destination have no address of the same family',
    invalidProto: (proto) => protocolUnknown(proto),
    sshDstInvalid: (dst) => `dst ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)} is not a valid SSH test destination`,
};


/***/ }),

/***/ 1350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ validatePolicy)
});

// EXTERNAL MODULE: ./src/policy/context.ts
var policy_context = __webpack_require__(6761);
// EXTERNAL MODULE: ./src/policy/unsure.ts
var unsure = __webpack_require__(2250);
// EXTERNAL MODULE: ./src/policy/ip.ts
var ip = __webpack_require__(9177);
// EXTERNAL MODULE: ./src/policy/messages.ts
var messages = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/policy/posture.ts + 1 modules
var policy_posture = __webpack_require__(6138);
// EXTERNAL MODULE: ./src/policy/quote.ts
var quote = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/policy/selectors.ts
var selectors = __webpack_require__(8432);
;// CONCATENATED MODULE: ./src/policy/validate/selector-check.ts
// Whether a selector is defined and allowed where it is used (docs/policy-semantics.md §2.3,
// §2.4). A problem is an error only where the server's refusal is established; otherwise it is a
// notice and the selector is accepted (it then matches nothing it cannot be shown to match).



const AUTOGROUPS_BY_PLACEMENT = {
    src: new Set(['member', 'tagged', 'shared', 'danger-all', ...selectors/* ROLE_AUTOGROUPS */.n]),
    dst: new Set(['member', 'tagged', 'self', 'internet', ...selectors/* ROLE_AUTOGROUPS */.n]),
    nodeAttr: new Set(['member', 'tagged', ...selectors/* ROLE_AUTOGROUPS */.n]),
    owner: new Set(['member', 'tagged', ...selectors/* ROLE_AUTOGROUPS */.n]),
    approver: new Set(['member', 'tagged', ...selectors/* ROLE_AUTOGROUPS */.n]),
};
const notice = (problem) => ({ ...problem, notice: true });
/**
 * Whether a name refers to something defined (tags, groups, hosts, ipsets); undefined when it
 * does. Undefined tags are refused (docs: a tag must be defined in tagOwners; captured
 * verdicts); for the other kinds the server's answer is not established.
 */
function undefinedReference(selector, raw, context, placement) {
    switch (selector.kind) {
        case 'tag':
            return context.tags.has(selector.name) ? undefined : { inner: messages/* tagNotFound */.GS(selector.name) };
        case 'group':
            if (selector.scim || context.groups.has(selector.name))
                return undefined;
            return notice({ inner: (0,unsure/* groupNotDefined */.uV)(selector.name) });
        case 'host':
            if (context.hosts.has(selector.name))
                return undefined;
            if (!(0,unsure/* looksLikeHostAlias */.K3)(selector.name))
                return unparseable(raw, placement);
            return notice({ inner: (0,unsure/* hostNotDefined */.Th)(selector.name) });
        case 'hostRef':
            return context.hosts.has(selector.name) ? undefined : notice({ inner: (0,unsure/* hostNotDefined */.Th)(selector.name) });
        case 'ipset':
            return context.ipsets.has(selector.name) ? undefined : notice({ inner: (0,unsure/* ipsetNotFound */.XI)(selector.name) });
        case 'autogroup':
            return selector.known ? undefined : notice({ inner: (0,unsure/* invalidAutogroup */.GV)(raw.trim()) });
        // These name nothing that must be defined elsewhere in the policy.
        case 'domain':
        case 'localpart':
        case 'prefix':
        case 'range':
        case 'service':
        case 'user':
        case 'wildcard':
            return undefined;
    }
}
/** `"x": invalid address` is the captured answer for a nodeAttrs target; elsewhere it is unconfirmed. */
function unparseable(raw, placement) {
    const problem = { inner: messages/* invalidAddress */.a(raw.trim()) };
    return placement === 'nodeAttr' ? problem : notice(problem);
}
/** Established: self/internet as a source (captured / targets page), danger-all as a destination (captured). */
function autogroupProblem(name, text, placement) {
    if (AUTOGROUPS_BY_PLACEMENT[placement].has(name))
        return undefined;
    if (placement === 'src' && (name === 'self' || name === 'internet'))
        return { full: messages/* selfNotValidInSrc */.zB(text) };
    if (placement === 'dst' && name === 'danger-all')
        return { full: messages/* DANGER_ALL_AS_DST */.hZ };
    return notice({ full: (0,unsure/* notAllowedHere */.qm)(text, placement) });
}
/** Kinds of selector each placement accepts (beyond autogroups, handled above). */
function kindAllowed(selector, placement) {
    const access = placement === 'src' || placement === 'dst';
    switch (selector.kind) {
        case 'wildcard':
        case 'host':
        case 'hostRef':
        case 'prefix':
            return access || placement === 'nodeAttr';
        case 'user':
        case 'group':
        case 'tag':
        case 'domain':
            return true;
        case 'ipset':
            return access;
        case 'service':
            return placement === 'dst' || placement === 'approver';
        case 'autogroup':
        case 'range':
        case 'localpart':
            return false;
    }
}
/**
 * The first problem with one selector in an access rule, nodeAttrs target, owner or approver.
 * An IP range outside `ipsets` is refused (targets page: ranges are for IP sets only); the
 * other placement limits are documented as guidance, not as refusals, so they are notices.
 */
function selectorProblem(raw, placement, context) {
    const selector = (0,selectors/* classify */.L)(raw);
    const text = raw.trim();
    if (selector.kind === 'autogroup' && selector.known)
        return autogroupProblem(selector.name, text, placement);
    const missing = undefinedReference(selector, raw, context, placement);
    if (missing !== undefined)
        return missing;
    if (kindAllowed(selector, placement))
        return undefined;
    const problem = { full: (0,unsure/* notAllowedHere */.qm)(text, placement) };
    return selector.kind === 'range' && (placement === 'src' || placement === 'dst') ? problem : notice(problem);
}
/** Reports a problem as an error, or as a notice saying it was accepted. */
function reportProblem(out, problem, message, at, path) {
    if (problem.notice)
        out.notice((0,unsure/* unconfirmed */.B1)(message), at, path);
    else
        out.error(message, at, path);
}
/** The problem's text with the `inner` wrapper applied by `wrap`. */
function problemText(problem, wrap) {
    return 'inner' in problem ? wrap(problem.inner) : problem.full;
}

;// CONCATENATED MODULE: ./src/policy/validate/tag.ts
// Tailscale's tag syntax check (tailcfg.CheckTag), with its exact error strings.

const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c) => c >= 0x30 && c <= 0x39;
function checkTag(tag) {
    if (!tag.startsWith('tag:'))
        return messages/* TAG_PREFIX */.C_;
    const bytes = new TextEncoder().encode(tag.slice(4));
    if (bytes.length === 0)
        return messages/* TAG_EMPTY */.lM;
    if (!isAlpha(bytes[0]))
        return messages/* TAG_FIRST_LETTER */.BX;
    for (const b of bytes)
        if (!isAlpha(b) && !isDigit(b) && b !== 0x2d)
            return messages/* TAG_CHARACTERS */.sb;
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/validate/definitions.ts
// Validation of the definition sections: groups, tagOwners, hosts, ipsets, postures,
// defaultSrcPosture and autoApprovers (docs/policy-semantics.md §1.4.7, §2.2, §6.2). Errors only
// where the server's refusal is established; everything else is accepted with a notice.









/** Nested groups are refused (observed), per group in descending name order as the server does. */
function validateGroups(policy, out) {
    const sorted = [...policy.groups].sort((a, b) => a.name.text < b.name.text ? 1 : a.name.text > b.name.text ? -1 : 0);
    for (const group of sorted) {
        const path = `groups[${(0,quote/* quoteKey */._)(group.name.text)}]`;
        if (!group.name.text.startsWith('group:')) {
            out.notice(unsure/* unconfirmed */.B1(unsure/* groupPrefixMissing */.Yz(group.name.text)), group.name, path);
            continue;
        }
        group.items.forEach((member, i) => {
            const selector = (0,selectors/* classify */.L)(member.text);
            if (selector.kind === 'group')
                out.error(messages/* groupRecursive */.SI(group.name.text, member.text.trim()), member, `${path}[${i}]`);
            else if (selector.kind !== 'user') {
                const message = unsure/* groupMemberNotUser */.Ir(group.name.text, member.text);
                out.notice(unsure/* unconfirmed */.B1(message), member, `${path}[${i}]`);
            }
        });
    }
}
function validateTagOwnerNames(policy, out) {
    for (const owner of policy.tagOwners) {
        const problem = checkTag(owner.name.text);
        if (problem !== undefined)
            out.error(messages/* tagOwnerKey */.bb(owner.name.text, problem), owner.name, `tagOwners[${(0,quote/* quoteKey */._)(owner.name.text)}]`);
    }
}
function validateTagOwnerValues(policy, context, out) {
    for (const owner of policy.tagOwners) {
        owner.items.forEach((item, i) => {
            const problem = selectorProblem(item.text, 'owner', context);
            if (problem === undefined)
                return;
            const text = messages/* tagOwnerKey */.bb(owner.name.text, problemText(problem, (inner) => inner));
            reportProblem(out, problem, text, item, `tagOwners[${(0,quote/* quoteKey */._)(owner.name.text)}][${i}]`);
        });
    }
}
/**
 * The docs say host names cannot contain `@` (refused); other odd names and values that are not
 * an address or prefix are accepted with a notice (the alias then stands for nothing).
 */
function validateHosts(policy, out) {
    for (const host of policy.hosts) {
        const path = `hosts[${(0,quote/* quoteKey */._)(host.name.text)}]`;
        if (host.name.text.includes('@'))
            out.error(unsure/* hostNameInvalid */.xz(host.name.text), host.name, path);
        else if (host.name.text.includes(':') || host.name.text.trim() === '') {
            out.notice(unsure/* unconfirmed */.B1(unsure/* hostNameInvalid */.xz(host.name.text)), host.name, path);
        }
        else if ((0,selectors/* classify */.L)(host.value.text).kind !== 'prefix') {
            out.notice(unsure/* unconfirmed */.B1(unsure/* hostInvalidAddress */.SL(host.name.text, host.value.text)), host.value, path);
        }
    }
}
function validateIpsets(policy, context, out) {
    const names = new Set(policy.ipsets.map((s) => s.name.text));
    for (const set of policy.ipsets) {
        const name = set.name.text;
        const path = `ipsets[${(0,quote/* quoteKey */._)(name)}]`;
        if (!name.startsWith('ipset:') || name.length === 'ipset:'.length) {
            out.notice(unsure/* unconfirmed */.B1(unsure/* ipsetNamePrefix */.lD(name)), set.name, path);
            continue;
        }
        const operations = set.items.map((item) => (0,policy_context/* parseIpsetOperation */.mc)(item.text));
        const removes = operations.some((op) => op.remove);
        set.items.forEach((item, i) => {
            const op = operations[i];
            const reason = ipsetEntryProblem(op.target, names, context, removes && !op.explicit);
            if (reason === undefined)
                return;
            out.notice(unsure/* unconfirmed */.B1(unsure/* ipsetInvalid */.fW(name, item.text, reason)), item, `${path}[${i}]`);
        });
        // The docs rule out circular references, but no refusal (or its wording) was observed.
        if (context.cyclicIpsets.has(name)) {
            out.notice(unsure/* unconfirmed */.B1(unsure/* ipsetInvalid */.fW(name, name, 'circular reference')), set.name, path);
        }
    }
}
function ipsetEntryProblem(target, names, context, needsVerb) {
    if (needsVerb)
        return 'entries must start with "add" or "remove" when the set removes addresses';
    const selector = (0,selectors/* classify */.L)(target);
    if (selector.kind === 'hostRef' && !context.hosts.has(selector.name))
        return unsure/* hostNotDefined */.Th(selector.name);
    if (selector.kind === 'ipset' && !names.has(selector.name))
        return unsure/* ipsetNotFound */.XI(selector.name);
    return (0,policy_context/* targetSet */.Yb)(target, context.hosts, () => ip/* NO_ADDRESSES */.xY) === undefined ? 'not a valid ipset target' : undefined;
}
/** No posture refusal was observed: odd names, conditions the grammar does not read and undefined names are notices. */
function validatePostures(policy, out) {
    for (const posture of policy.postures) {
        const name = posture.name.text;
        const path = `postures[${(0,quote/* quoteKey */._)(name)}]`;
        if (!name.startsWith('posture:') || name.length === 'posture:'.length) {
            out.notice(unsure/* unconfirmed */.B1(unsure/* postureNamePrefix */.KO(name)), posture.name, path);
            continue;
        }
        posture.items.forEach((condition, i) => {
            if ((0,policy_posture/* parsePostureCondition */.Fc)(condition.text).kind === 'opaque') {
                out.notice(unsure/* unconfirmed */.B1(unsure/* postureInvalid */.cY(name, condition.text)), condition, `${path}[${i}]`);
            }
        });
    }
    // A set of the names, not a walk of the postures per entry: 64,000 of each took 26 s.
    const defined = new Set(policy.postures.map((p) => p.name.text));
    policy.defaultSrcPosture?.forEach((name, i) => {
        if (!defined.has(name.text)) {
            out.notice(unsure/* unconfirmed */.B1(unsure/* postureNotFound */.wN(name.text)), name, `defaultSrcPosture[${i}]`);
        }
    });
}
function validateAutoApprovers(policy, context, out) {
    const approvers = (items, path) => {
        items.forEach((item, i) => {
            const problem = selectorProblem(item.text, 'approver', context);
            if (problem === undefined)
                return;
            reportProblem(out, problem, problemText(problem, (inner) => inner), item, `${path}[${i}]`);
        });
    };
    for (const route of policy.autoApprovers.routes) {
        const path = `autoApprovers.routes[${(0,quote/* quoteKey */._)(route.name.text)}]`;
        if ((0,ip/* parsePrefix */.A1)(route.name.text) === undefined) {
            out.notice(unsure/* unconfirmed */.B1(unsure/* autoApproverRouteInvalid */.zU(route.name.text)), route.name, path);
        }
        approvers(route.items, path);
    }
    for (const service of policy.autoApprovers.services)
        approvers(service.items, `autoApprovers.services[${(0,quote/* quoteKey */._)(service.name.text)}]`);
    approvers(policy.autoApprovers.exitNode, 'autoApprovers.exitNode');
}

;// CONCATENATED MODULE: ./src/policy/validate/findings.ts
// A small sink for validation findings, so every validator reports the same way.
//
// Three severities (docs/policy-semantics.md, "Errors, warnings and notices"): an error only
// where the server's refusal is established; a warning for what the server itself warns about;
// a notice where the engine accepts a construct whose server-side handling it cannot confirm.
class Findings {
    errors = [];
    warnings = [];
    notices = [];
    error(message, at, path) {
        this.errors.push({ message, position: 'pos' in at ? at.pos : at, path });
    }
    warning(message, at, path) {
        this.warnings.push({ message, position: 'pos' in at ? at.pos : at, path });
    }
    /** Accepted, but not confirmed: the message names the construct and why it is unconfirmed. */
    notice(message, at, path) {
        this.notices.push({ message, position: 'pos' in at ? at.pos : at, path });
    }
}
function itemPath(base, field, index) {
    return `${base}.${field}[${index}]`;
}

;// CONCATENATED MODULE: ./src/policy/validate/spellings.ts
// `autogroup:member` and its legacy spelling `autogroup:members`: the policy file syntax
// documentation says a file cannot use both. The server's refusal and its wording are not
// known, so the engine accepts such a file with a notice (docs/policy-semantics.md §2.4).


const LEGACY = 'autogroup:members';
const CURRENT = 'autogroup:member';
/** Whether `text` is `name`, with or without `:ports`, given that it starts with `name`. */
const whole = (text, name) => text.length === name.length || text.charCodeAt(name.length) === 0x3a;
/** Which spelling a selector (with or without `:ports`) uses, if either. */
function spelling(text) {
    // The legacy spelling starts with the current one: one test leaves out every other selector.
    if (!text.startsWith(CURRENT))
        return undefined;
    if (text.startsWith(LEGACY) && whole(text, LEGACY))
        return LEGACY;
    return whole(text, CURRENT) ? CURRENT : undefined;
}
function pathOf(place) {
    return place.key === undefined ? `${place.base}${place.field}` : `${place.base}[${(0,quote/* quoteKey */._)(place.key)}]`;
}
/**
 * Calls `visit` with every selector list of the policy (rules, node attributes, tag owners and
 * auto-approvers) until it returns true. One place object, updated in turn: a policy has tens of
 * thousands of lists.
 */
function someSelectorList(policy, visit) {
    const at = { list: [], base: '' };
    const seen = (list, base, field, key) => {
        at.list = list;
        at.base = base;
        at.field = field;
        at.key = key;
        return visit(at);
    };
    for (const rules of [policy.acls ?? [], policy.grants ?? [], policy.ssh])
        for (let r = 0; r < rules.length; r++) {
            const rule = rules[r];
            if (seen(rule.src, rule.path, '.src') || seen(rule.dst, rule.path, '.dst'))
                return true;
        }
    return (policy.nodeAttrs.some((entry) => seen(entry.target, entry.path, '.target')) ||
        policy.tagOwners.some((owners) => seen(owners.items, 'tagOwners', undefined, owners.name.text)) ||
        policy.autoApprovers.routes.some((route) => seen(route.items, 'autoApprovers.routes', undefined, route.name.text)) ||
        policy.autoApprovers.services.some((service) => seen(service.items, 'autoApprovers.services', undefined, service.name.text)) ||
        seen(policy.autoApprovers.exitNode, 'autoApprovers.exitNode', ''));
}
/** A notice at the first use of the second spelling, when the policy uses both. */
function checkMemberSpellings(policy, out) {
    let first;
    someSelectorList(policy, (place) => {
        const list = place.list;
        for (let i = 0; i < list.length; i++) {
            const used = spelling(list[i].text);
            if (used === undefined || used === first)
                continue;
            if (first === undefined) {
                first = used;
                continue;
            }
            const finding = `both ${CURRENT} and ${LEGACY} are used; the documentation allows one of them in a policy file`;
            out.notice((0,unsure/* unconfirmed */.B1)(finding), list[i], `${pathOf(place)}[${i}]`);
            return true;
        }
        return false;
    });
}

// EXTERNAL MODULE: ./src/policy/ranges.ts
var ranges = __webpack_require__(1374);
// EXTERNAL MODULE: ./src/policy/ports.ts
var policy_ports = __webpack_require__(7421);
;// CONCATENATED MODULE: ./src/policy/validate/rules.ts
// Validation of `acls` and `grants` (docs/policy-semantics.md §1.4.1–1.4.2, §2.4, §6.2). Errors
// where the server's refusal is established; other problems are accepted with a notice.






/** `user:*@domain` needs one of the tailnet's domains; skipped when they are unknown (offline). */
function domainProblem(raw, check) {
    if (check.domains === undefined)
        return undefined;
    const selector = (0,selectors/* classify */.L)(raw);
    const domain = selector.kind === 'domain' || selector.kind === 'localpart' ? selector.domain : undefined;
    if (domain === undefined || check.domains.includes(domain))
        return undefined;
    return messages/* domainNotAssociated */.wJ(domain);
}
function checkSources(src, path, context, check, out) {
    src.forEach((s, i) => {
        const problem = selectorProblem(s.text, 'src', context) ?? wrapDomain(s.text, check);
        if (problem !== undefined)
            reportProblem(out, problem, problemText(problem, messages/* srcError */.vR), s, itemPath(path, 'src', i));
    });
}
function wrapDomain(raw, check) {
    const problem = domainProblem(raw, check);
    return problem === undefined ? undefined : { full: problem };
}
/** An undefined posture: no refusal observed, so a notice; it then holds for nobody known. */
function checkPostures(names, path, context, out) {
    names?.forEach((name, i) => {
        if (context.postures.has(name.text))
            return;
        out.notice(unsure/* unconfirmed */.B1(unsure/* postureNotFound */.wN(name.text)), name, itemPath(path, 'srcPosture', i));
    });
}
/** Sources allowed next to `autogroup:self`: users, groups, member/role autogroups (and `*` in ACLs). */
function selfCompatible(source, allowWildcard) {
    const selector = (0,selectors/* classify */.L)(source);
    if (selector.kind === 'wildcard')
        return allowWildcard;
    if (selector.kind === 'autogroup')
        return selector.name === 'member' || selectors/* ROLE_AUTOGROUPS */.n.has(selector.name);
    return selector.kind === 'user' || selector.kind === 'group' || selector.kind === 'domain';
}
function checkSelfSources(rule, allowWildcard, out) {
    const bad = rule.src.find((s) => !selfCompatible(s.text, allowWildcard));
    if (bad !== undefined)
        out.error(messages/* SELF_BAD_SOURCES */.Od, bad, rule.path);
}
/**
 * Only `accept` (observed for `deny`); another spelling of it (`Accept`, or with whitespace
 * around it, which the server trims from SSH actions) is unconfirmed.
 */
function checkAclAction(rule, out) {
    const action = rule.action?.text ?? '';
    const path = `${rule.path}.action`;
    if (action === 'accept')
        return;
    const message = messages/* actionNotSupported */.AK(action);
    if (action.trim().toLowerCase() === 'accept')
        out.notice(unsure/* unconfirmed */.B1(message), rule.action, path);
    else
        out.error(message, rule.action ?? rule.pos, path);
}
/** An ACL destination and its ports, read trimmed when only that parses (with why it did not). */
function parseAclDestination(text) {
    const parse = (entry) => {
        const split = (0,policy_ports/* splitDestination */.RG)(entry);
        const ports = split.ok ? (0,policy_ports/* parsePortSpec */.qy)(split.value.ports) : split;
        return ports.ok ? split : { ok: false, error: ports.error };
    };
    const whole = parse(text);
    if (whole.ok || text.trim() === text)
        return whole;
    const trimmed = parse(text.trim());
    return trimmed.ok ? { ...trimmed, untrimmed: whole.error } : whole;
}
/** A `proto` outside the documented names and numbers is refused, but `*` is a wildcard spelling: a notice. */
function checkAclProtocol(rule, out) {
    if (rule.proto === undefined)
        return undefined;
    const protocol = (0,policy_ports/* parseProtocol */.gR)(rule.proto.text);
    if (protocol.ok) {
        const unsettled = unsure/* unsettledProtocol */.Fb(rule.proto.text);
        if (unsettled !== undefined)
            out.notice(unsure/* unconfirmed */.B1(unsettled), rule.proto, `${rule.path}.proto`);
        return protocol;
    }
    // `*` is a wildcard spelling; an empty value Tailscale's protocol parser reads as none. Neither
    // was seen refused, and both compile to the default protocols (§2.7).
    const text = rule.proto.text.trim();
    if (text === '*' || text === '')
        out.notice(unsure/* unconfirmed */.B1(protocol.error), rule.proto, `${rule.path}.proto`);
    else
        out.error(protocol.error, rule.proto, `${rule.path}.proto`);
    return protocol;
}
/**
 * One ACL `dst` entry; true when it is `autogroup:self`. The default-route refusal is observed
 * for grants only, so ACLs do not get it; a specific port with a port-less protocol is a notice.
 */
function checkAclDestination(d, index, protocol, rule, env) {
    const { context, check, out } = env;
    const parsed = parseAclDestination(d.text);
    if (!parsed.ok) {
        out.error(messages/* dstError */.eF(d.text, parsed.error), d, itemPath(rule.path, 'dst', index));
        return false;
    }
    // The server trims selectors, and every string of an SSH rule [captured]; whether it trims a
    // whole destination, port and all, is not known: read trimmed, with a notice (§2.1).
    if (parsed.untrimmed !== undefined) {
        out.notice(unsure/* unconfirmed */.B1(messages/* dstError */.eF(d.text, parsed.untrimmed)), d, itemPath(rule.path, 'dst', index));
    }
    if (protocol?.ok && !(0,policy_ports/* protocolHasPorts */.VK)(protocol.value) && parsed.value.ports !== '*') {
        const message = unsure/* unconfirmed */.B1(messages/* dstError */.eF(d.text, unsure/* protocolWithoutPorts */.lk(rule.proto.text)));
        out.notice(message, d, itemPath(rule.path, 'dst', index));
    }
    const host = parsed.value.host;
    const problem = selectorProblem(host, 'dst', context) ?? wrapDomain(host, check);
    if (problem !== undefined) {
        const message = problemText(problem, (inner) => messages/* dstError */.eF(host.trim(), inner));
        reportProblem(out, problem, message, d, itemPath(rule.path, 'dst', index));
    }
    const selector = (0,selectors/* classify */.L)(host);
    return selector.kind === 'autogroup' && selector.name === 'self';
}
function validateAcl(rule, context, check, out) {
    checkAclAction(rule, out);
    checkSources(rule.src, rule.path, context, check, out);
    const protocol = checkAclProtocol(rule, out);
    const env = { context, check, out };
    let hasSelf = false;
    rule.dst.forEach((d, i) => {
        if (checkAclDestination(d, i, protocol, rule, env))
            hasSelf = true;
    });
    checkPostures(rule.srcPosture, rule.path, context, out);
    if (hasSelf)
        checkSelfSources(rule, true, out);
}
function checkCapabilities(app, path, out) {
    for (const cap of app ?? []) {
        const name = cap.name.text;
        if (name.includes('://') || !/^[^/]+\/./.test(name))
            out.error(messages/* CAPABILITY_FORM */.UY, cap.name, `${path}.app`);
        else if (unsure/* INTERNAL_CAPABILITIES */.Fr.has(name))
            out.error(messages/* CAPABILITY_INTERNAL */.tm, cap.name, `${path}.app`);
        else if (unsure/* LIKELY_INTERNAL_CAPABILITIES */.co.has(name)) {
            out.notice(unsure/* unconfirmed */.B1(messages/* CAPABILITY_INTERNAL */.tm), cap.name, `${path}.app`);
        }
        else if (name.startsWith('tailscale.io/')) {
            // The grants documentation reserves the tailscale.io namespace too; no refusal was observed.
            out.notice(unsure/* unconfirmed */.B1(unsure/* CAPABILITY_RESERVED */._), cap.name, `${path}.app`);
        }
    }
}
function checkGrantDestinations(grant, context, check, out) {
    const seen = { self: false, internet: false };
    grant.dst.forEach((d, i) => {
        const path = itemPath(grant.path, 'dst', i);
        const selector = (0,selectors/* classify */.L)(d.text);
        if (selector.kind === 'prefix' && selector.prefix.bits === 0)
            return out.error(messages/* defaultRouteDst */._5(d.text.trim()), d, path);
        const problem = selectorProblem(d.text, 'dst', context) ?? wrapDomain(d.text, check);
        if (problem !== undefined) {
            reportProblem(out, problem, problemText(problem, (inner) => messages/* dstError */.eF(d.text.trim(), inner)), d, path);
        }
        if (selector.kind === 'autogroup' && selector.name === 'self')
            seen.self = true;
        if (selector.kind === 'autogroup' && selector.name === 'internet')
            seen.internet = true;
    });
    return seen;
}
function validateGrant(grant, context, check, out) {
    checkSources(grant.src, grant.path, context, check, out);
    const seen = checkGrantDestinations(grant, context, check, out);
    if ((grant.ip === undefined || grant.ip.length === 0) && (grant.app === undefined || grant.app.length === 0)) {
        out.error(messages/* IP_AND_APP_EMPTY */.wb, grant.pos, grant.path);
    }
    grant.ip?.forEach((entry, i) => {
        const parsed = (0,policy_ports/* parseGrantIp */.dP)(entry.text);
        if (parsed.ok) {
            const path = itemPath(grant.path, 'ip', i);
            const unsettled = entry.text.includes(':') ? unsure/* unsettledProtocol */.Fb(entry.text.split(':')[0]) : undefined;
            if (unsettled !== undefined)
                out.notice(unsure/* unconfirmed */.B1(unsettled), entry, path);
            if (entry.text.includes(','))
                out.notice(unsure/* unconfirmed */.B1(unsure/* grantIpList */.i6(entry.text)), entry, path);
            return;
        }
        // Refusals of port syntax and protocol names are established; these two shapes are not.
        const portless = parsed.error.startsWith('protocol does not support specific ports');
        const unconfirmedShape = parsed.error === unsure/* GRANT_IP_COLONS */.g7 || portless;
        if (unconfirmedShape)
            out.notice(unsure/* unconfirmed */.B1(parsed.error), entry, itemPath(grant.path, 'ip', i));
        else
            out.error(parsed.error, entry, itemPath(grant.path, 'ip', i));
    });
    checkCapabilities(grant.app, grant.path, out);
    if (seen.internet && grant.app !== undefined)
        out.error(messages/* APP_WITH_INTERNET */.RF, grant.pos, grant.path);
    if (seen.self)
        checkSelfSources(grant, false, out);
    grant.via?.forEach((via, i) => {
        const selector = (0,selectors/* classify */.L)(via.text);
        const path = itemPath(grant.path, 'via', i);
        if (selector.kind !== 'tag')
            out.error(messages/* VIA_ONLY_TAGS */.UE, via, path);
        else if (!context.tags.has(selector.name))
            out.error(messages/* viaTagNotFound */.uJ(selector.name), via, path);
    });
    checkPostures(grant.srcPosture, grant.path, context, out);
}

;// CONCATENATED MODULE: ./src/policy/validate/node-attrs.ts
// Validation of `nodeAttrs` (docs/policy-semantics.md §1.4.6, §6.2). Observed refusals: junk and
// undefined-tag targets, autogroup:self (a server error), ipPools in reserved ranges; `attr`
// strings are opaque. Everything else is accepted with a notice.








function validateNodeAttr(entry, context, out) {
    entry.target.forEach((target, i) => {
        const path = itemPath(entry.path, 'target', i);
        const selector = (0,selectors/* classify */.L)(target.text);
        // The server answers this target with an internal error: the policy cannot be saved.
        const self = selector.kind === 'autogroup' && selector.name === 'self';
        if (self)
            return out.error(unsure/* NODE_ATTR_SELF */.Ko, target, path);
        const problem = selectorProblem(target.text, 'nodeAttr', context);
        if (problem !== undefined)
            reportProblem(out, problem, problemText(problem, (inner) => inner), target, path);
    });
    entry.ipPool?.forEach((pool, i) => {
        const path = itemPath(entry.path, 'ipPool', i);
        const prefix = (0,ip/* parsePrefix */.A1)(pool.text);
        if (prefix === undefined)
            return out.notice(unsure/* unconfirmed */.B1(unsure/* ipPoolInvalid */.FA(pool.text)), pool, path);
        const set = (0,ip/* prefixSet */.pf)([prefix]);
        if ((0,ranges/* ipPoolReserved */.er)().some((reserved) => (0,ip/* overlaps */.$f)(set, (0,ip/* prefixSet */.pf)([reserved]), prefix.family))) {
            out.error(messages/* ipPoolReserved */.er(pool.text), pool, path);
        }
        else if (!(0,ip/* covers */.hU)((0,ranges/* cgnat */.wY)(), set, prefix.family)) {
            out.notice(unsure/* unconfirmed */.B1(unsure/* ipPoolOutsideCGNAT */.O$(pool.text)), pool, path);
        }
    });
    checkCapabilities(entry.app, entry.path, out);
}

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(5432);
;// CONCATENATED MODULE: ./src/policy/validate/ssh.ts
// Validation of `ssh` rules and the hard errors of `sshTests` (docs/policy-semantics.md §1.4.3,
// §5.5, §6.2). Errors where the server's refusal is established; the rest are notices.









const ssh_notice = (text) => ({ full: text, notice: true });
/** A checkPeriod with surrounding whitespace, read trimmed (no server wording: it is accepted). */
const checkPeriodPadded = (period) => `checkPeriod ${(0,quote/* goQuote */.d)(period)}: surrounding whitespace ignored`;
/** Below the documented minimum of one minute; `0s` was captured accepted, anything else between is not. */
const checkPeriodShort = (shown) => `checkPeriod ${shown} is below the documented minimum (1m0s)`;
const MINUTE = duration/* HOUR */.dp / 60n;
/**
 * One SSH `src` entry. Users, groups, tags, member, tagged and the role autogroups are accepted
 * (role autogroups: refused in 2023, accepted by late 2024, tailscale#8194, #14102, #19531).
 * Other kinds have no observed refusal in SSH sources: notices.
 */
function sourceProblem(raw, context, check) {
    const selector = (0,selectors/* classify */.L)(raw);
    const text = raw.trim();
    switch (selector.kind) {
        case 'user':
            return undefined;
        case 'group':
        case 'tag': {
            const missing = undefinedReference(selector, raw, context);
            if (missing === undefined)
                return undefined;
            const full = messages/* SSH_PREFIX */.CT + problemText(missing, messages/* srcError */.vR);
            return missing.notice ? ssh_notice(full) : { full };
        }
        case 'domain': {
            const problem = domainProblem(raw, check);
            return problem === undefined ? undefined : { full: messages/* SSH_PREFIX */.CT + problem };
        }
        case 'autogroup': {
            const accepted = selector.name === 'member' || selector.name === 'tagged' || selectors/* ROLE_AUTOGROUPS */.n.has(selector.name);
            if (accepted)
                return undefined;
            return ssh_notice(selector.known ? messages/* sshNotAllowedInSrc */.Vc(text) : messages/* SSH_PREFIX */.CT + unsure/* invalidAutogroup */.GV(text));
        }
        case 'wildcard':
        case 'ipset':
        case 'service':
        case 'localpart':
        case 'hostRef':
        case 'prefix':
        case 'range':
        case 'host':
            return ssh_notice(messages/* sshNotAllowedInSrc */.Vc(text));
    }
}
function isTagSource(raw) {
    const selector = (0,selectors/* classify */.L)(raw);
    return selector.kind === 'tag' || (selector.kind === 'autogroup' && selector.name === 'tagged');
}
/**
 * SSH destinations. Refusals established: undefined tags, a user other than the only source user
 * (quoted in headscale#3010), a host alias (observed `invalid dst`). Notices: autogroup:self with
 * tag sources (headscale's rule), and every other kind (`*`, IPs, groups...), whose refusal and
 * wording were never observed.
 */
function checkDestinations(rule, context, out) {
    const sources = rule.src.map((s) => (0,selectors/* classify */.L)(s.text));
    const tagSources = rule.src.some((s) => isTagSource(s.text));
    rule.dst.forEach((d, i) => {
        const path = itemPath(rule.path, 'dst', i);
        const selector = (0,selectors/* classify */.L)(d.text);
        if (selector.kind === 'tag') {
            if (!context.tags.has(selector.name)) {
                out.error(messages/* SSH_PREFIX */.CT + messages/* dstError */.eF(d.text.trim(), messages/* tagNotFound */.GS(selector.name)), d, path);
            }
        }
        else if (selector.kind === 'autogroup' && ['self', 'member', 'tagged'].includes(selector.name)) {
            if (selector.name === 'self' && tagSources)
                out.notice(unsure/* unconfirmed */.B1(unsure/* sshSelfWithTags */.mX), d, path);
        }
        else if (selector.kind === 'user') {
            const only = sources.length === 1 ? sources[0] : undefined;
            const same = only?.kind === 'user' && unsure/* normalizeLogin */.tq(only.login) === unsure/* normalizeLogin */.tq(selector.login);
            if (!same)
                out.error(messages/* SSH_USER_DST_SAME_USER */.Gp, d, path);
        }
        else if (selector.kind === 'host' && context.hosts.has(selector.name)) {
            out.error(messages/* sshInvalidDst */.vO(d.text.trim()), d, path);
        }
        else
            out.notice(unsure/* unconfirmed */.B1(messages/* sshInvalidDst */.vO(d.text.trim())), d, path);
    });
}
function checkUsers(rule, check, out) {
    if (rule.users === undefined || rule.users.length === 0) {
        out.error(messages/* SSH_USERS_MISSING */.FC, rule.pos, `${rule.path}.users`);
        return;
    }
    rule.users.forEach((user, i) => {
        const path = itemPath(rule.path, 'users', i);
        if (user.text === '' || user.text === '*')
            return out.error(messages/* sshUserInvalid */.xi(user.text), user, path);
        // The server trims users (captured: " root" and "\troot" map root), but whether it trims before
        // refusing "" and "*" is not captured: padded, those are only a notice.
        const trimmed = user.text.trim();
        if (trimmed === '' || trimmed === '*')
            return out.notice(unsure/* unconfirmed */.B1(messages/* sshUserInvalid */.xi(trimmed)), user, path);
        const problem = domainProblem(user.text, check);
        if (problem !== undefined)
            out.error(problem, user, path);
    });
}
/**
 * Read trimmed, like the SSH strings the server was captured trimming (§1.4.3); no capture covers
 * checkPeriod itself, so a padded value the engine accepts gets a notice. A value that is still
 * invalid once trimmed is refused either way; the wording assumes the server trims.
 */
function checkPeriod(period, path, out) {
    const text = period.text.trim();
    if (text !== 'always') {
        const parsed = (0,duration/* parseGoDuration */.Qu)(text);
        if (!parsed.ok)
            return out.error(parsed.error, period, path);
        const shown = (0,duration/* formatGoDuration */.IL)(parsed.nanos);
        if (parsed.nanos < 0n)
            return out.error(messages/* checkPeriodNegative */.Ze(shown), period, path);
        if (parsed.nanos > 168n * duration/* HOUR */.dp)
            return out.error(messages/* checkPeriodTooLong */._3(shown), period, path);
        if (parsed.nanos > 0n && parsed.nanos < MINUTE)
            out.notice(unsure/* unconfirmed */.B1(checkPeriodShort(shown)), period, path);
    }
    if (text !== period.text)
        out.notice(unsure/* unconfirmed */.B1(checkPeriodPadded(period.text)), period, path);
}
function validateSshRule(rule, context, check, out) {
    // The server trims the action but does not fold its case (captured: " accept" is accept,
    // "Accept" and "ACCEPT" are refused).
    const action = rule.action?.text.trim() ?? '';
    if (action === '')
        out.error(messages/* SSH_ACTION_MISSING */.PQ, rule.action ?? rule.pos, `${rule.path}.action`);
    else if (action !== 'accept' && action !== 'check') {
        out.error(messages/* sshActionInvalid */.et(action), rule.action, `${rule.path}.action`);
    }
    rule.src.forEach((s, i) => {
        const problem = sourceProblem(s.text, context, check);
        if (problem === undefined)
            return;
        reportProblem(out, problem, problemText(problem, (inner) => inner), s, itemPath(rule.path, 'src', i));
    });
    if (action === 'check') {
        const tagged = rule.src.find((s) => isTagSource(s.text));
        if (tagged !== undefined)
            out.error(messages/* SSH_CHECK_WITH_TAGS */.jF, tagged, rule.path);
    }
    checkDestinations(rule, context, out);
    checkUsers(rule, check, out);
    if (rule.checkPeriod !== undefined)
        checkPeriod(rule.checkPeriod, `${rule.path}.checkPeriod`, out);
    rule.acceptEnv?.forEach((env, i) => {
        if (env.text === '')
            out.error(messages/* ACCEPT_ENV_EMPTY */.tX, env, itemPath(rule.path, 'acceptEnv', i));
    });
    rule.recorder?.forEach((tag, i) => {
        const name = tag.text.trim();
        const path = itemPath(rule.path, 'recorder', i);
        // The documentation names recorders by tag only; what the server says of anything else is not known.
        if (!name.startsWith('tag:'))
            out.notice(unsure/* unconfirmed */.B1(unsure/* recorderNotTag */.o9(name)), tag, path);
        else if (!context.tags.has(name))
            out.error(messages/* tagNotFound */.GS(name), tag, path);
    });
    checkPostures(rule.srcPosture, rule.path, context, out);
}
/**
 * sshTests entries the server rejects as invalid policy rather than as failing tests: an
 * autogroup as `src` (quoted in tailscale#14102), a CIDR or autogroup:internet `dst`, an
 * unknown tag `dst` (observed). Only a /24 CIDR was observed: a full-length one (/32, /128)
 * names one address, and whether the server refuses it too is not known, so it gets a notice.
 */
function validateSshTestDestinations(policy, context, out) {
    for (const test of policy.sshTests) {
        const src = test.src === undefined ? undefined : (0,selectors/* classify */.L)(test.src.text);
        if (test.src !== undefined && src?.kind === 'autogroup') {
            out.error(messages/* sshTestSrcDisallowed */.XJ(test.src.text.trim()), test.src, `sshTests[${test.index}].src`);
        }
        test.dst.forEach((d, i) => {
            const path = `sshTests[${test.index}].dst[${i}]`;
            const selector = (0,selectors/* classify */.L)(d.text);
            const internet = selector.kind === 'autogroup' && selector.name === 'internet';
            const cidr = selector.kind === 'prefix' && selector.written === 'cidr';
            if (cidr && (0,ip/* isFullLength */.wx)(selector.prefix))
                out.notice(unsure/* unconfirmed */.B1(messages/* sshTestDisallowed */.Xz(d.text)), d, path);
            else if (cidr || internet)
                out.error(messages/* sshTestDisallowed */.Xz(d.text), d, path);
            else if (selector.kind === 'tag' && !context.tags.has(selector.name)) {
                out.error(messages/* sshTestUnknownTag */.Jb(d.text), d, path);
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/policy/validate/index.ts
// Runs the section validators in the order the server most likely uses (docs/policy-semantics.md
// §6.1), so the first error found is the one the server would report.








/**
 * Validates section by section. With a deadline, stops once it passes: between sections and
 * between rules (each section and rule costs time linear in its size, so the overshoot is bounded).
 */
function validatePolicy(policy, check, deadline, knownValid = () => false) {
    const out = new Findings();
    const context = (0,policy_context/* buildContext */.gC)(policy, deadline);
    const stopped = () => deadline?.passed() === true;
    const result = () => ({ context, findings: out, cutShort: deadline?.cutShort === true });
    const sections = [
        () => validateGroups(policy, out),
        () => validateTagOwnerNames(policy, out),
        () => validateHosts(policy, out),
        () => validateIpsets(policy, context, out),
        () => validatePostures(policy, out),
    ];
    for (const section of sections)
        if (!stopped())
            section();
    for (const rule of policy.acls ?? [])
        if (!deadline?.passed() && !knownValid(rule))
            validateAcl(rule, context, check, out);
    for (const grant of policy.grants ?? [])
        if (!deadline?.passed() && !knownValid(grant))
            validateGrant(grant, context, check, out);
    for (const rule of policy.ssh)
        if (!deadline?.passed())
            validateSshRule(rule, context, check, out);
    for (const entry of policy.nodeAttrs)
        if (!deadline?.passed())
            validateNodeAttr(entry, context, out);
    if (stopped())
        return result();
    validateAutoApprovers(policy, context, out);
    validateTagOwnerValues(policy, context, out);
    if (policy.oneCGNATRoute !== undefined && !unsure/* ONE_CGNAT_ROUTE_VALUES */.sA.includes(policy.oneCGNATRoute.text)) {
        out.notice((0,unsure/* unconfirmed */.B1)((0,unsure/* oneCGNATRouteInvalid */.K6)(policy.oneCGNATRoute.text)), policy.oneCGNATRoute, 'OneCGNATRoute');
    }
    checkMemberSpellings(policy, out);
    if (!stopped())
        validateSshTestDestinations(policy, context, out);
    return result();
}


/***/ })

};
;