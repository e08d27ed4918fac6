/* Recorded from the shipped bundle through the real service by scripts/record-fixtures.js; do not edit by hand. */
import recorded from '../../tests/fixtures/plugin/sequencesHdfs.json';
import type { SequencesResponse } from '../services/contract';

export const sequencesHdfs = recorded as SequencesResponse;
