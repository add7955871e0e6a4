#include "parse/inline_element.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "common/utf8.hpp"
#include "parse/date.hpp"
#include "parse/inline_text.hpp"

namespace gongwen::detail {

namespace {

using pugi::xml_attribute;
using pugi::xml_node;

// How the source spells the characters of a value: in element text an entity or
// character reference stands for one character; CDATA has none. Attribute values are
// taken character by character too, as they always were, so offsets after a reference in
// an attribute run short (a known gap, kept to keep diagnostics unchanged).
enum class References { counted, ignored };

// Appends UTF-8 text that starts at source byte `p`, with the source offset of each
// character. References count from their '&' and a CR LF pair (one LF after parsing)
// from its CR.
void append_text(std::string_view xml, Span& span, const char* value, std::size_t p,
                 References references) {
  std::u32string text;
  from_utf8(value, text);
  for (char32_t c : text) {
    span.text += c;
    span.src.push_back(static_cast<SourceOffset>(std::min(p, xml.size())));
    if (p >= xml.size()) continue;
    if (references == References::counted && xml[p] == '&') {
      auto semi = xml.find(';', p);
      p = semi == std::string_view::npos ? xml.size() : semi + 1;
    } else if (xml[p] == '\r' && c == U'\n') {
      p += (p + 1 < xml.size() && xml[p + 1] == '\n') ? 2 : 1;
    } else {
      auto b = static_cast<unsigned char>(xml[p]);
      p += b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : 4;
    }
  }
}

enum class Weight { regular, strong };

Span& current_span(Paragraph& p, Weight weight) {
  const bool strong = weight == Weight::strong;
  if (p.spans.empty() || p.spans.back().strong != strong) {
    p.spans.push_back(Span{});
    p.spans.back().strong = strong;
  }
  return p.spans.back();
}

void read_inline(ElementReader& r, xml_node n, Paragraph& p, Weight weight, InlineRules rules) {
  for (xml_node c : n.children()) {
    if (is_text(c)) {
      std::ptrdiff_t off = c.offset_debug();
      append_text(r.source().text(), current_span(p, weight), c.value(),
                  off < 0 ? 0 : static_cast<std::size_t>(off),
                  c.type() == pugi::node_pcdata ? References::counted : References::ignored);
    } else if (c.type() != pugi::node_element) {
      continue;  // comments, processing instructions
    } else if (rules.strong && weight == Weight::regular && is(c, "strong")) {
      r.check_attributes(c, {});
      read_inline(r, c, p, Weight::strong, {.strong = false, .line_breaks = rules.line_breaks});
    } else if (rules.line_breaks && is(c, "br")) {
      r.check_attributes(c, {});
      r.expect_empty(c);
      Span& s = current_span(p, weight);
      s.text += U'\u2028';
      s.src.push_back(r.at(c));
    } else {
      r.unknown(c, n);
    }
  }
}

// The contract's text rules for one paragraph: whitespace collapsed (across <strong>
// too), then half-width punctuation between CJK made full-width with one warning that
// names every place.
// `attribute` is empty for an element's text.
void normalise(ElementReader& r, Paragraph& p, const char* element, const char* attribute = "") {
  collapse_whitespace(p);
  if (!r.options().fullwidth_punctuation) return;
  std::vector<SourceOffset> places = convert_halfwidth_punctuation(p);
  if (places.empty()) return;
  std::string list;
  for (std::size_t i = 0; i < places.size() && i < 8; ++i) {
    SourceLocation l = r.diags().locate(places[i]);
    list += fmt::format("{}{}:{}", i ? ", " : "", l.line, l.column);
  }
  if (places.size() > 8) list += ", …";
  std::string variant = *attribute ? "attribute" : "";
  if (places.size() == 1) variant += variant.empty() ? "one" : "-one";
  r.diags().warning(msg("GW-W-HALFWIDTH-PUNCT", variant,
                        {{"count", places.size()}, {"element", element}, {"owner", element}, {"attribute", attribute},
                         {"places", list}}),
                    places.front());
}

}  // namespace

Paragraph read_inline_text(ElementReader& r, xml_node n, InlineRules rules) {
  Paragraph p;
  p.at = r.at(n);
  read_inline(r, n, p, Weight::regular, rules);
  normalise(r, p, n.name());
  if (rules.required && p.spans.empty()) {
    r.error(msg("GW-E-EMPTY-ELEMENT", {{"element", n.name()}}), n);
  }
  return p;
}

Paragraph read_plain_text(ElementReader& r, xml_node n) {
  r.check_attributes(n, {});
  return read_inline_text(r, n, {.strong = false});
}

Paragraph read_attribute_text(ElementReader& r, xml_node owner, xml_attribute a) {
  Paragraph p;
  p.at = r.at(a, owner);
  append_text(r.source().text(), current_span(p, Weight::regular), a.value(), p.at,
              References::ignored);
  normalise(r, p, owner.name(), a.name());
  return p;
}

std::optional<Date> read_date(ElementReader& r, xml_node n) {
  r.check_attributes(n, {});
  std::string text;
  for (xml_node c : n.children()) {
    if (is_text(c)) {
      text += c.value();
    } else if (c.type() == pugi::node_element) {
      r.unknown(c, n);
    }
  }
  Date d;
  if (!parse_iso_date(text, d)) {
    r.error(msg("GW-E-BAD-DATE", {{"element", n.name()}, {"value", text}}), n);
    return std::nullopt;
  }
  d.at = r.at(n);
  return d;
}

}  // namespace gongwen::detail
