// The part of an import after the input is read into lines (plain text or .docx).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gongwen/import.hpp"
#include "import/import_log.hpp"
#include "import/line_text.hpp"
#include "import/notice_draft.hpp"

namespace gongwen::detail {

struct ImportContext {
  std::string name;
  ImportResult result;
  Language language = Language::en;
  void error(const Message& m, int line = 0, int column = 0);
};

// The input limit (hostile input): false, with GW-E-IMPORT-TOO-LARGE, when over it.
bool within_input_limit(std::string_view bytes, const ImportOptions& options, ImportContext& c);

// Clean-up, recognition, options, required elements, XML: the result of the import.
ImportResult finish_import(std::vector<SourceLine> lines, std::vector<DraftTable> tables,
                           ImportLog log, ImportContext& c, const ImportOptions& options);

}  // namespace gongwen::detail
