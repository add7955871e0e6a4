// The C API's result accessors (gongwen.h): PDF, pages, diagnostics, seal positions, the
// imported XML. Each checks its handle against the live-handle table first and returns a
// neutral value (0, NULL, "") for a bad one; every pointer returned lives in the result.
#include <cstring>

#include "api/c_types.hpp"

using gongwen::detail::check;
using gongwen::detail::HandleKind;
using gongwen::detail::ResultUse;

namespace {

const gongwen::Diagnostic* diagnostic(const ResultUse& r, size_t i) {
  if (!r || i >= r->result.diagnostics.size()) return nullptr;
  return &r->result.diagnostics[i];
}

}  // namespace

extern "C" {

gongwen_status gongwen_result_status(const gongwen_result* result) {
  ResultUse r(result, HandleKind::result);
  if (gongwen_status s = check(result, r); s != GONGWEN_OK) return s;
  return r->result.ok ? GONGWEN_OK : GONGWEN_ERROR_RENDER;
}

int gongwen_result_ok(const gongwen_result* result) {
  ResultUse r(result, HandleKind::result);
  return r && r->result.ok;
}

const unsigned char* gongwen_result_pdf(const gongwen_result* result, size_t* length) {
  if (length) *length = 0;
  ResultUse r(result, HandleKind::result);
  if (!r || !r->result.ok) return nullptr;
  if (length) *length = r->result.pdf.size();
  return r->result.pdf.data();
}

int gongwen_result_pages(const gongwen_result* result) {
  ResultUse r(result, HandleKind::result);
  return r ? r->result.pages : 0;
}

size_t gongwen_result_diagnostic_count(const gongwen_result* result) {
  ResultUse r(result, HandleKind::result);
  return r ? r->result.diagnostics.size() : 0;
}

gongwen_severity gongwen_result_diagnostic_severity(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  if (!d) return GONGWEN_SEVERITY_ERROR;
  return static_cast<gongwen_severity>(static_cast<int>(d->severity));
}

const char* gongwen_result_diagnostic_code(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->code.c_str() : "";
}

const char* gongwen_result_diagnostic_message(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->message.c_str() : "";
}

const char* gongwen_result_diagnostic_file(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->where.file.c_str() : "";
}

int gongwen_result_diagnostic_line(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->where.line : 0;
}

int gongwen_result_diagnostic_column(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->where.column : 0;
}

const char* gongwen_result_diagnostic_text(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  if (!r || index >= r->texts.size()) return "";
  return r->texts[index].c_str();
}

size_t gongwen_result_seal_count(const gongwen_result* result) {
  ResultUse r(result, HandleKind::result);
  return r ? r->result.seals.size() : 0;
}

gongwen_status gongwen_result_seal(const gongwen_result* result, size_t index,
                                   gongwen_seal* seal) {
  if (seal) std::memset(seal, 0, sizeof *seal);
  if (seal) seal->issuer = "";
  ResultUse r(result, HandleKind::result);
  if (gongwen_status s = check(result, r); s != GONGWEN_OK) return s;
  if (!seal || index >= r->result.seals.size()) return GONGWEN_ERROR_INVALID_ARGUMENT;
  const gongwen::SealPosition& p = r->result.seals[index];
  seal->page = p.page;
  seal->center_x_mm = p.center_x_mm;
  seal->center_y_mm = p.center_y_mm;
  seal->diameter_mm = p.diameter_mm;
  seal->issuer = p.issuer.c_str();
  return GONGWEN_OK;
}

const char* gongwen_result_xml(const gongwen_result* result, size_t* length) {
  if (length) *length = 0;
  ResultUse r(result, HandleKind::result);
  if (!r || r->xml.empty()) return nullptr;
  if (length) *length = r->xml.size();
  return r->xml.c_str();
}

gongwen_status gongwen_result_free(gongwen_result* result) {
  return gongwen::detail::freed(result, HandleKind::result);
}

}  // extern "C"
