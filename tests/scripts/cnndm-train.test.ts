import { describe, expect, it } from 'vitest';
import { detokenize, lowerCasedArticle, tokenizedSentences, trainingForm } from '@/scripts/lib/cnndm-train';
import { collectCandidates } from '@/utils/summary/collect-candidates';

describe('detokenize', () => {
  it('glues punctuation, clitics, brackets and quotes back', () => {
    expect(detokenize("he did n't say , `` no . '' -lrb- cnn -rrb- the u.s. 's miami - dade $ 5 , 50 %")).toBe(
      `he didn't say, "no." (cnn) the u.s.'s miami-dade $5, 50%`,
    );
    expect(detokenize('the " forgotten floor , " he said')).toBe('the "forgotten floor," he said');
  });
});

describe('tokenizedSentences', () => {
  it('splits after stops, keeping a closing quote with its sentence (a question ends one, as Intl.Segmenter does on cased text)', () => {
    expect(tokenizedSentences('he said " it is over . " then he left . " what now ? " she asked .')).toEqual([
      'he said " it is over . "',
      'then he left .',
      '" what now ? "',
      'she asked .',
    ]);
    expect(tokenizedSentences('the u.s. army left . no more')).toEqual(['the u.s. army left .', 'no more']);
  });
});

describe('lowerCasedArticle', () => {
  const story =
    'by . daily mail reporter . published : . 10:22 est , 1 may 2013 . | . updated : . 11:02 est , 1 may 2013 . ' +
    'london -lrb- cnn -rrb- -- a fire destroyed a warehouse near the harbour on sunday , police said . ' +
    'firefighters fought the blaze for six hours . nobody was hurt , but the damage runs to millions .';

  it('drops the old DailyMail header and the dateline, and the splitter finds the tokenizer sentences', () => {
    const { article, lead3 } = lowerCasedArticle(story);
    expect(lead3).toEqual([
      'london (cnn) -- a fire destroyed a warehouse near the harbour on sunday, police said.',
      'firefighters fought the blaze for six hours.',
      'nobody was hurt, but the damage runs to millions.',
    ]);
    expect(article.blocks).toHaveLength(1);
    expect(collectCandidates(article).map((c) => c.text)).toEqual([
      'A fire destroyed a warehouse near the harbour on sunday, police said.',
      'Firefighters fought the blaze for six hours.',
      'Nobody was hurt, but the damage runs to millions.',
    ]);
  });
});

describe('trainingForm', () => {
  it('lower-cases and tokenizes cased text the way the training data is', () => {
    expect(trainingForm('(CNN) "We didn\'t know," Mr. Smith said. The U.S. team\'s lead: 3%.')).toBe(
      "-lrb- cnn -rrb- `` we did n't know , '' mr. smith said . the u.s. team 's lead : 3 % .",
    );
  });

  it('round-trips through the training path to the same sentences, lower-cased', () => {
    const text =
      'London (CNN) -- A fire destroyed a warehouse on Sunday, police said. "Nobody was hurt in the fire, but the building is lost," the fire chief added.';
    const { article } = lowerCasedArticle(trainingForm(text));
    expect(collectCandidates(article).map((c) => c.text.toLowerCase())).toEqual([
      'a fire destroyed a warehouse on sunday, police said.',
      '"nobody was hurt in the fire, but the building is lost," the fire chief added.',
    ]);
  });
});
