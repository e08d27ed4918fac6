/* Recorded from the shipped bundle through the real service by scripts/record-fixtures.js; do not edit by hand. */
import recorded from '../../tests/fixtures/plugin/scoreBgl.json';
import type { ScoreResponse } from '../services/contract';

export const scoreBgl = recorded as ScoreResponse;
