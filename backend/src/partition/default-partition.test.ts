import { resolve } from 'node:path';
import { DOMAIN_IDS } from '../contract';
import { certifyPartition } from './certify';
import { loadPartitionFile } from './schema';
import type { PartitionTemplate } from './types';

/** The reviewed partition shipped with the default bundle (models/partitions/default.json). */
const file = loadPartitionFile(resolve(__dirname, '../../../models/partitions/default.json'));

// One template per BGL alert category (as our miner writes it, typed placeholders) and its intended domain.
const bglAlerts: Array<[category: string, text: string, domain: string]> = [
  ['KERNDTLB', 'data TLB error interrupt', 'memory'],
  ['KERNMC', 'machine check interrupt (bit=<HEX>): L2 dcache unit data parity error', 'memory'],
  ['KERNSTOR', 'data storage interrupt', 'storage'],
  ['KERNMNTF', 'Lustre mount FAILED : <ID> : point <PATH>', 'filesystem'],
  ['KERNMNT', 'Error: unable to mount filesystem', 'filesystem'],
  [
    'APPSEV',
    'ciod: Error reading message prefix after <*>_MESSAGE on CioStream socket to <IP>:<NUM>: <*> <*> <*> <*>',
    'network',
  ],
  ['APPREAD', 'ciod: failed to read message prefix on control stream (CioStream socket to <IP>:<NUM>', 'network'],
  ['KERNSOCK', 'MailboxMonitor::serviceMailboxes() lib_ido_error: <NUM> socket closed', 'network'],
  ['LINKDISC', 'MidplaneSwitchController::sendTrain() port disconnected: <NODE>', 'network'],
  ['LINKIAP', 'MidplaneSwitchController::receiveTrain() iap failed: <NODE>, status=beeaabff <HEX>', 'network'],
  ['KERNTERM', 'rts: kernel terminated for reason <NUM>', 'kernel'],
  [
    'KERNTERM',
    'rts: kernel terminated for reason <ID>: bad message header: invalid cpu, type=<NUM>, cpu=<NUM>',
    'kernel',
  ],
  ['KERNRTSP', 'rts panic! - stopping execution', 'kernel'],
  ['KERNPOW', 'Power deactivated: <NODE>', 'hardware'],
  ['KERNMICRO', 'Microloader Assertion', 'hardware'],
  ['APPUNAV', 'ciod: Error creating node map from file <PATH>: <*> <*> <*>', 'application'],
  ['APPBUSY', 'ciod: Error creating node map from file <PATH>: Device or resource busy', 'application'],
];

// Normal templates of BGL and other Loghub systems, in Loghub's `<*>` notation where that differs.
const others: Array<[text: string, domain: string]> = [
  ['instruction cache parity error corrected', 'memory'],
  ['<*> ddr error(s) detected and corrected on rank <*>, symbol <*> over <*> seconds', 'memory'],
  ['<NUM> torus receiver <*> input pipe error(s) (dcr <HEX>) detected and corrected', 'network'],
  ['rts: bad message header: cpu <NUM> invalid (softheader=<*> <*> <*> <*>) <ID> <ID>', 'network'],
  ['<NUM> double-hummer alignment exceptions', 'kernel'],
  ['program interrupt: illegal instruction.<ID>', 'kernel'],
  ['Node card VPD check: <ID> node in processor card slot <ID> do not match. VPD ecid <*>, found <*>', 'hardware'],
  ['generating core.<NUM>', 'application'],
  ['ciod: LOGIN chdir(/<*>) failed: No such file or directory', 'filesystem'],
  ['job <NUM> timed out. Block freed.', 'scheduler'],
  ['Receiving block blk_<*> src: /<*>:<*> dest: /<*>:<*>', 'storage'],
  ['PacketResponder <NUM> for block blk_<BLK> terminating', 'storage'],
  ['Failed password for invalid user <*> from <IP> port <NUM> ssh2', 'auth'],
  ['pam_unix(sshd:auth): authentication failure; logname= uid=<NUM> euid=<NUM> tty=ssh ruser= rhost=<*>', 'auth'],
  ['Cannot open channel to <NUM> at election address /<IP>:<NUM>', 'network'],
  ['[instance: <UUID>] Took <NUM> seconds to deallocate network for instance.', 'scheduler'],
  ['Failed to renew lease for [DFSClient_<ID>] for <NUM> seconds. Will retry shortly ...', 'filesystem'],
  ['mapred.task.id is deprecated. Instead, use mapreduce.task.attempt.id', 'config'],
  ['<ID> <ID> <ID> <ID>', 'other'],
];

const template = (i: number, text: string, anomaly: number): PartitionTemplate => ({
  id: `t${i}`,
  text,
  count: 10,
  labelled: { anomaly, normal: anomaly ? 0 : 10 },
  samples: [],
});

describe('models/partitions/default.json', () => {
  it('is a reviewed file with a real description and 2–4 typical causes per taxonomy domain', () => {
    expect(file.source).toBe('reviewed');
    expect(file.llm).toBeUndefined();
    expect(file.fallbackDomain).toBe('other');
    expect(file.domains.map((d) => d.id).sort()).toEqual([...DOMAIN_IDS].sort());
    for (const d of file.domains) {
      expect(d.description.length).toBeGreaterThan(40);
      expect(d.typicalCauses.length).toBeGreaterThanOrEqual(2);
      expect(d.typicalCauses.length).toBeLessThanOrEqual(4);
    }
  });

  it('puts each BGL alert category and representative templates of other systems into its domain', () => {
    const templates = [
      ...bglAlerts.map(([, text], i) => template(i, text, 5)),
      ...others.map(([text], i) => template(100 + i, text, 0)),
    ];
    const p = certifyPartition(file, templates);
    const got = templates.map((t) => [t.text, p.assignment[t.id]]);
    expect(got).toEqual([...bglAlerts.map(([, text, domain]) => [text, domain]), ...others]);
    expect(p.domains.find((d) => d.id === 'memory')?.type).toBe('mixed');
    expect(p.domains.find((d) => d.id === 'auth')?.type).toBe('pure-normal');
  });

  it('glosses the frequent BGL and HDFS templates in plain words', () => {
    const texts = [
      'instruction cache parity error corrected',
      'data TLB error interrupt',
      'Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM>',
    ];
    const p = certifyPartition(
      file,
      texts.map((text, i) => template(i, text, i % 2))
    );
    expect(p.glosses).toEqual({
      t0: 'The CPU instruction cache detected and corrected a parity error (a soft memory error).',
      t1: expect.stringMatching(/^A data TLB error interrupt/),
      t2: 'A data node started receiving a block from a client or another data node.',
    });
    expect(p.report.stats.glossedBy.pattern).toBe(3);
  });
});
