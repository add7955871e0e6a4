// `gongwen dump runs|lines`: what the prepare stage produced, as stable text (one line per
// item, fixed field order, lengths in mm with 3 decimals, characters counted from the
// paragraph's start).
//
//   run K chars=A..B font=POSTSCRIPT size=Ppt "TEXT" [GID=CHAR+ADV|GID=CHAR@DX,DY+ADV|…]
//     a run: consecutive clusters of one font and size, its glyphs written as HarfBuzz's
//     hb-shape does (glyph=cluster+advance); a forced break is `run K chars=A..B break`.
//   line K chars=A..B break=wrap|forced|end|overfull adjusted=yes|no half=I,J|- x=L..R "TEXT"
//   at=[X,…]
//     a broken line: how it ended, whether marks were compressed or a character moved for
//     a 禁则, which characters were set half-width (标点挤压), its extent and each
//     cluster's pen x from the text area's left edge.
#pragma once

#include <string>
#include <vector>

#include "model/prepared_paragraph.hpp"

namespace gongwen::detail {

std::string dump_runs(const StyledText& text, const ShapedText& shaped);
std::string dump_lines(const StyledText& text, const ShapedText& shaped,
                       const std::vector<Line>& lines);

// Every paragraph, each under a header `paragraph N WHAT "TEXT"`.
std::string dump_runs(const std::vector<NamedParagraph>& paragraphs);
std::string dump_lines(const std::vector<NamedParagraph>& paragraphs);

}  // namespace gongwen::detail
