import { useEffect, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { HostStatus } from './hostStatus';
import { COMING_SOON, FEATURES, type Feature } from './features';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: '0',
    maxWidth: '100%',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: '0' },
  tabs: { flexWrap: 'wrap', columnGap: '0', rowGap: tokens.spacingVerticalXXS },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  panelHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: '0' },
  footer: { color: tokens.colorNeutralForeground3 },
  noWrap: { whiteSpace: 'nowrap' },
});

const TOO_OLD_MESSAGE =
  '请使用 Microsoft 365、Office 2021 或更新版本的 Excel；旧版 Office 或 WPS 请使用命令行工具 budget-tables 检查文件。';

export interface AppProps {
  detectHost: () => Promise<HostStatus>;
}

export function App({ detectHost }: AppProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<HostStatus>({ kind: 'connecting' });

  useEffect(() => {
    let current = true;
    detectHost().then(
      (detected) => current && setStatus(detected),
      () => current && setStatus({ kind: 'no-host' }),
    );
    return () => {
      current = false;
    };
  }, [detectHost]);

  return (
    <main className={styles.root} aria-busy={status.kind === 'connecting'}>
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          预算公开助手
        </Title2>
        <Body1>
          帮助财务人员在 Excel 中完成部门预算公开：插入表格、实时概览、一键检查、起草情况说明。
        </Body1>
      </header>
      <StatusContent status={status} />
      <footer className={styles.footer}>
        <Caption1>
          旧版 Office 或 WPS 用户可使用命令行工具 budget-tables 检查 .xlsx 文件。{' '}
          <Link className={styles.noWrap} href="help.html" target="_blank" rel="noopener">
            使用帮助
          </Link>
        </Caption1>
      </footer>
    </main>
  );
}

function StatusContent({ status }: { status: HostStatus }) {
  switch (status.kind) {
    case 'connecting':
      return <Spinner size="small" label="正在连接 Excel…" />;
    case 'excel-too-old':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>当前 Excel 版本不支持本加载项</MessageBarTitle>
            <div>{TOO_OLD_MESSAGE}（需要 ExcelApi 1.9）</div>
          </MessageBarBody>
        </MessageBar>
      );
    case 'other-host':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>请在 Excel 中使用</MessageBarTitle>
            <div>预算公开助手只能在 Excel 中运行（当前程序：{status.host}）。</div>
          </MessageBarBody>
        </MessageBar>
      );
    case 'no-host':
      return (
        <>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>当前不在 Excel 中（演示模式）</MessageBarTitle>
              <div>可以浏览各项功能；插入表格、检查等操作需要在 Excel 中打开本加载项。</div>
            </MessageBarBody>
          </MessageBar>
          <FeatureTabs />
        </>
      );
    case 'excel':
      return <FeatureTabs />;
  }
}

function FeatureTabs() {
  const styles = useStyles();
  const [selected, setSelected] = useState<Feature['id']>(FEATURES[0].id);
  const feature = FEATURES.find((candidate) => candidate.id === selected) ?? FEATURES[0];

  return (
    <section aria-label="功能">
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => setSelected(data.value as Feature['id'])}
      >
        {FEATURES.map((candidate) => (
          <Tab
            key={candidate.id}
            id={`tab-${candidate.id}`}
            value={candidate.id}
            aria-controls={`panel-${candidate.id}`}
          >
            {candidate.title}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.panel}
        role="tabpanel"
        id={`panel-${feature.id}`}
        aria-labelledby={`tab-${feature.id}`}
        tabIndex={0}
      >
        <Subtitle2 as="h2" className={styles.panelHeading}>
          {feature.title}
          {!feature.available && (
            <Badge appearance="tint" color="informative" size="medium">
              {COMING_SOON}
            </Badge>
          )}
        </Subtitle2>
        <Body1>{feature.description}</Body1>
        <Button appearance="primary" disabledFocusable={!feature.available}>
          {feature.available ? feature.actionLabel : `${feature.actionLabel}（${COMING_SOON}）`}
        </Button>
      </div>
    </section>
  );
}
