import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { OccupiedCells } from '../../excel/port';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

const SHOWN = 12;

export function occupiedLines(occupied: readonly OccupiedCells[]): string[] {
  return occupied
    .filter((o) => o.count > 0)
    .map((o) => {
      const cells = o.cells.slice(0, SHOWN).join('、');
      const more = o.count > Math.min(o.cells.length, SHOWN) ? ` 等 ${o.count} 个单元格` : '';
      return `工作表“${o.sheet}”：${cells}${more}`;
    });
}

/** Non-empty cells where the tables would go: named, with the two ways out (nothing is overwritten). */
export function OccupiedNotice({ occupied, onElsewhere, onNewSheets }: { occupied: OccupiedCells[]; onElsewhere: () => void; onNewSheets: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="occupied">
      <MessageBarBody>
        <MessageBarTitle>目标位置已有内容，没有写入任何单元格</MessageBarTitle>
        以下单元格不是空的：
        <ul className={styles.list}>
          {occupiedLines(occupied).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onElsewhere}>
          换个位置
        </Button>
        <Button size="small" appearance="primary" onClick={onNewSheets}>
          插入到新工作表
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
