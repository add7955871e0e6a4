// The last check before the PDF stage: no glyph, rule or image lies outside the paper,
// and no glyph outside the 版心 (GB/T 9704 §5.2.2), except lines with their own place
// (page numbers §7.5, the 信函 mark §10.1). Layout should already have refused anything
// that does not fit; a stray box found here is our bug, reported as GW-E-INTERNAL rather
// than written as a silently bad PDF (issue 8). One pass over the page boxes.
#pragma once

#include <string>
#include <vector>

#include "common/diagnostics.hpp"
#include "model/page_boxes.hpp"
#include "layout/page_writer.hpp"

namespace gongwen::detail {

struct BodyArea {
  Length left = 0, top = 0, width = 0, height = 0;  // the 版心, page coordinates
};

// Returns a description of the first stray box, or "" when all lie where they may.
// `free_lines`: LineRecord::what values exempt from the 版心 test (still on the paper).
std::string find_stray_box(const PageSet& pages, const std::vector<LineRecord>& lines,
                           const BodyArea& body, const std::vector<std::string>& free_lines);

// The same, recording GW-E-INTERNAL with the description; true when every box is in place.
bool boxes_in_place(const PageSet& pages, const std::vector<LineRecord>& lines,
                    const BodyArea& body, const std::vector<std::string>& free_lines,
                    Diagnostics& diags);

}  // namespace gongwen::detail
