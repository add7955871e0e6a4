#include "parse/input_checks.hpp"

#include <fmt/format.h>

#include <cctype>
#include <string>

#include "common/utf8.hpp"

namespace gongwen::detail {

namespace {

bool starts(std::string_view s, std::size_t at, std::string_view prefix) {
  return s.substr(at, prefix.size()) == prefix;
}

// Skips whitespace, comments and processing instructions from `i` (XML's "Misc"); returns
// where something else starts.
std::size_t skip_misc(std::string_view xml, std::size_t i) {
  while (i < xml.size()) {
    if (xml_space(xml[i])) {
      ++i;
    } else if (starts(xml, i, "<?")) {
      std::size_t end = xml.find("?>", i + 2);
      if (end == std::string_view::npos) return xml.size();
      i = end + 2;
    } else if (starts(xml, i, "<!--")) {
      std::size_t end = xml.find("-->", i + 4);
      if (end == std::string_view::npos) return xml.size();
      i = end + 3;
    } else {
      break;
    }
  }
  return i;
}

// The value of encoding="…" in an XML declaration at the start of `xml` (after an
// optional BOM); sets `at` to its offset. Empty when there is none.
std::string_view declared_encoding(std::string_view xml, std::size_t& at) {
  std::size_t start = after_bom(xml);
  if (!starts(xml, start, "<?xml") || start + 5 >= xml.size() || !xml_space(xml[start + 5])) {
    return {};
  }
  std::size_t end = xml.find("?>", start);
  if (end == std::string_view::npos) return {};
  std::string_view decl = xml.substr(0, end);
  std::size_t key = decl.find("encoding", start);
  if (key == std::string_view::npos) return {};
  std::size_t q = decl.find_first_of("\"'", key);
  if (q == std::string_view::npos) return {};
  std::size_t q2 = decl.find(decl[q], q + 1);
  if (q2 == std::string_view::npos) return {};
  at = q + 1;
  return decl.substr(q + 1, q2 - q - 1);
}

}  // namespace

std::size_t after_bom(std::string_view xml) { return starts(xml, 0, "\xEF\xBB\xBF") ? 3 : 0; }

bool check_encoding(std::string_view xml, Diagnostics& diags) {
  // UTF-32 first: its little-endian mark begins like UTF-16's.
  if (starts(xml, 0, std::string_view("\xFF\xFE\0\0", 4)) ||
      starts(xml, 0, std::string_view("\0\0\xFE\xFF", 4))) {
    diags.error(msg("GW-E-ENCODING", "utf32"), 0);
    return false;
  }
  if (starts(xml, 0, "\xFE\xFF") || starts(xml, 0, "\xFF\xFE")) {
    diags.error(msg("GW-E-ENCODING", "utf16"), 0);
    return false;
  }
  if (std::size_t nul = xml.find('\0'); nul != std::string_view::npos) {
    diags.error(msg("GW-E-ENCODING", "nul"), nul);
    return false;
  }
  std::u32string decoded;
  std::size_t bad = 0;
  if (!from_utf8(xml, decoded, &bad)) {
    diags.error(msg("GW-E-ENCODING", "not-utf8"), bad);
    return false;
  }
  std::size_t enc_at = 0;
  std::string_view enc = declared_encoding(xml, enc_at);
  if (!enc.empty()) {
    std::string upper(enc);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper != "UTF-8" && upper != "UTF8") {
      diags.error(msg("GW-E-ENCODING", "declared", {{"encoding", enc}}), enc_at);
      return false;
    }
  }
  // XML 1.0 allows only tab, LF and CR below U+0020; anything else is not a document.
  for (std::size_t i = 0; i < xml.size(); ++i) {
    auto b = static_cast<unsigned char>(xml[i]);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
      diags.error(msg("GW-E-XML-MALFORMED", "control",
                      {{"codepoint", fmt::format("U+{:04X}", static_cast<unsigned>(b))}}),
                  i);
      return false;
    }
  }
  return true;
}

std::size_t find_prolog_doctype(std::string_view xml) {
  std::size_t i = skip_misc(xml, after_bom(xml));
  return starts(xml, i, "<!DOCTYPE") ? i : std::string_view::npos;
}

std::size_t find_stray_text(std::string_view xml) {
  std::size_t i = skip_misc(xml, after_bom(xml));
  if (i < xml.size() && xml[i] != '<') return i;
  // Backwards from the end over whitespace, comments and processing instructions, to the
  // '>' that closes the root element.
  std::size_t end = xml.size();
  while (end > 0) {
    if (xml_space(xml[end - 1])) {
      --end;
    } else if (end >= 3 && xml.substr(end - 3, 3) == "-->") {
      std::size_t open = xml.rfind("<!--", end - 3);
      if (open == std::string_view::npos) break;
      end = open;
    } else if (end >= 2 && xml.substr(end - 2, 2) == "?>") {
      std::size_t open = xml.rfind("<?", end - 2);
      if (open == std::string_view::npos) break;
      end = open;
    } else {
      break;
    }
  }
  if (end == 0 || xml[end - 1] == '>') return std::string_view::npos;
  std::size_t gt = xml.rfind('>', end - 1);
  std::size_t start = gt == std::string_view::npos ? 0 : gt + 1;
  while (start < end && xml_space(xml[start])) ++start;
  return start;
}

}  // namespace gongwen::detail
