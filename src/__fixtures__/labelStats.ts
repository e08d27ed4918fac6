/*
 * Recorded by running the service's LabelStore and RetrainJobManager (backend/src/labels) on labels of the BGL
 * fixture lines; the retrain outcome comes from a scripted Retrainer with the real one's stages and reason format.
 */
import type { FeedbackResponse, LabelsPage, LabelStats } from '../services/labels';

/** POST /api/v1/feedback with one label. */
export const feedbackSingle: FeedbackResponse = {
  ids: ['lbl-0001'],
  created: 1,
  duplicates: 0,
};

/** POST /api/v1/feedback with a batch of 10, the last a retry of the single label (same idempotency key). */
export const feedbackBatch: FeedbackResponse = {
  ids: [
    'lbl-0002',
    'lbl-0003',
    'lbl-0004',
    'lbl-0005',
    'lbl-0006',
    'lbl-0007',
    'lbl-0008',
    'lbl-0009',
    'lbl-0010',
    'lbl-0001',
  ],
  created: 9,
  duplicates: 1,
};

/** GET /api/v1/labels/stats after both. */
export const labelStats: LabelStats = {
  total: 10,
  verdicts: {
    anomaly: 7,
    normal: 2,
    none: 1,
  },
  domains: {
    kernel: 1,
    network: 1,
  },
  withoutTemplate: 0,
  templates: [
    {
      templateId: '179fe5933239fc83',
      template:
        '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: Error loading <*>: invalid or missing program image, No such file or directory',
      count: 1,
      anomaly: 0,
      normal: 1,
    },
    {
      templateId: '59b33e7f4f2597c2',
      template:
        '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: Error creating node map from file <PATH>: No child processes',
      count: 1,
      anomaly: 1,
      normal: 0,
    },
    {
      templateId: '5e6cb90c422d8132',
      template:
        '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to <IP>:<NUM>',
      count: 1,
      anomaly: 0,
      normal: 0,
    },
    {
      templateId: '7d2ed19aff3bb561',
      template: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      count: 2,
      anomaly: 1,
      normal: 1,
    },
    {
      templateId: '03dc46e5a064bb06',
      template: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      count: 5,
      anomaly: 5,
      normal: 0,
    },
  ],
  templateCount: 5,
};

/** GET /api/v1/labels?limit=3 */
export const labelsPage: LabelsPage = {
  labels: [
    {
      id: 'lbl-0010',
      line: '1117869872 2005.06.04 R04-M1-N4-I:J18-U11 2005-06-04-00.24.32.432192 R04-M1-N4-I:J18-U11 RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to 172.16.96.116:33569\r',
      user: 'sre-bob',
      createdAt: '2026-11-30T14:00:02.000Z',
      source: 'grafana',
      templateId: '5e6cb90c422d8132',
      template:
        '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to <IP>:<NUM>',
      domain: 'network',
      timestamp: '1117869872432192000',
      labels: {
        job: 'bgl',
        node: 'R04-M1-N4-I:J18-U11',
        service_name: 'bgl',
      },
    },
    {
      id: 'lbl-0009',
      line: '1119309833 2005.06.20 R14-M1-N0-I:J18-U01 2005-06-20-16.23.53.944371 R14-M1-N0-I:J18-U01 RAS APP FATAL ciod: Error loading /home/draeger/testQboxhang-nozerobytebug-nosleepyescomm: invalid or missing program image, No such file or directory\r',
      user: 'sre-bob',
      createdAt: '2026-11-30T14:00:02.000Z',
      source: 'grafana',
      templateId: '179fe5933239fc83',
      template:
        '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: Error loading <*>: invalid or missing program image, No such file or directory',
      verdict: 'normal',
      timestamp: '1119309833944371000',
      labels: {
        job: 'bgl',
        node: 'R14-M1-N0-I:J18-U01',
        service_name: 'bgl',
      },
    },
    {
      id: 'lbl-0008',
      line: '1118709403 2005.06.13 R10-M1-N5-C:J15-U11 2005-06-13-17.36.43.927885 R10-M1-N5-C:J15-U11 RAS KERNEL FATAL data storage interrupt\r',
      user: 'sre-bob',
      createdAt: '2026-11-30T14:00:02.000Z',
      source: 'grafana',
      templateId: '7d2ed19aff3bb561',
      template: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      verdict: 'normal',
      domain: 'kernel',
      timestamp: '1118709403927885000',
      labels: {
        job: 'bgl',
        node: 'R10-M1-N5-C:J15-U11',
        service_name: 'bgl',
      },
    },
  ],
  nextCursor: '8',
  total: 10,
};
