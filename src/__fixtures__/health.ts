/* Recorded from the shipped bundle through the real service by scripts/record-fixtures.js; do not edit by hand. */
import recorded from '../../tests/fixtures/plugin/health.json';
import type { HealthResponse } from '../services/contract';

export const health = recorded as HealthResponse;
