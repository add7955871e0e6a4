// JSON text for the reports (the CLI's JSON Lines, the import report): strings escaped per
// RFC 8259 §7, diagnostics as objects. One writer, so every report spells them alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gongwen/diagnostic.hpp"

namespace gongwen::detail {

// A JSON string literal, quotes included; UTF-8 passes through.
std::string json_string(std::string_view s);

// [{"severity":…,"code":…,"message":…,"file":…,"line":…,"column":…}, …]
std::string json_diagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace gongwen::detail
