// Checks on the markup that pugixml does not make, on the source before pugixml reads it:
// pugixml decodes character references itself (and cuts the text at &#0;), keeps an
// undefined entity such as &nbsp; as literal text, and accepts an XML declaration that is
// not at the start of the file.
#pragma once

#include <string_view>

#include "common/diagnostics.hpp"

namespace gongwen::detail {

// Scans text and attribute values (not comments, CDATA or processing instructions, where
// '&' is no reference; CDATA's characters are checked all the same) and reports:
//  - GW-E-BAD-CHARACTER: a character reference, or a raw character, that a notice cannot
//    carry (common/unicode_class forbidden_character_kind: NUL, controls, surrogates, past
//    U+10FFFF, noncharacters);
//  - GW-E-XML-ENTITY: an entity reference other than XML's five (amp lt gt quot apos);
//  - GW-E-XML-MALFORMED: "&#" that is no character reference, and an XML declaration
//    anywhere but at the very start (XML 1.0 §2.8: only a byte-order mark may precede it).
// Each at its '&' (or '<?'); at most 32 are reported. Returns false if any was found.
bool check_markup(std::string_view xml, Diagnostics& diags);

}  // namespace gongwen::detail
