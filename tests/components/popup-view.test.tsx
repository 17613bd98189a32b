// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/PopupView';
import type { PopupActions, PopupState } from '@/components/popup-state';
import type { WhyItMatters } from '@/utils/types';
import { renderWithI18n } from './i18n-test-helper';
import { sampleSummary } from './sample-summary';

afterEach(cleanup);

const DERIVED: WhyItMatters = {
  title: '',
  columns: [],
  rows: [
    ['How It Started', 'Users shared photos.'],
    ['Enforcement', 'VPNs hinder enforcement.'],
  ],
  origin: 'derived',
};

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

  it('ready with a derived table says so; a row jumps to its sentence (second cell)', () => {
    const acts = actions();
    show({ kind: 'ready', summary: sampleSummary({ whyItMatters: DERIVED }), busy: false }, acts);
    expect(screen.getByText('Derived from its sections')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('table')).getByRole('button', { name: 'How It Started' }));
    expect(acts.jump).toHaveBeenCalledWith('Users shared photos.');
  });

  it.each([
    ['en', 'en', 'The key point of each section', ['Section', 'Key point']],
    ['zh_CN', 'zh-CN', '文章各部分的要点', ['部分', '要点']],
    ['ja', 'ja', '各セクションの要点', ['セクション', '要点']],
  ])(
    'a derived table in the %s UI: caption and column names from the UI language, marked with it',
    (locale, lang, caption, columns) => {
      show({ kind: 'ready', summary: sampleSummary({ whyItMatters: DERIVED }), busy: false }, actions(), locale);
      const table = screen.getByRole('table');
      const captionEl = table.querySelector('caption')!;
      expect(captionEl.textContent).toBe(caption);
      expect(captionEl.getAttribute('lang')).toBe(lang);
      expect(captionEl.classList.contains('sr-only')).toBe(true); // the visible origin line says it already
      const headers = [...table.querySelectorAll('th[scope="col"]')];
      expect(headers.map((th) => th.textContent)).toEqual(columns);
      expect(headers.map((th) => th.getAttribute('lang'))).toEqual([lang, lang]);
      // The rows stay page text, in the page's language.
      expect(table.getAttribute('lang')).toBe('en');
      expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual([
        'How It StartedUsers shared photos.',
        'EnforcementVPNs hinder enforcement.',
      ]);
    },
  );

  it.each(['zh_CN', 'ja'])('a %s UI shows no English label around a derived table, whatever it holds', (locale) => {
    // Also a summary cached by an older version, which still carried English title and columns.
    const older = {
      ...DERIVED,
      title: 'Why this matters',
      columns: ['Section', 'Key point'],
    } as unknown as WhyItMatters;
    for (const whyItMatters of [DERIVED, older]) {
      show({ kind: 'ready', summary: sampleSummary({ whyItMatters }), busy: false }, actions(), locale);
      const region = screen.getByRole('table').closest('section')!;
      const labels = [...region.querySelectorAll('h2, .origin, caption, thead')].map((el) => el.textContent ?? '');
      expect(labels).toHaveLength(4);
      for (const label of labels) {
        expect(label.trim()).not.toBe('');
        expect(label).not.toMatch(/[A-Z]/i);
      }
      cleanup();
    }
  });

  it("a Chinese UI keeps the page's own table as the page wrote it (page text is not translated)", () => {
    show({ kind: 'ready', summary: sampleSummary(), busy: false }, actions(), 'zh_CN');
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Why This Matters');
    const headers = [...table.querySelectorAll('th[scope="col"]')];
    expect(headers.map((th) => th.textContent)).toEqual(['Issue', 'Significance']);
    expect(headers.every((th) => !th.hasAttribute('lang'))).toBe(true); // the table's lang (the page's) applies
    expect(screen.getByText('来自文章')).toBeTruthy();
  });

  it('ready with a list-derived table says so', () => {
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
      related: [{ title: evil, url: 'https://a.example/x', source: 'r' }],
    });
    const { container } = show({ kind: 'ready', summary, busy: false });
    expect(container.querySelector('img, b, i, script')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(evil);
    expect(screen.getByRole('link').textContent).toBe(evil);
  });

  it('renders only http(s) links', () => {
    const summary = sampleSummary({
      related: [
        { title: 'Script', url: 'javascript:alert(1)', source: 'r' },
        { title: 'Data', url: 'data:text/html,<b>x</b>', source: 'r' },
        { title: 'Relative', url: '/local', source: 'r' },
        { title: 'Ftp', url: 'ftp://files.example/x', source: 'r' },
        { title: 'Good', url: 'http://ok.example/a', source: 'r' },
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
