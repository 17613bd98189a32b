import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { extractArticle } from '@/utils/article/extract-article';
import { collectCandidates } from '@/utils/summary/collect-candidates';
import { checkLanguage } from '@/utils/text/detect-language';

const GERMAN =
  'Die Messe findet am 12. bis 13. September in der Halle statt. Der Eintritt ist für alle Besucher frei, und die Veranstalter erwarten mehr als zehntausend Gäste. ' +
  'Nach Angaben der Stadt wird die Halle bis zum Beginn der Messe renoviert. Es ist die erste Messe dieser Art, die in der Stadt stattfindet, und auch die Hotels sind bereits ausgebucht. ' +
  'Im vergangenen Jahr wurde die Veranstaltung wegen der Bauarbeiten abgesagt. Die Organisatoren sind mit der Planung sehr zufrieden, sagte ein Sprecher bei der Vorstellung des Programms.';
const ENGLISH =
  'The fair will take place in the hall on September 12 and 13. Entry is free for all visitors, and the organisers said they expect more than ten thousand guests. ' +
  'According to the city, the hall will have been renovated by the time the fair opens. It is the first fair of its kind in the city, and the hotels are already booked. ' +
  'Last year the event was cancelled because of the building work, which has now been finished, and the organisers said they were happy with the plans.';

describe('checkLanguage: the declared language, unless the text plainly is another', () => {
  it('a page declared English whose text is German is German', () => {
    expect(checkLanguage('en', GERMAN)).toBe('de');
  });
  it('an English text keeps its declared language, region included', () => {
    expect(checkLanguage('en-GB', ENGLISH)).toBe('en-GB');
  });
  it('a page declared English whose text is Japanese or Korean is that language', () => {
    const ja = 'きょうは東京で大きな会議が開かれ、多くの人が参加しました。'.repeat(10);
    const ko = '서울시는 오늘 새로운 버스 노선을 발표했습니다 시민들은 환영했습니다 '.repeat(10);
    expect(checkLanguage('en', ja)).toBe('ja');
    expect(checkLanguage('en', ko)).toBe('ko');
  });
  it('too little text, or no declaration, keeps what the page says', () => {
    expect(checkLanguage('en', 'Der Eintritt ist frei.')).toBe('en');
    expect(checkLanguage(null, GERMAN)).toBeNull();
  });
  it('a few quoted foreign words do not change the language', () => {
    expect(checkLanguage('en', `${ENGLISH} The sign read "Eintritt frei, die Messe ist offen".`)).toBe('en');
  });
});

describe('a German story under lang="en" is split as German', () => {
  it('keeps "am 12. bis 13. September" in one sentence', () => {
    const doc = documentFromHtml(
      `<html lang="en"><head><title>Messe</title></head><body><article>${GERMAN.split(/(?<=\p{Ll}\.)\s/u)
        .map((s) => `<p>${s}</p>`)
        .join('')}</article></body></html>`,
    );
    const article = extractArticle(doc, 'https://example.de/messe');
    expect(article.lang).toBe('de');
    expect(collectCandidates(article).map((c) => c.text)).toContain(
      'Die Messe findet am 12. bis 13. September in der Halle statt.',
    );
  });
});
