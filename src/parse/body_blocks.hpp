// The body's content and an attachment's: paragraphs and numbered sections, four levels
// deep at most (GB/T 9704 §7.3.3: 一、（一）1.（1）).
#pragma once

#include <vector>

#include "parse/element_reader.hpp"

namespace gongwen::detail {

// Paragraphs and sections, in <body>, in <section> (after its heading) and in
// <attachment>; `depth` is the section level a <section> child would have.
void read_blocks(ElementReader& r, pugi::xml_node n, std::vector<Block>& out, int depth);

// <attachment title="…">, appended to the document's attachments.
void read_attachment(ElementReader& r, pugi::xml_node n, Document& doc);

}  // namespace gongwen::detail
