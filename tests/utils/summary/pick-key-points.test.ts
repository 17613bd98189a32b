import { describe, expect, it } from 'vitest';
import { findWhyItMatters } from '@/utils/summary/find-why-it-matters';
import { leansByItsWords, namesUnintroduced, pickKeyPoints, preferPredecessors } from '@/utils/summary/pick-key-points';
import { prepareSentences } from '@/utils/summary/rank-sentences';
import type { KeyPointModel } from '@/utils/summary/ranker-model';
import { KEYPOINT_MODEL } from '@/utils/summary/ranker-weights';
import { POINTS_BY_LENGTH, type Article, type Block } from '@/utils/types';

function article(blocks: Block[], lang = 'en'): Article {
  return { title: 'A test story', siteName: null, byline: null, publishedTime: null, lang, isArticle: true, blocks };
}
const p = (text: string, section: string | null = null): Block => ({ kind: 'paragraph', text, section });
const h = (text: string, section: string | null = null): Block => ({ kind: 'heading', level: 2, text, section });

const sectioned = article([
  p('The city council approved a new budget for the coming year on Tuesday night after a long debate.'),
  p('The budget raises spending on schools, roads and parks while keeping property taxes flat for residents.'),
  p('Council members argued for hours over the size of the reserve fund before the final vote.'),
  p('The mayor praised the budget as balanced and said the city could afford the new spending.'),
  h('Schools'),
  p(
    'Schools will receive twelve million dollars more than last year to hire teachers and repair buildings.',
    'Schools',
  ),
  p('Teachers welcomed the money but said class sizes would remain too large in several districts.', 'Schools'),
  h('Roads'),
  p('Road repairs will cover forty miles of streets, with work starting in the spring on the busiest routes.', 'Roads'),
  p('Residents have complained for years about potholes on the main avenues of the east side.', 'Roads'),
  h('Parks'),
  p('Three new parks will open in neighbourhoods that have no green space within walking distance today.', 'Parks'),
  p('The parks department will also hire more staff to keep the existing parks clean and safe.', 'Parks'),
]);

