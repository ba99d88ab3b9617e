import { describe, expect, it } from 'vitest';
import { exactFirst, hasMarks, MAX_D_WORDS, mergeResults, searchQueries } from '@/lib/search-query';

describe('searchQueries', () => {
  it('reads a Vietnamese word that begins with d also as one that begins with đ, the query as typed first', () => {
    expect(searchQueries('dieu 64', 'vi')).toEqual(['dieu 64', 'đieu 64']);
    expect(searchQueries('Dai hoi dong', 'vi')).toEqual(['Dai hoi dong', 'đai hoi dong', 'Dai hoi đong', 'đai hoi đong']);
  });

  it('keeps punctuation before the word and leaves d inside a word alone', () => {
    expect(searchQueries('"du lieu"', 'vi')).toEqual(['"du lieu"', '"đu lieu"']);
    expect(searchQueries('lied', 'vi')).toEqual(['lied']);
  });

  it('leaves a query without such a word, an English query, and extra spaces as one query', () => {
    expect(searchQueries('hieu luc', 'vi')).toEqual(['hieu luc']);
    expect(searchQueries('  hiệu   lực ', 'vi')).toEqual(['hiệu lực']);
    expect(searchQueries('data download', 'en')).toEqual(['data download']);
  });

  it(`reads at most ${MAX_D_WORDS} words both ways`, () => {
    const queries = searchQueries('da de di do du', 'vi');
    expect(queries).toHaveLength(2 ** MAX_D_WORDS);
    expect(queries.every((query) => query.endsWith(' do du'))).toBe(true);
    expect(new Set(queries).size).toBe(queries.length);
  });
});

describe('mergeResults', () => {
  it('lists each page once, at its best score, best first', () => {
    const typed = [{ id: 'a', score: 1 }, { id: 'b', score: 3 }];
    const withD = [{ id: 'a', score: 5 }, { id: 'c', score: 2 }];
    expect(mergeResults([typed, withD])).toEqual([{ id: 'a', score: 5 }, { id: 'b', score: 3 }, { id: 'c', score: 2 }]);
  });
});

describe('hasMarks', () => {
  it.each(['Hoa Kỳ', 'Mỹ', 'Đức', 'đi', 'Türkiye', "Côte d'Ivoire", 'Việt Nam'])('sees the marks in %j', (query) => {
    expect(hasMarks(query)).toBe(true);
  });

  it('sees them whether typed composed or decomposed', () => {
    expect(hasMarks('Ky\u0300')).toBe(true);
    expect(hasMarks('K\u1ef3')).toBe(true);
  });

  it.each(['hoa ky', 'my', 'duc', 'Turkey', 'dieu 64', '"Article 65(1)"', ''])('sees none in %j', (query) => {
    expect(hasMarks(query)).toBe(false);
  });
});

describe('exactFirst', () => {
  it('lists the pages with the marks as typed first, in their order, then the others, each page once', () => {
    const exact = [{ id: 'us', score: 2 }, { id: 'eu', score: 1 }];
    const folded = [{ id: 'sign', score: 9 }, { id: 'eu', score: 5 }, { id: 'us', score: 3 }, { id: 'kit', score: 1 }];
    expect(exactFirst(exact, folded)).toEqual([{ id: 'us', score: 2 }, { id: 'eu', score: 1 }, { id: 'sign', score: 9 }, { id: 'kit', score: 1 }]);
  });

  it('is the folded results when no page has the marks, and the exact ones when nothing else was found', () => {
    const folded = [{ id: 'a', score: 1 }];
    expect(exactFirst([], folded)).toEqual(folded);
    expect(exactFirst(folded, [])).toEqual(folded);
  });
});
