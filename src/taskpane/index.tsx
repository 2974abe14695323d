import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { App } from './App';
import { detectHost } from './hostStatus';

// Segoe UI has no Chinese glyphs: name the CJK system fonts explicitly so Windows,
// macOS and Linux pick a proper 黑体 instead of a random fallback.
const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Droid Sans Fallback', sans-serif",
};

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');

createRoot(container).render(
  <FluentProvider theme={theme}>
    <App detectHost={detectHost} />
  </FluentProvider>,
);