describe('pickKeyPoints', () => {
  it('covers the sections instead of piling up in the first one', () => {
    const points = pickKeyPoints(sectioned, { count: 4 });
    expect(points).toHaveLength(4);
    expect(new Set(points.map((k) => k.section))).toEqual(new Set([null, 'Schools', 'Roads', 'Parks']));
  });

  it('keeps article order and records where each point comes from', () => {
    const points = pickKeyPoints(sectioned, { count: 5 });
    const blocks = points.map((k) => k.source!.block);
    expect(blocks).toEqual([...blocks].sort((a, b) => a - b));
    for (const k of points) {
      const block = sectioned.blocks[k.source!.block]!;
      expect(block.text.slice(k.source!.start, k.source!.end)).toBe(k.text);
      expect(k.section).toBe(block.section);
    }
  });

  it.each(Object.entries(POINTS_BY_LENGTH))('gives %s = %d points', (_, count) => {
    expect(pickKeyPoints(sectioned, { count })).toHaveLength(count);
  });

  it('picks whole sentences, never table cells, fragments or boilerplate, and cuts datelines', () => {
    const a = article([
      p(
        '(CNN) -- A powerful storm knocked out power to two hundred thousand homes across the region on Monday. CLICK HERE for the latest pictures of the storm damage.',
      ),
      {
        kind: 'table',
        table: { caption: null, columns: ['Town', 'Homes without power'], rows: [['Springfield', '120,000']] },
        text: 'Town | Homes without power\nSpringfield | 120,000',
        section: null,
      },
      p('One resident said:'),
      {
        kind: 'list-item',
        text: 'Crews from four states are working to restore power by the end of the week.',
        ordered: false,
        section: null,
      },
      { kind: 'quote', text: 'This is the worst storm I have seen in my whole life here in this town.', section: null },
      p('Advertisement'),
      p('Schools in the worst-hit counties will stay closed until at least Wednesday, officials said.'),
    ]);
    const points = pickKeyPoints(a, { count: 5 });
    const texts = points.map((k) => k.text);
    expect(texts).toEqual([
      'A powerful storm knocked out power to two hundred thousand homes across the region on Monday.',
      'Crews from four states are working to restore power by the end of the week.',
      'Schools in the worst-hit counties will stay closed until at least Wednesday, officials said.',
    ]);
    const first = points[0]!;
    expect(a.blocks[first.source!.block]!.text.slice(first.source!.start, first.source!.end)).toBe(first.text);
  });

  it('splits CJK paragraphs into sentences', () => {
    const a = article(
      [
        p(
          '受强冷空气影响，我国中东部地区将自北向南出现大范围寒潮天气。华北、黄淮等地气温将下降8至12℃，局地降幅可超过14℃。气象台提醒市民注意防寒保暖，及时添加衣物。',
        ),
      ],
      'zh-CN',
    );
    const points = pickKeyPoints(a, { count: 2 });
    expect(points).toHaveLength(2);
    for (const k of points) expect(k.text).toMatch(/。$/);
  });

  it('returns nothing for an article without prose', () => {
    expect(pickKeyPoints(article([h('Only a heading')]), { count: 5 })).toEqual([]);
    expect(pickKeyPoints(sectioned, { count: 0 })).toEqual([]);
  });

  describe('a model that dislikes first sentences', () => {
    const plain = article([
      p('A fire destroyed a warehouse near the harbour early on Sunday morning, the fire service said.'),
      p('Firefighters fought the blaze for six hours before bringing it under control at dawn.'),
      p('Nobody was hurt, but the owners said the damage would run to several million dollars.'),
      p('The cause of the fire is not yet known and an investigation has begun.'),
      p('Residents of nearby streets were told to keep their windows shut because of the smoke.'),
    ]);
    // A linear model on position alone, with no set terms: a negative weight prefers late sentences.
    const lateFirst = (weight: number): KeyPointModel => ({
      ...KEYPOINT_MODEL,
      features: ['inversePosition'],
      mean: [0],
      scale: [1],
      linear: [weight],
      hidden: [],
      hiddenBias: [],
      output: [],
      set: { words: 0, wordsSquared: 0, maxSimilarity: 0, meanSimilarity: 0 },
    });
    const first = 'A fire destroyed a warehouse near the harbour early on Sunday morning, the fire service said.';

    it('follows the model on an unsectioned article', () => {
      expect(pickKeyPoints(plain, { count: 2, model: lateFirst(-5) }).map((k) => k.text)).not.toContain(first);
      expect(pickKeyPoints(plain, { count: 2, model: lateFirst(5) }).map((k) => k.text)[0]).toBe(first);
    });

    it('on sectioned articles the lede opens the points and the rest come from the other sections', () => {
      const lede = 'The city council approved a new budget for the coming year on Tuesday night after a long debate.';
      // Even a model that dislikes first sentences keeps the lede of a sectioned article.
      const points = pickKeyPoints(sectioned, { count: 3, model: lateFirst(-5) });
      expect(points).toHaveLength(3);
      expect(points[0]!.text).toBe(lede);
      const sections = points.slice(1).map((k) => k.section);
      expect(new Set(sections).size).toBe(2);
      expect(sections).not.toContain(null);
    });
  });

  it('prepares the sentences of an article once for the key points and the why-this-matters table', () => {
    const a = article(sectioned.blocks);
    const prepared = prepareSentences(a);
    pickKeyPoints(a, { count: 3 });
    findWhyItMatters(a);
    expect(prepareSentences(a)).toBe(prepared);
    // Another Article object (even with the same blocks) gets its own preparation.
    expect(prepareSentences(article(sectioned.blocks))).not.toBe(prepared);
  });
});

