import { describe, expect, it } from 'vitest';
import { isBoilerplateText } from '@/utils/article/is-boilerplate-text';

describe('isBoilerplateText', () => {
  it.each([
    'READ MORE: China plague outbreak confirmed',
    'SEE MORE: Hong Kong protests',
    'Related: Possible Water Plumes on Europa',
    'Lire aussi | Transports en commun : les tarifs augmentent',
    'Lee también: Obras de la Línea 4',
    '相关阅读：北方迎来寒潮',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    '| UPDATED: 11:05, Tue, Nov 19, 2019',
    'Posted: Fri 6:45 PM, Feb 16, 2018 |',
    'By Jane Doe',
    '(Reporting by Will Dunham; Editing by Tom Brown)',
    'Keith Bradsher contributed reporting from Hong Kong.',
    'The plague wiped out half of Europe (Image: GETTY)',
    'Photo: Reuters',
    'Natalie Naccache | Bloomberg | Getty Images',
    'Sakib Ali/Hindustan Times/Getty Images',
    'Scooter Braun and Scott Borchetta pose for a photo. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)',
    '© Reuters',
    '1of4Grass Valley residents buy gas cans',
    'Copyright © 2019 Press TV. All rights reserved.',
    'Sign up to our newsletter for exclusive updates',
    'Get breaking news alerts and special reports.',
    'Media playback is unsupported on your device',
    '责任编辑：刘思远',
    '4 min read',
    'Nov 12, 2025',
    '24 November 2025',
    '2025-11-24 08:30',
    'Become a member today',
    'CLICK HERE TO GET THE FOX NEWS APP',
    'Write to Al Root at allen.root@dowjones.com',
    'Share this article',
  ])('furniture: %s', (text) => {
    expect(isBoilerplateText(text)).toBe(true);
  });

  it.each([
    'The council voted 6-1 on Tuesday night to approve the barrier.',
    'More than 100 people attended the meeting, which ran past midnight.',
    'Published research suggests the effect is small.',
    'By the end of the year, prices had doubled.',
    'Related hashtags on Weibo surpassed 270 million views within a day.',
    'Read the full ruling, and you will see why the judges disagreed.',
    'Sign up numbers rose by 12% in the first week, the ministry said.',
    '中央气象台首席预报员王晓峰介绍，此次冷空气势力强、影响范围广。',
    'Click here to get more information or download this game.',
    'The agency said the photos, taken by AP, showed the damage.',
  ])('prose: %s', (text) => {
    expect(isBoilerplateText(text)).toBe(false);
  });
});

describe('isBoilerplateText: copyright, reprint-prohibited and typo-report lines', () => {
  it.each([
    '저작권자 © 한빛일보 무단전재 및 재배포 금지',
    '版权所有 © 2025 新华网 未经授权禁止转载',
    '記事・写真の無断転載を禁じます',
    'Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.',
    'Found a typo? Select it and press Ctrl+Enter.',
    '© 2025 Il Giornale. Riproduzione riservata',
    'Tous droits réservés',
  ])('furniture: %s', (text) => {
    expect(isBoilerplateText(text)).toBe(true);
  });

  it.each([
    'The court ruled that the copyright holder could not prohibit the reprint of the photograph.',
    'Пассажиры нашли в вагоне забытую сумку и передали её кондуктору.',
  ])('prose: %s', (text) => {
    expect(isBoilerplateText(text)).toBe(false);
  });
});

describe('isBoilerplateText: app promotions', () => {
  it.each([
    ['不用抽 不用搶 現在用APP看新聞 保證天天中獎　點我下載APP　按我看活動辦法', true],
    ['立即下载APP，看更多新闻', true],
    ['Get the app for breaking news alerts', true],
    ['市政府表示，新的應用程式將在明年上線，提供公車即時資訊。', false],
    ['The council said the app had been downloaded 40,000 times since March.', false],
  ])('%s -> %s', (text, expected) => {
    expect(isBoilerplateText(text)).toBe(expected);
  });
});

describe('isBoilerplateText: app promos, press-release kicker, end marker, taxonomy label, date line', () => {
  it.each([
    '📱 Ladda ner Tidningens app och få pushnotiser när något händer där du bor. Hämta appen',
    'Last ned appen vår og få varsler om nyheter der du bor.',
    'Hent avisens app og få nyheder direkte.',
    'Download the Daily Planet app for breaking news alerts.',
    'Press release',
    'News release',
    '###',
    '# # #',
    '-30-',
    'Topics',
    'Tags:',
    '24. listopadu 2025 7:15',
    '3. März 2025, 10:30',
  ])('%s is furniture', (text) => {
    expect(isBoilerplateText(text)).toBe(true);
  });

  it.each([
    'Download speeds fell by half after the storm, the regulator said in a report published on Monday.',
    'The press release said the council would meet again in January to discuss the budget.',
    'Topics on the agenda included the bridge, the tram line and the new school in the harbour district.',
    '24. listopadu 2025 schválilo zastupitelstvo rozpočet města na příští rok.',
    'Appen har laddats ner av fler än 40 000 användare sedan lanseringen i våras, enligt bolaget.',
  ])('%s is prose', (text) => {
    expect(isBoilerplateText(text)).toBe(false);
  });
});
