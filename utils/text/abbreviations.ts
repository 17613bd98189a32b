/**
 * Lower-case tokens (without the final period) after which a period never ends a sentence.
 * Titles and reference abbreviations only: words like "etc.", "Inc." or "p.m." often do end one.
 */
export const ABBREVIATIONS = new Set([
  // English
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'cpl', 'pvt', 'spc', 'mt', 'ft', 'vs',
  'e.g', 'i.e', 'cf', 'approx', 'fig', 'vol', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'oct', 'nov', 'dec',
  // German
  'bzw', 'ca', 'mio', 'mrd', 'tsd', 'evtl', 'inkl', 'zzgl', 'vgl', 'hr', 'fr', 'abs', 'str', 'z.b', 'd.h', 'u.a', 's.o', 'u.u', 'dipl', 'ing',
  // Spanish, French, Italian, Portuguese
  'sra', 'srta', 'dra', 'ud', 'uds', 'núm', 'pág', 'mme', 'mlle', 'sig', 'dott', 'sto', 'sta',
  // Thai (Thai writes no full stops; a period only closes an abbreviation): agencies, offices, titles, ranks.
  'กทม', 'ครม', 'รมว', 'รมช', 'รมต', 'นรม', 'ผวจ', 'สส', 'สว', 'กกต', 'ปปช', 'ปปส', 'สตช', 'ธปท', 'รฟม', 'รฟท', 'ขสมก', 'กปน',
  'อบต', 'อบจ', 'สพฐ', 'สนง', 'บมจ', 'บจก', 'หจก', 'ดร', 'นพ', 'พญ', 'ทพ', 'ผศ', 'รศ', 'ผบ', 'ผบ.ตร', 'ผบ.ทบ', 'ผบ.ทร', 'ผบ.ทอ',
  'ตร', 'ทบ', 'ทร', 'ทอ', 'พล', 'พล.อ', 'พล.ท', 'พล.ต', 'พล.ต.อ', 'พล.ต.ท', 'พล.ต.ต', 'พ.ต.อ', 'พ.ต.ท', 'พ.ต.ต',
]);

/** Abbreviations that never end a sentence when a number follows: "No. 10 Downing Street", "Nr. 5". */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'nr', 'núm', 'art', 'p', 'pp']);

/** Languages that write ordinals with a period ("am 3. März"). */
export const ORDINAL_DOT_LANGS = new Set(['de', 'da', 'nb', 'no', 'nn', 'fi', 'cs', 'sk', 'pl', 'hu', 'sl', 'hr', 'sr', 'et', 'lv', 'lt', 'is', 'tr']);

/** Capitalised words that usually open a sentence: after "U.S." or "B." they signal a real break. */
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'But', 'And', 'In',
  'On', 'At', 'However', 'His', 'Her', 'Their', 'Its', 'There', 'Then', 'So', 'If', 'When', 'While', 'After', 'Before',
  'As', 'Our', 'My', 'Meanwhile', 'Now', 'Some', 'Many', 'One', 'For', 'Yet', 'What', 'Why', 'How', 'Where', 'Who',
  'Der', 'Die', 'Das', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Aber', 'Und', 'Im', 'Am', 'Ein', 'Eine', 'Dann', 'Doch', 'Auch',
  'El', 'La', 'Los', 'Las', 'Un', 'Una', 'Pero', 'Y', 'En', 'Él', 'Ella', 'Esto', 'Le', 'Les', 'Il', 'Elle', 'Mais',
]);
