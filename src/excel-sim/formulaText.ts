import { sheetNameNeedsQuotes } from './address';

/**
 * Excel accepts unquoted sheet names made of letters in any script (=表1!A1);
 * HyperFormula only parses ASCII ones unquoted. Formulas go to HyperFormula with
 * every sheet name quoted and come back quoted only where Excel quotes them.
 */

const IDENT_START = /[\p{L}_\\]/u;
const IDENT_PART = /[\p{L}\p{N}_.]/u;

type SheetRefWriter = (name: string) => string;

function rewriteSheetRefs(formula: string, write: SheetRefWriter): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      // String literal; "" is an escaped quote.
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') {
            j += 2;
            continue;
          }
          break;
        }
        j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j];
        j += 1;
      }
      if (formula[j + 1] === '!') {
        out += `${write(name)}!`;
        i = j + 2;
      } else {
        out += formula.slice(i, j + 1);
        i = j + 1;
      }
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (IDENT_START.test(ch) && !(prev && IDENT_PART.test(prev))) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(formula[j])) j += 1;
      const word = formula.slice(i, j);
      if (formula[j] === '!') {
        out += `${write(word)}!`;
        i = j + 1;
      } else {
        out += word;
        i = j;
      }
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export function excelFormulaToHf(formula: string): string {
  return rewriteSheetRefs(formula, quoted);
}

export function hfFormulaToExcel(formula: string): string {
  return rewriteSheetRefs(formula, (name) => (sheetNameNeedsQuotes(name) ? quoted(name) : name));
}
