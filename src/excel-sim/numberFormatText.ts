import Decimal from 'decimal.js';

/**
 * `Range.text`: a value as Excel displays it under its number format. Covers the
 * formats a budget workbook uses (General, "@", 0, 0.00, #,##0.00, percentages,
 * a negative section, [Red]-style colours, quoted literals); dates and fractions
 * are shown as General.
 */

export type CellScalar = string | number | boolean;

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

function generalText(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exp] = value.toExponential(5).split('e');
    const m = mantissa.replace(/\.?0+$/, '');
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  // General shows at most 11 characters; digits beyond are rounded away.
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const room = Math.max(0, 10 - intDigits - (value < 0 ? 1 : 0));
  return new D(value.toPrecision(15)).toDecimalPlaces(room).toString();
}

interface Section {
  prefix: string;
  suffix: string;
  decimals: number;
  thousands: boolean;
  percent: boolean;
  hasDigits: boolean;
}

function stripDecorations(section: string): string {
  return section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, ' ')
    .replace(/\*./g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/"([^"]*)"/g, '$1');
}

function parseSection(raw: string): Section {
  const s = stripDecorations(raw);
  const first = s.search(/[0#?]/);
  if (first < 0) return { prefix: s, suffix: '', decimals: 0, thousands: false, percent: s.includes('%'), hasDigits: false };
  let last = first;
  for (let i = first; i < s.length; i += 1) if (/[0#?.,]/.test(s[i])) last = i;
  const body = s.slice(first, last + 1);
  const dot = body.indexOf('.');
  const decimals = dot < 0 ? 0 : (body.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  return {
    prefix: s.slice(0, first),
    suffix: s.slice(last + 1),
    decimals,
    thousands: (dot < 0 ? body : body.slice(0, dot)).includes(','),
    percent: s.includes('%'),
    hasDigits: true,
  };
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  for (let i = 0; i < format.length; i += 1) {
    const ch = format[i];
    if (ch === '"') inQuote = !inQuote;
    if (ch === '\\' && i + 1 < format.length) {
      cur += ch + format[i + 1];
      i += 1;
      continue;
    }
    if (ch === ';' && !inQuote) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function groupThousands(intText: string): string {
  return intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatCellText(value: CellScalar | null, numberFormat: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = numberFormat || 'General';
  if (format === '@') return generalText(value);
  const sections = splitSections(format);
  const general = (s: string): boolean => stripDecorations(s).trim().toLowerCase() === 'general';
  let raw = sections[0];
  let magnitude = value;
  let explicitNegative = false;
  if (value < 0 && sections.length > 1 && sections[1] !== '') {
    raw = sections[1];
    magnitude = -value;
    explicitNegative = true;
  } else if (value === 0 && sections.length > 2 && sections[2] !== '') {
    raw = sections[2];
  }
  if (general(raw)) return explicitNegative ? `-${generalText(magnitude)}` : generalText(magnitude);
  const section = parseSection(raw);
  if (!section.hasDigits) return section.prefix;
  const scaled = new D(magnitude.toPrecision(15)).times(section.percent ? 100 : 1);
  const fixed = scaled.abs().toFixed(section.decimals);
  const [intText, fraction] = fixed.split('.');
  const digits = `${section.thousands ? groupThousands(intText) : intText}${fraction ? `.${fraction}` : ''}`;
  const negativeSign = !explicitNegative && scaled.isNegative() && !scaled.toDecimalPlaces(section.decimals).isZero() ? '-' : '';
  return `${negativeSign}${section.prefix}${digits}${section.suffix}`;
}
