// The layout stage's entry point: document model + style + fonts → pages of positioned
// glyphs and rules on the GB/T 9704 grid, paginated, with page numbers.
#pragma once

#include <vector>

#include "common/diagnostics.hpp"
#include "model/page_boxes.hpp"
#include "layout/page_writer.hpp"
#include "layout/signature.hpp"
#include "model/document.hpp"
#include "style/style.hpp"
#include "text/font_provider.hpp"
#include "model/prepared_paragraph.hpp"
#include "model/shaped_text.hpp"

namespace gongwen::detail {

struct LayoutResult {
  PageSet pages;
  std::vector<LineRecord> lines;  // every placed line, for the dump and tests
  ShapeReport shaping;            // fallbacks used, characters no font has
  std::vector<SealPlacement> seals;  // where each seal went (an OA system may stamp there)
  std::vector<NamedParagraph> prepared;  // with LayoutOptions::record_prepared
};

struct LayoutOptions {
  int max_pages = 2000;
  bool record_prepared = false;  // keep every paragraph as prepared (gongwen dump runs|lines)
};

// Returns false (with diagnostics) when the document cannot be laid out, e.g. it would
// exceed the page limit.
bool layout_document(const Document& doc, const Style& style, const FontProvider& fonts,
                     const LayoutOptions& options, LayoutResult& out, Diagnostics& diags);

}  // namespace gongwen::detail
