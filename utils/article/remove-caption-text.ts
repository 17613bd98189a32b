import {
  CAPTION_CLASS,
  CONTENT_CLASS_WORDS,
  LINK_ICON_CLASSES,
  PHOTO_BOX_WORDS,
  SOURCE_LINE_CLASS_WORDS,
  SCREEN_READER_CLASSES,
  classWordPattern,
} from '../rules/class-names';
import { THRESHOLDS } from '../rules/thresholds';
import { alternationSource } from '../rules/phrase-pattern';
import { PHOTO_CREDIT_LABELS } from '../rules/phrases/link-labels';
import { elementText, shortText, tagOf } from '../text/element-text';

const SCREEN_READER = new RegExp(`(?:^|\\s)(?:${SCREEN_READER_CLASSES.join('|')})(?:\\s|$)`, 'i');
/** Whether an element's classes mark it as text for screen readers only ("sr-only", "off-screen"). */
export const isScreenReaderOnly = (el: Element): boolean => SCREEN_READER.test(el.getAttribute('class') ?? '');

const LINK_ICON = new RegExp(`(?:^|\\s)(?:${LINK_ICON_CLASSES.join('|')})(?:\\s|$)`, 'i');
const CONTENT = classWordPattern(CONTENT_CLASS_WORDS);
const SOURCE = classWordPattern(SOURCE_LINE_CLASS_WORDS, { whole: true });
const PHOTO_BOX = classWordPattern(PHOTO_BOX_WORDS);

/**
 * Whether an element sits in a photo's box (a figure, or a wrapper with a photo class, within three levels) that
 * holds a picture: "<span class="image-container"><img …><span class="source">Shamil Zhumatov/REUTERS</span>".
 */
function inPhotoBox(el: Element): boolean {
  for (let up = el.parentElement, hops = 0; up && hops < 3; up = up.parentElement, hops++) {
    if (tagOf(up) === 'FIGURE' || PHOTO_BOX.test(up.getAttribute('class') ?? ''))
      return !!up.querySelector('img, picture');
  }
  return false;
}

/**
 * Removes, from a document clone before Readability, text that is not the story's prose but would read as
 * part of it once Readability has stripped the class names: screen-reader labels glued to a link ("said" +
 * "Opens a new window" = "saidOpens a new window") and photo caption and credit boxes (which Readability turns
 * into bare paragraphs), and a photo's credit in its box under a "source" or "credit" class. Only short boxes go:
 * a long element with such a class is a layout wrapper.
 */
export function removeCaptionText(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const remove: Element[] = [];
  for (const el of Array.from(body.querySelectorAll('[class]'))) {
    const names = el.getAttribute('class') ?? '';
    const icon = LINK_ICON.test(names) && tagOf(el) !== 'A' && !!el.parentElement?.closest('a');
    if (SCREEN_READER.test(names) || icon) {
      if (shortText(el, THRESHOLDS.screenReaderTextMaxChars) !== null) remove.push(el);
    } else if (
      CAPTION_CLASS.test(names) &&
      !CONTENT.test(names) &&
      !el.querySelector('p ~ p, h1, h2, h3, h4, h5, h6, table, ul, ol') &&
      shortText(el, THRESHOLDS.photoCaptionMaxChars) !== null
    )
      remove.push(el);
    // A photo's credit under a plain "source" or "credit" class, set inside the paragraph the story opens with.
    else if (SOURCE.test(names) && inPhotoBox(el) && shortText(el, THRESHOLDS.photoCaptionMaxChars) !== null)
      remove.push(el);
  }
  remove.push(...altCaptions(body), ...plainCaptions(body));
  for (const el of remove) el.remove();
}

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A caption that repeats its photo's alt text, in a plain paragraph right after the photo (the photo in the
 * previous element, or in the previous element of a wrapper): "<p><img alt="Kaine says …"></p><p>Kaine says …</p>".
 * Without a caption class it would read as the story's first sentence.
 */
function altCaptions(body: Element): Element[] {
  const out: Element[] = [];
  for (const img of Array.from(body.querySelectorAll('img[alt]'))) {
    // An alt text cut short ("… after invasive species were ...") is the caption's opening.
    const alt = normal(img.getAttribute('alt') ?? '').replace(/\s*(?:\.{3}|…)$/u, '');
    if (alt.split(' ').length < THRESHOLDS.altCaptionMinWords) continue;
    let holder: Element | null = img;
    // The photo's box: the image and the wrappers that hold nothing else (a picture's JSON-LD is no text).
    while (holder.parentElement && holder.parentElement !== body && !shownText(holder.parentElement))
      holder = holder.parentElement;
    for (let next = holder.nextElementSibling, hops = 0; next && hops < 3; next = next.nextElementSibling, hops++) {
      const text = shownText(next);
      // The caption, alone or with its credit after it ("… airlifted to Antigua. Photograph by Jeremy Holden").
      if (text.startsWith(alt) && shortText(next, THRESHOLDS.photoCaptionMaxChars) !== null) {
        out.push(next);
        break;
      }
      if (text) break;
    }
  }
  return out;
}

