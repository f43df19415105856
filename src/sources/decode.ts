// Bytes → text, with an honest error for what is not text.
//
// Indonesian corpora are often cp1252 (Windows) rather than UTF-8; a file that is not valid
// UTF-8 and declares no charset is decoded as windows-1252, which maps every byte.

import iconv from 'iconv-lite';
import { InputError } from './errors.js';

/** Largest input Kabar reads in one piece; bigger files are refused, not truncated. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** Share of control characters above which decoded text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;
/** How much of the start of a file is inspected for NUL bytes and charset declarations. */
const SNIFF_BYTES = 4096;

const CHARSET_DECLARATION = /(?:charset|encoding)\s*=\s*["']?([\w.:-]+)/i;

export interface DecodedText {
  text: string;
  /** The encoding that was used to decode it. */
  encoding: string;
}

/** Decodes `bytes` read from `origin`; throws InputError naming `origin` when it is not text. */
export function decodeText(bytes: Uint8Array, origin: string, declaredCharset?: string | null): DecodedText {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(origin, `file is too large (${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES})`);
  }
  if (bytes.length === 0) throw new InputError(origin, 'file is empty');

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode(bytes.subarray(3), 'utf-8', origin), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strictDecode(bytes.subarray(2), 'utf-16le', origin), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strictDecode(bytes.subarray(2), 'utf-16be', origin), encoding: 'utf-16be' };

  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) throw new InputError(origin, 'binary data (NUL bytes), not text');

  const declared = normaliseCharset(declaredCharset ?? sniffCharset(head));
  let decoded: DecodedText;
  if (declared && declared !== 'utf-8') {
    decoded = { text: strictDecode(bytes, declared, origin), encoding: declared };
  } else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      // Node's TextDecoder maps windows-1252 like latin1 (0x93 → U+0093, not “): iconv-lite maps it right.
      decoded = { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
    }
  }
  if (decoded.text.includes('\u0000')) throw new InputError(origin, 'binary data (NUL bytes), not text');
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) throw new InputError(origin, 'binary data (control characters), not text');
  return decoded;
}

function strictDecode(bytes: Uint8Array, encoding: string, origin: string): string {
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(origin, `bytes are not valid ${encoding}`);
    }
  }
  if (!iconv.encodingExists(encoding)) throw new InputError(origin, `unsupported character encoding ${encoding}`);
  return iconv.decode(Buffer.from(bytes), encoding);
}

function sniffCharset(head: Uint8Array): string | null {
  const ascii = new TextDecoder('latin1').decode(head);
  const match = CHARSET_DECLARATION.exec(ascii);
  return match?.[1] ?? null;
}

function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const lower = label.trim().toLowerCase();
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8';
  try {
    // TextDecoder knows the WHATWG labels (latin1 → windows-1252, and so on).
    return new TextDecoder(lower).encoding;
  } catch {
    return null;
  }
}

function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}
