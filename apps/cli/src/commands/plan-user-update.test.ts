import { describe, expect, it } from 'vitest';
import { describeUserUpdate, planUserUpdate } from './plan-user-update.js';

describe('planUserUpdate', () => {
  it('does not send or report name, type, status or password given as empty', () => {
    const plan = planUserUpdate({ name: '', type: '', userStatus: '', password: '' });
    expect(plan).toEqual({ fields: {}, changed: [], cleared: [] });
  });

  it('reports an emptied nickname, phone, email, avatar URL or description as cleared', () => {
    const plan = planUserUpdate({ name: '', nickName: 'Ann', phone: '', description: '' });
    expect(plan).toEqual({
      fields: { nickName: 'Ann', phone: '', description: '' },
      changed: ['nickName'],
      cleared: ['phone', 'description'],
    });
  });
});

describe('describeUserUpdate', () => {
  it('names the changed and the cleared fields apart', () => {
    const plan = planUserUpdate({ name: 'ann', email: '' });
    expect(describeUserUpdate('u-1', plan)).toBe('Updated user u-1: changed name; cleared email.');
  });
});
