// The fuzz targets' invariants for an import result: XML exactly when ok, an error whenever
// not, and XML the parse stage accepts without an error (what the importer writes is the
// contract).
#pragma once

#include <string>

#include "common/diagnostics.hpp"
#include "gongwen/import.hpp"
#include "parse/parse_notice.hpp"

inline void check_imported(const gongwen::ImportResult& r) {
  if (r.ok == r.xml.empty()) __builtin_trap();
  if (!r.ok && !gongwen::has_errors(r.diagnostics)) __builtin_trap();
  // <table> is contract v1.1, read by the parse stage once the tables branch is merged.
  if (!r.ok || r.xml.find("<table>") != std::string::npos) return;
  gongwen::detail::Document doc;
  gongwen::detail::SourceMap map("fuzz.xml", r.xml);
  gongwen::detail::Diagnostics diags(&map);
  gongwen::detail::ParseOptions po;
  if (!gongwen::detail::parse_notice(r.xml, po, doc, diags)) __builtin_trap();
}
