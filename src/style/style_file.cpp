// Reading a --style file (issue 9): every read checked, a file over the limit refused
// rather than silently cut, and anything but a regular file (a FIFO, a device, a folder)
// refused before reading, so a style path can never hang or stream forever.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include "style/style.hpp"

namespace gongwen::detail {
namespace {

struct OwnedFd {
  int fd = -1;
  OwnedFd(const OwnedFd&) = delete;
  OwnedFd& operator=(const OwnedFd&) = delete;
  explicit OwnedFd(int f) : fd(f) {}
  ~OwnedFd() {
    if (fd >= 0) ::close(fd);
  }
};

bool unreadable(const std::string& path, const std::string& why, Diagnostics& diags) {
  diags.error_at(msg("GW-E-STYLE-UNREADABLE", {{"path", path}, {"why", why}}),
                 SourceLocation{path, 0, 0, ""});
  return false;
}

std::string too_large(std::size_t limit, const Diagnostics& diags) {
  return diags.text(msg("GW-E-STYLE-UNREADABLE", "too-large", {{"limit", limit}}));
}

std::string not_regular(const Diagnostics& diags) {
  return diags.text(msg("GW-E-STYLE-UNREADABLE", "not-regular"));
}

}  // namespace

bool read_style_file(const std::string& path, std::string& out, Diagnostics& diags) {
  // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
  OwnedFd f(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (f.fd < 0) return unreadable(path, std::strerror(errno), diags);
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) return unreadable(path, std::strerror(errno), diags);
  if (!S_ISREG(st.st_mode)) return unreadable(path, not_regular(diags), diags);
  if (static_cast<std::uintmax_t>(st.st_size) > kMaxStyleFileBytes) {
    return unreadable(path, too_large(kMaxStyleFileBytes, diags), diags);
  }
  std::string text;
  char buf[16384];
  for (;;) {
    const ssize_t n = ::read(f.fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return unreadable(path, std::strerror(errno), diags);
    if (n == 0) break;
    // The file may grow after fstat: the limit holds for what is actually read.
    if (text.size() + static_cast<std::size_t>(n) > kMaxStyleFileBytes) {
      return unreadable(path, too_large(kMaxStyleFileBytes, diags), diags);
    }
    text.append(buf, static_cast<std::size_t>(n));
  }
  out = std::move(text);
  return true;
}

}  // namespace gongwen::detail
