// Internal diagnostic collection and source-offset → line:column mapping.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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
  explicit Diagnostics(const SourceMap* map = nullptr) : map_(map) {}
  void set_map(const SourceMap* map) { map_ = map; }
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
  std::vector<Diagnostic> list_;
  int errors_ = 0;
};

}  // namespace gongwen::detail
