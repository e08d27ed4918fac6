import { LogLevel, type GrafanaTheme2 } from '@grafana/data';

/** Grafana's log level colours (as in Explore's logs panel), by the theme's palette. */
export function levelColour(theme: GrafanaTheme2, level: LogLevel): string {
  const v = theme.visualization;
  switch (level) {
    case LogLevel.critical:
      return v.getColorByName('purple');
    case LogLevel.error:
      return v.getColorByName('red');
    case LogLevel.warning:
      return v.getColorByName('yellow');
    case LogLevel.info:
      return v.getColorByName('green');
    case LogLevel.debug:
      return v.getColorByName('blue');
    case LogLevel.trace:
      return v.getColorByName('light-blue');
    default:
      return theme.colors.text.disabled;
  }
}
