// 版头 (GB/T 9704 §7.2): 份号, 密级和保密期限, 紧急程度, 发文机关标志, 发文字号, 签发人 and
// the red separator, on page 1.
#pragma once

#include "layout/context.hpp"
#include "model/document.hpp"

namespace gongwen::detail {

// Lays out the 版头 and returns the y of the red separator's lower edge (the title is
// placed relative to it); without a masthead, returns the 版心 top.
Length place_masthead(const Document& doc, LayoutContext& ctx);

}  // namespace gongwen::detail
