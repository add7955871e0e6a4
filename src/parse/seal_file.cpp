#include "parse/seal_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

namespace gongwen::detail {

namespace {

namespace fs = std::filesystem;

struct FileDescriptor {
  int fd = -1;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

bool is_within(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

enum class ReadResult { ok, refused, too_large };

// Regular files only: O_NONBLOCK so that opening a FIFO cannot hang, fstat on the open
// descriptor (not the name) so the check and the read are about the same file, and
// O_NOFOLLOW so the canonical name's last component cannot be swapped for a symlink
// between the containment check and the open.
ReadResult read_regular_file(const std::string& path, std::size_t max_bytes,
                             std::vector<std::uint8_t>& out, std::size_t& size) {
  FileDescriptor f;
  f.fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW);
  if (f.fd < 0) return ReadResult::refused;
  struct stat st {};
  if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)) return ReadResult::refused;
  size = static_cast<std::size_t>(st.st_size);
  if (size > max_bytes) return ReadResult::too_large;
  out.resize(size);
  std::size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(f.fd, out.data() + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return ReadResult::refused;
    if (n == 0) break;  // shrank while we read: decode what is there
    done += static_cast<std::size_t>(n);
  }
  out.resize(done);
  return ReadResult::ok;
}

}  // namespace

std::string seal_refused_message(const std::string& src) {
  return fmt::format(
      "the seal image \"{}\" cannot be used: it is missing or unreadable, lies outside the "
      "XML file's folder and the allowed seal folders (--seal-dir), or is not a PNG or JPEG "
      "file; give a PNG (with transparency) or JPEG by a path relative to the XML file",
      src);
}

SealLoader::SealLoader(const SealSources& sources) : sources_(sources) {
  std::vector<std::string> dirs;
  if (!sources.base_dir.empty()) dirs.push_back(sources.base_dir);
  for (const std::string& d : sources.seal_dirs) {
    if (!d.empty()) dirs.push_back(d);
  }
  for (const std::string& d : dirs) {
    std::error_code ec;
    fs::path c = fs::canonical(d, ec);
    if (!ec && fs::is_directory(c, ec)) roots_.push_back(c.string());
  }
}

// The first candidate (src itself if absolute, else src under each root in order) whose
// canonical path exists and lies inside a root. `..` and symlinks are resolved by
// canonical(), so an escape is caught whichever way it is spelled.
bool SealLoader::resolve(const std::string& src, std::string& canonical) const {
  const fs::path p(src);
  std::vector<fs::path> candidates;
  if (p.is_absolute()) {
    candidates.push_back(p);
  } else {
    for (const std::string& r : roots_) candidates.push_back(fs::path(r) / p);
  }
  for (const fs::path& c : candidates) {
    std::error_code ec;
    fs::path real = fs::canonical(c, ec);
    if (ec) continue;
    for (const std::string& r : roots_) {
      if (is_within(real, fs::path(r))) {
        canonical = real.string();
        return true;
      }
    }
  }
  return false;
}

std::shared_ptr<const SealImage> SealLoader::load(const std::string& src, std::string& problem) {
  if (sources_.bytes) {
    auto it = sources_.bytes->find(src);
    if (it != sources_.bytes->end()) {
      static const std::vector<std::uint8_t> none;  // a null pointer is no bytes
      const std::vector<std::uint8_t>& data = it->second ? *it->second : none;
      // A NUL cannot occur in an XML attribute, so this key never collides with a path.
      const std::string key = std::string("\0bytes:", 7) + src;
      if (auto hit = cache_.find(key); hit != cache_.end()) return hit->second;
      return decode(key, data.data(), data.size(), src, problem);
    }
  }
  std::string path;
  if (!resolve(src, path)) {
    problem = seal_refused_message(src);
    return nullptr;
  }
  if (auto it = cache_.find(path); it != cache_.end()) return it->second;
  std::vector<std::uint8_t> data;
  std::size_t size = 0;
  switch (read_regular_file(path, sources_.limits.max_file_bytes, data, size)) {
    case ReadResult::refused:
      problem = seal_refused_message(src);
      return nullptr;
    case ReadResult::too_large:
      problem = fmt::format("the seal image \"{}\" is {} bytes; the limit is {} bytes (a seal "
                            "PNG is usually under 1 MB); make it smaller",
                            src, size, sources_.limits.max_file_bytes);
      return nullptr;
    case ReadResult::ok:
      break;
  }
  // Inside the allowed folders but not an image at all: indistinguishable from missing.
  if (sniff_seal_format(data.data(), data.size()) == SealFormat::none) {
    problem = seal_refused_message(src);
    return nullptr;
  }
  return decode(path, data.data(), data.size(), src, problem);
}

std::shared_ptr<const SealImage> SealLoader::decode(const std::string& key,
                                                    const std::uint8_t* data, std::size_t size,
                                                    const std::string& src,
                                                    std::string& problem) {
  auto image = std::make_shared<SealImage>();
  std::string why;
  if (!decode_seal_image(data, size, sources_.limits, *image, why)) {
    problem = fmt::format("the seal image \"{}\" {}", src, why);
    return nullptr;
  }
  cache_[key] = image;
  return image;
}

}  // namespace gongwen::detail
