/**
 * What a heading carries that is not its caption, and the shapes of headings that are page text rather than
 * section captions (utils/article/caption-headings.ts). Patterns, not phrases: they hold no words of a language.
 */

/** A trailing edit or anchor link: "Firefox[edit]", "Geschichte [Bearbeiten | Quelltext bearbeiten]", "Current status #". */
export const HEADING_TRAILING_MARKS = /(?:\s*\[[^[\]]{1,40}\])+$|\s+[#¶§🔗]$/u;
/** A leading anchor mark: "# Current status", "¶ Notes". */
export const HEADING_LEADING_MARKS = /^[#¶§🔗]\s+/u;
/** A heading in brackets is a teaser or a note: "[Related: Plague in Mongolia]", "[Updated]". */
export const BRACKETED_LINE = /^\[[^\]]*\]?$|^\(.*\)$/u;
/** A date or a clock time in digits: "2/26/2015", "2015-02-26", "7:11 AM", "9:00AM". */
export const DIGIT_DATE_OR_TIME = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}:\d{2}(?!\d)/u;
/** A byline line: "BY TMZ STAFF", "By Jane Doe". */
export const BYLINE_LINE = /^by\s+\p{L}/iu;
/** A line that closes like a sentence (a full stop or an exclamation, in any script, before closing quotes). */
export const SENTENCE_CLOSE = /[.!。！][\s"'”’»)\]」』）]*$/u;
/** What closes a clause that leads into a list: a colon ("You may use the following questions:"). */
export const LEAD_IN_CLOSE = /[:：][\s"'”’»)\]」』）]*$/u;

/**
 * A media gallery's label, not a section: "Gallery: Xbox One X | 14 Photos", "Bildergalerie: ...", "12 photos".
 */
export const MEDIA_GALLERY_LABEL =
  /^(?:gallery|photo gallery|slideshow|bildergalerie|galerie|galería|galeria|fotogalerie|fotogalería)\s*[:|–—-]|(?:^|[|·•]\s*)\d+\s+(?:photos|pictures|images|videos|slides|bilder|fotos|imágenes|immagini|photographies)$/iu;
