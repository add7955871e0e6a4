#include "api/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace gongwen::detail {

namespace {
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};
}  // namespace

bool read_file_limited(const std::string& path, std::size_t limit, std::string& out,
                       std::string& error) {
  Fd f;
  f.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (f.fd < 0) {
    error = fmt::format("cannot read {}: {}", path, std::strerror(errno));
    return false;
  }
  struct stat st {};
  if (::fstat(f.fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    error = fmt::format("cannot read {}: it is a folder", path);
    return false;
  }
  out.clear();
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(f.fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = fmt::format("cannot read {}: {}", path, std::strerror(errno));
      return false;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > limit) {
      error = fmt::format("too large: {} is over the input limit of {} bytes", path, limit);
      return false;
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  return true;
}

bool write_file_atomically(const std::string& path, const std::vector<std::uint8_t>& bytes,
                           std::string& error) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  Fd f;
  f.fd = ::mkstemp(tmpl.data());
  if (f.fd < 0) {
    error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
    return false;
  }
  ::fchmod(f.fd, 0644);
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(f.fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
      ::unlink(tmpl.c_str());
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(f.fd) != 0 || ::close(f.fd) != 0) {
    f.fd = -1;
    error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
    ::unlink(tmpl.c_str());
    return false;
  }
  f.fd = -1;
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
    ::unlink(tmpl.c_str());
    return false;
  }
  return true;
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::exists(b, ec) && std::filesystem::equivalent(a, b, ec) && !ec;
}

}  // namespace gongwen::detail
