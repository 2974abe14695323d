import { useEffect, useMemo, useState } from 'react';
import {
  Body1,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookPort } from '../excel/port';
import type { HostStatus } from './hostStatus';
import { Workbench } from './Workbench';
import { errorText } from './lib/format';

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
  footer: { color: tokens.colorNeutralForeground3 },
  noWrap: { whiteSpace: 'nowrap' },
});

const TOO_OLD_MESSAGE =
  '请使用 Microsoft 365、Office 2021 或更新版本的 Excel；旧版 Office 或 WPS 请使用命令行工具 budget-tables 检查文件。';

export interface AppProps {
  detectHost: () => Promise<HostStatus>;
  /** The workbook, once the host turned out to be a supported Excel (Office.js, or ExcelSim in the playground). */
  connect: () => WorkbookPort;
}

export function App({ detectHost, connect }: AppProps) {
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
      <StatusContent status={status} connect={connect} />
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

function StatusContent({ status, connect }: { status: HostStatus; connect: () => WorkbookPort }) {
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
          <Workbench workbook={null} />
        </>
      );
    case 'excel':
      return <ConnectedWorkbench connect={connect} />;
  }
}

/** Creates the workbook port once per pane; a failure is said in Chinese instead of a blank pane. */
function ConnectedWorkbench({ connect }: { connect: () => WorkbookPort }) {
  const connection = useMemo(() => {
    try {
      return { port: connect() };
    } catch (error) {
      return { error: errorText(error) };
    }
  }, [connect]);
  if ('port' in connection && connection.port) return <Workbench workbook={connection.port} />;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>无法连接到工作簿</MessageBarTitle>
        <div>请关闭任务窗格后重新打开。（{'error' in connection ? connection.error : ''}）</div>
      </MessageBarBody>
    </MessageBar>
  );
}
