import { useState } from 'react';
import { errorText } from '../lib/format';

export type Notice = { intent: 'success' | 'error' | 'info' | 'warning'; text: string };

/**
 * A button's workbook action: busy while it runs, the previous notice cleared, a returned
 * text shown as success, any error shown in Chinese (errorText).
 */
export function usePaneAction() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  async function run(action: () => Promise<string | void>): Promise<void> {
    setBusy(true);
    setNotice(undefined);
    try {
      const done = await action();
      if (done) setNotice({ intent: 'success', text: done });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }
  return { busy, notice, setNotice, run };
}
