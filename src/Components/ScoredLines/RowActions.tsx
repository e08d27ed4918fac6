/** "Open in Explore" and "Copy link to this line", from a row and from the drawer. */
import React, { useState } from 'react';
import { IconButton, LinkButton, Button, Stack } from '@grafana/ui';
import type { LogLine } from '../../services/frames';
import { exploreUrl, lineLink, type LinkContext } from '../../services/links';

export function useCopy(text: string | undefined) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!text) {
      return;
    }
    await navigator.clipboard?.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return { copied, copy };
}

/** Compact icons for a row; clicks do not select the row. */
export function RowActions({ links, line }: { links: LinkContext; line: LogLine }) {
  const explore = exploreUrl(links, line);
  const { copied, copy } = useCopy(lineLink(links, line));
  if (!explore) {
    return null;
  }
  return (
    <span onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
      <IconButton
        name="compass"
        size="sm"
        tooltip="Open in Explore"
        aria-label="Open in Explore"
        onClick={() => window.open(explore, '_self')}
      />
      <IconButton
        name={copied ? 'check' : 'link'}
        size="sm"
        tooltip={copied ? 'Copied' : 'Copy link to this line'}
        aria-label="Copy link to this line"
        onClick={() => void copy()}
      />
    </span>
  );
}

/** Buttons with words, for the drawer. */
export function LineActionButtons({ links, line }: { links: LinkContext; line: LogLine }) {
  const explore = exploreUrl(links, line);
  const { copied, copy } = useCopy(lineLink(links, line));
  if (!explore) {
    return null;
  }
  return (
    <Stack direction="row" gap={1}>
      <LinkButton size="sm" variant="secondary" icon="compass" href={explore}>
        Open in Explore
      </LinkButton>
      <Button size="sm" variant="secondary" icon={copied ? 'check' : 'link'} onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy link to this line'}
      </Button>
    </Stack>
  );
}
