import { describe, expect, it } from 'vitest';
import { auditPage, halfOf, matchKey, sentenceShapeProblem, titlesAgree } from '@/scripts/lib/audit-page';
import type { PageSummary } from '@/utils/types';
import { fakeSummary } from '../browser-api/fake-summary';

const summary = (over: Partial<PageSummary>): PageSummary =>
  fakeSummary({ url: 'https://example.com/a', title: 'A story', siteName: null, text: '', keyPoints: [], ...over });

describe('audit:pages checks', () => {
  it('matches a point against the true body whatever its quotes and line breaks', () => {
    expect(matchKey('He said “no” —\nthen left.')).toBe(matchKey('He said "no" - then left.'));
    const { flags } = auditPage(
      summary({
        keyPoints: [
          { text: 'He said “no” to the plan.', section: null },
          { text: 'Sign up for our newsletter today.', section: null },
        ],
      }),
      { articleBody: 'Intro.\nHe said "no" to\nthe plan.' },
    );
    expect(flags.map((f) => [f.cls, f.line])).toEqual([['point-not-in-body', 'Sign up for our newsletter today.']]);
  });

  it.each([
    ['At-least once task execution The ATF system retries.', 'en', null],
    ['1 scoop Shakeology, 1 cup strawberries', 'en', 'end'],
    ['// cow.js is a module.', 'en', 'start'],
    ['is an example of an inline equation.', 'en', 'start'],
    ['“$53 million a week is coming across the border.”', 'en', null],
    ['奥尔德林可能是第二个在月球上行走的人', 'zh', 'end'],
    ['奥尔德林可能是第二个在月球上行走的人。', 'zh', null],
    ['กรุงเทพมหานครเปิดให้บริการเรือโดยสารสายใหม่', 'th', null],
  ])('sentence shape of "%s" (%s): %s', (text, lang, problem) => {
    expect(sentenceShapeProblem(text, lang)).toBe(problem);
  });

  it('flags captions that are not lines of the true body, the dek, timestamps and edit links', () => {
    const { flags, checked } = auditPage(
      summary({
        keyPoints: [
          { text: 'One.', section: 'History' },
          { text: 'Two.', section: 'A dek that sums the story up.' },
          { text: 'Three.', section: '2/26/2015 7:11 AM PST BY TMZ STAFF' },
          { text: 'Four.', section: 'Firefox[edit]' },
        ],
      }),
      { articleBody: 'One.\nHistory\nTwo. Three. Four.\nFirefox[edit]' },
    );
    expect(checked.captions).toBe(4);
    expect(flags.filter((f) => f.cls === 'caption-not-heading').map((f) => f.line)).toEqual([
      'A dek that sums the story up.',
      '2/26/2015 7:11 AM PST BY TMZ STAFF',
      'Firefox[edit]',
    ]);
  });

  it('counts a value against a null expectation only when the page does not hold it', () => {
    const { flags } = auditPage(summary({ siteName: 'Salon.com RSS', byline: 'Jane Doe', lang: null }), {
      expected: { title: 'A story', siteName: null, byline: null },
      html: '<html><body><p>By Jane Doe</p></body></html>',
    });
    expect(flags.map((f) => [f.cls, f.line])).toEqual([['meta-siteName', 'Salon.com RSS']]);
  });

  it('a title without its site suffix agrees with one that keeps it, a different title does not', () => {
    expect(titlesAgree('Mozilla', 'Mozilla - Wikipedia')).toBe(true);
    expect(titlesAgree('宇航员在太空中喝酒会怎么样', '宇航员在太空中喝酒会怎么样_探索者_光明网')).toBe(true);
    expect(titlesAgree('Mozilla Firefox', 'Mozilla - Wikipedia')).toBe(false);
  });

  it('a title agrees when a bracketed source sits before the site suffix, or each keeps a part the other drops', () => {
    expect(titlesAgree('トレンドマイクロ、新アプリ', 'トレンドマイクロ、新アプリ（CNET Japan） - Yahoo!ニュース')).toBe(
      true,
    );
    expect(
      titlesAgree(
        'Outside the web: standalone WebAssembly binaries using Emscripten',
        'standalone WebAssembly binaries using Emscripten · V8',
      ),
    ).toBe(true);
    // Sharing only a short part is not the same title.
    expect(titlesAgree('Live: election results', 'Live · The Daily Planet')).toBe(false);
  });

  it('splits pages into two stable halves', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `page-${i}`);
    const fix = ids.filter((id) => halfOf(id) === 'fix').length;
    expect(fix).toBeGreaterThan(70);
    expect(fix).toBeLessThan(130);
    expect(ids.map(halfOf)).toEqual(ids.map(halfOf));
  });
});
