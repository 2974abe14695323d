import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Workbench } from '../../src/taskpane/Workbench';
import type { FakePort } from './fakePort';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real Workbench in jsdom over a FakePort: a fresh container per test, unmounted after it. */
export function mountWorkbench(): { readonly container: HTMLDivElement; render(port: FakePort, settleMs?: number): Promise<void> } {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });
  return {
    get container() {
      return container;
    },
    /** Renders, then lets the first workbook read settle for `settleMs` inside act(). */
    async render(port: FakePort, settleMs = 0) {
      await act(async () => {
        root.render(
          <FluentProvider theme={webLightTheme}>
            <Workbench workbook={port} />
          </FluentProvider>,
        );
        if (settleMs) await sleep(settleMs);
      });
    },
  };
}
