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
        c.error("GW-E-IMPORT-BINARY",
                fmt::format("{} (U+{:04X}) is not text: this is not a text file, or it is damaged; "
                            "import a .txt saved as UTF-8 or GB18030", kind,
                            static_cast<std::uint32_t>(ch)),
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
  if (!within_input_limit(bytes, options, c)) return std::move(c.result);
  if (const char* kind = binary_format(bytes)) {
    c.error("GW-E-IMPORT-FORMAT",
            fmt::format("this is {}, not text: open it in Word or WPS and save it as .docx (or "
                        "copy its text into a .txt)", kind));
    return std::move(c.result);
  }
  // A .docx is a zip package: its own importer (the same recognition afterwards).
  if (bytes.substr(0, 4) == "PK\x03\x04") return import_docx(bytes, source_name, options);
  DecodedText decoded = decode_text(bytes);
  if (!decoded.ok) {
    c.error("GW-E-IMPORT-ENCODING",
            fmt::format("at byte offset {}: {}; save the text as UTF-8 (or GB18030, or UTF-16 "
                        "with a BOM)", decoded.bad_offset, decoded.problem));
    return std::move(c.result);
  }
  if (!check_characters(decoded.text, c)) return std::move(c.result);
  return finish_import(split_lines(decoded.text), {}, ImportLog{}, c, options);
}

}  // namespace gongwen
