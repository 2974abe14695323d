import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { a1, columnLetter } from '../domain/grid/address';
import type { CellRange } from '../domain/grid/types';
import type { SimWorkbook } from '../excel-sim';
import { addressOf, snapshotSheet, type SheetSnapshot } from './sheetSnapshot';

interface Editing {
  row: number;
  col: number;
  text: string;
  /** Where the editor is: in the cell or in the formula bar. */
  place: 'cell' | 'bar';
}

export interface GridViewProps {
  sim: SimWorkbook;
  /** Changes whenever the sim may have changed (pane writes, selections, user edits). */
  version: number;
  /** The user did something to the sim here: redraw now. */
  onUserAction: () => void;
}

function clampCell(row: number, col: number): { row: number; col: number } {
  return { row: Math.max(0, Math.min(row, 1_048_575)), col: Math.max(0, Math.min(col, 16_383)) };
}

function inRange(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Merged areas: the top-left cell spans, the others are not drawn. */
function mergeLayout(snap: SheetSnapshot): { spans: Map<string, CellRange>; hidden: Set<string> } {
  const spans = new Map<string, CellRange>();
  const hidden = new Set<string>();
  for (const m of snap.merges) {
    spans.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r += 1) for (let c = m.left; c <= m.right; c += 1) if (r !== m.top || c !== m.left) hidden.add(`${r}:${c}`);
  }
  return { spans, hidden };
}

/**
 * A small spreadsheet over ExcelSim: sheet tabs, a formula bar, cells showing computed
 * values as Excel formats them. Typing into a cell is a user edit (sim.editCell: the
 * add-in gets onChanged as from Excel); clicking selects (sim.setSelection); selections
 * the add-in makes (Range.select) are drawn the same way.
 */
