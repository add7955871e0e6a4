// Finds, reads and decodes the seal images a notice names, once each, at parse time
// (issue 8): layout and the PDF stage only ever see decoded pixels.
//
// Where a seal may come from: bytes the caller passed under that name, or a regular file
// whose canonical path (symlinks resolved) lies inside the XML's folder (base_dir) or an
// allowed seal folder. Anything else — missing, unreadable, outside those folders, a FIFO
// or device, not a PNG/JPEG — is refused with one message that does not say which, so a
// notice cannot probe which files exist on the machine.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/seal_image.hpp"
#include "parse/seal_image_decode.hpp"

namespace gongwen::detail {

struct SealSources {
  // The XML file's folder. Empty (rendering from memory): no folder is implied, not even
  // the process's working directory; relative paths resolve only against seal_dirs.
  std::string base_dir;
  std::vector<std::string> seal_dirs;  // further folders seals may come from
  // <seal src="name"> looks here first (exact name), before any file; not owned. The
  // values are RenderOptions::seal_bytes' shared, immutable buffers (gongwen::SealBytes).
  const std::map<std::string, std::shared_ptr<const std::vector<std::uint8_t>>>* bytes = nullptr;
  SealImageLimits limits;
};

class SealLoader {
 public:
  explicit SealLoader(const SealSources& sources);
  // The decoded image, or nullptr with `problem` set to the diagnostic's message. The
  // same file named twice is decoded once (and embedded once).
  std::shared_ptr<const SealImage> load(const std::string& src, std::string& problem);

 private:
  std::shared_ptr<const SealImage> decode(const std::string& key, const std::uint8_t* data,
                                          std::size_t size, const std::string& src,
                                          std::string& problem);
  bool resolve(const std::string& src, std::string& canonical) const;

  const SealSources& sources_;
  std::vector<std::string> roots_;  // canonical base_dir and seal_dirs
  std::map<std::string, std::shared_ptr<const SealImage>> cache_;
};

// The one refusal text for a seal file that cannot be used (README, issue 8).
std::string seal_refused_message(const std::string& src);

}  // namespace gongwen::detail
