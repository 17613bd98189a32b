import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { blocksToText } from '@/utils/article/blocks-to-text';
import { collectBlocks } from '@/utils/article/collect-blocks';
import { extractArticle } from '@/utils/article/extract-article';
import { restoreTables } from '@/utils/article/protect-tables';
import type { Block } from '@/utils/types';

function blocks(html: string): Block[] {
  return collectBlocks(
    documentFromHtml(`<html><body><div id="root">${html}</div></body></html>`).querySelector('#root')!,
  );
}

describe('collectBlocks', () => {
  it.each<[string, string, Partial<Block>[]]>([
    [
      "a slide's heading heads its text, not glued to it (blind pool T)",
      '<ul><li class="slide"><h2>Fall Branches in Vase</h2><p>Bring the colours of fall indoors.</p></li><li>Plain item.</li></ul>',
      [
        { kind: 'heading', text: 'Fall Branches in Vase' },
        { kind: 'paragraph', text: 'Bring the colours of fall indoors.', section: 'Fall Branches in Vase' },
        { kind: 'list-item', text: 'Plain item.' },
      ],
    ],
    [
      'headings set the section of what follows',
      '<p>Intro.</p><h2>📱 How It Started</h2><p>Body.</p>',
      [
        { kind: 'paragraph', text: 'Intro.', section: null },
        { kind: 'heading', text: '📱 How It Started', section: null },
        { kind: 'paragraph', text: 'Body.', section: '📱 How It Started' },
      ],
    ],
    [
      'a bold line alone before a <br> inside a paragraph is a subheading (blind pool L, ifeng)',
      '<p><span>长春市政府联合阿里巴巴开启了直播月活动。</span><br><br><span>&nbsp;&nbsp;</span><strong>小屏幕里看大长春</strong><br><span>&nbsp;</span><br><span>这片富饶的黑土地上有丰富的农产品。</span></p>',
      [
        { kind: 'paragraph', text: '长春市政府联合阿里巴巴开启了直播月活动。', section: null },
        { kind: 'heading', text: '小屏幕里看大长春', section: null },
        { kind: 'paragraph', text: '这片富饶的黑土地上有丰富的农产品。', section: '小屏幕里看大长春' },
      ],
    ],
    [
      'a bold teaser label over a list of bold links stays one block (Express\'s "DON\'T MISS")',
      '<p><strong>DON\'T MISS</strong><br><strong><a href="/a">Plague warning: CDC names eight diseases</a></strong><br><strong><a href="/b">Plane passengers quarantined</a></strong></p>',
      [{ kind: 'paragraph', text: "DON'T MISS Plague warning: CDC names eight diseases Plane passengers quarantined" }],
    ],
    [
      'a bold word inside a line stays in its sentence',
      '<p>The council <strong>closed</strong><br>the bridge on Monday.</p>',
      [{ kind: 'paragraph', text: 'The council closed the bridge on Monday.', section: null }],
    ],
    [
      'ordered and unordered list items',
      '<ol><li>One</li><li>Two</li></ol><ul><li>Dot</li></ul>',
      [
        { kind: 'list-item', text: 'One', ordered: true },
        { kind: 'list-item', text: 'Two', ordered: true },
        { kind: 'list-item', text: 'Dot', ordered: false },
      ],
    ],
    [
      'nested lists stay separate items',
      '<ul><li>Parent<ul><li>Child</li></ul></li></ul>',
      [
        { kind: 'list-item', text: 'Parent' },
        { kind: 'list-item', text: 'Child' },
      ],
    ],
    [
      'quotes',
      '<blockquote><p>We are not content.</p><p>Next could be you.</p></blockquote>',
      [
        { kind: 'quote', text: 'We are not content.' },
        { kind: 'quote', text: 'Next could be you.' },
      ],
    ],
    [
      'loose text between blocks becomes paragraphs',
      'Loose <b>text</b> here<div>Block</div>tail<br><br>after',
      [
        { kind: 'paragraph', text: 'Loose text here' },
        { kind: 'paragraph', text: 'Block' },
        { kind: 'paragraph', text: 'tail' },
        { kind: 'paragraph', text: 'after' },
      ],
    ],
    [
      'inline markup does not split words; block markup does not glue them',
      '<p>Un<b>believ</b>able</p><div><span>Issue</span><div>Significance</div></div>',
      [
        { kind: 'paragraph', text: 'Unbelievable' },
        { kind: 'paragraph', text: 'Issue' },
        { kind: 'paragraph', text: 'Significance' },
      ],
    ],
    [
      'a lone bold line is a heading (Blogger, WordPress)',
      '<b>How much do they keep?</b><br><br>Most of it.<p><strong>What next</strong></p><p>More text.</p><p><b>Note:</b> bold label, then prose.</p>',
      [
        { kind: 'heading', text: 'How much do they keep?', section: null },
        { kind: 'paragraph', text: 'Most of it.', section: 'How much do they keep?' },
        { kind: 'heading', text: 'What next' },
        { kind: 'paragraph', text: 'More text.', section: 'What next' },
        { kind: 'paragraph', text: 'Note: bold label, then prose.', section: 'What next' },
      ],
    ],
    [
      'scripts, styles and captions are skipped',
      '<p>Text<script>var x=1</script></p><style>p{}</style><figure><img alt="x"><figcaption>Photo: AP</figcaption></figure>',
      [{ kind: 'paragraph', text: 'Text' }],
    ],
  ])('%s', (_, html, expected) => {
    expect(blocks(html)).toMatchObject(expected);
    expect(blocks(html)).toHaveLength(expected.length);
  });
});

