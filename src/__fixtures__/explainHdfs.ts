/* Recorded from the shipped bundle through the real service by scripts/record-fixtures.js; do not edit by hand. */
import recorded from '../../tests/fixtures/plugin/explainHdfs.json';
import type { ExplainResponse } from '../services/contract';

export const explainHdfs = recorded as ExplainResponse;
