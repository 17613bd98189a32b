import { Readability } from '@mozilla/readability';
import type { Article, Block, DataTable } from '../types';
import { TABLE_MARK, collectBlocks } from './collect-blocks';
import { isArticlePage } from './is-article';
import { isBoilerplateText } from './is-boilerplate-text';
import { protectArticleAsides } from './protect-article-asides';
import { removeFollowingPosts } from './remove-following-posts';
import { protectHeadings } from './protect-headings';
import { protectTakeawayBoxes } from './protect-takeaways';
import { protectTables, restoreTables } from './protect-tables';
import { pruneBoilerplate } from './prune-boilerplate';
import { headingRole } from './caption-headings';
import { readPageFacts } from './read-metadata';
import { removeSignupBoxes } from './remove-signup-boxes';
import { removeOverlays } from './remove-overlays';
import { joinDropCaps } from './join-drop-caps';
import { removeCaptionText, removePictureGalleries, removeMastheads } from './remove-caption-text';
import { isFurnitureHeading, isModuleOrPromoHeading, opensAuthorBox } from '../rules/headings';
import { letterKey } from '../text/normalize';
import { checkLanguage } from '../text/detect-language';
import { blocksToText } from './blocks-to-text';
import { THRESHOLDS } from '../rules/thresholds';
import { FACT_LINE } from '../rules/sentence-shape';
import { estimateWords } from '../text/words';

/**
 * E-mail cloaking placeholders left where a script would have put an address (Joomla's "This email address
 * is being protected from spambots. You need JavaScript enabled to view it.", in any language).
 */
const CLOAKED_EMAIL =
  /[^.!?:]{0,80}(?:spam\s*-?bot|robots?\s+(?:de\s+)?spam|spammeurs)[^.!?]*(?:[.!?](?:[^.!?]*\bjavascript\b[^.!?]*[.!?]?)?)?/giu;

function withoutCloakedEmail(block: Block): Block {
  if (block.kind === 'table' || !/spam/i.test(block.text)) return block;
  const text = block.text.replace(CLOAKED_EMAIL, ' ').replace(/\s+/g, ' ').trim();
  return { ...block, text };
}

/**
 * Headings that are page text (a dek, a timestamp line, a bracketed teaser) become paragraphs; edit links and
 * anchor marks come off the rest; a heading of marks only goes.
 */
function captionsOnly(blocks: Block[], title: string, description: string | null, byline: string | null): Block[] {
  const out: Block[] = [];
  const t = letterKey(title);
  // Above the headline is the site's masthead: a sentence there is its slogan, not a dek.
  const headline = blocks.findIndex((b, i) => i < 3 && b.kind === 'heading' && !!t && letterKey(b.text) === t);
  for (const [i, b] of blocks.entries()) {
    if (b.kind !== 'heading') {
      out.push(b);
      continue;
    }
    const role = headingRole(b.text, { description, title, byline });
    if (role.role === 'caption') out.push({ ...b, text: role.text });
    else if (role.role === 'paragraph' && i > headline)
      out.push({ kind: 'paragraph', text: b.text, section: b.section });
  }
  return out;
}

/** Drops furniture blocks, widget headings, a heading that only repeats the title, and trailing headings. */
function cleanBlocks(
  blocks: Block[],
  title: string,
  description: string | null,
  byline: string | null = null,
): Block[] {
  const t = letterKey(title);
  const kept = withoutAuthorBox(captionsOnly(blocks.map(withoutCloakedEmail), title, description, byline)).filter(
    (b, i) => {
      if (b.kind !== 'table' && !b.text) return false;
      if (b.kind === 'table') return true;
      if (b.kind === 'heading') {
        if (i < 3 && t && letterKey(b.text) === t) return false;
        // A link module's heading or a promo label ("Popular Video") heads a box, not a section: never a caption.
        if (isModuleOrPromoHeading(b.text) || isFurnitureHeading(b.text)) return false;
      }
      return !isBoilerplateText(b.text);
    },
  );
  const body = withoutTrailingFactBox(kept);
  while (body.length && body[body.length - 1]!.kind === 'heading') body.pop();
  return resection(body);
}

/**
 * The story without the box about its writer and what follows it: from the first heading of an author box
 * ("Autor:innen", "About the author"), once the story has THRESHOLDS.furnitureMinParagraphsBefore paragraphs before
 * it, everything goes (blind pool Q: a writer's bio and the newest articles' teasers after it as key points).
 */
function withoutAuthorBox(blocks: Block[]): Block[] {
  let paragraphs = 0;
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'paragraph') paragraphs++;
    else if (b.kind === 'heading' && paragraphs >= THRESHOLDS.furnitureMinParagraphsBefore && opensAuthorBox(b.text))
      return blocks.slice(0, i);
  }
  return blocks;
}