describe('blocksToText', () => {
  it('separates blocks by a blank line and table cells by " | "', () => {
    const text = blocksToText(
      blocks(
        '<p>One.</p><table><tr><th>Issue</th><th>Significance</th></tr><tr><td>A</td><td>B</td></tr></table><p>Two.</p>',
      ),
    );
    expect(text).toBe('One.\n\nIssue | Significance\nA | B\n\nTwo.');
    expect(text).not.toContain('IssueSignificance');
  });
});

describe('restoreTables', () => {
  it('puts a dropped table back after the paragraph that preceded it', () => {
    const before: Block[] = [
      { kind: 'heading', level: 2, text: 'Why this matters', section: null },
      { kind: 'paragraph', text: 'The table below sums it up.', section: 'Why this matters' },
      { kind: 'paragraph', text: 'Closing words.', section: 'Why this matters' },
    ];
    const table = { caption: null, columns: ['Issue', 'Significance'], rows: [['Cost', 'Bills rise']] };
    const after = restoreTables(
      before,
      new Map([['0', { id: '0', table, before: 'The table below sums it up.' }]]),
      new Set(),
    );
    expect(after.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'table', 'paragraph']);
    expect(after[2]).toMatchObject({
      table,
      section: 'Why this matters',
      text: 'Issue | Significance\nCost | Bills rise',
    });
  });
  it('leaves tables that were kept alone', () => {
    const table = { caption: null, columns: [], rows: [['a', 'b']] };
    const before: Block[] = [{ kind: 'paragraph', text: 'x', section: null }];
    expect(restoreTables(before, new Map([['0', { id: '0', table, before: 'x' }]]), new Set(['0']))).toEqual(before);
  });
});

