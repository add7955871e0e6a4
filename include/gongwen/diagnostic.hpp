// Diagnostics are data: every problem the engine finds is reported as one of these,
// never thrown, printed or aborted on.
#pragma once

#include <string>
#include <vector>

#include "gongwen/export.h"

namespace gongwen {

enum class Severity { note, warning, error };

// The language of diagnostic messages (codes never change with it). Office staff read
// Chinese; the CLI picks zh for a zh_* locale or --lang zh.
enum class Language { en, zh };

// Where a diagnostic points. line/column are 1-based; 0 means "not known"
// (then `element` names the XML element, if any).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
  std::string element;
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;     // stable, e.g. "GW-E-XML-MALFORMED"; see docs in README
  std::string message;  // what is wrong and what to do
  SourceLocation where;
};

// "file:line:column: error GW-E-...: message"
GONGWEN_API std::string format_diagnostic(const Diagnostic& d);
GONGWEN_API const char* severity_name(Severity s);
GONGWEN_API bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace gongwen
