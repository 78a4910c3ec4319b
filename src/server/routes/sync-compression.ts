import zlib from 'node:zlib';

/**
 * Compression of the large sync answers (pull and history pages). The endpoint's default
 * (brotli quality 4) spends about five times the CPU of quality 1 on a 500-change page for a
 * 5 % smaller answer; on a small server that CPU is better spent answering the next page. gzip,
 * for clients without brotli, at level 1 for the same reason.
 */
export const SYNC_PAGE_COMPRESSION = {
  brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
  zlibOptions: { level: 1 },
};
