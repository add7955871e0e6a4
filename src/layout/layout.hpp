// The layout stage's entry point: document model + style + fonts → pages of positioned
// glyphs and rules on the GB/T 9704 grid, paginated, with page numbers.
#pragma once

#include <vector>

#include "common/diagnostics.hpp"
#include "layout/page_boxes.hpp"
#include "layout/page_writer.hpp"
#include "model/document.hpp"
#include "style/style.hpp"
#include "text/font_provider.hpp"
#include "text/shaped_text.hpp"

namespace gongwen::detail {

struct LayoutResult {
  PageSet pages;
  std::vector<LineRecord> lines;  // every placed line, for the dump and tests
  ShapeReport shaping;            // fallbacks used, characters no font has
};

// Returns false (with diagnostics) when the document cannot be laid out, e.g. it would
// exceed `max_pages`.
bool layout_document(const Document& doc, const Style& style, const FontProvider& fonts,
                     int max_pages, LayoutResult& out, Diagnostics& diags);

}  // namespace gongwen::detail
