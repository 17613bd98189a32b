import { describe, expect, it } from 'vitest';
import { isHttpUrl } from '@/utils/text/is-http-url';

describe('isHttpUrl', () => {
  it.each([
    ['https://example.com/a', true],
    ['HTTP://EXAMPLE.COM', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['/relative/path', false],
    ['ftp://example.com', false],
  ])('%s -> %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});
