/** Text read from files people give (configs, OpenAPI documents): UTF-8 only; the first byte that is not is named by its offset. */

/** A file's text; bytes that are not UTF-8 are an error naming the first one's offset. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The decoder does not say where: find the first byte that does not decode.
    let lo = 0;
    let hi = bytes.length;
    const decodes = (n: number): boolean => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
        return true;
      } catch {
        return false;
      }
    };
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (decodes(mid)) lo = mid;
      else hi = mid;
    }
    // The decoder fails at the first byte that cannot go on a sequence: the sequence began at its lead byte.
    let start = lo;
    for (let k = lo - 1; k >= Math.max(0, lo - 3); k--) {
      if ((bytes[k] & 0xc0) === 0x80) continue;
      if (bytes[k] >= 0xc0) start = k;
      break;
    }
    throw new Error(`it is not UTF-8 text (the byte at offset ${start} does not decode); save it as UTF-8`);
  }
}
