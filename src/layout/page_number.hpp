// 页码 (GB/T 9704 §7.5): "— N —" in 4号 half-width 宋体 digits, the dashes' ink centre
// 7 mm below the 版心; odd pages right, even pages left, one character in.
#pragma once

#include "layout/page_writer.hpp"
#include "style/style.hpp"
#include "text/font_provider.hpp"

namespace gongwen::detail {

void place_page_number(const Style& style, const FontProvider& fonts, PageWriter& writer,
                       int page, int number, ShapeReport& report);

}  // namespace gongwen::detail
