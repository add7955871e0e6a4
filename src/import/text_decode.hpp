// Encoding detection for imported text (import.md "Encoding"): UTF-8 with or without BOM,
// UTF-16 with BOM, GB18030 (a superset of GBK and GB2312) through ICU's converter.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongwen::detail {

struct DecodedText {
  bool ok = false;
  std::u32string text;
  std::string encoding;    // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "GB18030"
  std::size_t bad_offset = 0;  // when !ok: the byte offset of the first undecodable byte
  std::string problem;     // when !ok: what was found there, for the message
};

DecodedText decode_text(std::string_view bytes);

}  // namespace gongwen::detail
