// Import: the text an office has (a .txt, text pasted from a web page or a PDF) → the
// notice XML of the contract, plus a report of what was recognised where. The XML stays
// the one contract: import only writes XML, which then goes through the normal parser.
// Nothing here throws: results carry diagnostics (see ../shared/spec/import.md).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "gongwen/diagnostic.hpp"
#include "gongwen/export.h"

namespace gongwen {

struct ImportOptions {
  // Supply what the text lacks (never invented): 标题, 成文日期 (YYYY-MM-DD), 署名.
  // Given, they replace what the text has (with a note).
  std::string title;
  std::string date;
  std::string issuer;
  // Write the XML even when a required element is missing, marked with a comment.
  bool partial = false;
  // Hostile input: more bytes than this is an error before anything is decoded.
  std::size_t max_input_bytes = 16u << 20;
  // Language of the diagnostics' and the import log's messages.
  Language language = Language::en;
};

// One recognised element: its XML name (e.g. "title", "doc-number", "heading"), the
// element's name in the standard (标题, 发文字号, 一级标题), the first source line, text.
struct ImportedElement {
  std::string element;
  std::string label;
  int line = 0;
  std::string text;
};

// One clean-up or guess, with the source line it concerns.
struct ImportNote {
  int line = 0;
  std::string kind;  // removed | joined | fixed | guessed | unrecognised | option
  std::string message;
};

struct ImportResult {
  bool ok = false;          // xml is complete and may be rendered
  std::string xml;          // also written with partial=true when something is missing
  std::vector<ImportedElement> elements;
  std::vector<ImportNote> notes;
  std::vector<Diagnostic> diagnostics;  // errors (and warnings) with line:column
};

// Imports text bytes (UTF-8 ± BOM, UTF-16 with BOM, GB18030/GBK), or a .docx (by its zip
// signature). `source_name` names the input in diagnostics.
GONGWEN_API ImportResult import_text(std::string_view bytes, std::string_view source_name,
                                     const ImportOptions& options = {});

// Imports a .docx package (import_text also passes a zip to it): paragraphs, Word's list
// numbering, text boxes, tables (→ <table>), alignment/size/colour cues.
GONGWEN_API ImportResult import_docx(std::string_view bytes, std::string_view source_name,
                                     const ImportOptions& options = {});

// The report as one JSON object: {"ok":…,"elements":[…],"notes":[…],"diagnostics":[…]}.
GONGWEN_API std::string import_report_json(const ImportResult& result);

// What was recognised and cleaned up, as notes a person reads (code GW-N-IMPORT-ELEMENT:
// "line 8: 标题 …", GW-N-IMPORT-CLEANUP: "line 6: removed …"; paragraphs are counted, not
// listed), followed by the result's own diagnostics. The notes are in `language`, which
// should be the ImportOptions::language of the import (its notes are in that language).
GONGWEN_API std::vector<Diagnostic> import_summary(const ImportResult& result,
                                                   std::string_view source_name,
                                                   Language language = Language::en);

}  // namespace gongwen
