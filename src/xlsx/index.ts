export { readWorkbookBuffer, sheetToGrid } from './read';
export { writeWorkbookBuffer } from './write';
