// The parse stage's entry point: notice XML (contract v1, README "The XML format") →
// document model, with every problem as a diagnostic carrying file:line:column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/diagnostics.hpp"
#include "model/document.hpp"
#include "parse/seal_file.hpp"

namespace gongwen::detail {

struct ParseOptions {
  bool fullwidth_punctuation = true;  // , . : ; ! ? ( ) between CJK become full-width
  SealSources seals;                  // where <seal src> may come from, and the image limits
  std::size_t max_input_bytes = 16u << 20;
  int max_depth = 64;  // XML element nesting
};

// Returns false if any error was reported. Never throws, never prints.
bool parse_notice(std::string_view xml, const ParseOptions& options, Document& out,
                  Diagnostics& diags);

}  // namespace gongwen::detail
