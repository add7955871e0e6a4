// `gongwen dump model`: the document model as stable text, one line per item, in document
// order, each with its source position (line:column). Fields are fixed per kind; text is
// quoted, a forced break shown as ⏎ and <strong> runs as «…».
#pragma once

#include <string>

#include "common/diagnostics.hpp"
#include "model/document.hpp"

namespace gongwen::detail {

std::string dump_model(const Document& doc, const SourceMap& map);

}  // namespace gongwen::detail
