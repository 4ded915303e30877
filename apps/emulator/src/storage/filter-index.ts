/** The user fields a substring filter can look at, named as in `UserQuery`. */
export type FilterField = 'name' | 'nickName' | 'phone' | 'email';

/** Every filter field, in the order filters are checked. */
export const FILTER_FIELDS: readonly FilterField[] = ['name', 'nickName', 'phone', 'email'];

/** One substring filter: the field and the text it must contain (never empty). */
export type SubstringFilter = readonly [field: FilterField, needle: string];

/** A user as the index holds it: its row id, creation time and filter fields. */
export type FilterEntry = { seq: number; createdAt: number } & Record<FilterField, string>;

/** The matches of a scan: how many in all, and the row ids of the requested window. */
export interface FilterMatches {
  total: number;
  seqs: number[];
}

// Below this many removed slots, compacting is not worth a pass over the arrays.
const minRemovedToCompact = 1024;

/**
 * The filter fields of one environment's users in memory, in listing order (creation time, then
 * row id), one plain array per field so a scan is a tight loop of `String.prototype.includes`,
 * which is case-sensitive like the contract asks. Removed users leave a slot whose row id is
 * negated and whose texts are emptied; the arrays are compacted once most slots are removed.
 * Row ids and times of removed slots stay in place, so positions can still be found by binary
 * search on (creation time, row id).
 */
export class FilterIndex {
  #seqs: number[] = [];
  #createdAts: number[] = [];
  #columns: Record<FilterField, string[]> = { name: [], nickName: [], phone: [], email: [] };
  #removed = 0;

  /** Number of users held (removed slots not counted). */
  get size(): number {
    return this.#seqs.length - this.#removed;
  }

  /**
   * Adds a user after the last one. Refuses (answers `false`, changes nothing) when the user
   * would sort before the last one, which only an import of older users does; the owner then
   * rebuilds the index instead of shifting the arrays.
   */
  append(entry: FilterEntry): boolean {
    const last = this.#seqs.length - 1;
    if (last >= 0 && compareKeys(entry, this.#createdAts[last]!, this.#seqs[last]!) < 0) {
      return false;
    }
    this.#seqs.push(entry.seq);
    this.#createdAts.push(entry.createdAt);
    for (const field of FILTER_FIELDS) this.#columns[field].push(entry[field]);
    return true;
  }

  /** Changes the given fields of one held user; answers `false` when the user is not held. */
  patch(seq: number, createdAt: number, fields: Partial<Record<FilterField, string>>): boolean {
    const at = this.#find(seq, createdAt);
    if (at < 0) return false;
    for (const field of FILTER_FIELDS) {
      const value = fields[field];
      if (value !== undefined) this.#columns[field][at] = value;
    }
    return true;
  }

  /** Drops one held user; answers `false` when the user is not held. */
  delete(seq: number, createdAt: number): boolean {
    const at = this.#find(seq, createdAt);
    if (at < 0) return false;
    this.#seqs[at] = -seq;
    for (const field of FILTER_FIELDS) this.#columns[field][at] = '';
    this.#removed += 1;
    if (this.#removed >= minRemovedToCompact && this.#removed * 2 > this.#seqs.length) {
      this.#compact();
    }
    return true;
  }

  /**
   * Walks every held user once and answers the number matching all filters (ANDed) and the row
   * ids of matches `offset` to `offset + limit - 1`, in listing order.
   */
  scan(filters: readonly SubstringFilter[], offset: number, limit: number): FilterMatches {
    const [head, ...rest] = filters;
    if (head === undefined) throw new Error('A filter scan needs at least one filter');
    const column = this.#columns[head[0]];
    const needle = head[1];
    const others = rest.map(([field, text]) => [this.#columns[field], text] as const);
    const seqs: number[] = [];
    const end = offset + limit;
    let total = 0;
    for (let i = 0; i < column.length; i += 1) {
      if (!column[i]!.includes(needle)) continue;
      if (others.length > 0 && !others.every(([other, text]) => other[i]!.includes(text))) continue;
      const seq = this.#seqs[i]!;
      if (seq < 0) continue;
      if (total >= offset && total < end) seqs.push(seq);
      total += 1;
    }
    return { total, seqs };
  }

  // Position of a held user, by binary search on the listing order; -1 when absent or removed.
  #find(seq: number, createdAt: number): number {
    const key = { seq, createdAt };
    let low = 0;
    let high = this.#seqs.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = compareKeys(key, this.#createdAts[mid]!, Math.abs(this.#seqs[mid]!));
      if (order === 0) return this.#seqs[mid]! > 0 ? mid : -1;
      if (order < 0) high = mid - 1;
      else low = mid + 1;
    }
    return -1;
  }

  #compact(): void {
    const keep = this.#seqs.flatMap((seq, i) => (seq > 0 ? [i] : []));
    this.#seqs = keep.map((i) => this.#seqs[i]!);
    this.#createdAts = keep.map((i) => this.#createdAts[i]!);
    for (const field of FILTER_FIELDS) {
      const column = this.#columns[field];
      this.#columns[field] = keep.map((i) => column[i]!);
    }
    this.#removed = 0;
  }
}

function compareKeys(
  key: { seq: number; createdAt: number },
  createdAt: number,
  seq: number,
): number {
  return key.createdAt - createdAt || key.seq - seq;
}
