import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  avatarUrlSchema,
  descriptionSchema,
  emailSchema,
  nickNameSchema,
  pageNoSchema,
  pageSizeSchema,
  passwordSchema,
  phoneSchema,
  uidBatchSchema,
  uidSchema,
  userNameSchema,
  userStatusSchema,
  userTypeSchema,
} from './field-schemas.js';

function messageOf(schema: z.ZodTypeAny, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues.map((i) => i.message).join('; ');
}

describe('userNameSchema', () => {
  it.each([
    ['a', 1],
    ['a'.repeat(64), 64],
  ])('accepts a name of %#: length %i', (name) => {
    expect(messageOf(userNameSchema, name)).toBeUndefined();
  });

  it('refuses an empty name, naming the length rule', () => {
    expect(messageOf(userNameSchema, '')).toBe('must be 1-64 characters long (got 0)');
  });

  it('refuses a name of 65 characters', () => {
    expect(messageOf(userNameSchema, 'a'.repeat(65))).toContain('(got 65)');
  });

  it.each(['.ann', '_ann', '-ann'])('refuses a name starting with a special character: %s', (n) => {
    expect(messageOf(userNameSchema, n)).toContain('must start with a letter or digit');
  });

  it.each(['ann smith', 'ann@x', '张三', 'ann+1'])(
    'refuses a name with a character outside A-Z a-z 0-9 . _ -: %s',
    (n) => {
      expect(messageOf(userNameSchema, n)).toContain('may contain only');
    },
  );

  it('accepts dots, underscores and dashes after the first character', () => {
    expect(messageOf(userNameSchema, '9ann.smith_x-y')).toBeUndefined();
  });

  it('refuses a number with a type message', () => {
    expect(messageOf(userNameSchema, 42)).toBe('must be a string');
  });
});

describe('uidSchema', () => {
  it('accepts 1 and 64 characters and refuses 0 and 65', () => {
    expect(messageOf(uidSchema, 'u')).toBeUndefined();
    expect(messageOf(uidSchema, 'u'.repeat(64))).toBeUndefined();
    expect(messageOf(uidSchema, '')).toContain('1-64');
    expect(messageOf(uidSchema, 'u'.repeat(65))).toContain('(got 65)');
  });
});

describe('userTypeSchema and userStatusSchema', () => {
  it('accept exactly the documented values', () => {
    expect(messageOf(userTypeSchema, 'internalUser')).toBeUndefined();
    expect(messageOf(userTypeSchema, 'externalUser')).toBeUndefined();
    expect(messageOf(userStatusSchema, 'ACTIVE')).toBeUndefined();
    expect(messageOf(userStatusSchema, 'BLOCKED')).toBeUndefined();
  });

  it('refuse other casings and values with the allowed list', () => {
    expect(messageOf(userTypeSchema, 'InternalUser')).toBe('must be internalUser or externalUser');
    expect(messageOf(userStatusSchema, 'active')).toBe('must be ACTIVE or BLOCKED');
    expect(messageOf(userStatusSchema, 'DISABLE')).toBe('must be ACTIVE or BLOCKED');
  });
});

describe('passwordSchema', () => {
  it('accepts 8 and 32 characters with three classes', () => {
    expect(messageOf(passwordSchema, 'Abcdef12')).toBeUndefined();
    expect(messageOf(passwordSchema, `Ab1${'x'.repeat(29)}`)).toBeUndefined();
  });

  it('refuses 7 and 33 characters, naming the length', () => {
    expect(messageOf(passwordSchema, 'Abcde12')).toBe('must be 8-32 characters long (got 7)');
    expect(messageOf(passwordSchema, `Ab1${'x'.repeat(30)}`)).toContain('(got 33)');
  });

  it('refuses a password that starts with a special character', () => {
    expect(messageOf(passwordSchema, '!Abcdef12')).toBe(
      'must start with a letter (A-Z, a-z) or a digit (0-9)',
    );
  });

  it('refuses a password that starts with a non-ASCII letter, saying which letters count', () => {
    expect(messageOf(passwordSchema, 'Ébc@12345')).toBe(
      'must start with a letter (A-Z, a-z) or a digit (0-9)',
    );
  });

  it('refuses characters outside the documented special set', () => {
    expect(messageOf(passwordSchema, 'Abcdef12.')).toContain('may contain only');
    expect(messageOf(passwordSchema, 'Abcdef12 x')).toContain('may contain only');
  });

  it.each([
    ['lower, upper, digit', 'Abcdefg1', true],
    ['lower, upper, special', 'Abcdefg!', true],
    ['lower, digit, special', 'abcdef1!', true],
    ['upper, digit, special', 'ABCDEF1!', true],
    ['all four', 'Abcdef1!', true],
    ['lower and upper only', 'Abcdefgh', false],
    ['lower and digit only', 'abcdef12', false],
    ['upper and digit only', 'ABCDEF12', false],
    ['digit and special only', '1234567!', false],
    ['lower only', 'abcdefgh', false],
    ['digit only', '12345678', false],
  ])('with %s: accepted is %s', (_classes, password, accepted) => {
    const message = messageOf(passwordSchema, password);
    if (accepted) expect(message).toBeUndefined();
    else expect(message).toContain('at least 3 of');
  });

  it('never repeats the password in its message', () => {
    expect(messageOf(passwordSchema, 'secretpass')).not.toContain('secretpass');
  });
});

