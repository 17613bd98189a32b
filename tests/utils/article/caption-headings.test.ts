import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { headingRole } from '@/utils/article/caption-headings';
import { extractArticle } from '@/utils/article/extract-article';

const PROSE = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1} tells the story at length, with enough words to count as prose for the reader.</p>`,
).join('');

describe('headingRole: captions only from real headings', () => {
  it.each([
    ['Firefox[edit]', 'Firefox'],
    ['Geschichte [Bearbeiten | Quelltext bearbeiten]', 'Geschichte'],
    ['Current status #', 'Current status'],
    ['# Running in Wasm runtimes', 'Running in Wasm runtimes'],
    ['历史[编辑]', '历史'],
    ['What happened on January 6, 2021 at the Capitol', 'What happened on January 6, 2021 at the Capitol'],
  ])('an edit link or anchor mark comes off the caption: "%s"', (raw, caption) => {
    expect(headingRole(raw)).toEqual({ role: 'caption', text: caption });
  });

  it.each([
    '2/26/2015 7:11 AM PST BY TMZ STAFF',
    'BY TMZ STAFF',
    'January 10, 2020 9:00AM (UTC)',
    'Mis à jour le 3 mars 2020',
    '14. Oktober 2015',
    '[Related: Plague in Mongolia prompts quarantine]',
    'A THIRD case of the plague has been reported in China – with the public beginning to panic.',
    '今年の夏は記録的な猛暑となり、全国で熱中症の患者が相次いでいると気象庁が発表しました。',
  ])('a timestamp, byline, bracketed teaser or whole sentence is page text, not a caption: "%s"', (raw) => {
    expect(headingRole(raw).role).toBe('paragraph');
  });

  it.each([
    'Caroline Hawley, BBC diplomatic correspondent',
    'Jane Doe, Staff Writer',
    'Marie Dupont, envoyée spéciale',
    'Ana López García, corresponsal',
  ])('a reporter\'s line set as a heading ("%s") is no caption', (line) => {
    expect(headingRole(line).role).toBe('drop');
  });

  it.each(['资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄', '图为马素湘在悉尼游玩时的近影。'])(
    "a photo's caption and credit set as a heading is no caption: %s",
    (text) => {
      expect(headingRole(text).role).toBe('drop');
    },
  );

  it.each(['——（宋）陆游', '—— （汉）东方朔', '— Emily Dickinson'])(
    "a quotation's attribution set as a heading is no caption: %s",
    (text) => {
      expect(headingRole(text).role).toBe('drop');
    },
  );

  it("the writer's name set as a heading is the byline, no caption", () => {
    expect(headingRole('Nathanael Johnson', { byline: 'Nathanael Johnson' }).role).toBe('drop');
    expect(headingRole('Nathanael Johnson', { byline: 'Jane Doe' })).toEqual({
      role: 'caption',
      text: 'Nathanael Johnson',
    });
  });

  it.each(['What did the prosecutors say?', 'Letters to the editor', 'Smith, Jones and the writer'])(
    'a real heading that names a role is still a caption ("%s")',
    (heading) => {
      expect(headingRole(heading).role).toBe('caption');
    },
  );

  it('a heading that opens the page description is its dek, not a caption', () => {
    const dek = 'Snopes fact checker and staff writer David Emery posted to Twitter asking a question';
    expect(headingRole(dek, { description: `${dek}?` }).role).toBe('paragraph');
    expect(headingRole('What comes next', { description: 'What comes next for the city' }).role).toBe('caption');
  });

  it('a shortened headline is not a caption', () => {
    const title = "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!";
    expect(headingRole('$150K Pearl Oscar Dress ... STOLEN!!!!', { title }).role).toBe('drop');
    expect(headingRole('Pearl Oscar Dress', { title: 'Pearl harbour anniversary' }).role).toBe('caption');
    expect(headingRole('Oscar Dress', { title }).role).toBe('caption');
  });

  it('the headline written another way (same opening, another ending) is not a caption (blind pool H)', () => {
    const title = 'ファインの新聞ストッカーは引越しにも使える！ 新聞も家具も簡単に固定';
    expect(headingRole('ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単', { title }).role).toBe('drop');
    // A section that shares only a few opening letters with the title stays a caption.
    expect(headingRole('ファインの使い方', { title }).role).toBe('caption');
    expect(
      headingRole('Die elektronische Patientenakte – viele Modelle und kaum Vernetzung', {
        title: 'Die elektronische Patientenakte (ePA) – der lange Marsch ins Digitale Gesundheitswesen',
      }).role,
    ).toBe('caption');
  });

  it.each(['Gallery: Xbox One X | 14 Photos', 'Bildergalerie: Die neuen Trams', '12 photos'])(
    'a media gallery label is no caption: "%s"',
    (raw) => {
      expect(headingRole(raw).role).toBe('drop');
    },
  );

  it.each(['[edit]', ' # '])('a heading of marks only is dropped: "%s"', (raw) => {
    expect(headingRole(raw).role).toBe('drop');
  });

  it.each(['What happens next?', 'The 2015 season', 'Why it matters', 'Chapter 3: The return'])(
    'an ordinary heading stays a caption: "%s"',
    (raw) => {
      expect(headingRole(raw)).toEqual({ role: 'caption', text: raw });
    },
  );
});

describe('extractArticle: a dek is never a caption, and may be a key point once', () => {
  it('the dek heading becomes a paragraph, and no block takes it as its section', () => {
    const dek = 'The city council voted on Tuesday to close the old bridge for two years of repairs.';
    const doc = documentFromHtml(
      `<html><head><title>Bridge to close</title><meta name="description" content="${dek}"></head><body><article>` +
        `<h1>Bridge to close</h1><h2>${dek}</h2>${PROSE}<h2>Story continues below gallery</h2>${PROSE}</article></body></html>`,
    );
    const blocks = extractArticle(doc, 'https://example.com/news/bridge').blocks;
    expect(blocks.filter((b) => b.text === dek).map((b) => b.kind)).toEqual(['paragraph']);
    expect(blocks.some((b) => b.section === dek)).toBe(false);
    expect(blocks.some((b) => /continues below/.test(b.text) || /continues below/.test(b.section ?? ''))).toBe(false);
  });
});

describe('a heading above all of the body text heads the piece, not a section', () => {
  it.each(['Biz & IT —', 'Chapter Text', 'Why Neon Is the Ultimate Symbol of the 20th Century'])(
    '"%s" before every paragraph captions none of them; a later heading still does',
    (opening) => {
      const html = `<html><head><title>A story about something else</title></head><body><article><h2>${opening}</h2>${PROSE}<h2>What comes next</h2>${PROSE}</article></body></html>`;
      const { blocks } = extractArticle(documentFromHtml(html), 'https://news.example.com/a');
      const sections = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.section);
      expect(sections.slice(0, 6)).toEqual(Array(6).fill(null));
      expect(sections.slice(6)).toEqual(Array(6).fill('What comes next'));
    },
  );
});

describe('headingRole: a clause leading into a list (blind look 3)', () => {
  it.each([
    'Vous pourrez vous appuyer sur les questions suivantes:',
    'Here are the steps the council says it will take next:',
    'Die Stadt nennt dafür die folgenden drei wichtigen Gründe:',
  ])('a long line ending in a colon is page text, not a caption: "%s"', (raw) => {
    expect(headingRole(raw).role).toBe('paragraph');
  });

  it.each(['Update:', 'Key facts:', 'Was wir wissen:'])(
    'a short label with a colon is still a caption: "%s"',
    (raw) => {
      expect(headingRole(raw).role).toBe('caption');
    },
  );
});

describe('sections under an interview question set as a heading', () => {
  it('end at the next question asked in a paragraph, so its answer is not captioned with the earlier question', () => {
    const html =
      '<html><head><title>Interview</title></head><body><article><h1>Interview</h1>' +
      PROSE +
      '<h2>Q&amp;A with the founder</h2><p>How did it start? We talked about it for a long time, and he agreed.</p>' +
      '<h4>What do you tease him about?</h4><p>Everyone needs someone to tell them not to wear so much Prada.</p>' +
      '<h4>And how did he respond to that?</h4><p>He did not say anything to that and looked at me funny.</p>' +
      '<p>Do you see yourself starting another company soon?</p><p>I will start a company if I have to start one to solve a problem.</p>' +
      '</article></body></html>';
    const blocks = extractArticle(documentFromHtml(html), 'https://example.com/interview').blocks;
    const sectionOf = (start: string): string | null | undefined =>
      blocks.find((b) => b.text.startsWith(start))?.section;
    expect(sectionOf('Everyone needs')).toBe('What do you tease him about?');
    expect(sectionOf('He did not say')).toBe('And how did he respond to that?');
    expect(sectionOf('I will start a company')).toBe('Q&A with the founder');
  });
});

describe('a promo label or a link module heading in the body is never a caption (blind pool C)', () => {
  it.each(['Popular Video', 'Watch next', 'Vidéos populaires', 'Most read', 'Sponsored stories', '人気動画'])(
    '"%s" between paragraphs heads none of the story paragraphs after it',
    (label) => {
      const html =
        `<html><head><title>A story about something else</title></head><body><article>${PROSE}` +
        `<h3>${label}</h3><span>This judge looked an inmate in the eyes:</span>${PROSE}</article></body></html>`;
      const { blocks } = extractArticle(documentFromHtml(html), 'https://news.example.com/a');
      expect(blocks.some((b) => b.section === label || b.text === label)).toBe(false);
    },
  );
});
