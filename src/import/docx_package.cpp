#include "import/docx_package.hpp"

#include <fmt/format.h>
#include <zip.h>

#include <memory>

namespace gongwen::detail {
namespace {

struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

DocxPackage::DocxPackage(std::string_view bytes, std::size_t entry_limit) : limit_(entry_limit) {
  zip_error_t err;
  zip_error_init(&err);
  // The source does not own the buffer (freep = 0); zip_open_from_source takes the source
  // on success, and on failure it stays ours to free.
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (src) {
    zip_ = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!zip_) zip_source_free(src);
  }
  if (!zip_) error_ = fmt::format("not a readable zip package ({})", zip_error_strerror(&err));
  zip_error_fini(&err);
}

DocxPackage::~DocxPackage() {
  if (zip_) zip_discard(zip_);
}

bool DocxPackage::has(const char* name) const {
  return zip_ && zip_name_locate(zip_, name, 0) >= 0;
}

bool DocxPackage::read(const char* name, std::string& out) {
  out.clear();
  if (!zip_) return false;
  std::unique_ptr<zip_file_t, FileCloser> f(zip_fopen(zip_, name, 0));
  if (!f) {
    error_ = fmt::format("{} is missing or cannot be opened ({})", name, zip_strerror(zip_));
    return false;
  }
  char buf[65536];
  for (;;) {
    zip_int64_t n = zip_fread(f.get(), buf, sizeof buf);
    if (n < 0) {
      error_ = fmt::format("{} is damaged ({})", name, zip_file_strerror(f.get()));
      return false;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > limit_) {
      too_large_ = true;
      error_ = fmt::format("{} decompresses to more than {} bytes", name, limit_);
      out.clear();
      return false;
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace gongwen::detail
