/** Public API of the failure-domain partition (FAME step 2): load or propose, certify, repair. */
export { certifyPartition, type CertificationBounds } from './certify';
export { defaultGloss } from './gloss';
export { partitionFromEnv, proposePartition, type ProposeOptions } from './propose';
export { formatReport } from './report';
export { loadPartitionFile, parsePartitionFile, partitionFileSchema } from './schema';
export * from './types';
