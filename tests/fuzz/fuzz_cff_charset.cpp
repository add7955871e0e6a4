// libFuzzer target: any bytes as a bare CFF table for read_cff_charset (the Top DICT and
// charset reader that decides which CIDs a PDF draws subset glyphs with). It must refuse
// or read, never read out of bounds. Build with clang:
//   CXX=clang++ CC=clang cmake -B build-fuzz -DGONGWEN_FUZZ=ON -DGONGWEN_SANITIZE=ON
//   cmake --build build-fuzz --target fuzz_cff_charset
//   build-fuzz/fuzz_cff_charset -max_total_time=300 CORPUS_DIR tests/fuzz/corpus/cff_charset
#include <cstddef>
#include <cstdint>

#include "text/cff_charset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongwen::detail::CffCharset charset;
  if (gongwen::detail::read_cff_charset({data, size}, true, charset) && charset.cid_keyed) {
    // A charset read whole has one CID per glyph, .notdef's first and 0.
    if (charset.cid_of_gid.empty() || charset.cid_of_gid[0] != 0) __builtin_trap();
  }
  return 0;
}
