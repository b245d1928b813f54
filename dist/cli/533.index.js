"use strict";
exports.id = 533;
exports.ids = [533];
exports.modules = {

/***/ 5533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hM: () => (/* binding */ checkPolicy)
});

// UNUSED EXPORTS: TopologyError, parseTopology, reportJson, reportLines, serverMessage, toValidateResponse, topologyFromApi

// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/policy/deadline.ts
var policy_deadline = __webpack_require__(3816);
// EXTERNAL MODULE: ./src/policy/decode/policy.ts + 2 modules
var decode_policy = __webpack_require__(8072);
// EXTERNAL MODULE: ./src/policy/decode/reader.ts
var decode_reader = __webpack_require__(3766);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/policy/messages.ts
var messages = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/policy/network-index.ts + 7 modules
var network_index = __webpack_require__(8323);
// EXTERNAL MODULE: ./src/policy/endpoints.ts
var endpoints = __webpack_require__(8904);
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

// EXTERNAL MODULE: ./src/policy/ssh-tests.ts + 1 modules
var ssh_tests = __webpack_require__(2654);
// EXTERNAL MODULE: ./src/policy/tailnet.ts
var policy_tailnet = __webpack_require__(4219);
// EXTERNAL MODULE: ./src/policy/quote.ts
var quote = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/policy/validate/index.ts + 8 modules
var validate = __webpack_require__(1350);
;// CONCATENATED MODULE: ./src/policy/index.ts
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
    const reader = new decode_reader/* Reader */.mP();
    const policy = (0,decode_policy/* decodePolicy */.V)(root, reader, options.extraKeys);
    if (reader.errors.length > 0) {
        report.errors = reader.errors;
        return report;
    }
    const tailnet = options.topology === undefined ? undefined : (0,policy_tailnet/* buildTailnet */.i)(options.topology);
    const domains = tailnet?.domains;
    const deadline = new policy_deadline/* Deadline */.B(options.deadline, options.now, options.rangeLimit);
    const { context, findings, cutShort } = (0,validate/* validatePolicy */.t)(policy, domains === undefined ? {} : { domains }, deadline);
    if (tailnet !== undefined && !cutShort)
        warnUnknownMembers(policy, tailnet, findings);
    report.errors = cutShort ? [] : findings.errors;
    report.warnings = findings.warnings;
    report.notices = [...reader.notices, ...findings.notices];
    if (report.errors.length > 0)
        return report;
    const env = { context, match: (0,match/* matchEnvOf */._O)(policy, tailnet), resolved: new Map(), deadline };
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
        const rules = (0,compile/* compileNetworkRules */.vE)(policy, env.context, deadline);
        // The rules without grants that have `via`, asked when only those may accept (network-tests.ts).
        const viaFree = rules.some((rule) => rule.via !== undefined)
            ? new network_index/* NetworkIndex */.T(rules.filter((rule) => rule.via === undefined), env.match, deadline)
            : undefined;
        const runner = new NetworkTestRunner(env, new network_index/* NetworkIndex */.T(rules, env.match, deadline), viaFree);
        for (let i = 0; i < policy.tests.length; i++) {
            if (deadline.passed(true))
                return results;
            results.push(runner.evaluate(policy.tests[i]));
        }
    }
    if (policy.sshTests.length > 0 && !deadline.passed(true)) {
        const rules = (0,compile/* compileSshRules */.nI)(policy.ssh, env.context, { defaultUnsure: true, deadline });
        for (const test of policy.sshTests) {
            if (deadline.passed(true))
                return results;
            results.push((0,ssh_tests/* evaluateSshTest */.em)(test, rules, env));
        }
    }
    return results;
}
function warnUnknownMembers(policy, tailnet, findings) {
    for (const group of policy.groups) {
        group.items.forEach((member, i) => {
            const login = member.text.trim();
            if (login.includes('@') && !login.startsWith('group:') && !tailnet.knownLogins.has((0,unsure/* normalizeLogin */.tq)(login))) {
                findings.warning((0,messages/* userNotFoundWarning */.PG)(group.name.text, login), member, `groups[${(0,quote/* quoteKey */._)(group.name.text)}][${i}]`);
            }
        });
    }
}


/***/ })

};
;