// The .docx package (an OPC zip) read with libzip from memory. Every entry is read with a
// cap on its decompressed size, whatever its header claims, so a zip bomb or a 50 MB
// document.xml is a clean error, never an allocation of what the file asks for.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

struct zip;  // libzip's zip_t, owned by DocxPackage (zip_discard)

namespace gongwen::detail {

class DocxPackage {
 public:
  // Opens the zip in `bytes` (which must outlive the package). On failure, error() says why.
  DocxPackage(std::string_view bytes, std::size_t entry_limit);
  ~DocxPackage();
  DocxPackage(const DocxPackage&) = delete;
  DocxPackage& operator=(const DocxPackage&) = delete;

  bool ok() const { return zip_ != nullptr; }
  const std::string& error() const { return error_; }
  bool has(const char* name) const;
  // Reads an entry; false with error() set when it is missing, corrupt or over the limit
  // (then too_large() is true).
  bool read(const char* name, std::string& out);
  bool too_large() const { return too_large_; }

 private:
  ::zip* zip_ = nullptr;
  std::size_t limit_;
  std::string error_;
  bool too_large_ = false;
};

}  // namespace gongwen::detail