export function GridView({ sim, version, onUserAction }: GridViewProps) {
  const active = sim.activeSheetName;
  // `version` counts edits to the (mutable) sim: the snapshot must be taken again after each one.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const snap = useMemo(() => snapshotSheet(sim, active), [sim, active, version]);
  const layout = useMemo(() => mergeLayout(snap), [snap]);
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The editor being committed must not be committed twice (Enter, then the blur of the removed input).
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const gridRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<{ row: number; col: number }>({ row: snap.selection.top, col: snap.selection.left });
  const sel = snap.selection;
  const current = { row: sel.top, col: sel.left };

  useEffect(() => {
    // Scroll the selection into view when the add-in selected cells.
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-cell="${a1(sel.top, sel.left)}"]`);
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [sel.top, sel.left, active]);

  function select(range: CellRange, sheet = active) {
    sim.setSelection(sheet, addressOf(range));
    onUserAction();
  }

  function moveTo(row: number, col: number) {
    const at = clampCell(row, col);
    anchor.current = at;
    select({ top: at.row, left: at.col, bottom: at.row, right: at.col });
  }

  async function commit(edit: Editing, then?: { dRow: number; dCol: number }) {
    if (editingRef.current !== edit) return;
    setEditing(null);
    const before = snap.input[edit.row]?.[edit.col] ?? '';
    if (edit.text !== before) await sim.editCell(active, a1(edit.row, edit.col), edit.text);
    if (then) moveTo(edit.row + then.dRow, edit.col + then.dCol);
    else onUserAction();
    gridRef.current?.focus();
  }

  async function clearSelection() {
    for (let r = sel.top; r <= sel.bottom; r += 1) {
      for (let c = sel.left; c <= sel.right; c += 1) if ((snap.input[r]?.[c] ?? '') !== '') await sim.editCell(active, a1(r, c), '');
    }
    onUserAction();
  }

  function onGridKey(e: KeyboardEvent<HTMLDivElement>) {
    if (editing) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    if (e.key === 'F2') {
      e.preventDefault();
      setEditing({ ...current, text: snap.input[current.row]?.[current.col] ?? '', place: 'cell' });
    } else if (e.key in moves && !(e.key === 'Tab' && e.shiftKey)) {
      e.preventDefault();
      const [dr, dc] = moves[e.key];
      moveTo(current.row + dr, current.col + dc);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void clearSelection();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing({ ...current, text: e.key, place: 'cell' });
    }
  }

  function onEditorKey(e: KeyboardEvent<HTMLInputElement>) {
    if (!editing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit(editing, { dRow: 1, dCol: 0 });
    } else if (e.key === 'Tab') {
      e.preventDefault();
      void commit(editing, { dRow: 0, dCol: 1 });
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setEditing(null);
      gridRef.current?.focus();
    }
  }

  const barValue = editing ? editing.text : (snap.input[current.row]?.[current.col] ?? '');
  const rows = Array.from({ length: snap.rows }, (_, r) => r);
  const cols = Array.from({ length: snap.cols }, (_, c) => c);

  return (
    <div className="pg-sheet">
      <div className="pg-formula-bar">
        <span className="pg-name-box" data-testid="name-box">
          {addressOf(sel)}
        </span>
        <span className="pg-fx" aria-hidden="true">
          fx
        </span>
        <input
          aria-label="编辑栏"
          data-testid="formula-bar"
          value={barValue}
          onFocus={() => !editing && setEditing({ ...current, text: barValue, place: 'bar' })}
          onChange={(e) => setEditing({ ...(editing ?? { ...current, place: 'bar' }), text: e.target.value })}
          onKeyDown={onEditorKey}
          onBlur={() => editing?.place === 'bar' && void commit(editing)}
        />
      </div>
      <div
        className="pg-grid"
        ref={gridRef}
        tabIndex={0}
        role="grid"
        aria-label={`工作表 ${active}`}
        data-sheet={active}
        data-selection={addressOf(sel)}
        onKeyDown={onGridKey}
      >
        <table>
          <colgroup>
            <col style={{ width: 44 }} />
            {cols.map((c) => (
              <col key={c} style={{ width: snap.widths[c] }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="pg-corner" />
              {cols.map((c) => (
                <th key={c} className={c >= sel.left && c <= sel.right ? 'pg-head pg-head-on' : 'pg-head'}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={r >= sel.top && r <= sel.bottom ? 'pg-head pg-head-on' : 'pg-head'}>{r + 1}</th>
                {cols.map((c) => {
                  const key = `${r}:${c}`;
                  if (layout.hidden.has(key)) return null;
                  const span = layout.spans.get(key);
                  const address = a1(r, c);
                  const isActive = r === current.row && c === current.col;
                  const classes = ['pg-cell'];
                  if (inRange(sel, r, c)) classes.push('pg-selected');
                  if (isActive) classes.push('pg-active');
                  if (snap.numeric[r]?.[c]) classes.push('pg-number');
                  if (snap.bold[r]?.[c]) classes.push('pg-bold');
                  const align = snap.align[r]?.[c];
                  const fill = snap.fill[r]?.[c];
                  const editingHere = editing?.place === 'cell' && editing.row === r && editing.col === c;
                  return (
                    <td
                      key={c}
                      className={classes.join(' ')}
                      data-cell={address}
                      rowSpan={span ? span.bottom - span.top + 1 : undefined}
                      colSpan={span ? span.right - span.left + 1 : undefined}
                      style={{ textAlign: align as 'left' | 'center' | 'right' | undefined, backgroundColor: inRange(sel, r, c) ? undefined : fill }}
                      title={snap.input[r]?.[c]?.startsWith('=') ? snap.input[r][c] : undefined}
                      onMouseDown={(e) => {
                        if (editing) void commit(editing);
                        if (e.shiftKey) {
                          const a = anchor.current;
                          select({ top: Math.min(a.row, r), left: Math.min(a.col, c), bottom: Math.max(a.row, r), right: Math.max(a.col, c) });
                        } else moveTo(r, c);
                        e.preventDefault();
                        gridRef.current?.focus();
                      }}
                      onDoubleClick={() => setEditing({ row: r, col: c, text: snap.input[r]?.[c] ?? '', place: 'cell' })}
                    >
                      {editingHere ? (
                        <input
                          className="pg-editor"
                          aria-label={`编辑 ${address}`}
                          autoFocus
                          value={editing.text}
                          onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                          onKeyDown={onEditorKey}
                          onBlur={() => void commit(editing)}
                          onMouseDown={(e) => e.stopPropagation()}
                        />
                      ) : (
                        snap.text[r]?.[c]
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pg-tabs" role="tablist" aria-label="工作表">
        {sim.sheetNames.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === active}
            className={name === active ? 'pg-tab pg-tab-on' : 'pg-tab'}
            onClick={() => {
              if (editing) void commit(editing);
              const other = snapshotSheet(sim, name);
              select(other.selection, name);
            }}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}
