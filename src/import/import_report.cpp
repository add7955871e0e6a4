// The import report as data (gongwen import --report FILE.json).
#include <fmt/format.h>

#include "common/json_text.hpp"
#include "common/messages.hpp"
#include "gongwen/import.hpp"

namespace gongwen {

std::string import_report_json(const ImportResult& r) {
  using detail::json_string;
  std::string elements, notes;
  for (const ImportedElement& e : r.elements) {
    if (!elements.empty()) elements += ",\n    ";
    elements += fmt::format("{{\"element\":{},\"label\":{},\"line\":{},\"text\":{}}}",
                            json_string(e.element), json_string(e.label), e.line,
                            json_string(e.text));
  }
  for (const ImportNote& n : r.notes) {
    if (!notes.empty()) notes += ",\n    ";
    notes += fmt::format("{{\"line\":{},\"kind\":{},\"message\":{}}}", n.line, json_string(n.kind),
                         json_string(n.message));
  }
  return fmt::format("{{\n  \"ok\":{},\n  \"elements\":[\n    {}],\n  \"notes\":[\n    {}],\n"
                     "  \"diagnostics\":{}\n}}\n",
                     r.ok ? "true" : "false", elements, notes, detail::json_diagnostics(r.diagnostics));
}

std::vector<Diagnostic> import_summary(const ImportResult& r, std::string_view source_name,
                                       Language language) {
  using detail::make_diagnostic;
  using detail::msg;
  std::vector<Diagnostic> out;
  const std::string file(source_name);
  int paragraphs = 0;
  for (const ImportedElement& e : r.elements) {
    if (e.element == "p") {
      ++paragraphs;
      continue;
    }
    out.push_back(make_diagnostic(
        Severity::note,
        msg("GW-N-IMPORT-ELEMENT", {{"label", e.label}, {"name", e.element}, {"text", e.text}}),
        language, {file, e.line, 1, ""}));
  }
  if (!r.elements.empty()) {
    out.push_back(make_diagnostic(
        Severity::note,
        msg("GW-N-IMPORT-ELEMENT", paragraphs == 1 ? "paragraph" : "paragraphs",
            {{"count", paragraphs}}),
        language, {file, 0, 0, ""}));
  }
  for (const ImportNote& n : r.notes) {
    out.push_back({Severity::note, "GW-N-IMPORT-CLEANUP", n.message, {file, n.line, n.line ? 1 : 0, ""}});
  }
  out.insert(out.end(), r.diagnostics.begin(), r.diagnostics.end());
  return out;
}

}  // namespace gongwen
