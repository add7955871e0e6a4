// Elements (and attributes) that hold text, read into paragraphs under the contract's text
// rules (parse/inline_text), with every character's source offset kept for diagnostics.
#pragma once

#include <optional>

#include "parse/element_reader.hpp"

namespace gongwen::detail {

// What an element of inline text may hold, named at each call site.
struct InlineRules {
  bool strong = true;        // <strong> (黑体) runs, e.g. in <p>; not nested
  bool line_breaks = false;  // <br/> forced breaks, in <title> only
  bool required = true;      // empty text is GW-E-EMPTY-ELEMENT (an empty <p> is a warning)
};

// An element of inline text (<p>, <title>, <issuer>, …); its attributes are the caller's.
Paragraph read_inline_text(ElementReader& r, pugi::xml_node n, InlineRules rules = {});
// Plain text with no attributes and no child elements.
Paragraph read_plain_text(ElementReader& r, pugi::xml_node n);
// An attribute's text (an attachment's title, a secrecy period), under the same rules.
Paragraph read_attribute_text(ElementReader& r, pugi::xml_node owner, pugi::xml_attribute a);
// A YYYY-MM-DD date element; nullopt after GW-E-BAD-DATE.
std::optional<Date> read_date(ElementReader& r, pugi::xml_node n);

}  // namespace gongwen::detail
