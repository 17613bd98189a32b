import { describe, expect, it } from 'vitest';
import { failureState } from '@/entrypoints/popup/failure-state';
import { MESSAGES } from '@/utils/guards/failure-messages';
import type { SummarizeFailure } from '@/utils/types';

const WEB = 'https://news.example.com/a.html';

describe('failureState: the popup state for a failure, from reason and detail only', () => {
  it.each<[string, SummarizeFailure, string | undefined, ReturnType<typeof failureState>]>([
    [
      'a raw file',
      { ok: false, reason: 'not-an-article', detail: 'raw-file', message: MESSAGES.rawFile },
      WEB,
      { kind: 'not-article', detail: 'raw-file' },
    ],
    [
      'an SVG or XML document',
      { ok: false, reason: 'not-an-article', detail: 'not-html', message: MESSAGES.notHtml },
      WEB,
      { kind: 'not-article', detail: 'not-html' },
    ],
    [
      'a PDF the page reported (whatever its URL)',
      { ok: false, reason: 'restricted-page', detail: 'pdf', message: MESSAGES.pdf },
      WEB,
      { kind: 'restricted', reason: 'pdf' },
    ],
    [
      'a refused injection on a web page',
      { ok: false, reason: 'restricted-page', detail: 'access-denied', message: 'Cannot access contents of the page' },
      WEB,
      { kind: 'restricted', reason: 'blocked' },
    ],
    [
      'a refused injection on a file:// page (file access not allowed)',
      { ok: false, reason: 'restricted-page', detail: 'access-denied', message: 'Cannot access contents of url' },
      'file:///home/reader/story.html',
      { kind: 'restricted', reason: 'file' },
    ],
    [
      "Firefox's silent refusal on an unknown URL",
      { ok: false, reason: 'restricted-page', detail: 'access-denied', message: 'access denied' },
      undefined,
      { kind: 'restricted', reason: 'blocked' },
    ],
    [
      'an injection that failed for another cause',
      { ok: false, reason: 'injection-failed', message: 'No tab with id: 5.' },
      WEB,
      { kind: 'error', reason: 'injection-failed' },
    ],
    [
      'a page with its text in a cross-origin frame',
      { ok: false, reason: 'empty-page', detail: 'in-frame', message: MESSAGES.inFrame },
      WEB,
      { kind: 'error', reason: 'empty-page', detail: 'in-frame' },
    ],
    [
      'a page still loading',
      { ok: false, reason: 'empty-page', detail: 'still-loading', message: MESSAGES.stillLoading },
      WEB,
      { kind: 'error', reason: 'empty-page', detail: 'still-loading' },
    ],
    [
      'a page too large',
      { ok: false, reason: 'too-large', message: MESSAGES.tooLarge },
      WEB,
      { kind: 'error', reason: 'too-large' },
    ],
    [
      'a timeout',
      { ok: false, reason: 'timeout', message: 'No answer from the page after 10 s' },
      WEB,
      { kind: 'error', reason: 'timeout' },
    ],
    [
      'a broken extraction',
      { ok: false, reason: 'extraction-failed', message: 'News Lens could not read this page: x' },
      WEB,
      { kind: 'error', reason: 'extraction-failed' },
    ],
  ])('%s', (_name, failure, url, expected) => {
    expect(failureState(failure, url)).toEqual(expected);
  });

  it('never reads the message: the same reason and detail give the same state whatever it says', () => {
    const messages = ['', MESSAGES.rawFile, MESSAGES.notHtml, 'Cannot access a chrome:// URL', '此页面无法访问'];
    for (const message of messages) {
      expect(failureState({ ok: false, reason: 'not-an-article', detail: 'not-html', message }, WEB)).toEqual({
        kind: 'not-article',
        detail: 'not-html',
      });
      expect(failureState({ ok: false, reason: 'injection-failed', message }, WEB)).toEqual({
        kind: 'error',
        reason: 'injection-failed',
      });
      expect(failureState({ ok: false, reason: 'restricted-page', detail: 'access-denied', message }, WEB)).toEqual({
        kind: 'restricted',
        reason: 'blocked',
      });
    }
  });
});
