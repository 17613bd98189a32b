/**
 * The most frequent function words of the Latin-script languages a page may mislabel (a German story under
 * `lang="en"`): a text's share of each list tells its language (utils/text/detect-language.ts). Words shared
 * between two of the languages are left out ("de", "a", "en", "die" in English titles is rare enough to keep).
 */
export const LANGUAGE_WORDS: Readonly<Record<string, string>> = {
  en: 'the and of to is was that for with are it said have this from by were has which their would been',
  de: 'der die und das ist nicht ein eine mit den sich auf für des dem im wird sind auch nach bei werden wurde',
  fr: 'le les des est une dans pour qui pas sur au avec sont du aux ont cette mais ses leur été',
  es: 'el los las del una por para con está como más fue pero sus son también entre cuando muy',
  pt: 'os das dos uma para com não são foi pelo pela mais também seu sua está entre quando muito',
  it: 'il della che per sono gli non alla nel delle dei anche questo stato essere più hanno',
  nl: 'het een van en dat niet met voor zijn ook maar bij werd wordt door naar deze hebben',
};
