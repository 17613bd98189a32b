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