describe('pickKeyPoints: the lede of a sectioned article', () => {
  const intro = (first: string): Article =>
    article([
      p(first),
      p('The council approved a new budget for the coming year on Tuesday night after a long debate.'),
      h('Schools'),
      p(
        'Schools will receive twelve million dollars more than last year to hire teachers and repair buildings.',
        'Schools',
      ),
      h('Roads'),
      p(
        'Road repairs will cover forty miles of streets, with work starting in the spring on the busiest routes.',
        'Roads',
      ),
    ]);
  const second = 'The council approved a new budget for the coming year on Tuesday night after a long debate.';

  it.each([
    ['a greeting', 'Good morning, and welcome to issue 87.'],
    ['a question', 'Will the city finally fix its roads and schools this year, after so many promises?'],
    ['a sentence leaning on another', 'But the mayor said the city could afford all of the new spending this year.'],
    // A voice the story opens with, its speaker unnamed: "\"Welcome to the 46th annual Angola Prison Rodeo!\"".
    ['a bare quotation', '"Welcome to the annual city budget night, the longest show in the whole county!"'],
    ['a bare quotation in guillemets', '«Bienvenue à la soirée du budget, le plus long spectacle du comté entier!»'],
  ])('skips %s and opens with the next sentence', (_, first) => {
    const points = pickKeyPoints(intro(first), { count: 3 }).map((k) => k.text);
    expect(points[0]).toBe(second);
    expect(points).not.toContain(first);
  });
});

