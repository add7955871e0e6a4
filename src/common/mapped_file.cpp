#include "common/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace gongwen::detail {

std::unique_ptr<MappedFile> MappedFile::open(const std::string& path, std::string& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::string("cannot open ") + path + ": " + std::strerror(errno);
    return nullptr;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    error = path + " is not a readable, non-empty file";
    ::close(fd);
    return nullptr;
  }
  void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);  // the mapping keeps the file
  if (p == MAP_FAILED) {
    error = std::string("cannot map ") + path + ": " + std::strerror(errno);
    return nullptr;
  }
  std::unique_ptr<MappedFile> f(new MappedFile());
  f->data_ = static_cast<const std::uint8_t*>(p);
  f->size_ = static_cast<std::size_t>(st.st_size);
  return f;
}

void MappedFile::release_resident_pages() const {
  // Advice only: a failure leaves the pages resident, which is merely what we had.
  (void)::madvise(const_cast<std::uint8_t*>(data_), size_, MADV_DONTNEED);
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(const_cast<std::uint8_t*>(data_), size_);
}

}  // namespace gongwen::detail
