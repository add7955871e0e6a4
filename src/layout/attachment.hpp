// §7.3.4 附件 pages: each attachment starts a new page; 附件N in 3号黑体 flush left on
// line 1, the title in 2号小标宋 centred from line 3, the content after one blank line,
// formatted like the body (paragraphs, sections, tables). §8 横排 attachments are laid out
// the same way on a landscape frame whose pages are turned onto the sheets.
#pragma once

#include <string_view>

#include "layout/context.hpp"
#include "layout/grid_flow.hpp"
#include "model/document.hpp"

namespace gongwen::detail {

// Places `a`, labelled `label` (附件 or 附件N), from a new page of `flow`.
void place_attachment_pages(LayoutContext& ctx, GridFlow& flow, const Attachment& a,
                            std::u32string_view label);

// The same on a landscape frame (layout/landscape.hpp): its own flow on new pages of the
// writer, those pages turned a quarter onto the sheets of `pages`; `flow` resumes after.
void place_landscape_attachment(LayoutContext& ctx, GridFlow& flow, PageSet& pages, int max_pages,
                                const Attachment& a, std::u32string_view label);

}  // namespace gongwen::detail
