import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/utils/summary/collect-candidates';
import { FEATURE_NAMES, sentenceFeatures } from '@/utils/summary/sentence-features';

const candidate = (text: string, position: number): Candidate => ({
  text,
  section: null,
  block: 0,
  start: 0,
  end: text.length,
  position,
  inBlock: position,
});
const dangling = (texts: string[]): number[] => {
  const at = FEATURE_NAMES.indexOf('danglingStart');
  return sentenceFeatures(texts.map(candidate), []).map((f) => f.values[at]!);
};

describe('sentenceFeatures: a sentence that leans on the one before', () => {
  it.each([
    ['English', "It's the third flood this year.", 'Item: the third flood this year.'],
    [
      'English (a connective in the first clause)',
      'Israeli courts, however, have declared most settlements legal.',
      'Courts, judges and lawyers have argued about the ruling for years.',
    ],
    ['Russian', 'Они будут работать на маршрутах №3 и №7.', 'Онлайн-продажи билетов откроются в понедельник.'],
    ['Spanish', 'Sin embargo, los vecinos temen por su seguridad.', 'Sinaloa registró lluvias intensas el lunes.'],
    ['German', 'Jedoch bleibt die Strecke bis Freitag gesperrt.', 'Jedermann kann die Ausstellung kostenlos besuchen.'],
    ['German (a pronominal adverb)', 'Darin finden sich Reste von Lithium.', 'Darmstadt baut eine neue Brücke.'],
    [
      'Spanish (a demonstrative)',
      'Esta región concentra el 8% del consumo.',
      'Estados Unidos anunció nuevos aranceles.',
    ],
    [
      'French (a demonstrative)',
      'Cette région concentre 8 % de la consommation.',
      'Certains habitants craignent des coupures.',
    ],
    ['Chinese', '他提醒，内蒙古中东部还将出现大风天气。', '北京今天迎来入冬以来的第一场降雪。'],
    ['Japanese', 'しかし、運行再開の見通しは立っていない。', '東京都内では朝から雪が降り続いている。'],
    [
      'Indonesian',
      'Ia tidak lebih hanyalah kaki tangan musuh-musuh asing.',
      'Iain dan kawan-kawan tiba di Jakarta pada hari Senin.',
    ],
    ['Korean', '그러나 복구 작업은 다음 주까지 이어질 전망이다.', '서울에 첫눈이 내렸다.'],
  ])('%s: a dangling start is marked, a word that merely begins the same way is not', (_, leaning, standalone) => {
    expect(dangling([leaning, standalone])).toEqual([1, 0]);
  });
});
