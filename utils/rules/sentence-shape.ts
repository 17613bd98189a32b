/**
 * How a whole sentence starts and ends, in any script (utils/summary/clean-sentence.ts). A key point is a
 * whole sentence: a list of ingredients, a caption or a fragment cut by a formula does not start and end like one.
 */

/** Opening quotes, brackets, dashes and Spanish inverted marks a sentence may start with. */
export const SENTENCE_OPENERS = /^[\p{Ps}\p{Pi}"'¿¡—–-]+\s*/u;
/**
 * Closing quotes and brackets a sentence may end with, after its stop: German quotes close with “ and ‘
 * („…“), French ones after a space (« … »).
 */
export const SENTENCE_CLOSERS = /[\s"'“”‘’»)\]」』）】》〉]+$/u;
/** A sentence's first character: a capital, a digit, a currency sign or a letter of a script without case. */
export const SENTENCE_FIRST = /^[\p{Lu}\p{Lt}\p{N}\p{Sc}\p{Lo}]/u;
/** A first word in lower case that has capitals inside it is a name: "iPhone", "eBay", "de Gaulle" is not. */
export const MIXED_CASE_NAME = /^\p{Ll}+\p{Lu}[\p{L}\p{N}]*/u;
/** A sentence's last character before closing quotes: a full stop, question or exclamation mark, an ellipsis. */
export const SENTENCE_LAST = /[.!?…。！？‼⁉؟।]$/u;

/**
 * A speaker's label before their words in a transcript or a Q&A: one to three capitalised words (or an
 * upper-case name) and a colon, then the words, capitalised, with or without a space ("JON SIEBEN: I don't
 * think…", "McKelvey:Everyone needs…", "Mashable: Unlike with Twitter…"). The label is no part of the sentence.
 */
export const SPEAKER_LABEL = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}:\s*(?=["“]?\p{Lu})/u;

/**
 * A label of one to four words, a colon and a short value that is no sentence (no stop after a word):
 * "Company: FACEBOOK", "Launch Date: 1/2/2004", "Funding: $2.34B". Group 1 is the value.
 */
export const FACT_LINE = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}\s*:\s*(\S.{0,80})(?<!\p{Ll}[.!?])$/u;

/**
 * A sentence wholly inside brackets: an aside to the sentence before it ("(Vous pourrez reproduire une frise
 * chronologique pour les situer …)."), which it leans on.
 */
export const BRACKETED_ASIDE = /^[(（[][^()（）[\]]*[)）\]][.!?。！？]?$/u;

/**
 * A sentence wholly inside quotation marks, with no one named as its speaker ("\"Welcome to the 46th annual Angola
 * Prison Rodeo, the Wildest Show in the South!\""): a voice the story opens with or quotes, whose speaker and
 * point another sentence gives. Inner quotes of the other kind may appear; the closing mark ends the sentence.
 */
export const BARE_QUOTATION = /^(?:"[^"]+"|“[^“”]+”|«[^«»]+»|„[^„“”]+[“”]|「[^「」]+」)$/u;

/**
 * Program text run into a page (a template's expressions shown before its script runs, a code sample read as
 * prose): a comparison or logic operator ("=== \"pending\" ?", "&&", "=>"), template braces ("{{ user.name }}"),
 * or a camel-cased property chain ("nrco.contentDetailController.content.status"). A sentence holds none of them.
 */
export const CODE_MARKS = /[!=]==|&&|\|\||=>|\{\{|\}\}|\b[a-z_$][\w$]*\.[a-z_$][a-z\d_$]*[A-Z][\w$]*\.[A-Za-z_$]/u;