describe('pickKeyPoints: points that stand alone, once', () => {
  const texts = (points: { text: string }[]): string[] => points.map((k) => k.text);

  it.each([
    ['en', 'Figure 6 shows how the bridge supports cracked during the very cold winter months.'],
    ['en', 'The chart below compares the repair costs of every bridge in the county since 1990.'],
    ['de', 'Abbildung 3 zeigt, wie sich die Risse in den Stützen der Brücke ausgebreitet haben.'],
  ])(
    '(%s) a sentence pointing at a figure the reader cannot see is taken only when nothing else is left: %s',
    (lang, figure) => {
      const other = [
        'The council voted to close the old bridge to traffic for two years of repairs.',
        'Engineers found cracks in three of the bridge supports during an inspection in the spring.',
        'Buses will take a detour through the industrial district while the work goes on.',
        'Shop owners near the bridge fear they will lose customers during the long closure.',
        'The repairs are expected to cost forty million dollars, paid for by a state grant.',
        'A temporary footbridge for walkers and cyclists will open beside it in the autumn.',
      ];
      const a = article([p(other[0]!), p(other[1]!), p(figure), ...other.slice(2).map((t) => p(t))], lang);
      expect(texts(pickKeyPoints(a, { count: 5 }))).not.toContain(figure);
      // The control: with nothing else to show, it is still a point.
      expect(texts(pickKeyPoints(article([p(other[0]!), p(figure)], lang), { count: 5 }))).toContain(figure);
    },
  );

  it.each([
    [
      'en',
      'The mayor took two bows on stage after his speech.',
      'The first, alone, once his speech on the new model was over.',
    ],
    [
      'fr',
      'A Toulouse, le ministre aura fait deux rappels sur scène.',
      'Le premier, seul, une fois son discours sur le nouveau modèle bouclé.',
    ],
  ])('%s: "The first, …" leans on the sentence that named the things and is no lead point', (lang, named, first) => {
    const a = article(
      [
        p(`${named} ${first}`),
        p('The party congress closed on Sunday with a vote on the new leadership of the party.'),
        p('Delegates backed the government line on pensions by a large majority of the votes.'),
        p('The opposition said the congress had shown how divided the governing party had become.'),
      ],
      lang,
    );
    expect(texts(pickKeyPoints(a, { count: 3 }))).not.toContain(first);
  });

  it('shows a sentence the page prints twice only once', () => {
    const twice = 'The council voted to close the old bridge to traffic for two years of repairs.';
    const a = article([
      p(twice),
      p('Engineers found cracks in three of the bridge supports during an inspection in the spring.'),
      p(twice),
      p('Buses will take a detour through the industrial district while the work goes on.'),
      p('Shop owners near the bridge fear they will lose customers during the long closure.'),
      p('The repairs are expected to cost forty million dollars, paid for by a state grant.'),
    ]);
    const points = texts(pickKeyPoints(a, { count: 5 }));
    expect(points.filter((t) => t === twice)).toHaveLength(1);
  });

  it('gives a point that leans on the sentence just before it ("Respectively, ...") way to that sentence', () => {
    const a = article([
      p(
        'Monitoring systems send three kinds of alerts to the engineers on call at any time. Respectively, these alerts are classified as tickets, emails and pages for the engineers.',
      ),
      p('Dashboards show the four golden signals of every service to the whole team at once.'),
      p('He said the dashboards were the first thing every new engineer learned to read there.'),
    ]);
    const prepared = prepareSentences(a);
    const at = (start: string): number => prepared.candidates.findIndex((c) => c.text.startsWith(start));
    const fits = (): boolean => true;
    // The predecessor in the same paragraph replaces the leaning point.
    expect(preferPredecessors(prepared, [at('Respectively'), at('Dashboards')], fits)).toEqual([
      at('Monitoring'),
      at('Dashboards'),
    ]);
    // Not when the sentence before is in another paragraph, or already a point.
    expect(preferPredecessors(prepared, [at('He said')], fits)).toEqual([at('He said')]);
    expect(preferPredecessors(prepared, [at('Monitoring'), at('Respectively')], fits)).toEqual([
      at('Monitoring'),
      at('Respectively'),
    ]);
  });

  it('beyond the lead set, takes a self-contained sentence over one that opens with "But" or "This"', () => {
    const a = article([
      p('The city council approved a new budget for the coming year on Tuesday night after a long debate.'),
      p('The budget raises spending on schools, roads and parks while keeping property taxes flat.'),
      p('Council members argued for hours over the size of the reserve fund before the final vote.'),
      p('The mayor praised the budget as balanced and the city could afford the new spending, she said.'),
      p('Residents have complained for years about potholes on the main avenues of the east side.'),
      p('But the budget leaves the city with a smaller reserve fund than the council had promised voters.'),
      p('This comes after two years of budget cuts that closed libraries and cut bus routes across the city.'),
      p('Three new parks will open in neighbourhoods that have no green space within walking distance today.'),
    ]);
    const points = texts(pickKeyPoints(a, { count: 5 }));
    expect(points.slice(3).some((t) => /^(?:But|This) /.test(t))).toBe(false);
  });

  it('does not add a sentence whose words are all inside a chosen point', () => {
    const a = article([
      p(
        'The council voted on Monday to close the old river bridge to all traffic for two years of repairs. Engineers found deep cracks in three of the bridge supports during an inspection in the spring. Buses will take a long detour through the industrial district while the work goes on. Shop owners near the bridge fear they will lose customers during the long closure.',
      ),
      h('Repairs'),
      p(
        'The old river bridge will close to all traffic for two years of repairs. The repairs are expected to cost forty million dollars, paid for by a state grant.',
        'Repairs',
      ),
    ]);
    // Six candidates, six points asked for: the repeat is left out all the same.
    const points = texts(pickKeyPoints(a, { count: 6 }));
    expect(points).toHaveLength(5);
    expect(points).not.toContain('The old river bridge will close to all traffic for two years of repairs.');
  });

  it('the lead set does not take a sentence opening on a word that always leans back ("Eso fue ...")', () => {
    const a = article(
      [
        p('El líder kurdo Abdullah Ocalan desembarcó en Italia en noviembre de 1998 y pidió asilo político.'),
        p('Eso fue lo que no hizo un periodista de un diario argentino, que publicó la noticia sin verificarla.'),
        p('La noticia falsa circuló durante días por las redes sociales antes de ser desmentida.'),
        p('Los servicios de inteligencia alimentan a muchos medios de comunicación con información sin fuente.'),
        p('El gobierno italiano rechazó la extradición a Turquía, donde Ocalan era acusado por terrorismo.'),
      ],
      'es',
    );
    const points = texts(pickKeyPoints(a, { count: 3 }));
    expect(points).toHaveLength(3);
    expect(points.some((t) => t.startsWith('Eso'))).toBe(false);
  });

  it('does not take a sentence from the middle of a quote, its speaker named in another sentence', () => {
    const a = article(
      [
        p('O técnico Tite declarou nesta terça-feira que errou ao levar a taça da Libertadores ao ex-presidente Lula.'),
        p(
          'Em entrevista, ele explicou a visita feita naquele ano ao instituto: “Fui como técnico do Corinthians, a convite do clube. Não tenho partido político, tenho sim a torcida para que o Brasil seja melhor em igualdade social.”',
        ),
        p(
          'A seleção brasileira recusou um encontro com o presidente eleito Jair Bolsonaro depois da conquista do título.',
        ),
        p('A confederação informou que a decisão foi tomada em conjunto pela comissão técnica e pelos jogadores.'),
      ],
      'pt',
    );
    const points = texts(pickKeyPoints(a, { count: 3 }));
    expect(points.some((t) => t.startsWith('Não tenho partido'))).toBe(false);
  });

  it('does not take a demonstrative naming a time ("This week marks ...") for a sentence leaning back', () => {
    const a = article([
      p(
        'Good morning from the newsroom team. This week marks one year since the city started charging drivers to enter the centre.',
      ),
      p('The toll raised two hundred million dollars in its first twelve months of operation.'),
    ]);
    const prepared = prepareSentences(a);
    const week = prepared.candidates.findIndex((c) => c.text.startsWith('This week'));
    expect(preferPredecessors(prepared, [week], () => true)).toEqual([week]);
  });
});

