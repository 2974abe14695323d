import { Button, Caption1, Field, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookPort } from '../../excel/port';
import { usePaneCatalog } from '../hooks/usePaneCatalog';
import { catalogStatusText, importCatalogSheet } from '../lib/catalog';
import { errorText } from '../lib/format';
import { usePaneStyles } from './styles';

export interface CatalogImportSectionProps {
  port: WorkbookPort;
  /** The workbook's sheets, as last read. */
  sheetNames: readonly string[];
  onImported: () => Promise<void>;
}

/** 科目表: import a complete 科目 list from one sheet; its names then take precedence in the picker and the check. */
export function CatalogImportSection({ port, sheetNames, onImported }: CatalogImportSectionProps) {
  const pane = usePaneStyles();
  const paneCatalog = usePaneCatalog();
  const [picked, setPicked] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const inUse = paneCatalog.current.imported?.sheet ?? paneCatalog.chosenSheet;
  const sheet = [picked, inUse, sheetNames[0]].find((n) => n !== undefined && sheetNames.includes(n));

  async function importSheet() {
    if (!sheet) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const result = importCatalogSheet(await port.readWorkbook(), sheet);
      if (!result.ok) {
        setProblem(result.problem);
        return;
      }
      paneCatalog.choose(sheet);
      await onImported();
    } catch (e) {
      setProblem(`导入没有完成：${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={pane.stack} data-testid="catalog-import">
      <Caption1 className={pane.muted} role="status" aria-live="polite" data-testid="catalog-status">
        {catalogStatusText(paneCatalog.current)}
      </Caption1>
      {sheetNames.length === 0 ? null : (
        <>
          <Field label="从哪个工作表导入（编码、名称两列）" size="small">
            <Select size="small" value={sheet ?? ''} onChange={(_, data) => setPicked(data.value)}>
              {sheetNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <div className={pane.row}>
            <Button onClick={importSheet} disabled={!sheet || busy}>
              从此工作表导入科目
            </Button>
            {busy && <Spinner size="tiny" label="正在导入…" />}
          </div>
        </>
      )}
      {problem && (
        <MessageBar intent="warning" layout="multiline" data-testid="catalog-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
