// What every importer shares once it has lines: clean-up, the one recognition pass, the
// options, the checks for what is required, the XML.
#include "import/import_core.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>

#include "common/utf8.hpp"
#include "import/cleanup.hpp"
#include "import/line_patterns.hpp"
#include "import/recognise.hpp"
#include "parse/date.hpp"

namespace gongwen::detail {
namespace {

// The options supply what the text lacks; given, they replace what it has.
bool apply_options(const ImportOptions& o, NoticeDraft& d, ImportLog& log, ImportContext& c) {
  if (!o.title.empty()) {
    if (!d.title.empty()) log.note(0, "option", msg("import-note", "title-option"));
    std::u32string t;
    from_utf8(o.title, t);
    d.title = t;
  }
  if (!o.issuer.empty()) {
    if (!d.signature_issuers.empty()) log.note(0, "option", msg("import-note", "issuer-option"));
    std::u32string t;
    from_utf8(o.issuer, t);
    d.signature_issuers = {t};
  }
  if (!o.date.empty()) {
    Date date;
    if (!parse_iso_date(o.date, date)) {
      c.error(msg("GW-E-IMPORT-BAD-OPTION", {{"value", o.date}}));
      return false;
    }
    if (!d.date.empty()) log.note(0, "option", msg("import-note", "date-option"));
    d.date = iso_date(date);
  }
  return true;
}

void check_required(NoticeDraft& d, ImportLog& log, ImportContext& c, bool partial) {
  if (d.signature_issuers.empty() && !d.masthead.empty() && !d.date.empty()) {
    d.signature_issuers = d.masthead;
    log.note(0, "guessed", msg("import-note", "issuers-from-masthead"));
  }
  const char* how = partial ? "partial" : "";
  if (d.title.empty()) {
    c.error(msg("GW-E-IMPORT-NO-TITLE", how));
    d.missing.push_back("<title> (标题): add it or import with --title");
  }
  if (d.date.empty()) {
    c.error(msg("GW-E-IMPORT-NO-DATE", how));
    d.missing.push_back("<signature><date> (成文日期): add it or import with --date");
  }
  if (d.signature_issuers.empty()) {
    c.error(msg("GW-E-IMPORT-NO-ISSUER", how));
    d.missing.push_back("<signature><issuer> (署名): add it or import with --issuer");
  }
}

}  // namespace

void ImportContext::error(const Message& m, int line, int column) {
  result.diagnostics.push_back(make_diagnostic(Severity::error, m, language, {name, line, column, ""}));
}

bool within_input_limit(std::string_view bytes, const ImportOptions& options, ImportContext& c) {
  if (bytes.size() <= options.max_input_bytes) return true;
  c.error(msg("GW-E-IMPORT-TOO-LARGE", {{"bytes", bytes.size()}, {"limit", options.max_input_bytes}}));
  return false;
}

ImportResult finish_import(std::vector<SourceLine> lines, std::vector<DraftTable> tables,
                           ImportLog log, ImportContext& c, const ImportOptions& options) {
  lines = remove_debris(std::move(lines), log);
  if (lines.empty()) {
    c.error(msg("GW-E-IMPORT-EMPTY"));
    return std::move(c.result);
  }
  fix_punctuation(lines, log);
  NoticeDraft d;
  d.tables = std::move(tables);
  std::size_t body_begin = recognise_head(lines, d, log);
  std::size_t body_end = recognise_tail(lines, body_begin, d, log);
  if (body_end < body_begin) body_end = body_begin;
  d.body = build_blocks(lines, body_begin, body_end, log);
  bool options_ok = apply_options(options, d, log, c);
  if (options_ok) check_required(d, log, c, options.partial);
  // The report in document order (the pass finds the tail before the body); notes about
  // the whole text (line 0) last.
  auto by_line = [](const auto& a, const auto& b) {
    return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
  };
  std::stable_sort(log.elements.begin(), log.elements.end(), by_line);
  std::stable_sort(log.notes.begin(), log.notes.end(), by_line);
  c.result.elements = std::move(log.elements);
  c.result.notes = std::move(log.notes);
  c.result.ok = !has_errors(c.result.diagnostics);
  if (c.result.ok || (options.partial && options_ok)) c.result.xml = write_notice_xml(d, c.name);
  return std::move(c.result);
}

}  // namespace gongwen::detail
