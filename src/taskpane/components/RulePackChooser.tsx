import { Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import { OUTCOME_DEFAULTS, packReferenceProblems, parsePack } from '../../domain/rules';
import { usePaneCatalog } from '../hooks/usePaneCatalog';
import { errorText } from '../lib/format';
import { usePaneStyles } from './styles';

/**
 * 规则包 (rule pack) file for this session: read in the pane (nothing leaves the computer) and
 * checked against the schema before it is used; a bad pack is refused with the JSON path.
 */
export function RulePackChooser({ disabled }: { disabled?: boolean }) {
  const pane = usePaneStyles();
  const { rulesFile, chooseRulesFile } = usePaneCatalog();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);

  async function chosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const parsed = parsePack(await file.text(), file.name, OUTCOME_DEFAULTS);
      const refused = parsed.pack ? packReferenceProblems([parsed.pack]) : parsed.problems;
      setProblems(refused);
      if (parsed.pack && refused.length === 0) chooseRulesFile(parsed.pack);
    } catch (e) {
      setProblems([`无法读取 ${file.name}：${errorText(e)}`]);
    }
  }

  return (
    <div className={pane.tight}>
      <div className={pane.row}>
        <input ref={input} type="file" accept=".json,application/json" hidden data-testid="rule-pack-input" onChange={(e) => void chosen(e)} />
        <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
          {rulesFile ? '换一个规则包…' : '使用规则包文件…'}
        </Button>
        {rulesFile && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => chooseRulesFile(undefined)}>
            不用规则包
          </Button>
        )}
      </div>
      {rulesFile && (
        <Caption1 className={pane.muted} data-testid="rule-pack-file">
          已选规则包“{rulesFile.title ?? rulesFile.name}”（{rulesFile.source}）：在内置规则之上使用
        </Caption1>
      )}
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="rule-pack-refused">
          <MessageBarBody>
            规则包有误，没有使用：
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