/**
 * Removes, from a document clone, a picture gallery set inside the story: a list of three or more slides, each with
 * a picture and the gallery's same title as a heading ("<li><img …><h4>Racist, ruthless, cruel: Germany's colonial
 * history</h4><h2>German crime</h2><p>Only about 16,000 Herero survived …</p></li>", DW). Its slides are captions
 * of another piece, not the story, and their headings would glue onto the captions.
 */
export function removePictureGalleries(doc: Document): void {
  for (const list of Array.from(doc.querySelectorAll('ul, ol'))) {
    const slides = Array.from(list.children).filter((li) => tagOf(li) === 'LI');
    if (slides.length < THRESHOLDS.galleryMinSlides) continue;
    const titles = slides.map((li) =>
      li.querySelector('img, picture') ? normal(li.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? '') : '',
    );
    if (titles[0] && titles.every((t) => t === titles[0])) list.remove();
  }
}

/** An element's text as a reader sees it: without the text of its scripts, styles and templates. */
function shownText(el: Element): string {
  if (!el.querySelector('script, style, template')) return normal(el.textContent ?? '');
  const copy = el.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll('script, style, template'))) hidden.remove();
  return normal(copy.textContent ?? '');
}

/** A photo credit closing a line: "… MTI Fotó: Nemes János", "Photo: AP", "(Foto: dpa)". */
const CREDIT_AT_END = new RegExp(
  `(?:^|[\\s(|/–—-])(?:${alternationSource([PHOTO_CREDIT_LABELS])})\\s*:\\s*[^:.!?]{2,40}\\)?\\s*$`,
  'iu',
);
const EMPHASIS_TAGS = new Set(['EM', 'I', 'SMALL']);

/** Whether all of an element's text sits in one italic or small run: "<p><em>Petőfi's statue … </em></p>". */
function allEmphasized(el: Element): boolean {
  const text = elementText(el).trim();
  if (!text) return false;
  const runs = Array.from(el.querySelectorAll('em, i, small')).filter((r) => !r.parentElement?.closest('em, i, small'));
  return runs.length === 1 && EMPHASIS_TAGS.has(tagOf(runs[0]!)) && elementText(runs[0]!).trim() === text;
}

/**
 * A caption set as a plain paragraph right under its photo, with no caption class: the paragraph after a box
 * that holds only an image, short, and either all in italics or closing on a credit ("Petőfi Sándor megrongált
 * szobra … MTI Fotó: Nemes János"), or a short italic run right after the image (line breaks between). Without
 * this it reads as a sentence of the story.
 */
function plainCaptions(body: Element): Element[] {
  const out: Element[] = [];
  for (const img of Array.from(body.querySelectorAll('img'))) {
    let holder: Element = img;
    while (holder.parentElement && holder.parentElement !== body && !elementText(holder.parentElement).trim())
      holder = holder.parentElement;
    let next = holder.nextElementSibling;
    while (next && tagOf(next) === 'BR') next = next.nextElementSibling;
    if (!next || next.querySelector('img, p, div, ul, ol, table')) continue;
    // The caption as an italic run in the photo's own box: "<img …> <br> <i>The basement at 80 New York Avenue …
    // (Scott Heins/Gothamist)</i>".
    const inline = EMPHASIS_TAGS.has(tagOf(next)) && !textBetween(holder, next);
    if (!inline && !/^(?:P|DIV)$/.test(tagOf(next))) continue;
    const text = shortText(next, THRESHOLDS.photoCaptionMaxChars);
    if (text && (inline || allEmphasized(next) || CREDIT_AT_END.test(text.trim()))) out.push(next);
  }
  return out;
}

/** Whether text (not only white space and line breaks) stands between two siblings: "<img> The word <i>…</i>". */
function textBetween(from: Element, to: Element): boolean {
  for (let node = from.nextSibling; node && node !== to; node = node.nextSibling)
    if ((node.textContent ?? '').trim()) return true;
  return false;
}

/**
 * Removes, from a document clone, headings that are the site's logo: a heading whose text is all inside a link to
 * the home page ("<h2><a href="/">Express. Home of the Daily and Sunday Express.</a></h2>"). Readability may keep
 * them above the story, where they would read as its dek.
 */
export function removeMastheads(doc: Document, url: string): void {
  const home = homeOf(url);
  if (!home) return;
  for (const heading of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6')))
    if (linksHome(heading, url, home)) heading.remove();
}

/** The home page of a page's site ("https://example.com/"), or null for an address that is none. */
export function homeOf(url: string): string | null {
  try {
    return new URL('/', url).href;
  } catch {
    return null;
  }
}

/**
 * Whether all of a heading's text sits in its one link, to the site's home page (`home`, from homeOf; links resolve
 * against `url`): the site's logo set as a heading ("<h1><a href="/">Archive of Our Own</a></h1>").
 */
export function linksHome(heading: Element, url: string, home: string): boolean {
  const links = Array.from(heading.querySelectorAll('a[href]'));
  if (links.length !== 1) return false;
  let target: string;
  try {
    target = new URL(links[0]!.getAttribute('href') ?? '', url).href;
  } catch {
    return false;
  }
  if (target !== home) return false;
  const own = (heading.textContent ?? '').trim();
  return !!own && own === (links[0]!.textContent ?? '').trim();
}
