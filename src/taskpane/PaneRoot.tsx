import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { App, type AppProps } from './App';

// Segoe UI has no Chinese glyphs: name the CJK system fonts explicitly so Windows,
// macOS and Linux pick a proper 黑体 instead of a random fallback.
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Droid Sans Fallback', sans-serif",
};

/** The whole task pane, as Excel shows it and as the playground embeds it. */
export function PaneRoot(props: AppProps) {
  return (
    <FluentProvider theme={paneTheme}>
      <App {...props} />
    </FluentProvider>
  );
}
