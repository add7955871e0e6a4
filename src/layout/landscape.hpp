// 横排 attachment pages (GB/T 9704 §8; gbt9704.md "Tables"): the content is laid out on a
// landscape frame, the 版心 225 mm wide and 156 mm tall, and each of its pages is turned a
// quarter counter-clockwise onto the portrait sheet, so the top of the content faces the
// sheet's left edge on odd and even pages alike. Page numbers are added afterwards,
// upright at their portrait places.
#pragma once

#include "model/page_boxes.hpp"
#include "style/style.hpp"

namespace gongwen::detail {

// The portrait style with the 版心 turned: 225 × 156 mm, as many grid lines of the body
// pitch as fit its height, as many characters of the body pitch as fit its width.
Style landscape_style(const Style& portrait);

// Marks pages [first, last] as laid out on the landscape frame of `portrait`: everything
// on them so far turns a quarter onto the sheet.
void turn_pages(PageSet& pages, int first, int last, const Style& portrait);

}  // namespace gongwen::detail
