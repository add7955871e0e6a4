// word/document.xml (with numbering.xml and styles.xml) → the importer's lines: one line per paragraph in
// document order, Word's computed list labels put in front (so 一、 made by numbering is
// seen as typed), text boxes read where they are anchored, tables kept as tables.
#pragma once

#include <string>
#include <vector>

#include "import/import_log.hpp"
#include "import/line_text.hpp"
#include "import/notice_draft.hpp"

namespace pugi {
class xml_node;
}

namespace gongwen::detail {

struct DocxContent {
  std::vector<SourceLine> lines;
  std::vector<DraftTable> tables;
};

// `body` is w:document/w:body; `numbering` w:numbering and `styles` w:styles (either may
// be empty).
DocxContent read_docx_body(const pugi::xml_node& body, const pugi::xml_node& numbering,
                           const pugi::xml_node& styles, ImportLog& log);

}  // namespace gongwen::detail
