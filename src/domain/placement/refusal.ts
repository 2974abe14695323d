export type RefusalReason =
  /** The code is already in the table. */
  | 'exists'
  /** Not a 5- or 7-digit 功能分类 code. */
  | 'invalidCode'
  /** Codes not in the catalogue: the user can type their names (`needNames`). */
  | 'needsName'
  /** A row that would become a subtotal holds typed amounts. */
  | 'leafHasAmounts'
  /** The table is not one this action applies to, or could not be laid out. */
  | 'unsupported'
  /** The target cell or sheet is not usable. */
  | 'badTarget';

/** A plan the domain will not make, with a Chinese message saying why and what to do. */
export class PlacementRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    /** For 'needsName': the codes whose names the user must type. */
    readonly needNames: string[] = [],
  ) {
    super(message);
    this.name = 'PlacementRefusedError';
  }
}
