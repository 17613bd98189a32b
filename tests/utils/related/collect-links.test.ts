import { describe, expect, it } from 'vitest';
import { cleanUrl } from '@/utils/related/clean-url';
import { looksLikeArticleUrl } from '@/utils/related/collect-links';
import { PAGE } from '../story-page';

describe('looksLikeArticleUrl', () => {
  const JOOMLA =
    'https://www.site.example.it/index.php?option=com_content&view=article&id=1162:ferrovia&catid=9&Itemid=112';
  it('non-SEF article URLs (Joomla index.php?option=com_content) are article URLs and keep their parameters as written', () => {
    expect(looksLikeArticleUrl(JOOMLA)).toBe(true);
    expect(cleanUrl(`${JOOMLA}&utm_source=x`, PAGE)).toBe(JOOMLA);
    expect(looksLikeArticleUrl('https://www.site.example.it/index.php')).toBe(false);
  });
});
