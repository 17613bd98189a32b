import { useState } from 'preact/hooks';
import { relatedBlocks } from '@/utils/popup/related-groups';
import { THRESHOLDS } from '@/utils/rules/thresholds';
import type { RelatedLink } from '@/utils/types';
import { useI18n } from './i18n';
import { relatedGroupNames } from './labels';
import { safeHref, siteOf } from './safe-href';

type Props = {
  links: RelatedLink[];
  /** The article's URL: a link's site is shown only when it differs. */
  pageUrl: string;
  /** The article's language: related titles are in it, so fonts and hyphenation follow it. */
  lang?: string | null;
  /** A plain left click: the popup places the new tab next to the article's tab. */
  onOpen: (url: string) => void;
};

const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;

/**
 * "Related": real links (middle, Ctrl and Cmd click keep working natively); a plain click is
 * handed to onOpen. Links that are not absolute http(s) URLs are dropped here too. The links come in groups
 * (the page's topical modules, stories linked in the text, site-wide lists), each under the page's own label or
 * a name in the interface language, all as text; the first ten show, the rest on request.
 */
export function RelatedList({ links, pageUrl, lang, onOpen }: Props) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const pageSite = siteOf(pageUrl);
  const safe = links.flatMap((link) => {
    const href = safeHref(link.url);
    return href ? [{ ...link, href, site: siteOf(href) }] : [];
  });
  const shown = all ? safe : safe.slice(0, THRESHOLDS.maxRelatedLinks);
  const names = relatedGroupNames(t);
  const blocks = relatedBlocks(shown);
  const hidden = safe.length - shown.length;
  return (
    <section class="part" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('related')}</h2>
      {safe.length === 0 ? (
        <p class="empty">{t('relatedNone')}</p>
      ) : (
        blocks.map((block, b) => (
          <div class="related-group" key={b}>
            <h3 class="related-group-name" dir="auto" lang={block.label ? (lang ?? undefined) : undefined}>
              {block.label ?? names[block.group]}
            </h3>
            <ul class="related" lang={lang ?? undefined}>
              {(block.links as typeof safe).map((link, i) => (
                <li key={i}>
                  <a
                    href={link.href}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={link.title.trim() || link.href}
                    dir="auto"
                    onClick={(e) => {
                      if (!isPlainClick(e)) return;
                      e.preventDefault();
                      onOpen(link.href);
                    }}
                  >
                    {link.title.trim() || link.href}
                  </a>
                  {link.site && link.site !== pageSite && <span class="link-site">{link.site}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {hidden > 0 && (
        <button type="button" class="related-more" onClick={() => setAll(true)}>
          {t('relatedMore', [String(hidden)])}
        </button>
      )}
    </section>
  );
}
