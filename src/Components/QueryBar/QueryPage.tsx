/**
 * The scaffold of the pages that start from a Loki query (Explain, Failure domains, Labelling): the query bar over
 * the URL's query, what the page does until a query is picked, then the page's own content.
 */
import React, { type ReactNode } from 'react';
import { Alert } from '@grafana/ui';
import type { useQueriedLines } from '../../hooks/useQueriedLines';
import { QueryBar } from './QueryBar';

export interface QueryPageProps {
  queried: ReturnType<typeof useQueriedLines>;
  /** Shown until a data source and a query are picked: what the page will show. */
  intro: ReactNode;
  className?: string;
  children?: ReactNode;
}

export function QueryPage({
  queried: { url, update, range, query, data, run },
  intro,
  className,
  children,
}: QueryPageProps) {
  return (
    <div className={className}>
      <QueryBar
        ds={url.ds}
        query={url.query}
        range={range}
        running={data.status === 'loading'}
        onChange={(c) => update(c)}
        onRun={run}
      />
      {!query && (
        <Alert severity="info" title="Pick a Loki data source and a LogQL query">
          {intro}
        </Alert>
      )}
      {children}
    </div>
  );
}
