// Clean-up of pasted text before recognition (import.md "Clean-up of pasted text"): web
// debris removed, half-width punctuation between CJK made full-width, doubled marks
// reported. Every change is a note with its source line.
#pragma once

#include <vector>

#include "import/import_log.hpp"
#include "import/line_text.hpp"

namespace gongwen::detail {

// Drops the debris lines import.md lists (breadcrumbs, 发布日期/作者/来源, 责任编辑,
// 稿件来源, TOP, a site column named in the breadcrumb, the title repeated as the page
// heading); nothing else is removed.
std::vector<SourceLine> remove_debris(std::vector<SourceLine> lines, ImportLog& log);

// Turns half-width , . : ; ! ? ( ) between CJK characters full-width (the contract's rule,
// applied by the parse stage's own function) and reports doubled marks (,, ，，) without
// deleting them.
void fix_punctuation(std::vector<SourceLine>& lines, ImportLog& log);

}  // namespace gongwen::detail