describe('pickKeyPoints: a quote that restates its paraphrase (blind look 3)', () => {
  it('keeps two of the writer\'s own sentences that share a phrase ("its video hosting platform and")', () => {
    const a = article([
      p('Vidyard announced significant updates to its video hosting platform and tools yesterday.'),
      p('The company said the new product lineup answers the rapidly increasing reliance of brands on video.'),
      p(
        'Key changes include new integration with Zoom, a redesign of its video hosting platform and new enterprise services.',
      ),
      p('The new mobile apps let users record videos on the go and share them through a branded video page.'),
      p('The company saw a fourfold increase in new monthly sign-ups of its online video recording tool this spring.'),
    ]);
    const points = pickKeyPoints(a, { count: 5 }).map((k) => k.text);
    expect(points).toHaveLength(5);
  });
  it('does not show the quote after the sentence reporting it in the same words', () => {
    const a = article(
      [
        p(
          "Selon le ministre interviewé par le Wall Street Journal, le gouvernement réfléchit à des changements dans les participations détenues par l'État. «Dans le cadre de l'effort de restructuration budgétaire, nous réfléchissons à des changements dans les participations de l'État.»",
        ),
        p("L'entourage du ministre comme celui du ministre de l'Économie s'en défend vigoureusement depuis lundi."),
        p("L'État vient de vendre trois pour cent de Safran pour quatre cent quarante-huit millions d'euros."),
        p("Tandis que vendre des actions d'EDF ou de GDF serait aujourd'hui une très mauvaise affaire pour l'État."),
        p('Les syndicats ont annoncé une journée de grève pour protester contre ces projets de cession.'),
      ],
      'fr',
    );
    const points = pickKeyPoints(a, { count: 5 }).map((k) => k.text);
    expect(points.some((t) => t.startsWith('«Dans le cadre'))).toBe(false);
    expect(points.some((t) => t.startsWith('Selon le ministre'))).toBe(true);
  });
});

describe('pickKeyPoints: sections taking turns (blind look 3)', () => {
  it('a section with only a short line gives its turn up while other sections have points that stand alone', () => {
    const a = article([
      p('Jim McKelvey founded the payments company in 2009 with a friend who had helped launch a social network.'),
      h('How it started'),
      p(
        'We met in St. Louis when he was fifteen and I hired him to write code for my printing business.',
        'How it started',
      ),
      p(
        'The first reader was built from a headphone jack and a magnet after I lost a sale at my glass studio.',
        'How it started',
      ),
      h('What did he say to that?'),
      p('He just looked at me funny.', 'What did he say to that?'),
      h('What comes next'),
      p(
        'I am super interested in solving the talent gap right now, and that is my focus for the next year.',
        'What comes next',
      ),
      p('Square is doing a great job and I do not see the new payment companies as a threat to it.', 'What comes next'),
    ]);
    const points = pickKeyPoints(a, { count: 4 }).map((k) => k.text);
    expect(points).toHaveLength(4);
    expect(points).not.toContain('He just looked at me funny.');
  });
});

