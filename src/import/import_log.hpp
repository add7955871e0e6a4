// What an import found and did, in document order: recognised elements and notes for
// every clean-up and guess (import.md: "each removal and each guess reported").
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/messages.hpp"
#include "gongwen/import.hpp"

namespace gongwen::detail {

struct ImportLog {
  std::vector<ImportedElement> elements;
  std::vector<ImportNote> notes;
  Language language = Language::en;  // of the notes (ImportOptions::language)

  void element(std::string element, std::string label, int line, std::string text) {
    elements.push_back({std::move(element), std::move(label), line, std::move(text)});
  }
  // `m` is an "import-note" message of the catalog.
  void note(int line, std::string kind, const Message& m) {
    notes.push_back({line, std::move(kind), message_text(m, language)});
  }
};

}  // namespace gongwen::detail
