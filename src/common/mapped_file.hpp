// A read-only memory map of a whole file (RAII): fonts and the title word table are mapped,
// not read, so large files cost address space rather than memory until their pages are used.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace gongwen::detail {

class MappedFile {
 public:
  static std::unique_ptr<MappedFile> open(const std::string& path, std::string& error);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  const std::uint8_t* data() const { return data_; }
  std::size_t size() const { return size_; }
  // Lets the kernel drop the pages read so far from this process's resident set (they
  // stay in the page cache and come back on the next read: the mapping is read-only, so
  // nothing is lost). Safe while other threads read it.
  void release_resident_pages() const;

 private:
  MappedFile() = default;
  const std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace gongwen::detail
