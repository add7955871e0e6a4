// Internal diagnostic collection and source-offset → line:column mapping.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/messages.hpp"
#include "gongwen/diagnostic.hpp"

namespace gongwen::detail {

// Maps byte offsets of one source text to 1-based line and column (column counts
// code points, as editors do for UTF-8).
class SourceMap {
 public:
  SourceMap() = default;
  SourceMap(std::string name, std::string_view text);
  SourceLocation locate(std::size_t offset) const;
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceMap* map = nullptr, Language language = Language::en)
      : map_(map), language_(language) {}
  void set_map(const SourceMap* map) { map_ = map; }
  // The language messages are written in (RenderOptions::language).
  Language language() const { return language_; }
  void error(const Message& m, std::size_t offset);
  void warning(const Message& m, std::size_t offset);
  void error_at(const Message& m, SourceLocation where);
  void warning_at(const Message& m, SourceLocation where);
  std::string text(const Message& m) const { return message_text(m, language_); }
  void error(std::string code, std::string message, std::size_t offset);
  void warning(std::string code, std::string message, std::size_t offset);
  // Without a source position (e.g. a font file problem).
  void error_at(std::string code, std::string message, SourceLocation where);
  void warning_at(std::string code, std::string message, SourceLocation where);
  SourceLocation locate(std::size_t offset) const;
  bool has_errors() const { return errors_ > 0; }
  const std::vector<Diagnostic>& list() const { return list_; }
  std::vector<Diagnostic> take() { return std::move(list_); }

 private:
  const SourceMap* map_;
  Language language_;
  std::vector<Diagnostic> list_;
  int errors_ = 0;
};

}  // namespace gongwen::detail
