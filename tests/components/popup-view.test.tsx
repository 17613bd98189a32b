// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/PopupView';
import type { PopupActions, PopupState } from '@/components/popup-state';
import type { WhyItMatters } from '@/utils/types';
import { renderWithI18n } from './i18n-test-helper';
import { sampleSummary } from './sample-summary';

afterEach(cleanup);

const PICKED: WhyItMatters = {
  origin: 'picked',
  title: '',
  columns: [],
  rows: [
    ['why', 'Users shared photos without consent.'],
    ['numbers', 'More than 40 groups had 100,000 members.'],
    ['next', 'Police will review the groups in August.'],
  ],
  sources: [
    { block: 1, start: 0, end: 36 },
    { block: 3, start: 12, end: 52 },
    { block: 6, start: 0, end: 40 },
  ],
};

const LABELLED: WhyItMatters = {
  origin: 'labelled',
  title: '',
  columns: [],
  rows: [
    ['Why it matters', 'Overnight trains are one of the few ways to cut the carbon cost of long trips.'],
    ['What’s next', 'The operator decides in March.'],
  ],
};

const TAKEAWAYS: WhyItMatters = {
  origin: 'takeaways',
  title: 'Key takeaways',
  columns: [],
  rows: [['Fares rise 4% in January.'], ['Students pay less than before.']],
};

/** The labels each UI language gives the picked rows above, the caption and the origin line. */
const PICKED_UI = {
  en: {
    lang: 'en',
    labels: ['Why it matters', 'By the numbers', "What's next"],
    caption: 'Sentences from the article, by what they tell you',
    origin: 'Picked from the article',
    pageOrigin: 'From the article',
  },
  zh_CN: {
    lang: 'zh-CN',
    labels: ['为何重要', '关键数字', '下一步'],
    caption: '摘自文章的句子，按其所讲内容标注',
    origin: '从文章中摘选',
    pageOrigin: '来自文章',
  },
  ja: {
    lang: 'ja',
    labels: ['なぜ重要か', '数字で見る', '今後の見通し'],
    caption: '記事から抜き出した文（伝えている内容別）',
    origin: '記事から抜粋',
    pageOrigin: '記事から',
  },
} as const;
const LOCALES = ['en', 'zh_CN', 'ja'] as const;

/** The labels the interface puts around the table: heading, origin line, caption, column and row headers. */
const uiLabels = (table: HTMLElement) =>
  [...table.closest('section')!.querySelectorAll('h2, .origin, caption, thead th, th[scope="row"]')].map(
    (el) => el.textContent ?? '',
  );

function actions(): PopupActions {
  return {
    retry: vi.fn(),
    summarizeAnyway: vi.fn(),
    setLength: vi.fn(),
    jump: vi.fn(),
    openLink: vi.fn(),
    copy: vi.fn(async () => true),
  };
}

const show = (state: PopupState, acts = actions(), locale = 'en') =>
  renderWithI18n(<PopupView state={state} length="medium" notice={null} actions={acts} />, locale);

