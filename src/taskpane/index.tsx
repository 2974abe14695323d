import { createRoot } from 'react-dom/client';
import { connectToExcel } from './connect';
import { detectHost } from './hostStatus';
import { PaneRoot } from './PaneRoot';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');

createRoot(container).render(<PaneRoot detectHost={detectHost} connect={connectToExcel} />);
