// SSH access differences: for each (source, destination) pair some changed `ssh` rule may
// connect, and each login the rules name, the outcome the engine's sshTests evaluation gives
// (accept, check or deny) on both sides.

import type { CompiledSshRule } from '../policy/compile.js';
import { parseGoDuration } from '../policy/duration.js';
import { IdentityIndex } from '../policy/identity-index.js';
import { matchIdentity } from '../policy/match.js';
import type { Principal } from '../policy/principal.js';
import { sshRuleIdsFrom, sshRulesFrom } from '../policy/ssh-index.js';
import { maySameDevice, outcomes } from '../policy/ssh-tests.js';
import { classify } from '../policy/selectors.js';
import type { Atom } from './atoms.js';
import type { PlanBudget } from './budget.js';
import { POSTURE_FAILS, POSTURE_HOLDS, POSTURE_UNKNOWN, PostureNames, type PostureTerms } from './posture.js';
import type { Side } from './side.js';
import { Keys } from './targets.js';

export type SshState = 'accept' | 'check' | 'deny' | 'unknown' | 'absent';

export interface RawSshChange {
  src: number;
  dst: number;
  login: string;
  before: SshState;
  after: SshState;
  /** The check periods that apply (check outcomes only): the shortest of the applicable check rules. */
  beforePeriod?: string;
  afterPeriod?: string;
  /** Where a side's outcome hangs on device posture: the postures that decide it. */
  postures?: [PostureTerms | undefined, PostureTerms | undefined];
  /** How an undecided side reads when the reason is known (a check rule to the device itself). */
  words?: [string | undefined, string | undefined];
}

/** A check rule from a device to itself may come out either way on the server (ssh-tests.ts, outcomes). */
const SELF_CHECK_WORDS =
  'check, or deny: the server answered deny to a check from a device to itself (tailscale#14222)';

const DEFAULT_CHECK_PERIOD = '12h';
/**
 * Stands for "any login no rule names", which only `autogroup:nonroot` can grant: this name, or
 * with `-2`, `-3`, … the first that no rule names (a rule naming `ssh-user` itself would otherwise
 * make a widening to every login look like no change).
 */
const OTHER_LOGIN = 'ssh-user';

/**
 * Atoms an sshTest accepts as destination: no IPv6 address, no Service (as the engine's sshTests).
 * A device's IPv6 address is no source either: SSH rules name no addresses, so its access is the
 * device's own.
 */
export function sshDestination(atom: Atom): boolean {
  if (atom.kind === 'service') return false;
  if (atom.kind === 'address') return atom.family === 4 && atom.range!.lo === atom.range!.hi;
  return atom.kind !== 'device' || atom.family === 4;
}

function sshSource(atom: Atom): boolean {
  if (atom.twin !== undefined) return false;
  return atom.kind !== 'service' && (atom.kind !== 'address' || atom.range!.lo === atom.range!.hi);
}

function logins(sides: readonly Side[], atoms: readonly Atom[]): string[] {
  const out = new Set<string>(['root']);
  const domains = new Set<string>();
  let nonroot = false;
  for (const side of sides) {
    for (const rule of side.ssh) {
      for (const user of rule.users) {
        const s = classify(user);
        if (user === 'autogroup:nonroot') nonroot = true;
        else if (s.kind === 'localpart') domains.add(s.domain);
        else out.add(user);
      }
    }
  }
  for (const atom of atoms) {
    const login = atom.kind === 'user' ? atom.text : atom.owner;
    const at = login?.lastIndexOf('@') ?? -1;
    if (login !== undefined && at > 0 && domains.has(login.slice(at + 1))) out.add(login.slice(0, at));
  }
  if (nonroot) {
    let other = OTHER_LOGIN;
    for (let n = 2; out.has(other); n++) other = `${OTHER_LOGIN}-${n}`;
    out.add(other);
  }
  return [...out].sort();
}

interface SshRelation {
  srcAtoms: number[][];
  dstAtoms: number[][];
  keys: string[];
}

/**
 * Each rule's source and destination atoms, and a key of what it does to whom. Each atom finds
 * the rules that may name it through an index of their identities (matchIdentity is asked only of
 * those): a walk of every atom for every rule made N rules and a group of N members take N² steps.
 */
