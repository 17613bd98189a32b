import { describe, expect, it } from 'vitest';
import { letterKey, withoutAccents } from '@/utils/text/normalize';

describe('withoutAccents', () => {
  it('drops accents and other combining marks, keeps the letters', () => {
    expect(withoutAccents('À lire aussi')).toBe('A lire aussi');
    expect(withoutAccents('câmara Újabb Csökken')).toBe('camara Ujabb Csokken');
    expect(withoutAccents('相关内容')).toBe('相关内容');
  });

  it('with letterKey, gives two spellings of one heading one key', () => {
    expect(letterKey(withoutAccents('À lire aussi :'))).toBe(letterKey(withoutAccents('A lire aussi')));
  });
});
