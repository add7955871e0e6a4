// The elements of <gongwen> into the document model (contract v1, README "The XML
// format"): each once at most unless the contract says otherwise, as many problems as
// can be found reported in one pass.
#pragma once

#include "parse/element_reader.hpp"

namespace gongwen::detail {

// Reads the root element (already known to be <gongwen>) into `doc`.
void read_notice(ElementReader& r, pugi::xml_node root, Document& doc);

}  // namespace gongwen::detail
