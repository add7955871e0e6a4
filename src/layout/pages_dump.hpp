// `gongwen dump pages` and `render --dump-layout`: every placed line and rule, then every
// seal, one line each (the format of dump_records in page_writer.hpp).
#pragma once

#include <string>

#include "layout/layout.hpp"

namespace gongwen::detail {

std::string dump_pages(const LayoutResult& layout);

}  // namespace gongwen::detail
