// A paragraph ready for layout: its styled text, its shaped clusters and its broken lines.
// The contract between the prepare stage (shaping + line breaking) and whatever places the
// lines (the page layout now, table cells later).
#pragma once

#include <string>
#include <vector>

#include "model/lines.hpp"
#include "model/shaped_text.hpp"

namespace gongwen::detail {

struct PreparedParagraph {
  StyledText text;
  ShapedText shaped;
  std::vector<Line> lines;
};

// A prepared paragraph with the layout's name for it ("title", "body", "h1", "cc", …), as
// recorded for `gongwen dump runs|lines`.
struct NamedParagraph {
  std::string what;
  PreparedParagraph paragraph;
};

}  // namespace gongwen::detail
