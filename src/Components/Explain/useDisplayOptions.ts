import { useCallback, useState } from 'react';
import { store } from '@grafana/data';

const KEY = 'grafana.plugins.anomalylens.display';

export interface DisplayOptions {
  wrap: boolean;
  hideHeader: boolean;
}

/** Reading preferences (wrap lines, hide header), kept per browser as Grafana keeps its logs panel's. */
export function useDisplayOptions(): [DisplayOptions, (patch: Partial<DisplayOptions>) => void] {
  const [options, setOptions] = useState<DisplayOptions>(() => ({
    wrap: false,
    hideHeader: false,
    ...(store.getObject<Partial<DisplayOptions>>(KEY) ?? {}),
  }));
  const update = useCallback((patch: Partial<DisplayOptions>) => {
    setOptions((o) => {
      const next = { ...o, ...patch };
      store.setObject(KEY, next);
      return next;
    });
  }, []);
  return [options, update];
}
