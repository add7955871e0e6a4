// Deflate (zlib format, for /FlateDecode, ISO 32000-1 §7.4.4) with libdeflate: for the
// high-entropy CFF outlines that dominate our PDFs it is ~2.7× faster than zlib at an equal
// or better ratio (../shared/spec/stack-notes.md). Whole-buffer only, which is all a PDF
// stream written in one piece needs.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace gongwen::detail {

// The level every stream we compress ourselves uses. Chosen by measurement on seed 002's
// four renumbered font subsets (346 KB of CFF, CPU ms): level 1 278.0 KB in 3.4 ms,
// level 2 277.5 KB 4.1 ms, level 6 275.5 KB 5.5 ms, level 12 ~273 KB ~20 ms. Level 1 costs
// 2.4 KB (0.8 %) of a 300 KB PDF and saves 2 ms of a ~17 ms render whose fonts all miss
// the cache; the PDF stays below Typst's 314 KiB for the same content.
inline constexpr int kDeflateLevel = 1;

// Replaces `out` with the zlib stream of `in`. False only when libdeflate cannot allocate
// its compressor (or the level is outside 0–12).
// Deterministic: the same bytes and level give the same output on every run and thread.
bool zlib_deflate(std::span<const std::uint8_t> in, int level, std::vector<std::uint8_t>& out);

}  // namespace gongwen::detail
