// 版头 (GB/T 9704 §7.2): 份号, 密级和保密期限, 紧急程度, 发文机关标志, 发文字号, 签发人 and
// the red separator, on page 1.
#pragma once

#include "layout/context.hpp"
#include "layout/format_spec.hpp"
#include "model/document.hpp"

namespace gongwen::detail {

// Lays out the 版头 for the document's format and returns the y the title and 主体 are
// placed below: the red separator's lower edge (文件, 纪要), the 令号's line box bottom
// (命令), the last line under the double line (信函); without a masthead, the 版心 top.
Length place_masthead(const Document& doc, const FormatSpec& format, LayoutContext& ctx);

}  // namespace gongwen::detail
