#include "pdf/hpdf_document.hpp"

#include <fmt/format.h>

namespace gongwen::detail {

HpdfDocument::HpdfDocument() { doc_ = HPDF_New(&HpdfDocument::handler, this); }

HpdfDocument::~HpdfDocument() {
  if (doc_) HPDF_Free(doc_);
}

void HpdfDocument::handler(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* self = static_cast<HpdfDocument*>(user);
  if (self->error_ == 0) {
    self->error_ = error;
    self->detail_ = detail;
  }
  self->failed_ = true;
}

bool HpdfDocument::ok(HPDF_STATUS status, const char* what) {
  if (status != HPDF_OK || error_ != 0) {
    if (what_.empty()) what_ = what;
    failed_ = true;
    if (error_ == 0) error_ = status;
  }
  return !failed_;
}

void HpdfDocument::fail(const char* what) {
  if (what_.empty()) what_ = what;
  failed_ = true;
}

std::string HpdfDocument::error() const {
  return fmt::format("{} (libharu error 0x{:04X}, detail {})", what_.empty() ? "PDF" : what_,
                     static_cast<unsigned>(error_), static_cast<unsigned>(detail_));
}

}  // namespace gongwen::detail