/** A short line of a label and its value: "Company: FACEBOOK", "Launch Date: 1/2/2004", "Funding: $2.34B". */
function isFactLine(b: Block): boolean {
  if (b.kind !== 'paragraph' && b.kind !== 'list-item') return false;
  const m = FACT_LINE.exec(b.text);
  return !!m && estimateWords(m[1]!) <= THRESHOLDS.factLineMaxValueWords;
}

/**
 * A profile box appended after the story (a company's facts from a database: "Company: FACEBOOK", "Funding:
 * $2.34B", its boilerplate description, "Learn more"): three or more label-and-value lines in a row with no
 * more than a few blocks after them. The box and what follows it are the site's furniture, not the story.
 */
function withoutTrailingFactBox(blocks: Block[]): Block[] {
  for (let i = Math.max(0, blocks.length - THRESHOLDS.factBoxMaxTrailingBlocks - 12); i < blocks.length; i++) {
    let run = 0;
    while (i + run < blocks.length && isFactLine(blocks[i + run]!)) run++;
    if (run >= THRESHOLDS.factBoxMinLines && blocks.length - (i + run) <= THRESHOLDS.factBoxMaxTrailingBlocks)
      return blocks.slice(0, i);
    i += run;
  }
  return blocks;
}

/** A question: "?" (or a full-width one) closes it, before closing quotes or brackets. */
const QUESTION = /[?？][\s"'”’»)\]」』）]*$/u;

/** A paragraph that asks a question of its own: an interviewer's next question, in the story's text. */
const isQuestionParagraph = (b: Block): boolean =>
  b.kind === 'paragraph' && QUESTION.test(b.text) && estimateWords(b.text) <= THRESHOLDS.interviewQuestionMaxWords;

/**
 * Each block's section is the nearest heading before it that survived cleaning. A question set as a heading
 * (an interview's "What exactly do you give him crap about?") heads its answer only: the next question asked
 * in a paragraph ends it, and what follows goes back to the section the question stood in.
 */
function resection(blocks: Block[]): Block[] {
  let section: string | null = null;
  let beforeQuestion: string | null | undefined; // the section around a question heading, while one is open
  let text = false; // whether body text came before
  return blocks.map((b) => {
    if (beforeQuestion !== undefined && isQuestionParagraph(b)) {
      section = beforeQuestion;
      beforeQuestion = undefined;
    }
    // A question heading right under another keeps the section both stood in.
    if (b.kind === 'heading')
      beforeQuestion = QUESTION.test(b.text) ? (beforeQuestion !== undefined ? beforeQuestion : section) : undefined;
    const out = { ...b, section };
    // A heading above all of the body text heads the whole piece (a second headline, a kicker such as
    // "Biz & IT —", a chapter label such as "Chapter Text"): it is no section's caption.
    if (b.kind === 'heading') section = text ? b.text : null;
    else text = true;
    return out;
  });
}

/**
 * Readability on a clone of the document (the live page is never modified); the article body comes back as
 * blocks (headings, paragraphs, list items, quotes, tables), never raw textContent.
 */
export function extractArticle(doc: Document, url: string): Article {
  const { metadata, declaredArticle, datedByPage, meta } = readPageFacts(doc, url);
  const clone = doc.cloneNode(true) as Document;
  const captured = protectTables(clone);
  protectHeadings(clone);
  protectTakeawayBoxes(clone);
  protectArticleAsides(clone);
  removeFollowingPosts(clone, metadata.title);
  removeOverlays(clone);
  removeSignupBoxes(clone);
  removeCaptionText(clone);
  removePictureGalleries(clone);
  removeMastheads(clone, url);
  joinDropCaps(clone);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(clone, { serializer: (el: Node) => el, keepClasses: true }).parse();
  } catch {
    parsed = null;
  }
  const root = parsed?.content as unknown as Element | undefined;
  let blocks: Block[] = [];
  if (root) {
    pruneBoilerplate(root);
    const tables = new Map<string, DataTable>([...captured].map(([id, c]) => [id, c.table]));
    const kept = new Set(
      Array.from(root.querySelectorAll(`table[${TABLE_MARK}]`)).map((t) => t.getAttribute(TABLE_MARK) ?? ''),
    );
    // Tables first, so a heading whose table Readability dropped is not taken for a trailing heading.
    const description =
      meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? null;
    blocks = cleanBlocks(
      restoreTables(collectBlocks(root, { tables }), captured, kept),
      metadata.title,
      description,
      metadata.byline,
    );
  }
  const isArticle = isArticlePage(doc, blocks, declaredArticle);
  return {
    ...metadata,
    lang: checkLanguage(metadata.lang, blocksToText(blocks)),
    title: metadata.title || parsed?.title?.trim() || url,
    // A listing has no single author or date: those on the page belong to its teasers. A date the page gives
    // itself (metadata, the line under its headline) still dates a page that is no article (a podcast episode).
    byline: isArticle ? metadata.byline : null,
    publishedTime: isArticle || datedByPage ? metadata.publishedTime : null,
    blocks,
    isArticle,
  };
}
