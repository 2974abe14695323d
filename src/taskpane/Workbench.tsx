import { Body1, Caption1, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { RulePack } from '../domain/rules';
import type { WorkbookPort } from '../excel/port';
import { FEATURES, NEEDS_EXCEL, type Feature } from './features';
import { readDocument, useLiveWorkbook } from './hooks/useLiveWorkbook';
import { PaneCatalogProvider, type PaneCatalog } from './hooks/usePaneCatalog';
import { paneCatalog } from './lib/catalog';
import { CheckTab } from './tabs/CheckTab';
import { InsertTab } from './tabs/InsertTab';
import { NarrativeTab } from './tabs/NarrativeTab';
import { OverviewTab } from './tabs/OverviewTab';

const useStyles = makeStyles({
  tabs: { flexWrap: 'wrap', columnGap: '0', rowGap: tokens.spacingVerticalXXS },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    minWidth: '0',
    // The hidden attribute alone loses against `display: flex`.
    '&[hidden]': { display: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

type TabId = Feature['id'];

/** The four tabs over one workbook (null: a plain browser, where they only describe themselves). */
export function Workbench({ workbook }: { workbook: WorkbookPort | null }) {
  const styles = useStyles();
  const [selected, setSelected] = useState<TabId>('insert');
  // The 科目 sheet the user imported: kept for the session, re-imported at every read.
  const [catalogSheet, setCatalogSheet] = useState<string>();
  // A rule pack file chosen in the check tab: kept for the session.
  const [rulesFile, setRulesFile] = useState<RulePack>();
  // The check tab reads the workbook itself when asked; every other tab follows the edits.
  const live = useLiveWorkbook(workbook, selected !== 'check', catalogSheet, rulesFile);
  const reading = live.reading;
  const catalog = useMemo<PaneCatalog>(
    () => ({
      current: reading?.catalog ?? { catalog: paneCatalog() },
      chosenSheet: catalogSheet,
      choose: setCatalogSheet,
      rulesFile,
      chooseRulesFile: setRulesFile,
      read: (grid, year) => readDocument(grid, catalogSheet, rulesFile, year),
    }),
    [reading, catalogSheet, rulesFile],
  );

  return (
    <PaneCatalogProvider value={catalog}>
      <section aria-label="功能">
        <TabList className={styles.tabs} size="small" selectedValue={selected} onTabSelect={(_, data) => setSelected(data.value as TabId)}>
          {FEATURES.map((feature) => (
            <Tab key={feature.id} id={`tab-${feature.id}`} value={feature.id} aria-controls={`panel-${feature.id}`}>
              {feature.title}
            </Tab>
          ))}
        </TabList>
        {FEATURES.map((feature) => (
          <div
            key={feature.id}
            className={styles.panel}
            role="tabpanel"
            id={`panel-${feature.id}`}
            aria-labelledby={`tab-${feature.id}`}
            hidden={feature.id !== selected}
            tabIndex={0}
          >
            {workbook ? <TabContent id={feature.id} port={workbook} live={live} /> : <DemoPanel feature={feature} />}
          </div>
        ))}
      </section>
    </PaneCatalogProvider>
  );
}

function TabContent({ id, port, live }: { id: TabId; port: WorkbookPort; live: ReturnType<typeof useLiveWorkbook> }) {
  switch (id) {
    case 'insert':
      return <InsertTab port={port} live={live} />;
    case 'overview':
      return <OverviewTab live={live} />;
    case 'check':
      return <CheckTab port={port} live={live} />;
    case 'narrative':
      return <NarrativeTab port={port} live={live} />;
  }
}

function DemoPanel({ feature }: { feature: Feature }) {
  return (
    <>
      <Body1>{feature.description}</Body1>
      <Caption1>{NEEDS_EXCEL}。</Caption1>
    </>
  );
}
