#include "api/atomic_file.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2, RENAME_EXCHANGE, RENAME_NOREPLACE (glibc ≥ 2.28)
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "api/temp_files.hpp"

namespace gongwen::detail {

namespace {

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

bool fail(FileProblem& p, FileError kind, std::string message) {
  p.kind = kind;
  p.message = std::move(message);
  return false;
}

bool unwritable(FileProblem& p, const std::string& path, int err) {
  return fail(p, FileError::output_unwritable,
              fmt::format("cannot write {}: {}", path, std::strerror(err)));
}

const char* kind_of(mode_t mode) {
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

bool not_regular(FileProblem& p, const std::string& path, const std::string& what) {
  return fail(p, FileError::output_not_regular,
              fmt::format("refusing to write the PDF to {}: it is {}, not a regular file; "
                          "name a regular file (or a new one) as the output",
                          path, what));
}

// Dot-free folder of a path, for fsync and the sticky-folder check.
std::string folder_of(const std::string& path) {
  std::string dir = std::filesystem::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

// Flushes the folder entry of a renamed file (fsync(2): the file's data is not enough).
bool sync_folder(const std::string& path, FileProblem& p) {
  Fd d;
  d.fd = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (d.fd < 0) return unwritable(p, path, errno);
  // EINVAL: a file system that cannot sync folders (some FUSE ones); nothing more to do.
  if (::fsync(d.fd) != 0 && errno != EINVAL) return unwritable(p, path, errno);
  return true;
}

}  // namespace

bool read_file_limited(const std::string& path, std::size_t limit, std::string& out,
                       FileProblem& p) {
  Fd f;
  f.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (f.fd < 0) {
    return fail(p, FileError::input_unreadable,
                fmt::format("cannot read {}: {}", path, std::strerror(errno)));
  }
  struct stat st {};
  if (::fstat(f.fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    return fail(p, FileError::input_unreadable, fmt::format("cannot read {}: it is a folder", path));
  }
  out.clear();
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(f.fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(p, FileError::input_unreadable,
                  fmt::format("cannot read {}: {}", path, std::strerror(errno)));
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > limit) {
      return fail(p, FileError::input_too_large,
                  fmt::format("{} is over the input limit of {} bytes; raise "
                              "Limits::max_input_bytes if it is intended",
                              path, limit));
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  return true;
}

bool resolve_output(const std::string& path, std::string& resolved, FileProblem& p) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return unwritable(p, path, errno);
    resolved = path;  // a new file
    return true;
  }
  if (S_ISREG(st.st_mode)) {
    resolved = path;
    return true;
  }
  if (!S_ISLNK(st.st_mode)) return not_regular(p, path, kind_of(st.st_mode));
  // Before following it: where the kernel enforces this rule, stat() would fail anyway.
  struct stat folder {};
  if (::stat(folder_of(path).c_str(), &folder) == 0 && (folder.st_mode & S_ISVTX) &&
      (folder.st_mode & S_IWOTH) && st.st_uid != ::geteuid() && st.st_uid != folder.st_uid) {
    return not_regular(p, path, "a symbolic link owned by another user in a shared sticky folder");
  }
  struct stat target {};
  if (::stat(path.c_str(), &target) != 0) {
    return not_regular(p, path, fmt::format("a symbolic link to nothing that exists ({})",
                                            std::strerror(errno)));
  }
  if (!S_ISREG(target.st_mode)) {
    return not_regular(p, path, fmt::format("a symbolic link to {}", kind_of(target.st_mode)));
  }
  char real[PATH_MAX];
  if (!::realpath(path.c_str(), real)) return unwritable(p, path, errno);
  resolved = real;
  return true;
}

bool commit_temp_file(const std::string& temp, const std::string& target, FileProblem& p) {
  auto give_up = [&](bool result) {
    ::unlink(temp.c_str());
    return result;
  };
  for (int attempt = 0; attempt < 3; ++attempt) {
    struct stat st {};
    if (::lstat(target.c_str(), &st) != 0) {
      if (errno != ENOENT) return give_up(unwritable(p, target, errno));
      if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0) {
        return true;
      }
      if (errno == EEXIST) continue;  // appeared meanwhile: check what it is
      if (errno != EINVAL && errno != ENOSYS) return give_up(unwritable(p, target, errno));
    } else {
      if (!S_ISREG(st.st_mode)) return give_up(not_regular(p, target, kind_of(st.st_mode)));
      if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
        struct stat old {};
        if (::lstat(temp.c_str(), &old) == 0 && !S_ISREG(old.st_mode)) {
          // Swapped in after our check: put it back, untouched.
          if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
            return unwritable(p, target, errno);  // temp now holds that node: keep it
          }
          return give_up(not_regular(p, target, kind_of(old.st_mode)));
        }
        ::unlink(temp.c_str());  // the previous regular file
        return true;
      }
      if (errno == ENOENT) continue;  // removed meanwhile
      if (errno != EINVAL && errno != ENOSYS) return give_up(unwritable(p, target, errno));
    }
    // No renameat2 flags here: a plain rename right after the check (window: see header).
    if (::rename(temp.c_str(), target.c_str()) == 0) return true;
    return give_up(unwritable(p, target, errno));
  }
  return give_up(unwritable(p, target, EAGAIN));
}

bool write_file_atomically(const std::string& path, const std::vector<std::uint8_t>& bytes,
                           FileProblem& p) {
  std::string target;
  if (!resolve_output(path, target, p)) return false;
  std::string temp = temp_template_for(target);
  Fd f;
  f.fd = create_live_temp(temp);
  if (f.fd < 0) return unwritable(p, path, errno);
  auto discard = [&](int err) {
    discard_live_temp(temp);
    return unwritable(p, path, err);
  };
  if (::fchmod(f.fd, 0644) != 0) return discard(errno);
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(f.fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return discard(n < 0 ? errno : EIO);
    done += static_cast<std::size_t>(n);
  }
  int rc = ::fsync(f.fd);
  int err = errno;
  if (::close(f.fd) != 0 && rc == 0) rc = -1, err = errno;
  f.fd = -1;
  if (rc != 0) return discard(err);
  if (!commit_live_temp(temp, [&] { return commit_temp_file(temp, target, p); })) {
    // commit_temp_file said why, or the process is stopping (nothing was renamed).
    return p.kind != FileError::none ? false : discard(ECANCELED);
  }
  return sync_folder(target, p);
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::exists(b, ec) && std::filesystem::equivalent(a, b, ec) && !ec;
}

const char* file_error_code(FileError kind) {
  switch (kind) {
    case FileError::input_too_large: return "GW-E-INPUT-TOO-LARGE";
    case FileError::input_unreadable: return "GW-E-INPUT-UNREADABLE";
    case FileError::output_not_regular: return "GW-E-OUTPUT-NOT-REGULAR";
    case FileError::output_unwritable:
    case FileError::none: break;
  }
  return "GW-E-OUTPUT-UNWRITABLE";
}

}  // namespace gongwen::detail
