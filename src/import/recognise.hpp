// The one pass over the cleaned lines, in document order (import.md "What it must
// recognise"): the head (版头, 标题, 主送), the tail found from the end (版记, 附件,
// 附注, 成文日期, 署名, 附件说明), and the body between them.
#pragma once

#include <cstddef>
#include <vector>

#include "import/import_log.hpp"
#include "import/line_text.hpp"
#include "import/notice_draft.hpp"

namespace gongwen::detail {

// Recognises 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人, 标题 and 主送机关 at the
// top; returns the index of the first line after them.
std::size_t recognise_head(const std::vector<SourceLine>& lines, NoticeDraft& d, ImportLog& log);

// Recognises, from `begin` on, 版记, 附件, 附注, 成文日期, 署名 and 附件说明; returns the end
// (exclusive) of the body lines.
std::size_t recognise_tail(const std::vector<SourceLine>& lines, std::size_t begin,
                           NoticeDraft& d, ImportLog& log);

// Headings (depths 1–4, run-in) and paragraphs of lines [begin, end), joining lines split
// in mid-sentence.
std::vector<DraftBlock> build_blocks(const std::vector<SourceLine>& lines, std::size_t begin,
                                     std::size_t end, ImportLog& log);

}  // namespace gongwen::detail
