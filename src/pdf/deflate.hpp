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
// FandolFang subset (316 KB of CFF): level 1 251 KB, level 2 247 KB, level 6 245 KB;
// level 6 costs ~1.3× level 2's time for 0.8 % (see the commit that set it).
inline constexpr int kDeflateLevel = 6;

// Replaces `out` with the zlib stream of `in`. False only when libdeflate cannot allocate
// its compressor (or the level is outside 0–12).
// Deterministic: the same bytes and level give the same output on every run and thread.
bool zlib_deflate(std::span<const std::uint8_t> in, int level, std::vector<std::uint8_t>& out);

}  // namespace gongwen::detail
