// File I/O for render_file and the CLI: bounded reads, atomic writes (temporary file in
// the same folder, then rename), so a failed render never leaves a partial PDF, and an
// output that is not a regular file (a device, a FIFO, a socket, a folder) is refused.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongwen::detail {

// What went wrong with a file, so callers pick a diagnostic code without reading the
// message (issue 9: no matching on message prefixes).
enum class FileError {
  none,
  input_unreadable,    // GW-E-INPUT-UNREADABLE
  input_too_large,     // GW-E-INPUT-TOO-LARGE
  output_not_regular,  // GW-E-OUTPUT-NOT-REGULAR
  output_unwritable,   // GW-E-OUTPUT-UNWRITABLE
};

struct FileProblem {
  FileError kind = FileError::none;
  std::string message;
};

// The diagnostic code for a file problem: chosen by kind, never by the message's words.
const char* file_error_code(FileError kind);

bool read_file_limited(const std::string& path, std::size_t limit, std::string& out,
                       FileProblem& problem);

// Writes `bytes` to `path`: refuses anything but a regular file or a new name (a symbolic
// link is followed to the regular file it names, see resolve_output), writes a temporary
// file beside the target, fsyncs it, renames it into place with commit_temp_file and
// fsyncs the folder, so a reported success is on disk.
bool write_file_atomically(const std::string& path, const std::vector<std::uint8_t>& bytes,
                           FileProblem& problem);

// The file an output path will replace: `path` itself when it is a regular file or does
// not exist; the regular file a symbolic link names (the link is kept). Refused: devices,
// FIFOs, sockets, folders, a link to any of those, a dangling link (creating a file
// through one is the classic symlink attack), and a link in a sticky world-writable folder
// (/tmp) owned by someone else than us or the folder's owner (the kernel's
// protected_symlinks rule, applied even where the sysctl is off).
bool resolve_output(const std::string& path, std::string& resolved, FileProblem& problem);

// Moves the written temporary file onto `target`, re-checking the target just before: a
// new name is created without replacing anything that appeared meanwhile
// (RENAME_NOREPLACE); an existing target is swapped atomically (RENAME_EXCHANGE) and what
// was swapped out is checked: a regular file is unlinked, anything else is swapped back
// and refused. On file systems without renameat2 flags a plain rename() follows the
// re-check (then a name swapped in between the lstat and the rename is replaced; the
// node itself is never opened or written). On failure `temp` is removed.
bool commit_temp_file(const std::string& temp, const std::string& target, FileProblem& problem);

// True when both paths name the same existing file (also through links).
bool same_file(const std::string& a, const std::string& b);

}  // namespace gongwen::detail
