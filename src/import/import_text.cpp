// The import entry point: bytes → decoded, cleaned lines → one recognition pass → XML.
#include "gongwen/import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>

#include "common/unicode_class.hpp"
#include "common/utf8.hpp"
#include "import/cleanup.hpp"
#include "import/import_core.hpp"
#include "import/line_patterns.hpp"
#include "import/recognise.hpp"
#include "import/text_decode.hpp"
#include "parse/date.hpp"

namespace gongwen {
namespace {

using namespace detail;

// Files that are not text at all, told apart by their first bytes: say what to do instead.
const char* binary_format(std::string_view b) {
  if (b.substr(0, 4) == "\xD0\xCF\x11\xE0") return "a .doc or .wps file (Word 97 / WPS binary)";
  if (b.substr(0, 5) == "%PDF-") return "a PDF file";
  if (b.substr(0, 5) == "{\\rtf") return "an RTF file";
  return nullptr;
}

// A decoded character no text file carries (NUL, C0 controls but tab/LF/CR, …): binary.
bool check_characters(const std::u32string& text, ImportContext& c) {
  int line = 1, column = 1;
  for (char32_t ch : text) {
    if (ch == U'\n') {
      ++line;
      column = 1;
      continue;
    }
    if (ch != U'\r' && ch != U'\f' && ch != U'\v') {
      if (const char* kind = forbidden_character_kind(ch)) {
        c.error(msg("GW-E-IMPORT-BINARY",
                    {{"kind", msg("char-kind", kind)},
                     {"codepoint", fmt::format("U+{:04X}", static_cast<std::uint32_t>(ch))}}),
                line, column);
        return false;
      }
    }
    ++column;
  }
  return true;
}

}  // namespace

ImportResult import_text(std::string_view bytes, std::string_view source_name,
                         const ImportOptions& options) {
  ImportContext c;
  c.name = std::string(source_name);
  c.language = options.language;
  if (!within_input_limit(bytes, options, c)) return std::move(c.result);
  if (const char* kind = binary_format(bytes)) {
    c.error(msg("GW-E-IMPORT-FORMAT", "not-text", {{"kind", msg("binary-kind", kind)}}));
    return std::move(c.result);
  }
  // A .docx is a zip package: its own importer (the same recognition afterwards).
  if (bytes.substr(0, 4) == "PK\x03\x04") return import_docx(bytes, source_name, options);
  DecodedText decoded = decode_text(bytes);
  if (!decoded.ok) {
    // The decoder's `problem` names bytes and encodings; it stays as it is.
    c.error(msg("GW-E-IMPORT-ENCODING", {{"offset", decoded.bad_offset}, {"problem", decoded.problem}}));
    return std::move(c.result);
  }
  if (!check_characters(decoded.text, c)) return std::move(c.result);
  ImportLog log;
  log.language = options.language;
  return finish_import(split_lines(decoded.text), {}, std::move(log), c, options);
}

}  // namespace gongwen
