/** 10^0 … 10^22, read from literals: every power of ten a double holds exactly. */
const EXACT_POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, k) =>
  Number(`1e${k}`)
);

/** More digits than this may not fit a double's 53-bit mantissa exactly. */
const MAX_EXACT_DIGITS = 15;

/**
 * The number `integerPart.fraction` — exactly what `Number(\`${digits}.${fraction}\`)` reads, where
 * `digits` are the decimal digits of `integerPart` (other characters, such as thousands
 * separators, are skipped) and `fraction` holds only digits. With at most 15 digits in all, the
 * digits form an integer below 2^53 and 10^k (k ≤ 22) is exact, so one IEEE division rounds the
 * true quotient correctly, as Number() does (Clinger's fast path, the first step of every strtod).
 * Longer inputs go through Number(). It is faster than building a string and converting it, which
 * was most of the cost of reading a text number.
 *
 * @example decimalValue("95 424", "") === 95424
 * @example decimalValue("12", "5") === 12.5
 */
export function decimalValue(integerPart: string, fraction: string): number {
  let mantissa = 0;
  let digits = 0;
  const length = integerPart.length + fraction.length;
  for (let i = 0; i < length && digits <= MAX_EXACT_DIGITS; i++) {
    const code =
      i < integerPart.length
        ? integerPart.charCodeAt(i)
        : fraction.charCodeAt(i - integerPart.length);
    if (code < 48 || code > 57) continue; // not a digit 0–9
    mantissa = mantissa * 10 + (code - 48);
    digits++;
  }
  if (digits <= MAX_EXACT_DIGITS && fraction.length < EXACT_POWERS_OF_TEN.length) {
    return mantissa / EXACT_POWERS_OF_TEN[fraction.length];
  }
  return Number(`${integerPart.replace(/\D/g, "") || "0"}.${fraction || "0"}`);
}
