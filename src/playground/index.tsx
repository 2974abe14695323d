import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { paneTheme } from '../taskpane/PaneRoot';
import { Playground } from './Playground';

const container = document.getElementById('root');
if (!container) throw new Error('playground.html has no #root element');

createRoot(container).render(
  <FluentProvider theme={paneTheme}>
    <Playground />
  </FluentProvider>,
);
