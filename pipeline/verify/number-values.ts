// Numbers written with digits, read as values with their scale words, so that "80 million", "8,000万", "8000万" and
// "80 ล้าน" are one number. Values are kept as exact decimal keys (digits + power of ten): no float drift.

export interface NumberValue {
  /** Canonical value: significant digits, 'e', power of ten ("8e7", "797e-1"). */
  key: string;
  /** The value as a JS number, for the Buddhist-era year comparison. */
  value: number;
  /** As written in the text ("80 million"), for messages. */
  surface: string;
}

// Power of ten of each scale word. Chinese and Thai words multiply in sequence: 万亿 = 10^12, พันล้าน = 10^9.
const SCALE_POWER: Record<string, number> = {
  十: 1,
  百: 2,
  千: 3,
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
  thousand: 3,
  million: 6,
  mn: 6,
  billion: 9,
  bn: 9,
  trillion: 12,
  ร้อย: 2,
  พัน: 3,
  หมื่น: 4,
  แสน: 5,
  ล้าน: 6,
};

// Thai scale words are prefixes of common words that may follow a number: ร้อยละ (percent, as in "2024 ร้อยละ 61"),
// พันธมิตร (allies), พันเอก (colonel). The look-aheads keep those out.
const THAI_SCALE = 'แสน|หมื่น|ล้าน|พัน(?!ธ|เอก|โท|ตรี)|ร้อย(?!ละ|เอ็ด|เอก|โท|ตรี)';
const NUMBER = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?` +
    String.raw`(?:[ \t]*多?[ \t]*([十百千万萬亿億]+)` +
    String.raw`|[ \t]*-?[ \t]*(thousand|million|billion|trillion|bn|mn)\b` +
    String.raw`|[ \t]*((?:${THAI_SCALE})+))?`,
  'gi',
);
const SCALE_WORD = new RegExp(`${THAI_SCALE}|[十百千万萬亿億]|thousand|million|billion|trillion|bn|mn`, 'gi');
const LATIN_LETTER = /[A-Za-z]/;
const FOREIGN_DIGIT = /[\u0e50-\u0e59\uff10-\uff19]/;
const FOREIGN_DIGITS = /[\u0e50-\u0e59\uff10-\uff19]/g;

/** Thai (๐–๙) and full-width (０–９) digits as ASCII digits, same length. */
function asciiDigits(text: string): string {
  if (!FOREIGN_DIGIT.test(text)) return text;
  return text.replace(FOREIGN_DIGITS, (d) => {
    const cp = d.charCodeAt(0);
    return String.fromCharCode(0x30 + cp - (cp >= 0xff10 ? 0xff10 : 0x0e50));
  });
}

/** Power of ten of a run of scale words ("พันล้าน" → 9). */
export function scalePower(words: string): number {
  let power = 0;
  SCALE_WORD.lastIndex = 0;
  for (let m = SCALE_WORD.exec(words); m; m = SCALE_WORD.exec(words)) power += SCALE_POWER[m[0].toLowerCase()] ?? 0;
  return power;
}

/** Canonical key of `digits` × 10^`power`: leading and trailing zeros moved into the power. */
export function valueKey(digits: string, power: number): string {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 0x30) start++;
  let end = digits.length;
  while (end > start + 1 && digits.charCodeAt(end - 1) === 0x30) {
    end--;
    power++;
  }
  const significant = digits.slice(start, end);
  return significant === '0' ? '0e0' : `${significant}e${power}`;
}

/** Every number written with digits in `text`, with its scale words applied. */
export function numberValues(text: string): NumberValue[] {
  const values: NumberValue[] = [];
  const normalized = asciiDigits(text);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(normalized); m; m = NUMBER.exec(normalized)) {
    // Digits inside a Latin word are part of a name, not a quantity: E2E, H265, Qwen2.
    if (LATIN_LETTER.test(normalized[m.index - 1] ?? '')) continue;
    const whole = (m[1] as string).replace(/,/g, '');
    const fraction = m[2] ?? '';
    const scale = m[3] ?? m[4] ?? m[5];
    const power = (scale ? scalePower(scale) : 0) - fraction.length;
    const key = valueKey(whole + fraction, power);
    values.push({ key, value: Number(key), surface: text.slice(m.index, m.index + m[0].length).trim() });
  }
  return values;
}
