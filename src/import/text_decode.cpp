#include "import/text_decode.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>

#include <memory>

#include "common/utf8.hpp"

namespace gongwen::detail {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// UTF-16 after its BOM; an unpaired surrogate or an odd byte count is an error at its offset.
DecodedText decode_utf16(std::string_view bytes, bool little_endian) {
  DecodedText d;
  d.encoding = little_endian ? "UTF-16LE" : "UTF-16BE";
  auto unit = [&](std::size_t i) {
    auto b0 = static_cast<unsigned char>(bytes[i]), b1 = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? static_cast<char32_t>(b0 | (b1 << 8)) : static_cast<char32_t>((b0 << 8) | b1);
  };
  std::size_t i = 2;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF) {
      char32_t low = i + 3 < bytes.size() ? unit(i + 2) : 0;
      if (low < 0xDC00 || low > 0xDFFF) {
        d.bad_offset = i;
        d.problem = "an unpaired UTF-16 surrogate";
        return d;
      }
      d.text.push_back(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
      i += 2;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      d.bad_offset = i;
      d.problem = "an unpaired UTF-16 surrogate";
      return d;
    } else {
      d.text.push_back(u);
    }
  }
  if (i < bytes.size()) {
    d.bad_offset = i;
    d.problem = "an odd byte at the end of UTF-16 text";
    return d;
  }
  d.ok = true;
  return d;
}

// GB18030 with ICU's converter set to stop at the first byte sequence it cannot map.
DecodedText decode_gb18030(std::string_view bytes) {
  DecodedText d;
  d.encoding = "GB18030";
  UErrorCode status = U_ZERO_ERROR;
  Converter conv(ucnv_open("GB18030", &status));
  if (U_FAILURE(status) || !conv) {
    d.problem = fmt::format("text that is not UTF-8 (ICU has no GB18030 converter: {})",
                            u_errorName(status));
    return d;
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string units(bytes.size() + 1, u'\0');
  const char* source = bytes.data();
  const char* source_end = bytes.data() + bytes.size();
  UChar* target = units.data();
  ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &source, source_end, nullptr,
                 true, &status);
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), invalid, &invalid_length, &ignored);
    std::size_t consumed = static_cast<std::size_t>(source - bytes.data());
    d.bad_offset = consumed >= static_cast<std::size_t>(invalid_length)
                       ? consumed - static_cast<std::size_t>(invalid_length) : 0;
    d.problem = fmt::format("byte 0x{:02X}, which is neither UTF-8 nor GB18030/GBK",
                            static_cast<unsigned char>(bytes[d.bad_offset]));
    return d;
  }
  units.resize(static_cast<std::size_t>(target - units.data()));
  for (std::size_t i = 0; i < units.size(); ++i) {
    char32_t u = units[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units.size()) {
      u = 0x10000 + ((u - 0xD800) << 10) + (units[++i] - 0xDC00u);
    }
    d.text.push_back(u);
  }
  d.ok = true;
  return d;
}

}  // namespace

DecodedText decode_text(std::string_view bytes) {
  auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  if (starts("\xFF\xFE")) return decode_utf16(bytes, true);
  if (starts("\xFE\xFF")) return decode_utf16(bytes, false);
  DecodedText d;
  std::string_view body = bytes;
  d.encoding = "UTF-8";
  if (starts("\xEF\xBB\xBF")) {
    body.remove_prefix(3);
    d.encoding = "UTF-8 with BOM";
  }
  std::size_t bad = 0;
  if (from_utf8(body, d.text, &bad)) {
    d.ok = true;
    return d;
  }
  // With a BOM the writer said UTF-8, so a bad byte is an error, not a hint of GBK.
  if (d.encoding != "UTF-8") {
    d.text.clear();
    d.bad_offset = bad + 3;
    d.problem = "a byte sequence that is not UTF-8 after a UTF-8 BOM";
    return d;
  }
  return decode_gb18030(bytes);
}

}  // namespace gongwen::detail