describe('pickKeyPoints: an aside in brackets (blind look 3)', () => {
  it('does not take a sentence wholly in brackets while others stand alone', () => {
    const a = article(
      [
        p(
          "Exercice: après avoir lu cette brève parue dans L'Express, vous expliquerez en quoi elle résume une idée de la France.",
        ),
        p(
          'Vous étudierez ce qu’évoquent les noms de Bernard Tapie et Etienne Mougeotte dans la presse régionale. (Vous pourrez reproduire une frise chronologique pour les situer entre le Moyen-Age et la période post-moderne).',
        ),
        p('Vous rappellerez que la France sait oublier les diverses condamnations judiciaires de ses grands patrons.'),
        p('Vous expliquerez en quoi l’expression «fonds qataris» révèle un idéal d’amitié entre les peuples.'),
        p('Vous montrerez qu’en France, les titres de presse gardent un attrait indéniable pour les grands patrons.'),
      ],
      'fr',
    );
    const points = pickKeyPoints(a, { count: 5 }).map((k) => k.text);
    expect(points.some((t) => t.startsWith('('))).toBe(false);
  });
});

describe('pickKeyPoints: a writer elaborating the sentence before (blind look 3)', () => {
  it('the lead set does not take a sentence opening on "I mean"', () => {
    const a = article([
      p('The Huffington Post found a five-minute interview of Mark Zuckerberg filmed at the Palo Alto office in 2005.'),
      p('I mean how else do you explain two founders making a list of ten people who do not matter in 2006.'),
      p('The clip is part of a longer interview from a documentary about millennials shot by two filmmakers.'),
      p('His goal at the time was to expand the site to all two thousand colleges in the United States.'),
      p('Facebook users now make up more than a tenth of the population of the world, the company says.'),
    ]);
    const points = pickKeyPoints(a, { count: 3 }).map((k) => k.text);
    expect(points).toHaveLength(3);
    expect(points.some((t) => t.startsWith('I mean'))).toBe(false);
  });
});

describe('leansByItsWords: openers that restate or continue the sentence before (blind pool C)', () => {
  it.each([
    "Which isn't to say the Red Sox shouldn't be happy with their rotation.",
    'As it turned out, once cleaned up, his junk-picked violin was worth around $50,000.',
    'The year after that, they should still have at least two of them in the rotation.',
    'Sprich: eine Welt freier Menschen, die kollektive Bedürfnisse in den Vordergrund stellt.',
    "Autrement dit, le gouvernement n'a pas encore pris de décision sur le budget.",
    'Es decir, el gobierno todavía no ha tomado una decisión sobre el presupuesto.',
    'In the previous article, we installed memory, an SSD and the OS in the small PC and compared it.',
    '前回の記事では、NUCにメモリとSSD、OSをインストールして、5年前のハイエンドPCと性能などを比べてみました。',
  ])('"%s" leans on the sentence before it', (sentence) => {
    expect(leansByItsWords(sentence)).toBe(true);
  });

  it.each([
    'Which team wins the title will be decided in the final game on Sunday night.',
    'The year after the war, the city rebuilt its harbour with money from the state.',
  ])('"%s" does not', (sentence) => {
    expect(leansByItsWords(sentence)).toBe(false);
  });
});

describe('leansByItsWords: a sentence that carries on the one before it (blind pools E and F)', () => {
  it.each([
    'And just the thought of wearing a dress is most likely making you sob right now, and we get it.',
    'Like, you really need them to know that you could see their cheekbones from space.',
    'As in the brands lend their clothing and accessories to stars in the hopes of free press.',
    'Or maybe the council will vote again on the budget after the summer recess next year.',
    'Neither can her children, other family members and friends.',
    'Even worse is the fact that the 3D makes the green screen elements of this film stick out.',
    'More importantly, the council will vote again on the budget after the summer recess.',
    'Of those households, 60 percent said they had worn masks at least once a week.',
    'The other two options are used to specify that no option is set or that all options are set.',
    'The rest of the result is the same as in the original flag set.',
    'Most of them live within a mile of the harbour bridge.',
    'Und in dieser Version der Mail stand, dass der Reporter nicht dort war.',
    'Y el gobierno no respondió a las preguntas de los periodistas.',
    'Et la ville a fermé le pont pour deux ans.',
    'Zweitens sei das generische Maskulinum geschlechtsneutral, sagen die Kritiker.',
    'Conversely, the council will close two libraries next year to save money.',
    'En el primero, el consumo cayó 14,7%, mientras que en la capital fue 2,4%.',
  ])('"%s" leans on the sentence before it', (sentence) => {
    expect(leansByItsWords(sentence)).toBe(true);
  });

  it.each([
    'Like many cities, Boston has raised its parking fines twice in the last three years.',
    'Andrew Smith, the mayor, said the budget would be balanced for the first time since 2008.',
    'As investors sold their shares, the company lost a third of its value in a single day.',
    'Oregon voters approved the measure by a wide margin on Tuesday night.',
    'Y Combinator funds about 200 startups a year from its offices in California.',
    'E. coli was found in the water supply of three villages on Monday.',
    'Ed Miliband said the party would vote against the budget on Tuesday.',
    'Undine ist der neue Roman der Autorin, der im Herbst erscheint.',
    'Neither side has commented on the report, which was published on Tuesday night.',
    'Better Homes, a charity in Leeds, opened its third shelter for families on Monday.',
    'Of all the cities in the survey, Boston had the highest rents for the third year running.',
    'The other side of the river floods every spring, the council said on Monday.',
  ])('"%s" does not', (sentence) => {
    expect(leansByItsWords(sentence)).toBe(false);
  });
});

