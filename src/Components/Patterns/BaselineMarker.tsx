/** A template's state on its stream (new, burst, rare, routine, chronic error) from the stream baseline. */
import React from 'react';
import { Badge, type BadgeColor } from '@grafana/ui';
import { describeBaseline, type BaselineEvidence, type BaselineState } from '../../services/baseline';

const LOOK: Record<BaselineState, { color: BadgeColor; text: string }> = {
  new: { color: 'blue', text: 'new' },
  burst: { color: 'orange', text: 'burst' },
  rare: { color: 'purple', text: 'rare' },
  routine: { color: 'darkgrey', text: 'routine' },
  chronic: { color: 'red', text: 'chronic' },
};

export function BaselineMarker({ baseline }: { baseline: BaselineEvidence }) {
  const look = LOOK[baseline.state];
  return (
    <Badge color={look.color} text={look.text} tooltip={describeBaseline(baseline)} data-baseline={baseline.state} />
  );
}