describe('PopupView states', () => {
  it('loading: a polite status saying Summarizing…', () => {
    show({ kind: 'loading' });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Summarizing…');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('ready with the article table: header, three sections, caption, column headers, origin', () => {
    show({ kind: 'ready', summary: sampleSummary(), busy: false });
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Widespread Outrage After Images Shared in Telegram Groups',
    );
    expect(screen.getByText('Global Pulse Daily')).toBeTruthy();
    expect(screen.getByText('3 min read')).toBeTruthy();
    expect(screen.getByText('Jul 31, 2025')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Key points',
      'Why this matters',
      'Related',
    ]);
    for (const name of ['Key points', 'Why this matters', 'Related'])
      expect(screen.getByRole('region', { name })).toBeTruthy();

    const points = within(screen.getByRole('region', { name: 'Key points' })).getAllByRole('listitem');
    expect(points).toHaveLength(3);
    expect(within(points[0]!).getByRole('button').textContent).toBe('A shocking scandal has ignited public fury.');
    expect(points[0]!.textContent).toContain('How It Started');
    expect(points[2]!.textContent).toBe('Many users drew parallels to the Nth Room scandal.');

    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Why This Matters');
    expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent)).toEqual([
      'Issue',
      'Significance',
    ]);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(screen.getByText('From the article')).toBeTruthy();
  });

  it('ready with a picked table says so; its button and its row jump to the sentence, not the label', () => {
    const acts = actions();
    show({ kind: 'ready', summary: sampleSummary({ whyItMatters: PICKED }), busy: false }, acts);
    expect(screen.getByText('Picked from the article')).toBeTruthy();
    expect(screen.queryByText('From the article')).toBeNull();
    const table = screen.getByRole('table');
    const button = within(table).getByRole('button', { name: 'More than 40 groups had 100,000 members.' });
    expect(button.tagName).toBe('BUTTON'); // Enter and Space activate it
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(acts.jump).toHaveBeenCalledTimes(1); // the row does not jump a second time
    expect(acts.jump).toHaveBeenLastCalledWith('More than 40 groups had 100,000 members.');
    // A click on the row's label jumps as well, to the sentence.
    fireEvent.click(within(table).getByRole('rowheader', { name: "What's next" }));
    expect(acts.jump).toHaveBeenCalledTimes(2);
    expect(acts.jump).toHaveBeenLastCalledWith('Police will review the groups in August.');
    // Only the sentences are buttons: a label is no jump target of its own.
    expect(within(table).queryByRole('button', { name: 'By the numbers' })).toBeNull();
  });

  it.each(LOCALES)(
    'a picked table in the %s UI: labels from the UI language as row headers, marked with it; no column headers',
    (locale) => {
      const ui = PICKED_UI[locale];
      show({ kind: 'ready', summary: sampleSummary({ whyItMatters: PICKED }), busy: false }, actions(), locale);
      expect(screen.getByText(ui.origin)).toBeTruthy();
      const table = screen.getByRole('table');
      const caption = table.querySelector('caption')!;
      expect(caption.textContent).toBe(ui.caption);
      expect(caption.getAttribute('lang')).toBe(ui.lang);
      expect(caption.classList.contains('sr-only')).toBe(true); // the visible origin line says how it was made
      expect(table.querySelector('thead, th[scope="col"]')).toBeNull();
      const headers = within(table).getAllByRole('rowheader');
      expect(headers.map((th) => th.textContent)).toEqual(ui.labels);
      expect(headers.map((th) => [th.tagName, th.getAttribute('scope'), th.getAttribute('lang')])).toEqual(
        ui.labels.map(() => ['TH', 'row', ui.lang]),
      );
      // The sentences stay page text, in the page's language, each the second cell of its row.
      expect(table.getAttribute('lang')).toBe('en');
      expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')?.textContent)).toEqual(
        PICKED.rows.map((r) => r[1]),
      );
      expect([...table.querySelectorAll('tbody td')].every((td) => !td.hasAttribute('lang'))).toBe(true);
    },
  );

  it.each(['zh_CN', 'ja'] as const)('a %s UI shows no English label around a picked table', (locale) => {
    show({ kind: 'ready', summary: sampleSummary({ whyItMatters: PICKED }), busy: false }, actions(), locale);
    const labels = uiLabels(screen.getByRole('table'));
    expect(labels).toHaveLength(2 + 1 + PICKED.rows.length); // heading, origin line, caption, a label a row
    for (const label of labels) {
      expect(label.trim()).not.toBe('');
      expect(label).not.toMatch(/[A-Z]/i);
    }
  });

  it.each(LOCALES)('every label a picked table can carry has a name of its own in the %s UI', (locale) => {
    const keys = ['why', 'numbers', 'context', 'reaction', 'next', 'detail'] as const;
    const all: WhyItMatters = {
      origin: 'picked',
      title: '',
      columns: [],
      rows: keys.map((key): [(typeof keys)[number], string] => [key, `Sentence ${key}.`]),
      sources: keys.map((_, i) => ({ block: i, start: 0, end: 10 })),
    };
    show({ kind: 'ready', summary: sampleSummary({ whyItMatters: all }), busy: false }, actions(), locale);
    const names = within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .map((th) => th.textContent ?? '');
    expect(new Set(names).size).toBe(keys.length);
    for (const [i, name] of names.entries()) {
      expect(name.trim()).not.toBe('');
      expect(name).not.toBe(keys[i]); // never the raw key
      if (locale !== 'en') expect(name).not.toMatch(/[A-Z]/i);
    }
  });

  it.each(LOCALES)(
    "labelled paragraphs in the %s UI: the page's label as written heads the row, the paragraph jumps",
    (locale) => {
      const acts = actions();
      show({ kind: 'ready', summary: sampleSummary({ whyItMatters: LABELLED }), busy: false }, acts, locale);
      expect(screen.getByText(PICKED_UI[locale].pageOrigin)).toBeTruthy();
      const table = screen.getByRole('table');
      expect(table.querySelector('thead')).toBeNull();
      const headers = within(table).getAllByRole('rowheader');
      expect(headers.map((th) => th.textContent)).toEqual(['Why it matters', 'What’s next']);
      // Page text: the table's lang (the page's) applies, whatever the UI language.
      expect(headers.every((th) => !th.hasAttribute('lang'))).toBe(true);
      expect(table.getAttribute('lang')).toBe('en');
      // Its caption is the UI's heading, for screen readers only (labelled paragraphs have no title).
      expect(table.querySelector('caption')!.classList.contains('sr-only')).toBe(true);
      fireEvent.click(within(table).getByRole('button', { name: 'The operator decides in March.' }));
      expect(acts.jump).toHaveBeenLastCalledWith('The operator decides in March.');
      fireEvent.click(headers[0]!);
      expect(acts.jump).toHaveBeenLastCalledWith(LABELLED.rows[0]![1]);
      expect(acts.jump).toHaveBeenCalledTimes(2);
    },
  );

  it.each(LOCALES)(
    'a takeaways box in the %s UI: one cell a row that jumps to the item, its heading shown',
    (locale) => {
      const acts = actions();
      show({ kind: 'ready', summary: sampleSummary({ whyItMatters: TAKEAWAYS }), busy: false }, acts, locale);
      expect(screen.getByText(PICKED_UI[locale].pageOrigin)).toBeTruthy();
      const table = screen.getByRole('table');
      const caption = table.querySelector('caption')!;
      expect(caption.textContent).toBe('Key takeaways'); // the page's own heading, in the page's language
      expect(caption.classList.contains('sr-only')).toBe(false);
      expect(caption.hasAttribute('lang')).toBe(false);
      expect(table.querySelector('thead, th')).toBeNull();
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.map((tr) => tr.children.length)).toEqual([1, 1]);
      expect(rows.map((tr) => tr.textContent)).toEqual(['Fares rise 4% in January.', 'Students pay less than before.']);
      fireEvent.click(within(table).getByRole('button', { name: 'Students pay less than before.' }));
      expect(acts.jump).toHaveBeenCalledWith('Students pay less than before.');
    },
  );

  it.each(['en', 'zh_CN'] as const)(
    'a table of an origin this version does not know (cached by an older one) in the %s UI: its rows as a page table',
    (locale) => {
      // What an older version cached: a derived table that even carried English title and column names.
      const older = {
        origin: 'derived',
        title: 'Why this matters',
        columns: ['Section', 'Key point'],
        rows: [
          ['How It Started', 'Users shared photos.'],
          ['Enforcement', 'VPNs hinder enforcement.'],
        ],
      } as unknown as WhyItMatters;
      const acts = actions();
      show({ kind: 'ready', summary: sampleSummary({ whyItMatters: older }), busy: false }, acts, locale);
      const table = screen.getByRole('table');
      expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual([
        'How It StartedUsers shared photos.',
        'EnforcementVPNs hinder enforcement.',
      ]);
      expect(table.querySelector('thead')).toBeNull(); // its English column names are not shown
      expect(table.closest('section')!.querySelector('.origin')).toBeNull(); // it cannot say how it was made
      if (locale === 'zh_CN') for (const label of uiLabels(table)) expect(label).not.toMatch(/[A-Z]/i);
      fireEvent.click(within(table).getByRole('button', { name: 'Enforcement' }));
      expect(acts.jump).toHaveBeenCalledWith('Enforcement');
    },
  );

  it("a Chinese UI keeps the page's own table as the page wrote it (page text is not translated)", () => {
    show({ kind: 'ready', summary: sampleSummary(), busy: false }, actions(), 'zh_CN');
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Why This Matters');
    const headers = [...table.querySelectorAll('th[scope="col"]')];
    expect(headers.map((th) => th.textContent)).toEqual(['Issue', 'Significance']);
    expect(headers.every((th) => !th.hasAttribute('lang'))).toBe(true); // the table's lang (the page's) applies
    expect(screen.getByText('来自文章')).toBeTruthy();
  });

  it("a page table without a title is captioned with the UI's heading, marked with the UI language", () => {
    const untitled: WhyItMatters = {
      origin: 'table',
      title: '',
      columns: ['Issue', 'Significance'],
      rows: [['Cost', 'It rises.']],
    };
    show({ kind: 'ready', summary: sampleSummary({ whyItMatters: untitled }), busy: false }, actions(), 'zh_CN');
    const caption = screen.getByRole('table').querySelector('caption')!;
    expect(caption.textContent).toBe('为何重要');
    expect(caption.getAttribute('lang')).toBe('zh-CN');
  });

  it("ready with the article's list says so", () => {
    const summary = sampleSummary({
      whyItMatters: {
        title: 'What it means',
        columns: [],
        rows: [['Cost', 'It rises.']],
        origin: 'list',
      },
    });
    show({ kind: 'ready', summary, busy: false });
    expect(screen.getByText("From the article's list")).toBeTruthy();
  });

  it('ready without a table: no table section, still Key points and Related', () => {
    show({ kind: 'ready', summary: sampleSummary({ whyItMatters: null, related: [] }), busy: false });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Key points', 'Related']);
    expect(screen.getByText('No related links found.')).toBeTruthy();
  });

  it('restricted: heading and the plain explanation for the reason', () => {
    show({ kind: 'restricted', reason: 'file' });
    expect(screen.getByRole('heading', { name: "Can't summarize this page" })).toBeTruthy();
    expect(screen.getByText(/Allow access to file URLs/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    [null, /home page, a list of links/],
    ['raw-file', /This tab shows a file/],
    ['not-html', /an SVG image or an XML document/],
  ] as const)('not an article (%s): its explanation and Summarize anyway', (detail, body) => {
    const acts = actions();
    show({ kind: 'not-article', detail }, acts);
    expect(screen.getByRole('heading', { name: "This doesn't look like an article" })).toBeTruthy();
    expect(screen.getAllByText(body)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Summarize anyway' }));
    expect(acts.summarizeAnyway).toHaveBeenCalledOnce();
  });

  it('not an article, a raw file: says it is a file, not that it may be a home page', () => {
    show({ kind: 'not-article', detail: 'raw-file' });
    expect(screen.queryByText(/home page, a list of links/)).toBeNull();
  });

  it.each([
    ['no-text', /no readable text yet/],
    ['still-loading', /no readable text yet/],
    ['in-frame', /inside a frame from another site/],
  ] as const)('an empty page (%s): its explanation and Try again', (detail, body) => {
    show({ kind: 'error', reason: 'empty-page', detail });
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByText(body)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('error: the reason and Try again', () => {
    const acts = actions();
    show({ kind: 'error', reason: 'injection-failed' }, acts);
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByText("News Lens couldn't read this page. Reload the page and try again.")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(acts.retry).toHaveBeenCalledOnce();
  });

  it('timeout: its own message and Try again', () => {
    show({ kind: 'error', reason: 'timeout' });
    expect(screen.getByRole('heading', { name: 'This is taking too long' })).toBeTruthy();
    expect(screen.getByText(/within 10 seconds/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('busy (length change): keeps the summary and announces Summarizing…', () => {
    show({ kind: 'ready', summary: sampleSummary(), busy: true });
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Summarizing…')).toBe(true);
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
  });

  it('Chinese UI: section headings in Chinese', () => {
    show({ kind: 'ready', summary: sampleSummary(), busy: false }, actions(), 'zh_CN');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '要点',
      '为何重要',
      '相关链接',
    ]);
    expect(screen.getByText('阅读约 3 分钟')).toBeTruthy();
  });
});

describe('PopupView interactions and safety', () => {
  it('a key point button jumps to its sentence (click; Enter activates the native button)', () => {
    const acts = actions();
    show({ kind: 'ready', summary: sampleSummary(), busy: false }, acts);
    const button = screen.getByRole('button', { name: 'Telegram is blocked in China and only accessible via VPN.' });
    expect(button.tagName).toBe('BUTTON');
    fireEvent.click(button);
    expect(acts.jump).toHaveBeenCalledWith('Telegram is blocked in China and only accessible via VPN.');
  });

  it('does not repeat the title as a section name', () => {
    const summary = sampleSummary({
      keyPoints: [{ text: 'Lead sentence.', section: 'Widespread Outrage After Images Shared in Telegram Groups' }],
    });
    show({ kind: 'ready', summary, busy: false });
    expect(within(screen.getByRole('region', { name: 'Key points' })).getByRole('listitem').textContent).toBe(
      'Lead sentence.',
    );
  });

  it('page text with markup is shown as text, never parsed', () => {
    const evil = '<img src=x onerror="alert(1)"><b>bold</b>';
    const summary = sampleSummary({
      title: evil,
      keyPoints: [{ text: evil, section: '<i>s</i>' }],
      whyItMatters: {
        title: evil,
        columns: ['<th>x</th>', 'y'],
        rows: [[evil, '<script>alert(2)</script>']],
        origin: 'table',
      },
      related: [{ title: evil, url: 'https://a.example/x', source: 'r', group: 'topic' }],
    });
    const { container } = show({ kind: 'ready', summary, busy: false });
    expect(container.querySelector('img, b, i, script')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(evil);
    expect(screen.getByRole('link').textContent).toBe(evil);
  });

  it('renders only http(s) links', () => {
    const summary = sampleSummary({
      related: [
        { title: 'Script', url: 'javascript:alert(1)', source: 'r', group: 'topic' },
        { title: 'Data', url: 'data:text/html,<b>x</b>', source: 'r', group: 'topic' },
        { title: 'Relative', url: '/local', source: 'r', group: 'topic' },
        { title: 'Ftp', url: 'ftp://files.example/x', source: 'r', group: 'topic' },
        { title: 'Good', url: 'http://ok.example/a', source: 'r', group: 'topic' },
      ],
    });
    show({ kind: 'ready', summary, busy: false });
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['http://ok.example/a']);
  });

  it('related links: named by title, new-tab semantics kept, site shown only when different', () => {
    show({ kind: 'ready', summary: sampleSummary(), busy: false });
    const same = screen.getByRole('link', { name: 'Pioneering Nigeria’s Presence in Space' });
    const other = screen.getByRole('link', { name: 'Atlanta United Signs Alzate' });
    expect(same.getAttribute('target')).toBe('_blank');
    expect(same.getAttribute('rel')).toBe('noopener noreferrer');
    expect(same.closest('li')!.textContent).not.toContain('news.example.com');
    expect(other.closest('li')!.textContent).toContain('sports.example.org');
  });

  it("related links come in groups, each under the page's label or a localised name, as text", () => {
    const summary = sampleSummary({
      related: [
        {
          title: 'A topical <b>story</b>',
          url: 'https://news.example.com/t',
          source: 'Related coverage',
          group: 'topic',
        },
        { title: 'A story linked in the text', url: 'https://news.example.com/i', source: 'article', group: 'inline' },
        { title: 'A most read story', url: 'https://news.example.com/p', source: '', group: 'popular' },
      ],
    });
    const { container } = show({ kind: 'ready', summary, busy: false }, actions(), 'zh_CN');
    const names = [...container.querySelectorAll('.related-group-name')].map((h) => h.textContent);
    expect(names).toEqual(['Related coverage', '文中链接', '本站更多']);
    expect(container.querySelector('.related b')).toBeNull();
  });

  it('shows ten related links, and the rest on request', () => {
    const related = Array.from({ length: 14 }, (_, i) => ({
      title: `Story number ${i + 1} of the list`,
      url: `https://news.example.com/s${i + 1}`,
      source: i < 6 ? 'Related' : 'article',
      group: i < 6 ? ('topic' as const) : ('inline' as const),
    }));
    show({ kind: 'ready', summary: sampleSummary({ related }), busy: false });
    const region = screen.getByRole('region', { name: 'Related' });
    expect(within(region).getAllByRole('link')).toHaveLength(10);
    fireEvent.click(within(region).getByRole('button', { name: 'Show 4 more' }));
    expect(within(region).getAllByRole('link')).toHaveLength(14);
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('a plain click on a related link calls the opener; a Ctrl/middle click is left to the browser', () => {
    const acts = actions();
    show({ kind: 'ready', summary: sampleSummary(), busy: false }, acts);
    const link = screen.getByRole('link', { name: 'Atlanta United Signs Alzate' });
    const plain = fireEvent.click(link, { button: 0 });
    expect(plain).toBe(false); // default prevented
    expect(acts.openLink).toHaveBeenCalledWith('https://sports.example.org/alzate');
    const ctrl = fireEvent.click(link, { button: 0, ctrlKey: true });
    expect(ctrl).toBe(true);
    expect(acts.openLink).toHaveBeenCalledTimes(1);
  });

  it('shows a notice (e.g. sentence not found) in the live region', () => {
    renderWithI18n(
      <PopupView
        state={{ kind: 'ready', summary: sampleSummary(), busy: false }}
        length="medium"
        notice="Couldn't find this sentence in the page."
        actions={actions()}
      />,
    );
    expect(
      screen.getAllByRole('status').some((s) => s.textContent === "Couldn't find this sentence in the page."),
    ).toBe(true);
  });

  it('right-to-left text: page-derived text has dir=auto and the summary language', () => {
    const summary = sampleSummary({
      lang: 'ar',
      title: 'عنوان المقال',
      keyPoints: [{ text: 'هذه جملة.', section: null }],
    });
    show({ kind: 'ready', summary, busy: false });
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.getAttribute('dir')).toBe('auto');
    expect(h1.getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('button', { name: 'هذه جملة.' }).getAttribute('dir')).toBe('auto');
    const points = within(screen.getByRole('region', { name: 'Key points' })).getByRole('list');
    expect(points.getAttribute('lang')).toBe('ar');
    const related = within(screen.getByRole('region', { name: 'Related' })).getByRole('list');
    expect(related.getAttribute('lang')).toBe('ar');
  });

  it('says when a very long page was summarized from its first part only', () => {
    show({ kind: 'ready', summary: sampleSummary({ truncated: true }), busy: false });
    expect(screen.getByText('A very long page: this summary covers its first part.')).toBeTruthy();
    cleanup();
    show({ kind: 'ready', summary: sampleSummary(), busy: false });
    expect(screen.queryByText('A very long page: this summary covers its first part.')).toBeNull();
  });
});
