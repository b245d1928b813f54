// The access plan's shape: what computeAccessPlan returns and every renderer reads.

export type ChangeKind = 'network' | 'ssh' | 'app';

/** One access difference. `src` and `dst` are what a policy test accepts (dst without its port). */
export interface AccessChange {
  change: 'gained' | 'lost';
  kind: ChangeKind;
  src: string;
  dst: string;
  /** How the plan shows them: `group:eng (3 users)`, `db (10.0.0.1)`, `10.1.0.0/16`. */
  srcLabel: string;
  dstLabel: string;
  /** When `src` stands for several principals sharing the change (a group, a user's devices): their test names. */
  members?: string[];
  /** Network: protocol name (`tcp`, `udp`, `icmp`, or a number) and ports in policy syntax (`22`, `80,443`, `*`). */
  proto?: string;
  ports?: string;
  /** Network: the port a test of this change uses (one of `ports`). */
  port?: number;
  /** SSH: the login and the action gained or lost. */
  sshUser?: string;
  action?: 'accept' | 'check';
  checkPeriod?: string;
  /** App: the capability name, and (when the change is one of its values) that value as JSON text. */
  capability?: string;
  value?: string;
  /** Whether a test (or sshTest) of the new policy asserts it. */
  tested: boolean;
  /** False where no test can assert it: app capabilities, a check period. */
  testable: boolean;
  /** Network gains a `*` source rule of the new policy allows. */
  fromEveryone?: boolean;
}

/** Which SSH change a source, destination and login make: a gain and a loss with one key swap an action. */
export const sshChangeKey = (c: AccessChange): string => JSON.stringify([c.src, c.dst, c.sshUser]);

/**
 * A difference the engine cannot decide offline: one side decided, the other depends on the
 * tailnet; or both depend on it, on different rules or outcomes, so that they may differ.
 */
export interface UndecidedChange {
  kind: ChangeKind;
  src: string;
  dst: string;
  srcLabel: string;
  dstLabel: string;
  proto?: string;
  ports?: string;
  sshUser?: string;
  capability?: string;
  value?: string;
  before: string;
  after: string;
  /** Postures the difference hangs on: who gains or loses depends on each device's attributes. */
  postures?: string[];
  /**
   * Tags a device carries that tagOwners no longer defines: whether the server keeps them is not
   * established; `before` is the new policy's answer if it does, `after` if it drops them.
   */
  tags?: string[];
}

export type HighlightKind =
  'from-everyone' | 'to-internet' | 'maybe-to-internet' | 'all-access-removed' | 'many-principals' | 'outside-plan';

export interface Highlight {
  kind: HighlightKind;
  /** Plain text; renderers escape it. */
  message: string;
}

/** Test entries ready to paste into the new policy's `tests` and `sshTests`. */
export interface ProposedTests {
  tests: Record<string, unknown>[];
  sshTests: Record<string, unknown>[];
}

export interface AccessPlan {
  /** `symbolic` without a tailnet description; `topology` with one (destinations are devices). */
  mode: 'symbolic' | 'topology';
  before: string;
  after: string;
  changes: AccessChange[];
  undecided: UndecidedChange[];
  highlights: Highlight[];
  proposed: ProposedTests;
  /** What the new policy edits that the plan does not evaluate (unplanned.ts): `tagOwners of tag:prod`. */
  unplanned: string[];
  /** How many distinct sources the changes touch. */
  principals: number;
}