function relateSsh(side: Side, index: 0 | 1, atoms: readonly Atom[], budget: PlanBudget, keys: Keys): SshRelation {
  const rules = side.ssh;
  const relation: SshRelation = { srcAtoms: rules.map(() => []), dstAtoms: rules.map(() => []), keys: [] };
  if (rules.length === 0) return relation;
  const byDestination = new IdentityIndex();
  rules.forEach((rule, r) => byDestination.add(r, rule.dst));
  const views = rules.map(() => ({ src: [] as string[], dst: [] as string[] }));
  for (const atom of atoms) {
    budget.step();
    const p = atom.principals[index];
    if (p === undefined) continue;
    // A superset of the rules whose sources match: the SSH index, which the outcomes ask again.
    if (sshSource(atom)) {
      for (const r of sshRuleIdsFrom(rules, p)) {
        const s = matchIdentity(rules[r]!.src, p);
        if (s === 'no') continue;
        views[r]!.src.push(`${atom.id}${s[0]}`);
        relation.srcAtoms[r]!.push(atom.id);
      }
    }
    if (!sshDestination(atom)) continue;
    // A superset of the rules whose destinations match (other tags too); autogroup:self is
    // gathered for users, and for unknown identities with every rule.
    for (const r of byDestination.gather(p, true)) {
      const rule = rules[r]!;
      const d = matchIdentity(rule.dst, p);
      if (d !== 'no') views[r]!.dst.push(`${atom.id}${d[0]}`);
      if (d !== 'no' || (rule.dst.self && (p.identity === 'user' || p.identity === 'unknown')))
        relation.dstAtoms[r]!.push(atom.id);
    }
  }
  rules.forEach((rule, r) => {
    const postures = JSON.stringify(rule.postures ?? null);
    // The selectors' content too: a rule whose source or destination is now another autogroup may
    // match the same atoms, each unknown, and still select others in the tailnet.
    const selectors = `${keys.selectors(rule.src)} ${keys.selectors(rule.dst)}`;
    const fields = [rule.action, rule.users.join(','), postures, rule.checkPeriod, rule.dst.self, selectors];
    relation.keys.push([...fields, views[r]!.src.join(' '), views[r]!.dst.join(' ')].join('|'));
  });
  return relation;
}

function candidates(
  relations: [SshRelation, SshRelation],
  atoms: readonly Atom[],
  budget: PlanBudget,
): Map<number, Map<number, true>> {
  const balance = new Map<string, number>();
  relations[0].keys.forEach((k) => balance.set(k, (balance.get(k) ?? 0) + 1));
  relations[1].keys.forEach((k) => balance.set(k, (balance.get(k) ?? 0) - 1));
  const pairs = new Map<number, Map<number, true>>();
  const add = (s: number, d: number): void => void budget.addPair(pairs, s, d, () => true);
  const oneSided = new Set(
    atoms.filter((a) => (a.principals[0] === undefined) !== (a.principals[1] === undefined)).map((a) => a.id),
  );
  for (const relation of relations) {
    relation.keys.forEach((key, r) => {
      const changed = balance.get(key) !== 0;
      for (const s of relation.srcAtoms[r]!) {
        for (const d of relation.dstAtoms[r]!) if (changed || oneSided.has(s) || oneSided.has(d)) add(s, d);
      }
    });
  }
  return pairs;
}

interface SshVerdict {
  state: SshState;
  postures?: PostureTerms;
  words?: string;
  /**
   * An unknown outcome's possible ones (`check,deny`): an unknown `check` turned into an unknown
   * `accept` is a difference, though neither side is decided.
   */
  possible?: string;
}

/**
 * An unknown outcome's possible ones and the rules that may give them, each by its content: two
 * sides alike in both give one outcome whatever the tailnet holds; otherwise they may differ.
 */
function possibleKey(
  rules: readonly CompiledSshRule[],
  src: Principal,
  dst: Principal,
  login: string,
  possible: ReadonlySet<string>,
  keys: Keys,
): string {
  const applying = rules.filter((rule) => {
    const alone = outcomes([rule], src, dst, login, POSTURE_UNKNOWN);
    return !(alone.size === 1 && alone.has('deny'));
  });
  const described = applying.map((rule) =>
    JSON.stringify([
      keys.selectors(rule.src),
      keys.selectors(rule.dst),
      rule.action,
      rule.users,
      rule.postures ?? null,
      rule.defaultPosture ?? false,
    ]),
  );
  return `${[...possible].sort().join()}|${[...new Set(described)].sort().join(' ')}`;
}

/** An undecided outcome as the outcomes it may be: `check or deny (depends on the tailnet)`. */
function possibleWords(possible: ReadonlySet<string>, tailnetGiven: boolean): string {
  const list = (['accept', 'check', 'deny'] as const).filter((outcome) => possible.has(outcome)).join(' or ');
  return `${list} (${tailnetGiven ? 'not known offline' : 'depends on the tailnet'})`;
}

