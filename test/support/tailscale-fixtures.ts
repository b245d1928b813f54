/**
 * Data for the Tailscale emulator: the default policy a new tailnet starts with, and factories
 * for devices and users shaped like the API's answers (api-docs 002/004), so tests only spell
 * out the fields they care about.
 *
 * @example
 * ```ts
 * const emulator = await startTailscaleEmulator({
 *   devices: [makeDevice({ hostname: 'db', tags: ['tag:db'] })],
 *   users: [makeUser({ loginName: 'carol@example.com' })],
 * });
 * ```
 */

/** The policy every new tailnet gets (from the API docs); `If-Match: "ts-default"` matches it until the first write. */
export const DEFAULT_POLICY = `// Example/default ACLs for unrestricted connections.
{
	// Declare static groups of users beyond those in the identity service.
	"groups": {
		"group:example": ["user1@example.com", "user2@example.com"],
	},

	// Declare convenient hostname aliases to use in place of IP addresses.
	"hosts": {
		"example-host-1": "100.100.100.100",
	},

	// Access control lists.
	"acls": [
		// Match absolutely everything.
		// Comment this section out if you want to define specific restrictions.
		{"action": "accept", "src": ["*"], "dst": ["*:*"]},
	],
}
`;

/** A device as `GET /tailnet/{tailnet}/devices?fields=all` lists it. */
export interface TailscaleDevice {
  addresses: string[];
  id: string;
  nodeId: string;
  user: string;
  name: string;
  hostname: string;
  clientVersion: string;
  updateAvailable: boolean;
  os: string;
  created: string;
  lastSeen?: string;
  connectedToControl: boolean;
  keyExpiryDisabled: boolean;
  expires: string;
  authorized: boolean;
  isExternal: boolean;
  machineKey: string;
  nodeKey: string;
  blocksIncomingConnections: boolean;
  enabledRoutes: string[];
  advertisedRoutes: string[];
  clientConnectivity: Record<string, unknown>;
  tags?: string[];
  tailnetLockError: string;
  tailnetLockKey: string;
  postureIdentity: Record<string, unknown>;
  isEphemeral: boolean;
}

/** The fields `fields=default` (or no `fields`) leaves out. */
export const ALL_ONLY_DEVICE_FIELDS = [
  'enabledRoutes',
  'advertisedRoutes',
  'clientConnectivity',
  'postureIdentity',
] as const;

/** A user as `GET /tailnet/{tailnet}/users` lists it. */
export interface TailscaleUser {
  id: string;
  displayName: string;
  loginName: string;
  profilePicUrl: string;
  tailnetId: string;
  created: string;
  type: 'member' | 'shared';
  role: string;
  status: 'active' | 'idle' | 'suspended' | 'needs-approval' | 'over-billing-limit';
  deviceCount: number;
  lastSeen: string;
  currentlyConnected: boolean;
}

let nextId = 1000;

/** A complete device; `hostname` also derives `name` unless given. */
export function makeDevice(fields: Partial<TailscaleDevice> = {}): TailscaleDevice {
  const n = nextId++;
  const hostname = fields.hostname ?? `host-${n}`;
  return {
    addresses: [`100.64.0.${n % 250}`, `fd7a:115c:a1e0::${n.toString(16)}`],
    id: String(90000000000 + n),
    nodeId: `n${n}CNTRL`,
    user: 'alice@example.com',
    name: `${hostname}.tail1234.ts.net`,
    hostname,
    clientVersion: 'v1.76.0',
    updateAvailable: false,
    os: 'linux',
    created: '2024-01-01T00:00:00Z',
    connectedToControl: true,
    keyExpiryDisabled: false,
    expires: '2025-01-01T00:00:00Z',
    authorized: true,
    isExternal: false,
    machineKey: `mkey:${n}`,
    nodeKey: `nodekey:${n}`,
    blocksIncomingConnections: false,
    enabledRoutes: [],
    advertisedRoutes: [],
    clientConnectivity: { endpoints: [], mappingVariesByDestIP: false, latency: {}, clientSupports: {} },
    tailnetLockError: '',
    tailnetLockKey: `tlpub:${n}`,
    postureIdentity: { disabled: true },
    isEphemeral: false,
    ...fields,
  };
}

/** A complete user; `loginName` also derives `displayName` unless given. */
export function makeUser(fields: Partial<TailscaleUser> = {}): TailscaleUser {
  const n = nextId++;
  const loginName = fields.loginName ?? `user${n}@example.com`;
  return {
    id: String(n),
    displayName: loginName.split('@')[0]!,
    loginName,
    profilePicUrl: '',
    tailnetId: '123456',
    created: '2024-01-01T00:00:00Z',
    type: 'member',
    role: 'member',
    status: 'active',
    deviceCount: 1,
    lastSeen: '2024-06-01T00:00:00Z',
    currentlyConnected: true,
    ...fields,
  };
}

/** The lists a fresh emulator serves: alice and bob, one device each (bob's is tagged). */
export function defaultDirectory(): { users: TailscaleUser[]; devices: TailscaleDevice[] } {
  return {
    users: [makeUser({ loginName: 'alice@example.com', role: 'owner' }), makeUser({ loginName: 'bob@example.com' })],
    devices: [
      makeDevice({ hostname: 'alice-laptop', user: 'alice@example.com', os: 'macOS' }),
      makeDevice({ hostname: 'server-1', user: 'bob@example.com', tags: ['tag:server'] }),
    ],
  };
}
