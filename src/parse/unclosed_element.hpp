// Where a start-end tag mismatch really is (issue 14 point 5). pugixml reports the offset
// where parsing failed — for a missing </title> that is the </gongwen> line; a person
// needs the start tag left open.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gongwen::detail {

struct TagMismatch {
  std::string open;            // the innermost element still open, e.g. "title"
  std::size_t open_at = 0;     // offset of its '<'
  std::string close;           // the end tag that does not match it ("" at the end of text)
  std::size_t close_at = 0;    // offset of that end tag's '<'
  bool close_is_ancestor = false;  // `close` closes an element further out: `open` is unclosed
};

// Scans the markup (comments, CDATA, processing instructions and quoted attribute values
// skipped) for the first end tag that does not close the innermost open element, or the
// end of the text with elements open. Nothing when the tags balance.
std::optional<TagMismatch> find_tag_mismatch(std::string_view xml);

}  // namespace gongwen::detail
