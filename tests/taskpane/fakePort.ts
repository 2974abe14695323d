import type { WorkbookGrid } from '../../src/domain/grid/types';
import type { OccupiedCells, PlacedBlock, RowInsertion, SelectionInfo, WorkbookChange, WorkbookPort, WriteRequest } from '../../src/excel/port';

/** A WorkbookPort over a plain grid, counting what the pane asks of it. */
export class FakePort implements WorkbookPort {
  reads = 0;
  selections: { sheet: string; address: string }[] = [];
  writes: WriteRequest[] = [];
  private handlers: ((change: WorkbookChange) => void)[] = [];

  constructor(public grid: WorkbookGrid) {}

  async readWorkbook(): Promise<WorkbookGrid> {
    this.reads += 1;
    return JSON.parse(JSON.stringify(this.grid)) as WorkbookGrid;
  }
  async sheetNames(): Promise<string[]> {
    return this.grid.sheets.map((s) => s.name);
  }
  async getSelection(): Promise<SelectionInfo> {
    return { sheet: this.grid.sheets[0].name, address: 'A1', range: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
  async findOccupied(_blocks: PlacedBlock[]): Promise<OccupiedCells[]> {
    return [];
  }
  async write(request: WriteRequest): Promise<void> {
    this.writes.push(request);
  }
  async insertRows(_insertion: RowInsertion): Promise<void> {
    throw new Error('not in this fake');
  }
  async select(sheet: string, address: string): Promise<void> {
    this.selections.push({ sheet, address });
  }
  async onChanged(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    this.handlers.push(handler);
    return async () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }
  /** The user edits a cell (the grid changes, then Excel tells the add-in). */
  userEdit(sheet: string, row: number, col: number, value: number | string | null): void {
    const s = this.grid.sheets.find((g) => g.name === sheet)!;
    while (s.values.length <= row) s.values.push([]);
    s.values[row][col] = value;
    for (const h of this.handlers) h({ sheet });
  }
  get handlerCount(): number {
    return this.handlers.length;
  }
}
