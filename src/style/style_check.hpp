// Cross-field checks of a style whose every value is already within its own range:
// the 版心 inside the page, line and character pitches no smaller than the size they
// pitch, rules and marks that fit. Each failure points at the key that makes it fail.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostics.hpp"
#include "style/style.hpp"

namespace gongwen::detail {

// Where each row of style_keys() was set in the TOML being applied (empty: not set there).
using KeyPlaces = std::vector<std::optional<SourceLocation>>;

void check_style(const Style& s, const KeyPlaces& places, const std::string& file,
                 Diagnostics& diags);

}  // namespace gongwen::detail