describe('leansByItsWords: a sentence measured by what the one before set out (blind pool N)', () => {
  it.each([
    'By that criterion, the group was the most successful of its kind in the decade.',
    'By this measure, the city has met its housing target for the third year running.',
    'On that basis, the court threw out the second charge against the company.',
    // Blind why round 24: "Several" stands for the people of the sentence before.
    'Several live in Wazir Akbar Khan, the diplomatic enclave, but others have carved up a hill district.',
    'Many have left the town since the factory closed its doors for good.',
  ])('"%s" leans back', (sentence) => {
    expect(leansByItsWords(sentence)).toBe(true);
  });

  it('"By that time, …" names a time, not a measure: it stands alone', () => {
    expect(leansByItsWords('By that time, more than 300 people had left the building near the station.')).toBe(false);
    expect(leansByItsWords('Several thousand people live in the valley below the dam.')).toBe(false);
  });
});

describe('namesUnintroduced', () => {
  const story = article([
    p('The city council approved a new budget for the coming year on Tuesday night after a long debate.'),
    p('Budget director David Emery presented the plan to council members at the start of the meeting.'),
    p('Emery said the city could afford the new spending without raising property taxes for residents.'),
    p('Ellen Fetter, a council member, voted against the plan after hours of debate over the reserve fund.'),
  ]);
  const prepared = prepareSentences(story);
  const index = (start: string): number => prepared.candidates.findIndex((c) => c.text.startsWith(start));

  it('is a surname alone as the subject when the points never named the person (pools O and P)', () => {
    expect(namesUnintroduced(prepared, index('Emery said'), [index('The city council')])).toBe(true);
  });
  it('is not when a chosen point or the title names them, or the name is given in full', () => {
    expect(namesUnintroduced(prepared, index('Emery said'), [index('Budget director')])).toBe(false);
    expect(namesUnintroduced(prepared, index('Emery said'), [], 'Emery defends the budget')).toBe(false);
    expect(namesUnintroduced(prepared, index('Ellen Fetter'), [])).toBe(false);
  });
});

describe('leansByItsWords: German and Spanish openers that need the sentence before (blind pool Q)', () => {
  it.each([
    'En esta región, situada a 460 kilómetros al norte de Santiago, visitó un parque nacional.',
    'Denn wer weiss, wie häufig die Türklingel noch durch die Räume der Redaktion hallt.',
    'Antworten auf solche Fragen gibt die ARD-Doku „Loriot 100“ von André Schäfer.',
    'In diesem Fall muss die Bahn den Kunden den vollen Preis des Tickets erstatten.',
    'In der Tat, der Sazerac ist ein verdammt feiner Drink aus New Orleans.',
  ])('"%s" leans on the sentence before it', (sentence) => {
    expect(leansByItsWords(sentence)).toBe(true);
  });

  it.each([
    'En 2021, el presidente visitó un parque nacional situado a 460 kilómetros al norte de Santiago.',
    'In diesem Jahr muss die Bahn den Kunden erstmals den vollen Preis des Tickets erstatten.',
    'Die ARD-Doku „Loriot 100“ von André Schäfer beantwortet Fragen zum Werk des Humoristen.',
  ])('"%s" does not', (sentence) => {
    expect(leansByItsWords(sentence)).toBe(false);
  });
});
