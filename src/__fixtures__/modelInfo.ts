/* Recorded from the shipped bundle through the real service by scripts/record-fixtures.js; do not edit by hand. */
import recorded from '../../tests/fixtures/plugin/modelInfo.json';
import type { ModelInfo } from '../services/contract';

export const modelInfo = recorded as ModelInfo;
