// From bytes to a pugixml tree that is one well-formed XML document within the limits:
// the checks on the raw bytes and markup, pugixml itself, then what pugixml lets through
// (text or a second element outside the root, a DOCTYPE, hostile nesting).
#pragma once

#include <pugixml.hpp>

#include "common/diagnostics.hpp"
#include "parse/parse_notice.hpp"
#include "parse/xml_source.hpp"

namespace gongwen::detail {

// Returns false after reporting the first problem that stops reading; on true `xdoc`
// holds the document and `source` knows where pugixml's copy of it lies.
bool load_xml(XmlSource& source, const ParseOptions& options, pugi::xml_document& xdoc,
              Diagnostics& diags);

}  // namespace gongwen::detail
