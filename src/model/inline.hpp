// Inline content shared by the document model and its tables: spans of text with one
// emphasis, and paragraphs of spans, with every character's source offset.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongwen::detail {

// A byte offset into the XML source; turned into line:column by SourceMap.
using SourceOffset = std::uint32_t;

// A run of text with one emphasis. `text` has ASCII whitespace already collapsed and
// half-width punctuation converted; `src[i]` is the source offset of text[i] (same length).
struct Span {
  std::u32string text;
  std::vector<SourceOffset> src;
  bool strong = false;  // <strong>: 黑体 at the same size
};

// A paragraph of inline content. A forced break (<br/>) is U+2028 in a span's text.
struct Paragraph {
  std::vector<Span> spans;
  SourceOffset at = 0;
};

}  // namespace gongwen::detail
