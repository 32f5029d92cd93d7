import { josa as pickJosa } from 'es-hangul';

type Particle = Parameters<typeof pickJosa.pick>[1];

// How a Korean reads a trailing digit: 1 일, 7 칠, 8 팔 end in ㄹ; 3 삼, 6 육 and 0 (영, 십, 백, 천) in
// another final consonant; 2 이, 4 사, 5 오, 9 구 in none. A syllable with the same ending stands in.
const DIGIT_STAND_IN = ['각', '일', '가', '각', '가', '가', '각', '일', '일', '가'];

/** The syllable whose final consonant (batchim) the particle after `word` follows. */
function lastSyllable(word: string): string {
  const trimmed = word.replace(/[^\p{L}\p{N}]+$/u, '');
  const last = trimmed.at(-1) ?? '';
  if (/[가-힣]/.test(last)) return last;
  if (/\d/.test(last)) return DIGIT_STAND_IN[Number(last)]!;
  // Latin words as read in Korean: -l ends in ㄹ (세일), -m, -n, -ng in a nasal (팀, 쿠폰, 스프링), the rest open.
  const lower = trimmed.toLowerCase();
  if (lower.endsWith('l')) return '일';
  if (/(m|n|ng)$/.test(lower)) return '각';
  return '가';
}

/**
 * The particle that follows `word`, chosen by its final syllable's batchim: 재킷 → 과, 셔츠 → 와,
 * WELCOME10 → 이. Hangul endings are es-hangul's rule; digits and Latin letters as Koreans read them.
 */
export function particleFor(word: string, particle: string): string {
  const [first, second] = particle.split('/');
  if (!first || !second) return particle;
  return pickJosa.pick(lastSyllable(word), particle as Particle);
}
