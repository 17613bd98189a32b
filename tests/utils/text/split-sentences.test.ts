import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/utils/text/split-sentences';

const texts = (text: string, lang: string): string[] => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['en', 'Dr. Smith met Mr. Jones at noon. They talked.', ['Dr. Smith met Mr. Jones at noon.', 'They talked.']],
    [
      'en',
      'The VW ID. SPACE VIZZION is a concept car. It has a range of 590 km.',
      ['The VW ID. SPACE VIZZION is a concept car.', 'It has a range of 590 km.'],
    ],
    ['en', 'It starts at 9 a.m. sharp. Doors open at 8.', ['It starts at 9 a.m. sharp.', 'Doors open at 8.']],
    [
      'de',
      'Die Messe findet am 12. bis 13. September statt. Der Eintritt ist frei.',
      ['Die Messe findet am 12. bis 13. September statt.', 'Der Eintritt ist frei.'],
    ],
    ['en', 'Use a tool, e.g. a hammer. Or not, i.e. never.', ['Use a tool, e.g. a hammer.', 'Or not, i.e. never.']],
    ['en', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['en', 'He moved to the U.S. The move was hard.', ['He moved to the U.S.', 'The move was hard.']],
    [
      'en',
      'He lives at No. 10 Downing Street. He said no. Then he left.',
      ['He lives at No. 10 Downing Street.', 'He said no.', 'Then he left.'],
    ],
    ['en', 'Growth was 3.5 percent. Prices rose.', ['Growth was 3.5 percent.', 'Prices rose.']],
    ['en', 'J. R. R. Tolkien wrote it. Fans loved it.', ['J. R. R. Tolkien wrote it.', 'Fans loved it.']],
    ['en', 'He shouted "Stop!" she said. Nobody moved.', ['He shouted "Stop!" she said.', 'Nobody moved.']],
    ['en', 'Prof. Lee and Gen. Ray spoke. Sen. Kay left.', ['Prof. Lee and Gen. Ray spoke.', 'Sen. Kay left.']],
    [
      'de',
      'Das ist z. B. ein Test, d. h. gut. Er wohnt in Nr. 5 bei Prof. Müller.',
      ['Das ist z. B. ein Test, d. h. gut.', 'Er wohnt in Nr. 5 bei Prof. Müller.'],
    ],
    [
      'de',
      'Am 3. März kam er. Es kostet 3,5 Mio. Euro. Dr. Weber sagt das.',
      ['Am 3. März kam er.', 'Es kostet 3,5 Mio. Euro.', 'Dr. Weber sagt das.'],
    ],
    [
      'de',
      '„Das reicht nicht“, sagte sie. Der Rat stimmte zu.',
      ['„Das reicht nicht“, sagte sie.', 'Der Rat stimmte zu.'],
    ],
    [
      'es',
      '¿Qué pasa? El Sr. García llegó. ¡Hola! Cuesta 9.50 pesos.',
      ['¿Qué pasa?', 'El Sr. García llegó.', '¡Hola!', 'Cuesta 9.50 pesos.'],
    ],
    ['es', 'La Dra. Ruiz habló. Luego se fue.', ['La Dra. Ruiz habló.', 'Luego se fue.']],
    [
      'zh',
      '这是第一句。这是第二句！“你好。”他说。第四句？好',
      ['这是第一句。', '这是第二句！', '“你好。”', '他说。', '第四句？', '好'],
    ],
    [
      'zh',
      '气温将下降3.5℃。他说：「注意保暖！」市民表示理解。',
      ['气温将下降3.5℃。', '他说：「注意保暖！」', '市民表示理解。'],
    ],
    [
      'ja',
      '「こんにちは。」と彼は言った。今日は晴れです！明日は？『本。』終わり',
      ['「こんにちは。」と彼は言った。', '今日は晴れです！', '明日は？', '『本。』', '終わり'],
    ],
    ['ja', '運賃は230円です。増便は来春から！', ['運賃は230円です。', '増便は来春から！']],
    [
      'ko',
      '안녕하세요. 오늘은 날씨가 좋습니다! 내일은? 끝.',
      ['안녕하세요.', '오늘은 날씨가 좋습니다!', '내일은?', '끝.'],
    ],
    [
      'ko',
      '가격은 3.5% 올랐다. 시민들은 "너무 비싸다"고 말했다.',
      ['가격은 3.5% 올랐다.', '시민들은 "너무 비싸다"고 말했다.'],
    ],
    ['th', 'ผู้โดยสารเพิ่มขึ้นมาก ก่อนหน้านี้ กทม. ได้ทดลองเดินเรือไฟฟ้า', ['ผู้โดยสารเพิ่มขึ้นมาก ก่อนหน้านี้ กทม. ได้ทดลองเดินเรือไฟฟ้า']],
    [
      'th',
      'ที่ประชุม ครม. อนุมัติงบ โดย รมว. คลัง และ พล.ต.อ. สมชาย ร่วมประชุม',
      ['ที่ประชุม ครม. อนุมัติงบ โดย รมว. คลัง และ พล.ต.อ. สมชาย ร่วมประชุม'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  it('gives offsets into the source text, trimmed', () => {
    const text = '  First one.   Second one.  ';
    const sentences = splitSentences(text, 'en');
    expect(sentences).toEqual([
      { text: 'First one.', start: 2, end: 12 },
      { text: 'Second one.', start: 15, end: 26 },
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for blank text and survives an unknown language tag', () => {
    expect(splitSentences('   ', 'en')).toEqual([]);
    expect(texts('One. Two.', 'xx-invalid-tag-!!')).toEqual(['One.', 'Two.']);
  });
});

describe('splitSentences: Thai abbreviations with vowel and tone marks', () => {
  it.each([
    ['a month with a vowel mark (มี.ค.)', 'เมื่อวันที่ 5 มี.ค. 2568 รัฐบาลประกาศมาตรการใหม่ ประชาชนจำนวนมากออกมาแสดงความเห็น', 1],
    ['a title pair (ศ.ดร.)', 'ที่ประชุมแต่งตั้ง ศ.ดร. สมชาย ใจดี เป็นประธานคณะกรรมการชุดใหม่', 1],
    ['a time (9.00 น.)', 'การประชุมเริ่มเวลา 9.00 น. ตามกำหนดการเดิม', 1],
  ])('%s stays inside its sentence', (_, text, count) => {
    const sentences = splitSentences(text, 'th');
    expect(sentences).toHaveLength(count);
    expect(sentences[0]!.text).toBe(text);
  });

  it('the same dots in English text still follow the English rules', () => {
    expect(splitSentences('Prices rose 5 p.c. The bank said so.', 'en').map((s) => s.text)).toHaveLength(2);
  });
});

describe('splitSentences: a title written into Chinese or Japanese text', () => {
  it('does not end a sentence after "Mr." glued to CJK characters, with or without a quote after it', () => {
    expect(texts('此時遇到頭一次謀面的Mr."大雄"，真是有緣。下次再來。', 'zh-TW')).toEqual([
      '此時遇到頭一次謀面的Mr."大雄"，真是有緣。',
      '下次再來。',
    ]);
    expect(texts('我們遇到了Dr.王，他很忙。', 'zh')).toEqual(['我們遇到了Dr.王，他很忙。']);
  });

  it('still ends an English sentence after a word that is not a title', () => {
    expect(texts('He moved to Beijing. 他很忙。', 'en')).toEqual(['He moved to Beijing.', '他很忙。']);
  });

  it('does not end a sentence at the full stop inside a Latin name the text runs on from (blind pool G)', () => {
    expect(
      texts('販売ショップはツクモパソコン本店、ツクモeX.パソコン館、パソコンショップ アーク。店頭価格は982円。', 'ja'),
    ).toEqual([
      '販売ショップはツクモパソコン本店、ツクモeX.パソコン館、パソコンショップ アーク。',
      '店頭価格は982円。',
    ]);
    // A space after the stop still ends the sentence.
    expect(texts('新製品はABC Inc. 次のモデルは来年に出る。', 'ja')).toHaveLength(2);
  });
});

describe('splitSentences: a sentence that opens with a figure', () => {
  it('is split from the sentence before it, after a full stop that ends a word (Hungarian "2009-ben")', () => {
    const text =
      'Az 1990-ben felavatott szobrot az utóbbi években többször is megrongálták. 2009-ben, ugyancsak egy magyar nemzeti ünnepre időzítve, fehér festékkel öntötték le.';
    expect(splitSentences(text, 'hu').map((s) => s.text)).toEqual([
      'Az 1990-ben felavatott szobrot az utóbbi években többször is megrongálták.',
      '2009-ben, ugyancsak egy magyar nemzeti ünnepre időzítve, fehér festékkel öntötték le.',
    ]);
  });

  it('stays whole after an abbreviation or an ordinal ("approx. 20", "Am 12. bis 13. September")', () => {
    expect(splitSentences('The ship carried approx. 20 people to the island.', 'en')).toHaveLength(1);
    expect(splitSentences('The hall seats ca. 300 guests on two floors.', 'en')).toHaveLength(1);
    expect(splitSentences('Am 12. bis 13. September findet das Fest statt.', 'de')).toHaveLength(1);
  });

  it('keeps each sentence at its offsets in the text', () => {
    const text = 'Die Brücke wurde gesperrt. 2024 soll sie wieder öffnen.';
    for (const s of splitSentences(text, 'de')) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text, 'de')).toHaveLength(2);
  });
});

describe('splitSentences: a dotted acronym at the end of a sentence', () => {
  it('ends the sentence before a common opening word ("in the U.S. Though …")', () => {
    const text = 'The show was the most watched new series in the U.S. Though critics were divided, it was renewed.';
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual([
      'The show was the most watched new series in the U.S.',
      'Though critics were divided, it was renewed.',
    ]);
  });

  it('ends the sentence before an inverted opening ("the U.S. Rarely if ever has …")', () => {
    const text = 'She called it a blow to ties with the U.S. Rarely if ever has the alliance been so strained.';
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual([
      'She called it a blow to ties with the U.S.',
      'Rarely if ever has the alliance been so strained.',
    ]);
  });

  it('still joins it to a name that follows ("the U.S. Senate")', () => {
    expect(splitSentences('The U.S. Senate voted on Tuesday.', 'en')).toHaveLength(1);
  });
});

describe("a person's initials stand before a name", () => {
  it('keeps "J.P. "The Big Bopper" Richardson" in one sentence, a place acronym still ends one', () => {
    const text =
      'A small aircraft carrying Ritchie Valens and J.P. "The Big Bopper" Richardson crashed near Clear Lake. ' +
      'The plan was approved in the U.S. The critics were not convinced.';
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual([
      'A small aircraft carrying Ritchie Valens and J.P. "The Big Bopper" Richardson crashed near Clear Lake.',
      'The plan was approved in the U.S.',
      'The critics were not convinced.',
    ]);
  });
});

describe('a particle after a quotation closed on "！" goes on with the sentence (ja)', () => {
  it('keeps 「…叱られる！」が受賞した。 whole, and still ends before もし', () => {
    const text = '大賞はテレビ番組「チコちゃんに叱られる！」が受賞した。「すごい！」もし雨なら中止だ。';
    expect(splitSentences(text, 'ja').map((s) => s.text)).toEqual([
      '大賞はテレビ番組「チコちゃんに叱られる！」が受賞した。',
      '「すごい！」',
      'もし雨なら中止だ。',
    ]);
  });
});

describe('"Fl." (fluid ounces) never ends a sentence', () => {
  it('keeps "6.76 Fl. Oz." in its sentence', () => {
    expect(splitSentences('A gel cleanser, 6.76 Fl. Oz. It sells well.', 'en').map((s) => s.text)).toEqual([
      'A gel cleanser, 6.76 Fl. Oz.',
      'It sells well.',
    ]);
  });
});

describe('splitSentences: Japanese sentences that go on after "！", "？" or a quoted stop (blind pool H)', () => {
  it('a quotation closed by a half-width bracket goes on with "と心に誓った"', () => {
    expect(
      texts('一方で、｢俺は！ 推しが出るまで！ 回すのを止めないッ！｣と心に誓った時には小銭が足りない。次の話。', 'ja'),
    ).toEqual(['一方で、｢俺は！ 推しが出るまで！ 回すのを止めないッ！｣と心に誓った時には小銭が足りない。', '次の話。']);
  });

  it('a question the sentence answers with "というと" stays with it', () => {
    expect(texts('どのへんが現代風？ というと、交通系電子マネーへの対応です。', 'ja')).toEqual([
      'どのへんが現代風？ というと、交通系電子マネーへの対応です。',
    ]);
  });

  it('a full stop written inside brackets ends no sentence', () => {
    expect(texts('例えば、カンマ（,）やピリオド（.）だけサイズを大きくするといった工夫がある。次の話。', 'ja')).toEqual(
      ['例えば、カンマ（,）やピリオド（.）だけサイズを大きくするといった工夫がある。', '次の話。'],
    );
  });

  it('a question followed by a new sentence still ends there', () => {
    expect(texts('なぜだろう？ 理由は簡単だ。', 'ja')).toHaveLength(2);
  });
});

describe('splitSentences: a quoted question or exclamation and its speech tag are one sentence (blind pool O)', () => {
  it.each([
    [
      '“Do you want to listen to Taliban cassette?” Matiullah Matie asks as he steers his car. He keeps the tapes.',
      [
        '“Do you want to listen to Taliban cassette?” Matiullah Matie asks as he steers his car.',
        'He keeps the tapes.',
      ],
    ],
    [
      '"Where is everyone?" Maria Lopez said, looking at the empty hall. Nobody answered her.',
      ['"Where is everyone?" Maria Lopez said, looking at the empty hall.', 'Nobody answered her.'],
    ],
    // Not a speech tag: a new sentence after the quote.
    [
      '"We won!" The crowd poured onto the pitch after the final whistle.',
      ['"We won!"', 'The crowd poured onto the pitch after the final whistle.'],
    ],
    [
      '"Is it safe?" Officials said that the bridge would reopen on Monday.',
      ['"Is it safe?"', 'Officials said that the bridge would reopen on Monday.'],
    ],
  ])('%s', (text, expected) => {
    expect(texts(text, 'en')).toEqual(expected);
  });
});
