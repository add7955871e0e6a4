// What an import found and did, in document order: recognised elements and notes for
// every clean-up and guess (import.md: "each removal and each guess reported").
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "gongwen/import.hpp"

namespace gongwen::detail {

struct ImportLog {
  std::vector<ImportedElement> elements;
  std::vector<ImportNote> notes;

  void element(std::string element, std::string label, int line, std::string text) {
    elements.push_back({std::move(element), std::move(label), line, std::move(text)});
  }
  void note(int line, std::string kind, std::string message) {
    notes.push_back({line, std::move(kind), std::move(message)});
  }
};

}  // namespace gongwen::detail