describe('nickNameSchema', () => {
  it('counts code points: 2 CJK characters are enough, 1 emoji is not', () => {
    expect(messageOf(nickNameSchema, '张三')).toBeUndefined();
    expect(messageOf(nickNameSchema, '😀')).toBe('must be 2-64 characters long (got 1)');
    expect(messageOf(nickNameSchema, '😀😀')).toBeUndefined();
  });

  it('accepts 64 emoji (128 UTF-16 units) and refuses 65', () => {
    expect(messageOf(nickNameSchema, '😀'.repeat(64))).toBeUndefined();
    expect(messageOf(nickNameSchema, '😀'.repeat(65))).toContain('(got 65)');
  });

  it('refuses text with a lone surrogate, which is not valid Unicode', () => {
    expect(messageOf(nickNameSchema, '\ud800\ud800')).toBe('must be valid Unicode text');
    expect(messageOf(descriptionSchema, 'ok \udc00')).toBe('must be valid Unicode text');
  });

  it('refuses 1 and 0 characters', () => {
    expect(messageOf(nickNameSchema, 'a')).toContain('(got 1)');
    expect(messageOf(nickNameSchema, '')).toContain('(got 0)');
  });
});

describe('phoneSchema', () => {
  it('accepts 1 followed by 10 digits', () => {
    expect(messageOf(phoneSchema, '13800138000')).toBeUndefined();
  });

  it.each([
    ['10 digits', '1380013800'],
    ['12 digits', '138001380001'],
    ['a non-1 lead', '23800138000'],
    ['a country prefix', '+8613800138000'],
    ['letters', '1380013800a'],
  ])('refuses %s', (_case, phone) => {
    expect(messageOf(phoneSchema, phone)).toContain('11-digit mainland number');
  });
});

describe('emailSchema', () => {
  it('accepts an address and refuses text without @', () => {
    expect(messageOf(emailSchema, 'ann@example.com')).toBeUndefined();
    expect(messageOf(emailSchema, 'ann.example.com')).toContain('email address');
  });
});

describe('avatarUrlSchema', () => {
  it('accepts http and https URLs', () => {
    expect(messageOf(avatarUrlSchema, 'https://example.com/a.png')).toBeUndefined();
    expect(messageOf(avatarUrlSchema, 'http://example.com/a.png')).toBeUndefined();
  });

  it.each(['/a.png', 'ftp://example.com/a.png', 'javascript:alert(1)', 'example.com/a.png'])(
    'refuses %s',
    (url) => {
      expect(messageOf(avatarUrlSchema, url)).toContain('absolute http(s) URL');
    },
  );
});

describe('descriptionSchema', () => {
  it('accepts 200 code points of CJK and emoji and refuses 201', () => {
    expect(messageOf(descriptionSchema, '财'.repeat(200))).toBeUndefined();
    expect(messageOf(descriptionSchema, '😀'.repeat(200))).toBeUndefined();
    expect(messageOf(descriptionSchema, '财'.repeat(201))).toContain('(got 201)');
  });
});

describe('pageNoSchema and pageSizeSchema', () => {
  it('accept page size 1 and 100, refuse 0 and 101', () => {
    expect(messageOf(pageSizeSchema, 1)).toBeUndefined();
    expect(messageOf(pageSizeSchema, 100)).toBeUndefined();
    expect(messageOf(pageSizeSchema, 0)).toBe('must be 1-100');
    expect(messageOf(pageSizeSchema, 101)).toBe('must be 1-100');
  });

  it('refuse non-integer and non-number page numbers', () => {
    expect(messageOf(pageNoSchema, 1.5)).toBe('must be a whole number');
    expect(messageOf(pageNoSchema, '2')).toBe('must be a number');
    expect(messageOf(pageNoSchema, 0)).toBe('must be 1 or more');
    expect(messageOf(pageNoSchema, 1)).toBeUndefined();
  });
});

describe('uidBatchSchema', () => {
  const uids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);

  it('accepts 1 and 100 uids', () => {
    expect(messageOf(uidBatchSchema, uids(1))).toBeUndefined();
    expect(messageOf(uidBatchSchema, uids(100))).toBeUndefined();
  });

  it('refuses 0 and 101 uids, naming the count', () => {
    expect(messageOf(uidBatchSchema, [])).toBe('must list 1-100 uids (got 0)');
    expect(messageOf(uidBatchSchema, uids(101))).toBe('must list 1-100 uids (got 101)');
  });

  it('refuses an empty string among the uids, at its index', () => {
    const result = uidBatchSchema.safeParse(['a', '']);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([1]);
    expect(result.error?.issues[0]?.message).toBe('must not be empty');
  });
});
