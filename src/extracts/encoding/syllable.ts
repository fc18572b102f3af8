/**
 * Does a word read as a Vietnamese syllable? Used to tell which legacy encoding a file is in: the
 * right table yields syllables ("Nguyễn", "Mường"), a wrong one yields letters in impossible places
 * ("Nguyeãn", "Mêng" read as VNI, two tones in one word, a mark on a consonant).
 */

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Written vowel groups, longest first so the alternation prefers them.
const NUCLEI = [
  'iêu',
  'yêu',
  'oai',
  'oay',
  'oao',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uyê',
  'uya',
  'uyu',
  'uêu',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'oo',
  'ôi',
  'ơi',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ưu',
  'ươ',
  'yê',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
];

// Initial consonant, vowel group, final consonant. "k" closes Central Highlands names (Đắk Lắk).
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?(?:${NUCLEI.join('|')})(?:ch|ng|nh|[cmnptk])?$`,
);

/**
 * Lower case, UPPER CASE or Capitalised: other mixes of case come from a wrong table. One more is
 * right: TCVN3 capitals typed in an upper-case font (.VnTimeH) keep the lower-case codes for toned
 * vowels, so "SÁCH" reads back as "SáCH": ASCII capitals with lower-case non-ASCII letters.
 */
function hasWordCase(word: string): boolean {
  const lower = word.toLowerCase();
  if (word === lower || word === word.toUpperCase()) return true;
  if (word.slice(1) === lower.slice(1)) return true;
  return !/[a-z]/.test(word) && word.replace(/[A-Z]/g, '') === lower.replace(/[a-z]/g, '');
}

/** Whether `word` (NFC, letters only) is one plausible Vietnamese syllable with at most one tone. */
export function isVietnameseSyllable(word: string): boolean {
  if (!hasWordCase(word)) return false;
  let tones = 0;
  let toneOnVowel = true;
  const bare = word
    .toLowerCase()
    .normalize('NFD')
    .replace(TONE_MARK, (_mark, at: number, nfd: string) => {
      tones++;
      // the tone sits on a vowel, possibly after its circumflex, breve or horn ("ñ" = n + tilde is no letter)
      if (!/[aeiouy][\u0302\u0306\u031b]?$/.test(nfd.slice(0, at))) toneOnVowel = false;
      return '';
    })
    .normalize('NFC');
  return tones <= 1 && toneOnVowel && SYLLABLE.test(bare);
}
