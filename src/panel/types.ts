import type { DomainId } from '../services/contract';

export interface ExplainPanelOptions {
  anomaliesOnly: boolean;
  /** Empty: all domains. */
  domains: DomainId[];
  maxLines: number;
}

export const DEFAULT_PANEL_OPTIONS: ExplainPanelOptions = {
  anomaliesOnly: false,
  domains: [],
  maxLines: 2000,
};
