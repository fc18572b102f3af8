/**
 * NFC over a stream of decoded text. Normalising each chunk on its own is wrong when a chunk ends
 * with a base letter whose combining mark starts the next chunk ("Nguye" | "\u0302\u0303n"), so the
 * last base letter and any marks after it are held back until more text (or the end) arrives.
 */

const NON_ASCII = /[\u0080-\uffff]/;
// Characters that can combine with what precedes them: combining marks, and Hangul medial/final jamo.
const COMBINES_BACKWARD = /^[\p{M}\u1160-\u11ff]$/u;
// A run of marks this long is no text anyone typed; stop holding it back rather than grow without end.
const MAX_HELD = 256;

/** `text` in NFC; ASCII-only text (the common case) is returned as is without calling normalize. */
export function toNfc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

function combinesBackward(text: string, index: number): boolean {
  const code = text.codePointAt(index) as number;
  return code >= 0x300 && COMBINES_BACKWARD.test(String.fromCodePoint(code));
}

/** Where the held-back tail starts: the last character that does not combine backward. */
function heldFrom(text: string): number {
  let end = text.length;
  while (end > 0) {
    let start = end - 1;
    const unit = text.charCodeAt(start);
    if (unit >= 0xdc00 && unit <= 0xdfff && start > 0) {
      const high = text.charCodeAt(start - 1);
      if (high >= 0xd800 && high <= 0xdbff) start--;
    }
    if (!combinesBackward(text, start)) return start;
    end = start;
  }
  return 0;
}

export class NfcStream {
  private held = '';

  /** The NFC text that is final so far; the tail that a later mark could still change is kept. */
  push(text: string): string {
    if (text.length === 0) return '';
    const all = this.held + text;
    let cut = heldFrom(all);
    if (all.length - cut > MAX_HELD) cut = all.length;
    this.held = all.slice(cut);
    return toNfc(all.slice(0, cut));
  }

  /** The held tail, normalised: call once at the end of the stream. */
  end(): string {
    const rest = toNfc(this.held);
    this.held = '';
    return rest;
  }
}