/** The outcome on one side; where it hangs on a posture, `unknown` with the postures named. */
function sshState(
  keys: Keys,
  side: Side,
  names: PostureNames,
  src: Principal | undefined,
  dst: Principal | undefined,
  login: string,
): SshVerdict {
  if (src === undefined || dst === undefined) return { state: 'absent' };
  const rules = sshRulesFrom(side.ssh, src);
  const possible = outcomes(rules, src, dst, login, POSTURE_UNKNOWN);
  if (possible.size === 1) return { state: [...possible][0]! };
  const holds = outcomes(rules, src, dst, login, POSTURE_HOLDS);
  const fails = outcomes(rules, src, dst, login, POSTURE_FAILS);
  // A check to the device itself is open whatever the postures: said first, postures or not.
  const self = possible.has('check') && maySameDevice(src, dst);
  const unknown: SshVerdict = { state: 'unknown', possible: possibleKey(rules, src, dst, login, possible, keys) };
  if ([...holds].join() === [...fails].join()) {
    return { ...unknown, words: self ? SELF_CHECK_WORDS : possibleWords(possible, side.env.tailnet !== undefined) };
  }
  const applying = rules.filter((rule) => {
    const alone = rule.postures === undefined ? undefined : outcomes([rule], src, dst, login, POSTURE_HOLDS);
    return alone !== undefined && !(alone.size === 1 && alone.has('deny'));
  });
  const decided = holds.size === 1 && fails.size === 1 ? [...holds][0] : undefined;
  const postures = names.terms(
    applying.map((rule) => rule.postures!),
    decided,
  );
  return self ? { ...unknown, postures, words: SELF_CHECK_WORDS } : { ...unknown, postures };
}

function nanos(period: string): bigint {
  if (period === 'always') return 0n;
  const parsed = parseGoDuration(period);
  return parsed.ok ? parsed.nanos : 0n;
}

/** Equal durations, however written (`12h`, `720m`, `12h0m0s`), are the same period. */
function samePeriod(a: string | undefined, b: string | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && nanos(a) === nanos(b));
}

/** The shortest checkPeriod among the check rules that apply on their own. */
function checkPeriod(side: Side, src: Principal, dst: Principal, login: string): string {
  let best: string | undefined;
  for (const rule of sshRulesFrom(side.ssh, src)) {
    if (rule.action !== 'check') continue;
    const alone = outcomes([rule], src, dst, login, POSTURE_UNKNOWN);
    if (alone.size !== 1 || !alone.has('check')) continue;
    const period = rule.checkPeriod ?? DEFAULT_CHECK_PERIOD;
    if (best === undefined || nanos(period) < nanos(best)) best = period;
  }
  return best ?? DEFAULT_CHECK_PERIOD;
}

export function diffSsh(atoms: readonly Atom[], sides: [Side, Side], budget: PlanBudget): RawSshChange[] {
  const keys = new Keys();
  const relations: [SshRelation, SshRelation] = [
    relateSsh(sides[0], 0, atoms, budget, keys),
    relateSsh(sides[1], 1, atoms, budget, keys),
  ];
  const names = logins(sides, atoms);
  const postures = [new PostureNames(sides[0]), new PostureNames(sides[1])] as const;
  const out: RawSshChange[] = [];
  for (const [src, dsts] of candidates(relations, atoms, budget)) {
    const s = atoms[src]!;
    for (const dst of [...dsts.keys()].sort((a, b) => a - b)) {
      const d = atoms[dst]!;
      for (const login of names) {
        budget.step();
        const verdicts = ([0, 1] as const).map((i) =>
          sshState(keys, sides[i], postures[i], s.principals[i], d.principals[i], login),
        );
        const [before, after] = verdicts.map((v) => v.state) as [SshState, SshState];
        const periods = verdicts.map((v, i) =>
          v.state === 'check' ? checkPeriod(sides[i]!, s.principals[i]!, d.principals[i]!, login) : undefined,
        );
        const same =
          before === after || (before === 'absent' && after === 'deny') || (before === 'deny' && after === 'absent');
        const terms = verdicts.map((v) => v.postures);
        const alike = same && verdicts[0]!.possible === verdicts[1]!.possible;
        if (alike && samePeriod(periods[0], periods[1]) && terms[0]?.key === terms[1]?.key) continue;
        const change: RawSshChange = { src, dst, login, before, after };
        if (periods[0] !== undefined) change.beforePeriod = periods[0];
        if (periods[1] !== undefined) change.afterPeriod = periods[1];
        if (terms.some((t) => t !== undefined)) change.postures = [terms[0], terms[1]];
        if (verdicts.some((v) => v.words !== undefined)) change.words = [verdicts[0]!.words, verdicts[1]!.words];
        budget.found(1);
        out.push(change);
      }
    }
  }
  return out;
}
