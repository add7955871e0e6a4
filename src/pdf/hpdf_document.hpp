// RAII for HPDF_Doc with libharu's errors recorded by a handler (never setjmp/longjmp):
// the handler stores the first error, every status is checked through ok().
#pragma once

#include <hpdf.h>

#include <string>

namespace gongwen::detail {

class HpdfDocument {
 public:
  HpdfDocument();
  ~HpdfDocument();
  HpdfDocument(const HpdfDocument&) = delete;
  HpdfDocument& operator=(const HpdfDocument&) = delete;

  HPDF_Doc get() const { return doc_; }
  explicit operator bool() const { return doc_ != nullptr; }

  // Checks a status; on failure records `what` (the first failure is kept).
  bool ok(HPDF_STATUS status, const char* what);
  // Checks that an object was created.
  template <typename T>
  T check(T object, const char* what) {
    if (!object) fail(what);
    return object;
  }
  void fail(const char* what);
  bool failed() const { return failed_; }
  std::string error() const;  // "what (libharu error 0x1060, detail 0)"

 private:
  static void handler(HPDF_STATUS error, HPDF_STATUS detail, void* user);
  HPDF_Doc doc_ = nullptr;
  HPDF_STATUS error_ = 0, detail_ = 0;
  bool failed_ = false;
  std::string what_;
};

}  // namespace gongwen::detail