describe('extractArticle', () => {
  const prose = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i} explains what happened to the river barrier plan in the council chamber on Tuesday night.</p>`,
  ).join('');
  it.each([
    ['share prompts', '<p>Share this article</p>', 'Share this article'],
    ['a "read more" teaser', '<p><strong>READ MORE:</strong> <a href="/x">Another story</a></p>', 'Another story'],
    ['a dateline', '<p>PUBLISHED: 10:48, Tue, Nov 19, 2019</p>', 'PUBLISHED'],
    [
      'a newsletter box',
      '<div class="newsletter-signup"><p>Get our morning briefing in your inbox every day.</p></div>',
      'morning briefing',
    ],
    ['an image credit', '<p>The river at dawn (Image: GETTY)</p>', 'GETTY'],
    ['a byline paragraph', '<p>By Jane Doe</p>', 'Jane Doe'],
    [
      'a "Continue reading" link',
      '<p>The excerpt ends here. <a class="more-link" href="/x">Continue reading<span class="screen-reader-text"> Title</span></a></p>',
      'Continue reading',
    ],
    ['a "Read more »" link', '<p>The excerpt ends here. <a href="/x">Read more »</a></p>', 'Read more'],
  ])('drops %s', (_, html, fragment) => {
    const doc = documentFromHtml(
      `<html><head><title>River plan</title></head><body><article><h1>River plan</h1>${prose}${html}${prose}</article></body></html>`,
    );
    const text = blocksToText(extractArticle(doc, 'https://example.com/river').blocks);
    expect(text).toContain('Paragraph 4 explains');
    expect(text).not.toContain(fragment);
  });

  it('keeps section headings whose class Readability distrusts (Substack "header-anchor-post")', () => {
    const doc = documentFromHtml(
      `<html><head><title>River plan</title></head><body><article><h1>River plan</h1>${prose}<h2 class="header-anchor-post">The price spikes pay for it</h2>${prose}</article></body></html>`,
    );
    const article = extractArticle(doc, 'https://example.com/river');
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'The price spikes pay for it',
    ]);
    expect(article.blocks[article.blocks.length - 1]!.section).toBe('The price spikes pay for it');
  });

  it('does not repeat the headline as a block', () => {
    const doc = documentFromHtml(
      `<html><head><title>River plan - Ledger</title><meta property="og:site_name" content="Ledger"></head><body><article><h1>River plan</h1>${prose}</article></body></html>`,
    );
    const article = extractArticle(doc, 'https://example.com/river');
    expect(article.title).toBe('River plan');
    expect(article.blocks.some((b) => b.kind === 'heading' && b.text === 'River plan')).toBe(false);
  });
});

describe('collectBlocks: photo boxes in layout tables', () => {
  const img = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">';
  it('drops a layout table that holds only a photo and its caption, like a <figcaption>', () => {
    const out = blocks(
      `<p>Before.</p><table><tr><td>${img}</td></tr><tr><td><font size="1">Exposed shoreline at the reservoir on Wednesday. (Gazette photo)</font></td></tr></table><p>After.</p>`,
    );
    expect(out.map((b) => b.text)).toEqual(['Before.', 'After.']);
  });
  it('keeps a layout table with an image beside real prose', () => {
    const prose = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const out = blocks(`<table><tr><td>${img}</td><td>${prose}</td></tr></table>`);
    expect(out.map((b) => b.text)).toEqual([prose]);
  });
  it('keeps a layout table with an image and a paragraph', () => {
    const out = blocks(`<table><tr><td>${img}</td><td><p>A short paragraph.</p></td></tr></table>`);
    expect(out.map((b) => b.text)).toEqual(['A short paragraph.']);
  });
  it('counts Chinese text by characters: a long Chinese cell beside a photo stays', () => {
    const zh =
      '记者在北京朝阳区一处社区看到不少居民已经换上了厚外套并且在超市里购买取暖用品和过冬的食物准备迎接今年冬天的第一场寒潮，气象台提醒市民注意防寒保暖';
    const out = blocks(`<table><tr><td>${img}</td></tr><tr><td>${zh}</td></tr></table>`);
    expect(out.map((b) => b.text)).toEqual([zh]);
  });
});

describe('collectBlocks: a bold run-in label is not glued to its sentence', () => {
  it('splits "At-least once task execution The ATF system ..." into the label and the sentence', () => {
    const out = blocks(
      '<p><strong>At-least once task execution</strong> The ATF system retries every task until a worker confirms it.</p>',
    );
    expect(out.map((b) => b.text)).toEqual([
      'At-least once task execution',
      'The ATF system retries every task until a worker confirms it.',
    ]);
  });
  it('finds the label after the white space the markup opens with and a <br> inside the bold run', () => {
    const out = blocks(
      '<p>\n    <b>At-least once task execution<br /></b> The ATF system retries every task until a worker confirms it.</p>',
    );
    expect(out.map((b) => b.text)).toEqual([
      'At-least once task execution',
      'The ATF system retries every task until a worker confirms it.',
    ]);
  });
  it.each([
    '<p><strong>Note:</strong> The ATF system retries every task until a worker confirms it.</p>',
    '<p><b>Jane Doe</b> Said the system retries every task until a worker confirms it.</p>',
    '<p><b>The ATF system</b> retries every task until a worker confirms it.</p>',
  ])('keeps a label with its own colon, a short name or a bold subject in its sentence: %s', (html) => {
    expect(blocks(html)).toHaveLength(1);
  });
});

describe('collectBlocks: a box label is no section heading', () => {
  const story =
    '<p>The council voted on Tuesday to close the bridge for repairs.</p><p>Residents said the detour adds an hour.</p>';
  const sections = (html: string): (string | null)[] =>
    blocks(html)
      .filter((b) => b.kind === 'paragraph')
      .map((b) => b.section);

  it('does not caption the story after a highlights box with the box label ("STORY HIGHLIGHTS" over bullets)', () => {
    const box =
      '<div class="highlights"><p><b>STORY HIGHLIGHTS</b></p><ul><li>The bridge closes</li><li>Repairs take a year</li></ul></div>';
    expect(sections(`<div class="story">${box}${story}</div>`)).toEqual([null, null]);
  });

  it('does not caption the story with a page control ("Text Size" over "- + reset")', () => {
    const controls = '<div class="controls"><h4>Text Size</h4><ul><li>-</li><li>+</li><li>reset</li></ul></div>';
    expect(sections(`<div class="story"><p>Lead paragraph of the story.</p>${controls}${story}</div>`)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('keeps a heading over a list when the next part of the story opens with its own heading (a recipe)', () => {
    const html =
      '<div class="recipe"><div class="part"><h2>Ingredients</h2><ul><li>Flour</li><li>Salt</li></ul></div><div class="part"><h2>Method</h2><p>Mix the flour and the salt.</p></div></div>';
    expect(
      blocks(html)
        .filter((b) => b.kind === 'heading')
        .map((b) => b.text),
    ).toEqual(['Ingredients', 'Method']);
  });

  it('keeps a heading that is alone in its wrapper above the paragraphs of its section', () => {
    expect(sections(`<div class="story"><div class="title"><h2>Repairs</h2></div>${story}</div>`)).toEqual([
      'Repairs',
      'Repairs',
    ]);
  });
});

describe('collectBlocks: the last section of a body of lists is no box', () => {
  it('keeps the last heading of a post whose sections are lists, with text after the post', () => {
    const html =
      '<div class="post"><div class="content"><h4>Performance</h4><ul><li>Fixed a hang.</li></ul><h4>Search and Navigation</h4><ul><li>Introduced a new preference.</li></ul></div><p>Posted in Firefox, Nightly.</p></div>';
    expect(blocks(html).find((b) => b.text === 'Introduced a new preference.')?.section).toBe('Search and Navigation');
  });
});

describe("collectBlocks: the page's own takeaways box keeps its heading", () => {
  it('keeps "Key takeaways" over its bullets even when the story follows the box (the why table reads it)', () => {
    const html =
      '<div class="story"><div class="takeaways"><h2>Key takeaways</h2><ul><li>The bridge closes in May.</li><li>Repairs take a year.</li></ul></div><p>The council voted on Tuesday to close the bridge.</p></div>';
    expect(blocks(html).find((b) => b.text === 'The bridge closes in May.')?.section).toBe('Key takeaways');
  });
});
