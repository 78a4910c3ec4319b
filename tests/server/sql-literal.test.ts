import { describe, expect, it } from 'vitest';
import { sqlInt, sqlJson, sqlText } from '../../src/server/store/pg-literal';

describe('SQL literals of the PostgreSQL push', () => {
  it('dollar-quotes text, so quotes, backslashes and semicolons inside stay text', () => {
    expect(sqlText(`O'Brien \\ x`)).toBe(`$v$O'Brien \\ x$v$`);
    expect(sqlText(`'); DROP TABLE records; --`)).toBe(`$v$'); DROP TABLE records; --$v$`);
    expect(sqlText(null)).toBe('NULL');
    expect(sqlJson(null)).toBe('NULL::json');
    expect(sqlJson('{"a":"\\u0000"}')).toBe('$v${"a":"\\u0000"}$v$::json');
  });

  it('escapes text holding the quote tag instead, doubling quotes and backslashes', () => {
    expect(sqlText(`a$v$'; DROP TABLE x; --\\`)).toBe(`E'a$v$''; DROP TABLE x; --\\\\'`);
  });

  it('stores U+0000, which PostgreSQL text cannot hold, as U+FFFD', () => {
    expect(sqlText('a\u0000b')).toBe(`E'a\uFFFDb'`);
  });

  it('refuses a number that is not a safe integer instead of splicing it', () => {
    expect(sqlInt(42)).toBe('42');
    expect(() => sqlInt(1.5)).toThrow();
    expect(() => sqlInt(Number.NaN)).toThrow();
    expect(() => sqlInt(2 ** 53)).toThrow();
    expect(() => sqlInt('1; DROP TABLE x' as unknown as number)).toThrow();
  });
});
