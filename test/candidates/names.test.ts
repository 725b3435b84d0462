// One test per rule of name finding (glossary masking is tested with the sources, in candidates.test.ts).
import { describe, expect, it } from 'vitest';
import { findNames, isTitleCase } from '../../pipeline/candidates/names.ts';

const en = (text: string) => findNames(text, 'en').map((n) => n.name);

describe('findNames in English text', () => {
  it('finds capitalised multi-word names and gives their offsets', () => {
    const text = 'Please contact Ivy Huang for details.';
    expect(findNames(text, 'en')).toEqual([{ start: 15, end: 24, name: 'Ivy Huang' }]);
  });

  it('finds CamelCase and ALL-CAPS brands alone, but not a lone capitalised word', () => {
    expect(en('Pay with WeChat on the BTS or order from LINE MAN, says Tencent.')).toEqual([
      'WeChat',
      'BTS',
      'LINE MAN',
    ]);
  });

  it('drops a common word that is capitalised only because it starts the sentence', () => {
    expect(en('The Digital Silk Road is long. In Bangkok Post columns it is.')).toEqual([
      'Digital Silk Road',
      'Bangkok Post',
    ]);
    expect(en('audiences of *Joy of Life* and The Tale of Rose agree')).toEqual(['Joy of Life', 'The Tale of Rose']);
  });

  it('keeps lower-case connectors inside a name and trims them at its ends', () => {
    expect(en('marks the Golden Jubilee of China-Thailand Friendship of the year')).toEqual([
      'Golden Jubilee of China-Thailand Friendship',
    ]);
  });

  it('splits two names joined by "and" only when both sides are names by themselves', () => {
    expect(en('games such as Genshin Impact and Honor of Kings are popular')).toEqual([
      'Genshin Impact',
      'Honor of Kings',
    ]);
    expect(en('at the Digital and Intelligent APAC Congress 2024 in May')).toEqual([
      'Digital and Intelligent APAC Congress 2024',
    ]);
    expect(en('between Thai and Chinese firms')).toEqual([]);
  });

  it('drops job titles and honorifics in front of a name, and a title alone', () => {
    expect(en('met Prime Minister Srettha Thavisin and Mr Simon Lin, President of Huawei Asia-Pacific.')).toEqual([
      'Srettha Thavisin',
      'Simon Lin',
      'Huawei Asia-Pacific',
    ]);
    expect(en('the Prime Minister said')).toEqual([]);
  });

  it('ends a name at a possessive', () => {
    expect(en("models such as Alibaba's Tongyi Qianwen lead")).toEqual(['Tongyi Qianwen']);
  });

  it('ignores common acronyms, calendar words and codes that are mostly digits', () => {
    expect(en('Chinese AI products in March 2024 and a CEO of US firms')).toEqual([]);
    expect(en('release PR-2024-00974 ranks BM25 and GPT-4 first')).toEqual(['BM25', 'GPT-4']);
  });

  it('joins words across one line break (a soft break), never across punctuation or masked terms', () => {
    expect(en('the Digital Silk\nRoad project')).toEqual(['Digital Silk Road']);
    expect(en('the Digital Silk\n\nRoad project')).toEqual(['Digital Silk']);
    expect(en('with Tencent Cloud, Charoen Pokphand and others')).toEqual(['Tencent Cloud', 'Charoen Pokphand']);
    expect(en('the Digital \uFFFC\uFFFC Road')).toEqual([]);
  });

  it('in a title-case headline keeps only brand-shaped words', () => {
    const heading = 'Payment, E-commerce, and AI: Digital Lifestyles Gradually Integrate into Daily Life With LINE MAN';
    expect(isTitleCase(heading)).toBe(true);
    expect(findNames(heading, 'en', true).map((n) => n.name)).toEqual(['LINE MAN']);
    expect(isTitleCase('From Thailand to the world: digital technology drives exchange')).toBe(false);
  });
});

describe('findNames in Thai or Chinese text', () => {
  it('takes any capitalised Latin name, single words included', () => {
    const th = 'นายกรัฐมนตรียินดีกับ Huawei สำหรับความสำเร็จในการจัดงาน Digital and Intelligent APAC Congress 2024 ณ กรุงเทพฯ';
    expect(findNames(th, 'embedded').map((n) => n.name)).toEqual([
      'Huawei',
      'Digital and Intelligent APAC Congress 2024',
    ]);
    expect(findNames('腾讯推出WeKnora框架，支持AI问答', 'embedded').map((n) => n.name)).toEqual(['WeKnora']);
  });

  it('drops honorifics there too', () => {
    expect(findNames('นายไซมอน หลิน (Mr. Simon Lin) ประธาน', 'embedded').map((n) => n.name)).toEqual(['Simon Lin']);
  });
});
