/** Reading (and, for fixtures, writing) the text encodings Vietnamese extract files come in. */
export { decodeAll } from './decode-all.js';
export { createDecoder, type TextStreamDecoder } from './decoder.js';
export { type Detection, detectEncoding } from './detect.js';
export { encodeLegacy } from './encode.js';
export { encodingInvalid, encodingNameUnknown, encodingUnknown } from './errors.js';
export { VIETNAMESE_LETTERS } from './letters.js';
export { ENCODING_NAMES, type EncodingName, type LegacyEncodingName, parseEncodingName } from './names.js';
