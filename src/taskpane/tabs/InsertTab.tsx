import { Subtitle2 } from '@fluentui/react-components';
import type { WorkbookPort } from '../../excel/port';
import { CatalogImportSection } from '../components/CatalogImportSection';
import { InsertTablesForm } from '../components/InsertTablesForm';
import { PerformanceFormsSection } from '../components/PerformanceFormsSection';
import { ProjectAdder } from '../components/ProjectAdder';
import { SubjectPicker } from '../components/SubjectPicker';
import { usePaneStyles } from '../components/styles';
import type { LiveWorkbook } from '../hooks/useLiveWorkbook';

export function InsertTab({ port, live }: { port: WorkbookPort; live: LiveWorkbook }) {
  const pane = usePaneStyles();
  const doc = live.reading?.doc;
  return (
    <div className={pane.stack} data-testid="insert">
      <InsertTablesForm port={port} department={doc?.department} year={doc?.year} onInserted={live.refresh} />
      <section className={pane.section} aria-labelledby="add-subject-heading">
        <Subtitle2 as="h3" id="add-subject-heading" className={pane.sectionTitle}>
          添加科目
        </Subtitle2>
        <SubjectPicker port={port} doc={doc} onAdded={live.refresh} />
      </section>
      <section className={pane.section} aria-labelledby="catalog-heading">
        <Subtitle2 as="h3" id="catalog-heading" className={pane.sectionTitle}>
          科目表
        </Subtitle2>
        <CatalogImportSection port={port} sheetNames={live.reading?.grid.sheets.map((s) => s.name) ?? []} onImported={live.refresh} />
      </section>
      <section className={pane.section} aria-labelledby="add-project-heading">
        <Subtitle2 as="h3" id="add-project-heading" className={pane.sectionTitle}>
          添加项目（表12/表13）
        </Subtitle2>
        <ProjectAdder port={port} doc={doc} onAdded={live.refresh} />
      </section>
      <section className={pane.section} aria-labelledby="performance-forms-heading" data-testid="performance-forms">
        <Subtitle2 as="h3" id="performance-forms-heading" className={pane.sectionTitle}>
          绩效目标表
        </Subtitle2>
        <PerformanceFormsSection port={port} doc={doc} onCreated={live.refresh} />
      </section>
    </div>
  );
}
