#pragma once

#include <string_view>

#include "model/document.hpp"

namespace gongwen::detail {

// Parses an ISO date YYYY-MM-DD that is a real calendar date (2022-02-30 is not).
bool parse_iso_date(std::string_view text, Date& out);

}  // namespace gongwen::detail
