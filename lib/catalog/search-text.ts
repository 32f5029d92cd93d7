import { hasBatchim } from 'es-hangul';
import { SEARCH_SYNONYMS } from './search-synonyms';

/*
 * Text search for scripts PostgreSQL's parsers do not segment (Korean, Japanese, Chinese
 * characters): text is indexed as the character bigrams of each CJK run, and a query run must
 * have each of its characters inside one of its bigrams that the product's text contains. So
 * 가죽부츠 finds 가죽 첼시 부츠 and レザーブーツ finds レザーサイドゴアブーツ, with or without spaces.
 * Pure: the same code shapes what is indexed and what is asked, on PGlite and PostgreSQL alike.
 */

// ー (prolonged sound mark) and 々 are written inside Japanese words but are not letters of a script.
const CJK_CHARS = '\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}ー々〆ヶ';
const CJK = new RegExp(`[${CJK_CHARS}]`, 'u');
/** A CJK run, or a run of other letters and digits (3레이어 is 3 and 레이어). */
const RUN = new RegExp(`[${CJK_CHARS}]+|(?:(?![${CJK_CHARS}])[\\p{L}\\p{N}])+`, 'gu');
/** Written between the words of one name (가죽 부츠, レザー・ブーツ): a CJK run goes on across them. */
const JOINERS = new RegExp(`([${CJK_CHARS}])[\\s・·]+(?=[${CJK_CHARS}])`, 'gu');

export const hasCjk = (text: string): boolean => CJK.test(text);

/** NFKC (full-width Latin, half-width kana), lower case, hiragana as katakana (じゃけっと = ジャケット). */
export function normalizeSearchText(text: string): string {
  return foldKana(text.normalize('NFKC').toLowerCase());
}

const foldKana = (text: string) => text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/** The bigrams of a CJK run; a run of one character is itself. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** What a text is indexed under: whole words for Latin and digits, bigrams across each CJK run. */
export function searchLexemes(text: string): string[] {
  const joined = normalizeSearchText(text).replace(JOINERS, '$1');
  return (joined.match(RUN) ?? []).flatMap((run) => (CJK.test(run) ? bigrams(run) : [run]));
}

// A particle and the batchim it follows: true after a final consonant, false after none, null either.
const KO_PARTICLES: [string, boolean | null][] = [
  ['에서', null],
  ['으로', true],
  ['이랑', true],
  ['처럼', null],
  ['까지', null],
  ['부터', null],
  ['하고', null],
  ['을', true],
  ['를', false],
  ['이', true],
  ['가', false],
  ['은', true],
  ['는', false],
  ['과', true],
  ['와', false],
  ['로', false],
  ['랑', false],
  ['의', null],
  ['에', null],
  ['도', null],
  ['만', null],
];
const JA_PARTICLE = /(?<=[\p{Script=Katakana}\p{Script=Han}ー])(?:から|まで|を|が|は|の|に|で|と|も|へ)$/u;

/** A query word without the particle a shopper typed after it (부츠를 → 부츠, ブーツを → ブーツ), or null. */
export function withoutParticle(word: string): string | null {
  if (JA_PARTICLE.test(word)) return word.replace(JA_PARTICLE, '');
  for (const [particle, afterBatchim] of KO_PARTICLES) {
    if (!word.endsWith(particle) || word.length <= particle.length) continue;
    const stem = word.slice(0, -particle.length);
    const last = stem.at(-1)!;
    if (!/[가-힣]/.test(last)) continue;
    if (afterBatchim === null || hasBatchim(last) === afterBatchim) return stem;
  }
  return null;
}

/** The spellings a query word is searched as: itself, without its particle, and its synonyms. */
export function wordSpellings(word: string): string[] {
  // Particles are hiragana: taken off before hiragana is folded into katakana.
  const stem = withoutParticle(word);
  const spellings = new Set([word, ...(stem ? [stem] : [])].map(normalizeSearchText));
  for (const spelling of [...spellings]) {
    for (const group of SEARCH_SYNONYMS) {
      // The longest member the spelling holds is the one replaced (패딩점퍼 before 패딩).
      const member = [...group]
        .sort((a, b) => b.length - a.length)
        .find((m) => spelling.includes(m.replace(/\s+/g, '')));
      if (!member) continue;
      for (const other of group) spellings.add(spelling.replace(member.replace(/\s+/g, ''), other));
    }
  }
  return [...spellings];
}

/** A query's words as typed, normalised (at most 8, as the Latin search). */
export function cjkQueryWords(q: string): string[] {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s・·,、。]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 8);
}

const lexeme = (text: string, prefix = false) =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`;

/** A CJK run: each character must sit in a bigram the text has (the run itself when it is one bigram). */
function runQuery(run: string): string {
  const chars = [...run];
  if (chars.length === 1) return lexeme(run, true);
  const pairs = bigrams(run);
  const covers = chars.map((_, i) => {
    const around = [pairs[i - 1], pairs[i]].filter((p): p is string => p !== undefined);
    return around.length === 1 ? lexeme(around[0]!) : `(${around.map((p) => lexeme(p)).join(' | ')})`;
  });
  return [...new Set(covers)].join(' & ');
}

/**
 * The tsquery text (for `::tsquery`, no parser involved) for a query against `searchLexemes`:
 * every word must match in one of its spellings; the last Latin word also as a prefix.
 */
export function cjkTsQuery(q: string): string | null {
  const words = cjkQueryWords(q);
  if (words.length === 0) return null;
  return words
    .map((word, i) => {
      const last = i === words.length - 1;
      const spellings = wordSpellings(word).map((spelling) => {
        const runs = spelling.replace(JOINERS, '$1').match(RUN) ?? [];
        const parts = runs.map((run) => (CJK.test(run) ? runQuery(run) : lexeme(run, last)));
        return parts.length === 1 ? parts[0]! : `(${parts.join(' & ')})`;
      });
      return `(${spellings.map((s) => `(${s})`).join(' | ')})`;
    })
    .join(' & ');
}

type WeightedText = { text: string | null | undefined; weight: 'A' | 'B' | 'C' };

/** A tsvector literal (for `::tsvector`) of texts with their weights: the title A, the rest lower. */
export function searchVectorLiteral(texts: WeightedText[]): string {
  let position = 0;
  const entries: string[] = [];
  for (const { text, weight } of texts) {
    for (const lex of searchLexemes(text ?? '')) {
      // tsvector positions stop at 16383; later words still count, at the last position.
      position = Math.min(position + 1, 16_383);
      entries.push(`${lexeme(lex)}:${position}${weight}`);
    }
  }
  return entries.join(' ');
}
