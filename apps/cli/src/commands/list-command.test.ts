import { describe, expect, it } from 'vitest';
import { describePage } from './list-command.js';

const page = { pageNo: 1, pageSize: 20, shown: 0, filtered: false };

describe('describePage', () => {
  it('says "No users." for an empty environment instead of "0 match, 1 pages"', () => {
    expect(describePage({ ...page, total: 0 })).toBe('No users.');
  });

  it('says "No users match." when filters match nobody', () => {
    expect(describePage({ ...page, total: 0, filtered: true })).toBe('No users match.');
  });

  it('says how many users and pages there are when the page is past the end', () => {
    expect(describePage({ ...page, total: 1, pageNo: 3 })).toBe(
      'No users on page 3: 1 user, 1 page of 20.',
    );
  });

  it('gives the position of a page that has users', () => {
    const position = { total: 45, pageNo: 2, pageSize: 20, shown: 20, filtered: false };
    expect(describePage(position)).toBe('Users 21-40 of 45 (page 2 of 3).');
  });
});
