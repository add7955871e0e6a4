#include "parse/markup_checks.hpp"

#include <fmt/format.h>

#include "common/unicode_class.hpp"
#include "common/utf8.hpp"
#include "parse/input_checks.hpp"

namespace gongwen::detail {

namespace {

constexpr int kMaxReported = 32;  // hostile input with a million &#0; gets a clean, short list

bool starts(std::string_view s, std::size_t at, std::string_view prefix) {
  return s.substr(at, prefix.size()) == prefix;
}

bool digit(char c, bool hex) {
  return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}

// XML 1.0 §2.3 NameChar, with every non-ASCII byte taken as one (enough to find the ';').
bool name_char(char c) {
  auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '.' || c == '-' || c == '_' || c == ':';
}

// HTML entities whose meaning the hint names (the catalog's "entity-hint" texts say
// which character the author most likely meant).
bool html_entity_hint(std::string_view name) {
  for (std::string_view known :
       {"nbsp", "ensp", "emsp", "copy", "reg", "mdash", "hellip", "middot", "ldquo", "rdquo",
        "times"}) {
    if (name == known) return true;
  }
  return false;
}

// Parsed character data (text, attribute values) holds references; CDATA holds none, but
// its characters count all the same.
enum class Content { parsed, cdata };

class MarkupScanner {
 public:
  MarkupScanner(std::string_view xml, Diagnostics& diags) : xml_(xml), diags_(diags) {}

  bool run() {
    const std::size_t start = after_bom(xml_);
    std::size_t i = start;
    while (i < xml_.size() && found_ < kMaxReported) {
      if (xml_[i] != '<') {
        std::size_t lt = std::min(xml_.find('<', i), xml_.size());
        check_text(i, lt, Content::parsed);
        i = lt;
      } else if (starts(xml_, i, "<!--")) {
        i = skip_past(i + 4, "-->");
      } else if (starts(xml_, i, "<![CDATA[")) {
        std::size_t end = std::min(xml_.find("]]>", i + 9), xml_.size());
        check_text(i + 9, end, Content::cdata);
        i = skip_past(end, "]]>");
      } else if (starts(xml_, i, "<?")) {
        check_declaration_place(i, start);
        i = skip_past(i + 2, "?>");
      } else if (starts(xml_, i, "<!")) {
        i = skip_past(i + 2, ">");  // a DOCTYPE: rejected on its own
      } else {
        i = scan_tag(i + 1);
      }
    }
    return found_ == 0;
  }

 private:
  std::size_t skip_past(std::size_t from, std::string_view end) const {
    std::size_t e = xml_.find(end, from);
    return e == std::string_view::npos ? xml_.size() : e + end.size();
  }

  void report(const Message& m, std::size_t offset) {
    if (found_++ < kMaxReported) diags_.error(m, offset);
  }

  // Attribute values are checked like text; names and the rest of a tag are pugixml's.
  std::size_t scan_tag(std::size_t i) {
    while (i < xml_.size() && xml_[i] != '>' && found_ < kMaxReported) {
      if (xml_[i] == '"' || xml_[i] == '\'') {
        std::size_t close = std::min(xml_.find(xml_[i], i + 1), xml_.size());
        check_text(i + 1, close, Content::parsed);
        i = close + 1;
      } else {
        ++i;
      }
    }
    return i + 1;
  }

  // A processing instruction whose target is "xml" (any case, XML 1.0 §2.6 reserves it)
  // is an XML declaration, which may only open the file.
  void check_declaration_place(std::size_t lt, std::size_t start) {
    std::size_t t = lt + 2;
    std::size_t e = t;
    while (e < xml_.size() && !xml_space(xml_[e]) && xml_[e] != '?') ++e;
    std::string target(xml_.substr(t, e - t));
    for (char& c : target) c = static_cast<char>(c | 0x20);
    if (target != "xml" || lt == start) return;
    report(msg("GW-E-XML-MALFORMED",
               !starts(xml_, start, "<?xml") ? "declaration-not-first" : "second-declaration"),
           lt);
  }

  void check_text(std::size_t i, std::size_t end, Content content) {
    while (i < end && found_ < kMaxReported) {
      if (content == Content::parsed && xml_[i] == '&') {
        i = check_reference(i, end);
        continue;
      }
      char32_t c = 0;
      std::size_t len = decode_utf8(xml_, i, c);
      if (len == 0) return;  // not UTF-8: check_encoding has said so already
      if (const char* kind = forbidden_character_kind(c)) {
        report(msg("GW-E-BAD-CHARACTER",
                   {{"codepoint", fmt::format("U+{:04X}", static_cast<std::uint32_t>(c))},
                    {"kind", diags_.text(msg("char-kind", kind))}}),
               i);
      }
      i += len;
    }
  }

  // At '&': returns where the text goes on.
  std::size_t check_reference(std::size_t amp, std::size_t end) {
    if (amp + 1 < end && xml_[amp + 1] == '#') return check_character_reference(amp, end);
    std::size_t e = amp + 1;
    while (e < end && name_char(xml_[e])) ++e;
    // A bare '&' (no name, or no ';') is left to pugixml, which keeps it as text.
    if (e == amp + 1 || e >= end || xml_[e] != ';') return amp + 1;
    std::string_view name = xml_.substr(amp + 1, e - amp - 1);
    if (name != "amp" && name != "lt" && name != "gt" && name != "quot" && name != "apos") {
      const bool hint = html_entity_hint(name);
      const std::string hint_text =
          diags_.text(hint ? msg("entity-hint", std::string(name)) : msg("entity-hint", "other"));
      report(msg("GW-E-XML-ENTITY", {{"name", name}, {"hint", hint_text}}), amp);
    }
    return e + 1;
  }

  // XML 1.0 §4.1 CharRef: &#[0-9]+; or &#x[0-9a-fA-F]+; naming a Char.
  std::size_t check_character_reference(std::size_t amp, std::size_t end) {
    std::size_t i = amp + 2;
    bool hex = i < end && xml_[i] == 'x';
    if (hex) ++i;
    const std::size_t first = i;
    char32_t value = 0;
    for (; i < end && digit(xml_[i], hex); ++i) {
      // Saturates past U+10FFFF, so a hundred digits cannot overflow.
      value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit_value(xml_[i]);
    }
    if (i == first || i >= end || xml_[i] != ';') {
      report(msg("GW-E-XML-MALFORMED", "bad-reference"), amp);
      return i;
    }
    if (const char* kind = forbidden_character_kind(value)) {
      std::string_view written = xml_.substr(amp, std::min<std::size_t>(i + 1 - amp, 16));
      report(msg("GW-E-BAD-CHARACTER", "reference",
                 {{"reference", fmt::format("{}{}", written, i + 1 - amp > 16 ? "…" : "")},
                  {"codepoint", value > 0x10FFFF ? std::string()
                                                 : fmt::format("U+{:04X}, ",
                                                               static_cast<std::uint32_t>(value))},
                  {"kind", diags_.text(msg("char-kind", kind))}}),
             amp);
    }
    return i + 1;
  }

  std::string_view xml_;
  Diagnostics& diags_;
  int found_ = 0;
};

}  // namespace

bool check_markup(std::string_view xml, Diagnostics& diags) {
  return MarkupScanner(xml, diags).run();
}

}  // namespace gongwen::detail
