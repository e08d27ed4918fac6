/**
 * The failure-domain taxonomy: stable ids that appear in API responses, metric labels and annotation tags.
 * A model bundle's domains are a subset of these; renaming one is a breaking change.
 */
export const DOMAIN_IDS = [
  'memory',
  'storage',
  'filesystem',
  'network',
  'kernel',
  'hardware',
  'application',
  'scheduler',
  'auth',
  'config',
  'other',
] as const;

export type DomainId = (typeof DOMAIN_IDS)[number];

export interface DomainDefinition {
  id: DomainId;
  title: string;
  scope: string;
}

/** One line per domain: what belongs there. Bundles add their own description and typical causes. */
export const DOMAIN_TAXONOMY: readonly DomainDefinition[] = [
  { id: 'memory', title: 'Memory', scope: 'RAM, caches, ECC/parity, TLB, allocation failures, out-of-memory' },
  { id: 'storage', title: 'Storage', scope: 'Block devices, disks, RAID, storage controllers, block replication' },
  {
    id: 'filesystem',
    title: 'Filesystem',
    scope: 'Mounts, file operations, permissions on files, NFS/Lustre/GPFS, quotas',
  },
  {
    id: 'network',
    title: 'Network',
    scope: 'Links, sockets, timeouts, DNS, routing, interconnect (torus, tree, ethernet)',
  },
  { id: 'kernel', title: 'Kernel', scope: 'Kernel panics, traps, interrupts, drivers, processor exceptions' },
  {
    id: 'hardware',
    title: 'Hardware',
    scope: 'Power, cooling, fans, temperature, node cards, service cards, firmware',
  },
  {
    id: 'application',
    title: 'Application',
    scope: 'Application and service logic: requests, jobs, sessions, exceptions',
  },
  { id: 'scheduler', title: 'Scheduler', scope: 'Job and resource managers, instance lifecycle, placement, queues' },
  { id: 'auth', title: 'Authentication', scope: 'Logins, credentials, sessions, authorisation failures' },
  { id: 'config', title: 'Configuration', scope: 'Configuration loading, invalid settings, version mismatches' },
  { id: 'other', title: 'Other', scope: 'Everything that fits no other domain' },
];
