#include "common/diagnostics.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace gongwen {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string where = d.where.file;
  if (d.where.line > 0) {
    where += fmt::format(":{}:{}", d.where.line, d.where.column);
  } else if (!d.where.element.empty()) {
    where += fmt::format(" <{}>", d.where.element);
  }
  if (!where.empty()) where += ": ";
  return fmt::format("{}{} {}: {}", where, severity_name(d.severity), d.code, d.message);
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace gongwen

namespace gongwen::detail {

SourceMap::SourceMap(std::string name, std::string_view text)
    : name_(std::move(name)), text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

SourceLocation SourceMap::locate(std::size_t offset) const {
  SourceLocation loc;
  loc.file = name_;
  if (line_starts_.empty()) return loc;
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());  // 1-based
  std::size_t start = line_starts_[line - 1];
  int column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    // count code points: skip UTF-8 continuation bytes
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  loc.line = static_cast<int>(line);
  loc.column = column;
  return loc;
}

void Diagnostics::error(std::string code, std::string message, std::size_t offset) {
  error_at(std::move(code), std::move(message), locate(offset));
}
void Diagnostics::warning(std::string code, std::string message, std::size_t offset) {
  warning_at(std::move(code), std::move(message), locate(offset));
}
void Diagnostics::error_at(std::string code, std::string message, SourceLocation where) {
  list_.push_back({Severity::error, std::move(code), std::move(message), std::move(where)});
  ++errors_;
}
void Diagnostics::warning_at(std::string code, std::string message, SourceLocation where) {
  list_.push_back({Severity::warning, std::move(code), std::move(message), std::move(where)});
}
void Diagnostics::error(const Message& m, std::size_t offset) {
  error_at(m.code, text(m), locate(offset));
}
void Diagnostics::warning(const Message& m, std::size_t offset) {
  warning_at(m.code, text(m), locate(offset));
}
void Diagnostics::error_at(const Message& m, SourceLocation where) {
  error_at(m.code, text(m), std::move(where));
}
void Diagnostics::warning_at(const Message& m, SourceLocation where) {
  warning_at(m.code, text(m), std::move(where));
}
SourceLocation Diagnostics::locate(std::size_t offset) const {
  if (map_ == nullptr) return {};
  return map_->locate(offset);
}

}  // namespace gongwen::detail
